// Deletions, for sync and remove alike: written down while planning
// (deletions.jsonl, one entry a line), refused when there are too many,
// replayed as a dry run, or carried out after every guard agreed.
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { runPool } from '../engine/pool.ts';
import type { Entry } from '../engine/types.ts';
import type { MaxDelete } from '../contract/options.ts';
import { GuardError } from '../contract/errors.ts';
import { readJsonLines } from './evidence/journal.ts';
import { filtersInUse } from './scope-filter.ts';
import type { JobContext } from './context.ts';

/** deletions.jsonl: the planned deletions, one backend entry (plain JSON) a line. */
export class DeletionLog {
  readonly path: string;
  count = 0;
  bytes = 0;
  private readonly out: WriteStream;

  constructor(dir: string) {
    this.path = join(dir, 'deletions.jsonl');
    this.out = createWriteStream(this.path);
  }

  add(e: Entry): void {
    this.count++;
    this.bytes += e.size;
    this.out.write(JSON.stringify(e) + '\n');
  }

  close(): Promise<void> {
    return new Promise<void>((r) => this.out.end(r));
  }

  /** The entries as written (revived by JSON.parse: plain data, as every backend entry is). */
  read(): AsyncIterable<Entry> {
    return readJsonLines<Entry>(this.path);
  }
}

/** A copy or sync whose source had nothing in scope refuses, unless that was expected. */
export function guardEmptySource(ctx: JobContext, leftOutByFilters: number): void {
  const o = ctx.options;
  if (ctx.scanned.source > 0 || o.allowEmptySource) return;
  const nothing = `nothing was ${o.command === 'sync' && o.deleteDestination ? 'deleted' : 'transferred'}`;
  const filters = filtersInUse(o);
  if (leftOutByFilters > 0 && filters.length && !ctx.enumerationProblems.length) {
    throw new GuardError(
      `the filters left out all ${leftOutByFilters} object(s) of the source (${o.source.display}): ${filters.join(', ')} matched none of them; ${nothing}. ` +
        `Check the filters, or pass --allow-empty-source true (allowEmptySource in CI) if that is expected.`,
    );
  }
  const what = ctx.enumerationProblems.length ? 'the source could not be read' : 'the source has no files in scope';
  throw new GuardError(`${what} (${o.source.display}); ${nothing}. If an empty source is expected, pass --allow-empty-source true (allowEmptySource in CI).`);
}

/**
 * Refuses `count` deletions beyond what --max-delete allows. A percentage
 * is of `basis`: sync passes the destination objects in scope, remove every
 * object under the URL before the filters. `refusal` words the message.
 */
export function enforceMaxDelete(count: number, limit: MaxDelete, basis: number, refusal: (allowed: number, given: string) => string): void {
  const allowed = limit.count !== undefined ? limit.count : Math.floor((basis * (limit.percent ?? 100)) / 100);
  if (count > allowed) throw new GuardError(refusal(allowed, limit.count !== undefined ? String(limit.count) : `${limit.percent}%`));
}

/** A dry run's deletions: each one recorded and said, none done. */
export async function replayDryRun(ctx: JobContext, deletions: AsyncIterable<Entry>, verb: 'delete' | 'remove'): Promise<void> {
  for await (const e of deletions) {
    ctx.record({ path: e.name, size: e.size, status: 'DryRun', action: 'delete' });
    ctx.log('info', `would ${verb} ${e.name}`);
  }
}

export async function runDeletions(ctx: JobContext, deletions: AsyncIterable<Entry>, remove: (e: Entry) => Promise<void>, signal: AbortSignal): Promise<void> {
  ctx.phase = 'deleting';
  await runPool(deletions, ctx.options.concurrency, remove, { signal });
}
