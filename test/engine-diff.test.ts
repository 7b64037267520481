import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeJoin, decide, plan, ListingOrderError, type PlanRules, type Pair, type PlanStep } from '../src/engine/diff.ts';
import type { Entry } from '../src/engine/types.ts';

const entry = (name: string, over: Partial<Entry> = {}): Entry => ({ name, size: 10, mtimeMs: 1000, ...over });

async function* listing(entries: Entry[]): AsyncGenerator<Entry> {
  for (const e of entries) yield e;
}
const names = (...list: string[]) => listing(list.map((n) => entry(n)));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const sides = (pairs: Pair[]) => pairs.map((p) => `${p.name}:${p.source ? 'S' : ''}${p.destination ? 'D' : ''}`);

// ---- mergeJoin ----

test('mergeJoin pairs equal names and keeps one-sided names, in byte order', async () => {
  const pairs = await collect(mergeJoin(names('a-b', 'a/b', 'b', 'd'), names('a.b', 'a/b', 'c', 'd', 'e')));
  assert.deepEqual(sides(pairs), ['a-b:S', 'a.b:D', 'a/b:SD', 'b:S', 'c:D', 'd:SD', 'e:D']);
});

test('mergeJoin handles empty sides', async () => {
  assert.deepEqual(sides(await collect(mergeJoin(names(), names()))), []);
  assert.deepEqual(sides(await collect(mergeJoin(names('a', 'b'), names()))), ['a:S', 'b:S']);
  assert.deepEqual(sides(await collect(mergeJoin(names(), names('a', 'b')))), ['a:D', 'b:D']);
});

test('mergeJoin pairs astral-plane names by UTF-8 order, where JS string order would mispair them', async () => {
  // Byte order: U+FF01 (EF BC 81) < U+1F600 (F0 9F 98 80); JS order says the opposite.
  const pairs = await collect(mergeJoin(names('\uFF01', '\u{1F600}'), names('\uFF01', '\u{1F600}')));
  assert.deepEqual(sides(pairs), ['\uFF01:SD', '\u{1F600}:SD']);
});

test('mergeJoin throws ListingOrderError naming the side and both names when a listing is out of order', async () => {
  await assert.rejects(collect(mergeJoin(names('a', 'c', 'b'), names('a', 'b', 'c'))), (err: unknown) => {
    assert.ok(err instanceof ListingOrderError);
    assert.equal(err.side, 'source');
    assert.equal(err.previous, 'c');
    assert.equal(err.next, 'b');
    assert.match(err.message, /source/);
    assert.match(err.message, /"c"/);
    assert.match(err.message, /"b"/);
    return true;
  });
  // JS order (surrogate before U+FF01) is wrong order for a blob listing.
  await assert.rejects(collect(mergeJoin(names(), names('\u{1F600}', '\uFF01'))), (err: unknown) => {
    assert.ok(err instanceof ListingOrderError);
    assert.equal(err.side, 'destination');
    return true;
  });
});

test('mergeJoin throws ListingOrderError on a duplicate name', async () => {
  await assert.rejects(collect(mergeJoin(names('a', 'b'), names('a', 'a', 'b'))), (err: unknown) => {
    assert.ok(err instanceof ListingOrderError);
    assert.equal(err.side, 'destination');
    assert.match(err.message, /"a" twice/);
    return true;
  });
});

test('plan rejects with ListingOrderError from a mis-sorted listing, after the deletes it already yielded', async () => {
  // Source claims [a, c, b]; the destination has b. When the source shows c,
  // b looks destination-only and a delete is yielded before the source's
  // disorder can be seen. This is why the job must not run deletes until the
  // plan has been read to the end without error.
  const steps: PlanStep[] = [];
  const rules: PlanRules = { command: 'sync', overwrite: 'true', compareHash: 'none', mirrorMode: false, deleteDestination: true };
  await assert.rejects(async () => {
    for await (const s of plan(names('a', 'c', 'b'), names('a', 'b', 'c'), rules)) steps.push(s);
  }, ListingOrderError);
  assert.deepEqual(
    steps.map((s) => s.kind),
    ['skip', 'delete', 'skip'],
  );
});

test('mergeJoin closes both listings when the consumer stops early', async () => {
  const closed: string[] = [];
  async function* tracked(side: string, list: string[]) {
    try {
      for (const n of list) yield entry(n);
    } finally {
      closed.push(side);
    }
  }
  for await (const pair of mergeJoin(tracked('source', ['a', 'b']), tracked('destination', ['a', 'b']))) {
    assert.equal(pair.name, 'a');
    break;
  }
  assert.deepEqual(closed.sort(), ['destination', 'source']);
});

// ---- decide ----

const copy = (overwrite: PlanRules['overwrite']): PlanRules => ({ command: 'copy', overwrite, compareHash: 'none', mirrorMode: false, deleteDestination: false });
const sync = (over: Partial<PlanRules> = {}): PlanRules => ({ command: 'sync', overwrite: 'true', compareHash: 'none', mirrorMode: false, deleteDestination: false, ...over });

