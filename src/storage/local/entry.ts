// One local file as a job sees it: plain JSON data (planned deletions travel
// through deletions.jsonl and come back through JSON.parse).
import type { Entry } from '../../engine/types.ts';

export interface LocalEntry extends Entry {
  /** Absolute path on disk. */
  absPath: string;
  /** With --preserve-symlinks: the entry is this link, whose body is its target. */
  linkTarget?: string;
}
