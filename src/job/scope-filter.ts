// Which entries a job works on: the user's filters, applied to names below
// the name prefix, and the shard (--shard I/N) by a stable hash of the name,
// so N machines can split one job without talking to each other.
import { createHash } from 'node:crypto';
import type { Entry } from '../engine/types.ts';
import { makeFilter, type EntryFilter } from '../engine/filters.ts';
import type { JobOptions } from './options.ts';

/** Filters see names below the name prefix; shards split by a stable hash of the name. */
export function scopeFilter(o: JobOptions, namePrefix: string): EntryFilter {
  const keep = makeFilter(o.filters);
  const shard = o.shard;
  return (e: Entry) => {
    // Most jobs have no name prefix: no copy of the entry on the hot path then.
    if (!keep(namePrefix ? { ...e, name: e.name.slice(namePrefix.length) } : e)) return false;
    if (!shard) return true;
    const h = createHash('md5').update(e.name).digest().readUInt32BE(0);
    return h % shard.count === shard.index - 1;
  };
}

