// The planner: a merge-join of two listings sorted by UTF-8 bytes of the name
// (order.ts), then one decision per name. Both sides are streams, and only
// the current head of each is held, so a sync of any number of objects runs
// in constant memory (unlike a tool that loads the destination into a map).
//
// The join is only correct if both listings really are sorted: a name that
// arrives out of order looks "missing" on the other side, and a sync would
// delete it. So the order is checked on every step, and a violation stops
// the plan with ListingOrderError instead of producing a wrong action.
// Because the plan is a stream, actions for names before the violation may
// already have been yielded; a caller that deletes should therefore hold
// deletions back until the plan has been read to the end (it has to anyway
// to apply a --max-delete percentage of the destination).
import { compareUtf8 } from './order.ts';
import type { Action, Entry } from './types.ts';
import type { CompareHash, Overwrite } from '../contract/options.ts';

export type JoinSide = 'source' | 'destination';

/** A listing was not strictly ascending in UTF-8 byte order (or repeated a name). */
export class ListingOrderError extends Error {
  override name = 'ListingOrderError';
  constructor(
    readonly side: JoinSide,
    readonly previous: string,
    readonly next: string,
  ) {
    super(
      previous === next
        ? `${side} listing has the name ${JSON.stringify(next)} twice; refusing to plan from it`
        : `${side} listing is not sorted by UTF-8 bytes: ${JSON.stringify(next)} came after ${JSON.stringify(previous)}; refusing to plan from it`,
    );
  }
}

/** One name and what each side holds under it. At least one side is set. */
export interface Pair {
  name: string;
  source?: Entry;
  destination?: Entry;
}

/** Reads one listing and checks, entry by entry, that it is strictly ascending. */
class OrderedReader {
  private readonly iterator: AsyncIterator<Entry>;
  private previous: string | undefined;
  private finished = false;

  constructor(
    listing: AsyncIterable<Entry>,
    private readonly side: JoinSide,
  ) {
    this.iterator = listing[Symbol.asyncIterator]();
  }

  /** The next entry, or undefined at the end of the listing. */
  async next(): Promise<Entry | undefined> {
    if (this.finished) return undefined;
    const step = await this.iterator.next();
    if (step.done) {
      this.finished = true;
      return undefined;
    }
    const entry = step.value;
    if (this.previous !== undefined && compareUtf8(this.previous, entry.name) >= 0) {
      throw new ListingOrderError(this.side, this.previous, entry.name);
    }
    this.previous = entry.name;
    return entry;
  }

  /** Lets the listing release what it holds (e.g. an HTTP page stream) when we stop early. */
  async close(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.iterator.return?.();
  }
}

/**
 * Joins two listings, each strictly ascending by compareUtf8, into one
 * ascending stream of names with the entry each side holds.
 * Throws ListingOrderError as soon as either listing is out of order.
 */
export async function* mergeJoin(source: AsyncIterable<Entry>, destination: AsyncIterable<Entry>): AsyncGenerator<Pair> {
  const src = new OrderedReader(source, 'source');
  const dst = new OrderedReader(destination, 'destination');
  try {
    // Both listings are usually remote pages: fetch their heads in parallel.
    let [s, d] = await Promise.all([src.next(), dst.next()]);
    while (s !== undefined || d !== undefined) {
      const order = s === undefined ? 1 : d === undefined ? -1 : compareUtf8(s.name, d.name);
      if (order < 0) {
        yield { name: s!.name, source: s };
        s = await src.next();
      } else if (order > 0) {
        yield { name: d!.name, destination: d };
        d = await dst.next();
      } else {
        yield { name: s!.name, source: s, destination: d };
        [s, d] = await Promise.all([src.next(), dst.next()]);
      }
    }
  } finally {
    await Promise.allSettled([src.close(), dst.close()]);
  }
}

export interface PlanRules {
  command: 'copy' | 'sync';
  overwrite: Overwrite;
  compareHash: CompareHash;
  mirrorMode: boolean;
  deleteDestination: boolean;
}

/**
 * The action for one joined name, or undefined for a name only the
 * destination has that is to be left alone (the caller counts it as extra).
 */
export function decide(pair: Pair, rules: PlanRules): Action | undefined {
  const { source, destination } = pair;
  if (source === undefined) {
    if (destination === undefined) throw new Error(`decide(): "${pair.name}" is on neither side`);
    return rules.command === 'sync' && rules.deleteDestination ? { kind: 'delete', destination } : undefined;
  }
  if (destination === undefined) return { kind: 'transfer', source, reason: 'missing' };
  return rules.command === 'copy' ? decideCopy(source, destination, rules) : decideSync(source, destination, rules);
}

/** copy: the destination's copy is replaced according to --overwrite only. */
function decideCopy(source: Entry, destination: Entry, rules: PlanRules): Action {
  switch (rules.overwrite) {
    case 'true':
      return { kind: 'transfer', source, destination, reason: 'overwrite' };
    case 'false':
      return { kind: 'skip', source, destination, reason: 'exists at destination' };
    case 'ifSourceNewer':
      return source.mtimeMs > destination.mtimeMs
        ? { kind: 'transfer', source, destination, reason: 'newer' }
        : { kind: 'skip', source, destination, reason: 'destination is as new' };
  }
}

