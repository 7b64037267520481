// The one split of a job into N shards: a stable hash of the name. Both
// sides of a job use this same function on the same job names, so a source
// object and its destination twin always land in the same shard, on any
// machine, without the machines talking to each other.
import { createHash } from 'node:crypto';

/** The 1-based shard (of `count`) that `name` belongs to. */
export function shardOf(name: string, count: number): number {
  if (count <= 1) return 1;
  // The first 32 bits of the name's MD5: uniform enough for any count up to
  // MAX_SHARDS, and the same in every version that ever ran a shard.
  const h = createHash('md5').update(name).digest().readUInt32BE(0);
  return (h % count) + 1;
}
