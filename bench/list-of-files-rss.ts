// Peak memory of --list-of-files: a list of N relative paths (default
// 100,000) arrives on standard input in no particular order, is sorted in
// runs on disk (src/job/list-of-files.ts) and then walked beside a sorted
// source listing of 10 × N entries (src/engine/listed.ts keepListed), as a
// job plans it. Run by bench/run.mjs under /usr/bin/time:
//   node --import tsx bench/list-of-files-rss.ts --generate N | node --import tsx bench/list-of-files-rss.ts N
// Prints one JSON line: {paths, listed, kept, elapsedS, heapPeakMB}.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entry } from '../src/engine/types.ts';

const args = process.argv.slice(2);
const N = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const nameOf = (i: number) => `dir-${String(Math.floor(i / 1000)).padStart(5, '0')}/file-${String(i).padStart(8, '0')}.bin`;

if (args.includes('--generate')) {
  // Every 10th name of the listing, in a scrambled order (a multiplicative
  // permutation: no array of names in this process either).
  const P = 7919; // prime, and no factor of N unless N is a multiple of it
  let chunk = '';
  for (let k = 0; k < N; k++) {
    chunk += nameOf(((k * P) % N) * 10) + '\n';
    if (chunk.length > 64 * 1024) {
      if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once('drain', r));
      chunk = '';
    }
  }
  process.stdout.write(chunk);
} else {
  const { loadListOfFiles } = await import('../src/job/list-of-files.ts');
  const { keepListed } = await import('../src/engine/listed.ts');
  let heapPeak = 0;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 50);
  const started = process.hrtime.bigint();
  const dir = mkdtempSync(join(tmpdir(), 'azcp-bench-list-'));
  try {
    const list = await loadListOfFiles('-', dir, '--list-of-files');
    async function* source(): AsyncGenerator<Entry> {
      for (let i = 0; i < N * 10; i++) yield { name: nameOf(i), size: 1, mtimeMs: 0 };
    }
    let kept = 0;
    for await (const _ of keepListed(source(), list.paths())) kept++;
    clearInterval(sampler);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    const elapsedS = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(JSON.stringify({ paths: N, listed: list.count, kept, elapsedS, heapPeakMB: heapPeak / 1024 / 1024 }));
    if (kept !== N || list.count !== N) process.exitCode = 4;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