/**
 * sync: transfer what differs, by size first, then by MD5 or modification
 * time — the destination is made to match the source, and a transfer over a
 * destination newer than its source says so (overwritesNewer). With
 * --overwrite ifSourceNewer it is AzCopy's rule instead: an object is
 * copied only when the source is newer; a destination that differs and is
 * not older is kept (keptNewer).
 */
function decideSync(source: Entry, destination: Entry, rules: PlanRules): Action {
  if (rules.overwrite === 'ifSourceNewer') return decideSyncIfSourceNewer(source, destination, rules);
  const action = decideSyncToMatch(source, destination, rules);
  if (action.kind === 'transfer' && destination.mtimeMs > source.mtimeMs) action.overwritesNewer = true;
  return action;
}

function decideSyncIfSourceNewer(source: Entry, destination: Entry, rules: PlanRules): Action {
  if (source.mtimeMs > destination.mtimeMs) return { kind: 'transfer', source, destination, reason: 'newer' };
  const same = decideSyncToMatch(source, destination, rules).kind === 'skip';
  return same
    ? { kind: 'skip', source, destination, reason: 'identical' }
    : { kind: 'skip', source, destination, reason: destination.mtimeMs > source.mtimeMs ? 'destination is newer (kept)' : 'destination is as new (kept)', keptNewer: true };
}

function decideSyncToMatch(source: Entry, destination: Entry, rules: PlanRules): Action {
  if (rules.mirrorMode) return { kind: 'transfer', source, destination, reason: 'mirror' };
  if (source.size !== destination.size) return { kind: 'transfer', source, destination, reason: 'size' };
  if (rules.compareHash === 'md5') {
    // A missing hash on either side cannot prove the contents equal.
    return source.md5 !== undefined && destination.md5 !== undefined && source.md5 === destination.md5
      ? { kind: 'skip', source, destination, reason: 'identical (md5)' }
      : { kind: 'transfer', source, destination, reason: 'hash' };
  }
  return source.mtimeMs > destination.mtimeMs
    ? { kind: 'transfer', source, destination, reason: 'newer' }
    : { kind: 'skip', source, destination, reason: 'identical' };
}

/** A name only the destination holds, left in place; yielded so the caller can count it. */
export interface ExtraAtDestination {
  kind: 'extra';
  destination: Entry;
}

export type PlanStep = Action | ExtraAtDestination;

export interface PlanHooks {
  /** Computes a source entry's base64 MD5 on demand (e.g. hashing a local file). */
  hashSource?: (entry: Entry) => Promise<string | undefined>;
  /** The same for a destination entry (a local destination: blob → local sync by MD5). */
  hashDestination?: (entry: Entry) => Promise<string | undefined>;
}

/** Whether decide() compares this pair by MD5 and `one`'s is not known yet. */
function needsHash(one: Entry, other: Entry, rules: PlanRules): boolean {
  return rules.command === 'sync' && rules.compareHash === 'md5' && !rules.mirrorMode && one.md5 === undefined && one.size === other.size;
}

/** Whether decide() could only tell this pair apart by the source's MD5, which is not known yet. */
function needsSourceHash(source: Entry, destination: Entry, rules: PlanRules): boolean {
  // Without a destination MD5 the answer is 'hash' whatever the source
  // hashes to, so reading the whole source file would be wasted work.
  return needsHash(source, destination, rules) && destination.md5 !== undefined;
}

/**
 * The plan for a copy or sync: one step per name in either listing, in name
 * order. Source files are hashed (hooks.hashSource) only where a sync by MD5
 * needs it: both sides present and of equal size.
 */
export async function* plan(
  source: AsyncIterable<Entry>,
  destination: AsyncIterable<Entry>,
  rules: PlanRules,
  hooks: PlanHooks = {},
): AsyncGenerator<PlanStep> {
  for await (const pair of mergeJoin(source, destination)) {
    // A destination whose listing carries no MD5 (a local file; an Azure
    // Files share, whose listing has none) is asked for it first, when the
    // source has one or can get one. Without this, every file of equal size
    // counted as different and a sync with --compare-hash md5 sent everything.
    if (
      pair.source &&
      pair.destination &&
      hooks.hashDestination &&
      (pair.source.md5 !== undefined || hooks.hashSource) &&
      needsHash(pair.destination, pair.source, rules)
    ) {
      const md5 = await hooks.hashDestination(pair.destination);
      if (md5 !== undefined) pair.destination = { ...pair.destination, md5 };
    }
    if (pair.source && pair.destination && hooks.hashSource && needsSourceHash(pair.source, pair.destination, rules)) {
      const md5 = await hooks.hashSource(pair.source);
      // A copy, so the caller's listing entry is not changed behind its back.
      if (md5 !== undefined) pair.source = { ...pair.source, md5 };
    }
    const action = decide(pair, rules);
    yield action ?? { kind: 'extra', destination: pair.destination! };
  }
}
