// What a CI log shows while a job runs: a progress line every few seconds
// (never redrawn: CI logs are append-only) and, for mode list, the listing up
// to a cap.
import { printable } from '../../job/printable.ts';
import { progressLine as sharedProgressLine, RateMeter } from '../../job/evidence/progress-line.ts';
import type { Progress, ListedObject } from '../../job/types.ts';

/** 0..100 when it can be known (bytes planned so far), else undefined. */
export function percentOf(p: Progress): number | undefined {
  if (p.phase === 'done') return 100;
  if (p.phase === 'planning' || p.bytesPlanned <= 0) return undefined;
  return Math.max(0, Math.min(99, Math.floor((p.bytes / p.bytesPlanned) * 100)));
}

/** The terminal's progress line (files and bytes done of the planned totals, rate, ETA, retries), marked as azcp's. */
export function progressLine(p: Progress, rate?: number): string {
  return `[azcp] ${sharedProgressLine(p, rate)}`;
}

/** The lines of one job's log: each with the rate of the last few seconds (see RateMeter). */
export function progressLines(): (p: Progress) => string {
  const meter = new RateMeter();
  return (p) => progressLine(p, meter.add(p));
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
