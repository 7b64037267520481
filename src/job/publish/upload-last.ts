// --upload-last GLOBS: what a page references must be live before the page.
// Objects matching the globs (default **/*.html when the destination is a
// static website's $web container) are held back while everything else is
// written, then written only if all of that succeeded; deletions come after
// them (the sync's deletions already wait for every transfer). Held work is
// spilled to upload-last.jsonl in the job folder, so a site with millions
// of pages holds none of them in memory.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import type { Entry } from '../../engine/types.ts';
import type { JobOptions } from '../../contract/options.ts';
import { readJsonLines } from '../evidence/journal.ts';

/** One piece of a job's write work: an object to transfer, or (property drift) one whose headers to compare and set. */
export type WriteTask = { kind: 'transfer'; entry: Entry } | { kind: 'properties'; source: Entry; destination: Entry };

export { STATIC_WEBSITE_CONTAINER, DEFAULT_UPLOAD_LAST, uploadLastGlobs } from './upload-last-globs.ts';
import { uploadLastGlobs } from './upload-last-globs.ts';

export class UploadLast {
  readonly globs: string[];
  private readonly matcher?: (name: string) => boolean;
  private out?: WriteStream;
  private readonly path: string;
  count = 0;

  /** namePrefix: as the header rules and filters, the globs see names without it. */
  constructor(o: JobOptions, dir: string, private readonly namePrefix = '') {
    this.globs = uploadLastGlobs(o);
    if (this.globs.length) this.matcher = picomatch(this.globs, { dot: true, windows: false });
    this.path = join(dir, 'upload-last.jsonl');
  }

  /** Whether `task` belongs to the last group; if so it is held back. */
  hold(task: WriteTask): boolean {
    const full = task.kind === 'transfer' ? task.entry.name : task.source.name;
    const name = this.namePrefix && full.startsWith(this.namePrefix) ? full.slice(this.namePrefix.length) : full;
    if (!this.matcher?.(name)) return false;
    this.out ??= createWriteStream(this.path);
    this.out.write(JSON.stringify(task) + '\n');
    this.count++;
    return true;
  }

  close(): Promise<void> {
    const out = this.out;
    return out ? new Promise<void>((r) => out.end(r)) : Promise.resolve();
  }

  read(): AsyncIterable<WriteTask> {
    return readJsonLines<WriteTask>(this.path);
  }
}
