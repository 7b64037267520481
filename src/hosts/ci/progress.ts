// What a CI log shows while a job runs: a progress line every few seconds
// (never redrawn: CI logs are append-only) and, for mode list, the listing up
// to a cap.
import { printable } from '../../job/printable.ts';
import { formatBytes } from '../../job/evidence/format.ts';
import type { Progress, ListedObject } from '../../job/types.ts';

/** 0..100 when it can be known (bytes planned so far), else undefined. */
export function percentOf(p: Progress): number | undefined {
  if (p.phase === 'done') return 100;
  if (p.phase === 'planning' || p.bytesPlanned <= 0) return undefined;
  return Math.max(0, Math.min(99, Math.floor((p.bytes / p.bytesPlanned) * 100)));
}

export function progressLine(p: Progress): string {
  const secs = Math.round(p.elapsedMs / 1000);
  const pct = percentOf(p);
  return (
    `[azcp] ${p.phase}${pct === undefined ? '' : ` ${pct}%`}: ` +
    `${p.transferred} transferred, ${p.skipped} skipped, ${p.failed} failed, ${p.deleted} deleted, ` +
    `${formatBytes(p.bytes)}${p.bytesPlanned > 0 ? ` of ${formatBytes(p.bytesPlanned)}` : ''}; ${p.scanned} scanned; ${secs}s`
  );
}

/** Lines a CI log shows for mode list; the full listing is list.jsonl in the job folder. */
export const LIST_PRINT_CAP = 1000;

/** For mode list: prints one line a blob (name, size, last modified), up to LIST_PRINT_CAP. */
export function listPrinter(print: (line: string) => void): { onListEntry: (e: ListedObject) => void; finish: () => void } {
  let n = 0;
  return {
    onListEntry: (e) => {
      n++;
      if (n <= LIST_PRINT_CAP) print(`${printable(e.name)}\t${e.size}\t${e.lastModified}${e.tier ? `\t${e.tier}` : ''}`);
    },
    finish: () => {
      if (n > LIST_PRINT_CAP) print(`… ${n - LIST_PRINT_CAP} more; the whole listing is list.jsonl in the job folder`);
    },
  };
}