const older = entry('f', { mtimeMs: 1000 });
const newer = entry('f', { mtimeMs: 2000 });

function brief(action: ReturnType<typeof decide>): string {
  if (action === undefined) return 'extra';
  return action.kind === 'delete' ? 'delete' : `${action.kind}:${action.reason}`;
}

test('decide: a name only at the source is transferred as missing, for copy and sync', () => {
  assert.equal(brief(decide({ name: 'f', source: older }, copy('false'))), 'transfer:missing');
  assert.equal(brief(decide({ name: 'f', source: older }, sync())), 'transfer:missing');
});

test('decide copy: --overwrite true replaces, false skips, ifSourceNewer compares mtime', () => {
  assert.equal(brief(decide({ name: 'f', source: older, destination: newer }, copy('true'))), 'transfer:overwrite');
  assert.equal(brief(decide({ name: 'f', source: newer, destination: older }, copy('false'))), 'skip:exists at destination');
  assert.equal(brief(decide({ name: 'f', source: newer, destination: older }, copy('ifSourceNewer'))), 'transfer:newer');
  assert.equal(brief(decide({ name: 'f', source: older, destination: newer }, copy('ifSourceNewer'))), 'skip:destination is as new');
  assert.equal(brief(decide({ name: 'f', source: older, destination: older }, copy('ifSourceNewer'))), 'skip:destination is as new');
});

test('decide copy: a destination-only name is left alone even with deleteDestination (copy never deletes)', () => {
  assert.equal(decide({ name: 'f', destination: older }, { ...copy('true'), deleteDestination: true }), undefined);
});

test('decide sync: mirror mode transfers everything that exists at both sides', () => {
  assert.equal(brief(decide({ name: 'f', source: older, destination: older }, sync({ mirrorMode: true }))), 'transfer:mirror');
});

test('decide sync: a size difference transfers, whatever the times and hashes', () => {
  const big = entry('f', { size: 11, mtimeMs: 0, md5: 'same' });
  assert.equal(brief(decide({ name: 'f', source: big, destination: entry('f', { md5: 'same', mtimeMs: 5000 }) }, sync())), 'transfer:size');
  assert.equal(brief(decide({ name: 'f', source: big, destination: entry('f', { md5: 'same' }) }, sync({ compareHash: 'md5' }))), 'transfer:size');
});

test('decide sync by mtime: source newer transfers, otherwise identical', () => {
  assert.equal(brief(decide({ name: 'f', source: newer, destination: older }, sync())), 'transfer:newer');
  assert.equal(brief(decide({ name: 'f', source: older, destination: newer }, sync())), 'skip:identical');
  assert.equal(brief(decide({ name: 'f', source: older, destination: older }, sync())), 'skip:identical');
});

test('decide sync by md5: equal skips, different or unknown transfers; mtime is ignored', () => {
  const rules = sync({ compareHash: 'md5' });
  const withMd5 = (md5: string | undefined, mtimeMs = 1000) => entry('f', { md5, mtimeMs });
  assert.equal(brief(decide({ name: 'f', source: withMd5('A', 9000), destination: withMd5('A') }, rules)), 'skip:identical (md5)');
  assert.equal(brief(decide({ name: 'f', source: withMd5('A'), destination: withMd5('B', 9000) }, rules)), 'transfer:hash');
  assert.equal(brief(decide({ name: 'f', source: withMd5(undefined), destination: withMd5('A') }, rules)), 'transfer:hash');
  assert.equal(brief(decide({ name: 'f', source: withMd5('A'), destination: withMd5(undefined) }, rules)), 'transfer:hash');
  assert.equal(brief(decide({ name: 'f', source: withMd5(undefined), destination: withMd5(undefined) }, rules)), 'transfer:hash');
});

test('decide sync: a destination-only name is deleted only with deleteDestination', () => {
  assert.equal(brief(decide({ name: 'f', destination: older }, sync({ deleteDestination: true }))), 'delete');
  assert.equal(decide({ name: 'f', destination: older }, sync({ deleteDestination: false })), undefined);
});

test('decide keeps the entries on the action, so the executor knows sizes and names', () => {
  const action = decide({ name: 'f', source: newer, destination: older }, sync());
  assert.ok(action && action.kind === 'transfer');
  assert.equal(action.source, newer);
  assert.equal(action.destination, older);
});

// ---- plan ----

test('plan yields one step per name, with extra for destination-only names left alone', async () => {
  const source = listing([entry('a'), entry('b', { size: 11 }), entry('c', { mtimeMs: 5000 }), entry('d')]);
  const destination = listing([entry('b'), entry('c'), entry('d'), entry('e')]);
  const steps = await collect(plan(source, destination, sync()));
  assert.deepEqual(
    steps.map((s) => (s.kind === 'extra' ? `extra:${s.destination.name}` : s.kind === 'delete' ? `delete:${s.destination.name}` : `${s.kind}:${s.reason}:${s.source.name}`)),
    ['transfer:missing:a', 'transfer:size:b', 'transfer:newer:c', 'skip:identical:d', 'extra:e'],
  );
});

