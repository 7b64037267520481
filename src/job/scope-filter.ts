// Which entries a job works on: the user's filters, applied to names below
// the name prefix, and the shard (--shard I/N) by a stable hash of the name,
// so N machines can split one job without talking to each other.
import type { Entry } from '../engine/types.ts';
import { shardOf } from '../engine/shard.ts';
import { makeFilter, type EntryFilter } from '../engine/filters.ts';
import type { JobOptions } from '../contract/options.ts';

/** Filters see names below the name prefix; shards split by a stable hash of the name. */
export function scopeFilter(o: JobOptions, namePrefix: string): EntryFilter {
  const keep = makeFilter(o.filters);
  const shard = o.shard;
  return (e: Entry) => {
    // Most jobs have no name prefix: no copy of the entry on the hot path then.
    if (!keep(namePrefix ? { ...e, name: e.name.slice(namePrefix.length) } : e)) return false;
    if (!shard) return true;
    return shardOf(e.name, shard.count) === shard.index;
  };
}


/** The filters a job uses, as the user wrote them (CLI flag names), for
 *  messages that say why an object was left out. */
export function filtersInUse(o: JobOptions): string[] {
  const f = o.filters;
  const out: string[] = [];
  const list = (flag: string, values: string[]) => {
    if (values.length) out.push(`--${flag} ${JSON.stringify(values.join(';'))}`);
  };
  list('include-pattern', f.includePattern);
  list('exclude-pattern', f.excludePattern);
  list('include-path', f.includePath);
  list('exclude-path', f.excludePath);
  list('include-regex', f.includeRegex);
  list('exclude-regex', f.excludeRegex);
  if (f.includeAfter !== undefined) out.push(`--include-after ${new Date(f.includeAfter).toISOString()}`);
  if (f.includeBefore !== undefined) out.push(`--include-before ${new Date(f.includeBefore).toISOString()}`);
  if (o.listOfFiles) out.push(`--list-of-files ${JSON.stringify(o.listOfFiles)}`);
  if (o.shard) out.push(`--shard ${o.shard.index}/${o.shard.count}`);
  return out;
}
