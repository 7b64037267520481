// Peak memory of the sync planner: plan() from src/engine/diff.ts over two
// synthetic listings of N entries each (default 1,000,000), generated lazily
// in blob-listing order so that the only thing that can hold memory is the
// planner itself. Run under /usr/bin/time by bench/run.mjs:
//   node --import tsx bench/planner-rss.ts [N] [--baseline]
// --baseline drains the same listings without plan(), for comparison.
// Prints one JSON line: {entries, actions, elapsedS, heapPeakMB}.
import type { Entry } from '../src/engine/types.ts';

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const baseline = args.includes('--baseline');
const MTIME = 1_704_067_200_000;

const nameOf = (i: number, ext = 'bin') => `dir-${String(Math.floor(i / 1000)).padStart(4, '0')}/file-${String(i).padStart(7, '0')}.${ext}`;

/** The local side: every name once. */
async function* source(): AsyncGenerator<Entry> {
  for (let i = 0; i < N; i++) yield { name: nameOf(i), size: 1024 + (i % 4096), mtimeMs: i % 70 === 0 ? MTIME + 60_000 : MTIME };
}

/** The blob side: 1% missing, 2% another size, 0.5% extra names to delete. */
async function* destination(): AsyncGenerator<Entry> {
  for (let i = 0; i < N; i++) {
    if (i % 100 !== 0) yield { name: nameOf(i), size: 1024 + (i % 4096) + (i % 50 === 1 ? 1 : 0), mtimeMs: MTIME, md5: 'AAAAAAAAAAAAAAAAAAAAAA==' };
    if (i % 200 === 3) yield { name: nameOf(i, 'old'), size: 10, mtimeMs: MTIME };
  }
}

let heapPeak = 0;
const sampler = setInterval(() => {
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
}, 50);

const started = process.hrtime.bigint();
const actions: Record<string, number> = {};
if (baseline) {
  let n = 0;
  for await (const _ of source()) n++;
  for await (const _ of destination()) n++;
  actions.entriesRead = n;
} else {
  // Imported by a computed URL so that this file typechecks before diff.ts exists.
  const spec = new URL('../src/engine/diff.ts', import.meta.url).href;
  let mod: { plan?: (s: AsyncIterable<Entry>, d: AsyncIterable<Entry>, rules: object) => AsyncIterable<{ kind: string }> };
  try {
    mod = await import(spec);
  } catch (e) {
    console.log(JSON.stringify({ error: `cannot load src/engine/diff.ts: ${(e as Error).message.split('\n')[0]}` }));
    process.exit(3);
  }
  if (typeof mod.plan !== 'function') {
    console.log(JSON.stringify({ error: 'src/engine/diff.ts has no plan() export yet' }));
    process.exit(3);
  }
  const rules = { command: 'sync', overwrite: 'true', compareHash: 'none', mirrorMode: false, deleteDestination: true };
  for await (const a of mod.plan(source(), destination(), rules)) actions[a.kind] = (actions[a.kind] ?? 0) + 1;
}
clearInterval(sampler);
heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
console.log(JSON.stringify({ entries: N, baseline, actions, elapsedS: Number(process.hrtime.bigint() - started) / 1e9, heapPeakMB: heapPeak / 1048576 }));
