// One point of the no-op sync growth curve: a sync of N entries a side where
// both sides are identical, through the code a real sync runs — plan() from
// src/engine/diff.ts streamed into runPool() from src/engine/pool.ts, every
// step fed to the Reconciler from src/job/reconcile.ts exactly as
// src/job/commands/transfer.ts feeds its planning proof, and the proof's
// result taken at the end (a job that wrote nothing is reconciled from its
// planning listings). Only the listings are synthetic: generated lazily,
// already in UTF-8 byte order, so nothing but the engine can hold memory.
//
// Not in the picture: the listing requests themselves and the job's journal
// (a capped, synchronously written file); the 10k anchor through the CLI
// bundle measures those for real.
//
// Run by bench/lib/extras.mjs under /usr/bin/time, one process per size:
//   node --import tsx bench/noop-growth.ts N
//   (with --expose-gc first, to measure the retained heap too)
// Prints one JSON line: {entries, steps, kinds, written, reconciliation, elapsedS,
// heapBaselineMB, heapPeakMB, heapRetainedGrowthMB}.
import { plan, type PlanRules } from '../src/engine/diff.ts';
import { runPool } from '../src/engine/pool.ts';
import { Reconciler } from '../src/job/reconcile.ts';
import type { Entry } from '../src/engine/types.ts';

const N = Number(process.argv[2]);
if (!Number.isInteger(N) || N < 1) {
  console.log(JSON.stringify({ error: `usage: noop-growth.ts ENTRIES (a positive whole number), not ${process.argv[2]}` }));
  process.exit(2);
}
const MTIME = 1_704_067_200_000;

// 1,000 names a folder, zero-padded so string order is numeric order; the
// padding is wide enough for 10M entries so every size has names of one length.
const nameOf = (i: number) => `dir-${String(Math.floor(i / 1000)).padStart(5, '0')}/file-${String(i).padStart(8, '0')}.bin`;

/** Both sides list the same N files: same name, size and time, so every step is a skip. */
async function* listing(): AsyncGenerator<Entry> {
  for (let i = 0; i < N; i++) yield { name: nameOf(i), size: 1024 + (i % 4096), mtimeMs: MTIME };
}

let heapPeak = 0;
const sampleHeap = () => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
};
// With --expose-gc (extras.mjs passes it) the heap is also measured after a
// full collection, before and after the run: what the run really retained,
// as opposed to garbage not yet collected, which is what the peak shows.
const gc = (globalThis as { gc?: () => void }).gc;
const retainedNow = () => (gc ? (gc(), process.memoryUsage().heapUsed) : NaN);
const retainedBefore = retainedNow();
const heapBaseline = process.memoryUsage().heapUsed;
const sampler = setInterval(sampleHeap, 25);

const rules: PlanRules = { command: 'sync', overwrite: 'true', compareHash: 'none', mirrorMode: false, deleteDestination: true };
const proof = new Reconciler({ rules, extraIsDifference: rules.deleteDestination });
const started = process.hrtime.bigint();
let steps = 0;
const kinds: Record<string, number> = {};

// The job's work(): each step goes to the proof; only writes reach the pool,
// and a no-op sync has none.
async function* work(): AsyncGenerator<Entry> {
  for await (const step of plan(listing(), listing(), rules)) {
    steps++;
    kinds[step.kind] = (kinds[step.kind] ?? 0) + 1;
    if (step.kind === 'delete' || step.kind === 'extra') await proof.add(step.destination.name, undefined, step.destination);
    else await proof.add(step.source.name, step.source, step.destination);
    if (step.kind === 'transfer') yield step.source;
  }
}
let written = 0;
await runPool(work(), 16, async () => {
  written++;
});
const r = proof.result('planning');
const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
clearInterval(sampler);
sampleHeap();
// The proof is still referenced here, so whatever it (or the plan) kept counts.
const retainedAfter = retainedNow();
void proof;
console.log(
  JSON.stringify({
    entries: N,
    steps,
    kinds,
    written,
    reconciliation: { basis: r.basis, ok: r.ok, matched: r.matched, sourceCount: r.sourceCount, destinationCount: r.destinationCount },
    elapsedS,
    heapBaselineMB: heapBaseline / 1048576,
    heapPeakMB: heapPeak / 1048576,
    heapRetainedGrowthMB: (retainedAfter - retainedBefore) / 1048576,
  }),
);