test('plan with deleteDestination yields delete instead of extra', async () => {
  const steps = await collect(plan(names('a'), names('a', 'z'), sync({ deleteDestination: true })));
  assert.deepEqual(steps.map((s) => s.kind), ['skip', 'delete']);
});

test('plan hashes the source lazily: only for same-size pairs with a destination md5 in a sync by md5', async () => {
  const hashed: string[] = [];
  const hashSource = async (e: Entry) => {
    hashed.push(e.name);
    return e.name === 'same' ? 'MD5-A' : 'MD5-X';
  };
  const srcEntries = [entry('changed'), entry('missing'), entry('nodestmd5'), entry('same'), entry('sized', { size: 99 })];
  const source = listing(srcEntries);
  const destination = listing([
    entry('changed', { md5: 'MD5-B' }),
    entry('nodestmd5'),
    entry('same', { md5: 'MD5-A' }),
    entry('sized', { md5: 'MD5-A' }),
  ]);
  const steps = await collect(plan(source, destination, sync({ compareHash: 'md5' }), { hashSource }));
  assert.deepEqual(hashed, ['changed', 'same'], 'no hash for missing, size-differing or unprovable pairs');
  assert.deepEqual(
    steps.map((s) => (s.kind === 'transfer' || s.kind === 'skip' ? `${s.source.name}=${s.reason}` : s.kind)),
    ['changed=hash', 'missing=missing', 'nodestmd5=hash', 'same=identical (md5)', 'sized=size'],
  );
  const same = steps[3];
  assert.ok(same.kind === 'skip');
  assert.equal(same.source.md5, 'MD5-A', 'the computed md5 travels with the action');
  assert.equal(srcEntries[3].md5, undefined, "the caller's listing entry is not mutated");
});

test('plan does not hash when the source already has an md5, or for copy, mtime sync or mirror', async () => {
  let calls = 0;
  const hooks = { hashSource: async () => (calls++, 'X') };
  const dest = () => listing([entry('f', { md5: 'A' })]);
  await collect(plan(listing([entry('f', { md5: 'A' })]), dest(), sync({ compareHash: 'md5' }), hooks));
  await collect(plan(names('f'), dest(), copy('true'), hooks));
  await collect(plan(names('f'), dest(), sync(), hooks));
  await collect(plan(names('f'), dest(), sync({ mirrorMode: true, compareHash: 'md5' }), hooks));
  assert.equal(calls, 0);
});

// ---- sync: the two rules (make the destination match, or AzCopy's newer-wins) ----

const syncRules = (overwrite: PlanRules['overwrite'], over: Partial<PlanRules> = {}): PlanRules => ({ command: 'sync', overwrite, compareHash: 'none', mirrorMode: false, deleteDestination: false, ...over });

test('sync (default rule) overwrites a destination newer than its source and says so', () => {
  const a = decide({ name: 'f', source: entry('f', { size: 10, mtimeMs: 1000 }), destination: entry('f', { size: 12, mtimeMs: 2000 }) }, syncRules('true'));
  assert.equal(a?.kind, 'transfer');
  assert.equal(a?.kind === 'transfer' && a.overwritesNewer, true);
  const older = decide({ name: 'f', source: entry('f', { size: 10, mtimeMs: 3000 }), destination: entry('f', { size: 12, mtimeMs: 2000 }) }, syncRules('true'));
  assert.equal(older?.kind === 'transfer' && older.overwritesNewer, undefined);
});

test('sync --overwrite ifSourceNewer keeps a destination that differs and is newer (or as new), and copies when the source is newer', () => {
  const r = syncRules('ifSourceNewer');
  const kept = decide({ name: 'f', source: entry('f', { size: 10, mtimeMs: 1000 }), destination: entry('f', { size: 12, mtimeMs: 2000 }) }, r);
  assert.deepEqual([kept?.kind, kept?.kind === 'skip' && kept.keptNewer, kept?.kind === 'skip' && kept.reason], ['skip', true, 'destination is newer (kept)']);
  const asNew = decide({ name: 'f', source: entry('f', { size: 10, mtimeMs: 2000 }), destination: entry('f', { size: 12, mtimeMs: 2000 }) }, r);
  assert.equal(asNew?.kind === 'skip' && asNew.keptNewer, true);
  const same = decide({ name: 'f', source: entry('f', { mtimeMs: 1000 }), destination: entry('f', { mtimeMs: 2000 }) }, r);
  assert.deepEqual([same?.kind, same?.kind === 'skip' && same.keptNewer], ['skip', undefined]);
  const newer = decide({ name: 'f', source: entry('f', { size: 10, mtimeMs: 3000 }), destination: entry('f', { size: 10, mtimeMs: 2000 }) }, r);
  assert.deepEqual([newer?.kind, newer?.kind === 'transfer' && newer.reason], ['transfer', 'newer']);
  assert.equal(decide({ name: 'f', source: entry('f') }, r)?.kind, 'transfer', 'missing is copied under either rule');
  assert.equal(decide({ name: 'f', destination: entry('f') }, { ...r, deleteDestination: true })?.kind, 'delete', 'gone from the source is deleted under either rule');
});
