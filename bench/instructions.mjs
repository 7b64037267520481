#!/usr/bin/env node
// Instructions, not seconds: an A/B of two azcp builds that this noisy
// 2-core machine cannot blur. valgrind's callgrind counts every instruction
// the process runs (V8's generated code included); for the same bundle and
// the same job the total repeats within ~0.5–2%, whatever else the machine
// is doing, where wall time moves 5–15%. Use it for a change that saves a
// few percent of CPU, then confirm with `npm run bench` (README, Performance,
// tenth pass).
//
//   node bench/instructions.mjs --base DIST [--new DIST] [--runs N] [--jobs download,upload,noop]
//
// --base: the A build's dist/ folder (e.g. a worktree of the commit before);
// --new: the B build (default: this checkout's dist/, as built). Each job runs
// both builds alternately, N times each (default 2), under callgrind, against
// one in-memory Azurite, and must complete; the table gives every run's
// total and the ratio of the medians (new / base).
//   download: 300 blobs of 1–64 KiB to a fresh folder
//   upload:   the same 300 files to a fresh container
//   noop:     a sync of 5,000 tiny files that finds nothing to do
// Needs valgrind (Debian: apt-get install -y valgrind). Each run takes
// ~20–60 s under callgrind.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { ensureDataset } from './lib/datasets.mjs';
import { accountSas, createContainer, makeAgent, putFiles } from './lib/storage.mjs';
import { KiB } from './lib/config.mjs';
import { median } from './lib/stats.mjs';

const JOBS = ['download', 'upload', 'noop'];
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const usage = (why) => {
  console.error(`${why}\nusage: node bench/instructions.mjs --base DIST [--new DIST] [--runs N] [--jobs ${JOBS.join(',')}]`);
  process.exit(2);
};
const base = flag('base');
const fresh = flag('new') ?? resolve(import.meta.dirname, '..', 'dist');
const runs = Number(flag('runs') ?? 2);
const jobs = (flag('jobs') ?? JOBS.join(',')).split(',');
if (!base) usage('--base is required: the dist/ folder of the build to compare against');
for (const d of [base, fresh]) if (!existsSync(join(d, 'index.js'))) usage(`${d} holds no built index.js`);
if (!Number.isInteger(runs) || runs < 1) usage('--runs takes a whole number ≥ 1');
for (const j of jobs) if (!JOBS.includes(j)) usage(`unknown job "${j}"`);
if (spawnSync('valgrind', ['--version']).status !== 0) usage('valgrind is not installed (Debian: apt-get install -y valgrind)');

const small = ensureDataset({ kind: 'small', label: 'instructions-300', count: 300, minSize: 1 * KiB, maxSize: 64 * KiB, seed: 11 }, console.log);
const tiny = ensureDataset({ kind: 'small', label: 'instructions-tiny-5k', count: 5000, minSize: 16, maxSize: 512, seed: 12 }, console.log);
const scratch = mkdtempSync(join(tmpdir(), 'azcp-instructions-'));
const az = await startAzurite();
const sas = accountSas(az.account, az.key);
const agent = makeAgent();
const url = (container) => `${az.serviceUrl}/${container}?${sas}`;
let containers = 0;
const newContainer = async () => {
  const name = `instr${containers++}`;
  await createContainer(agent, az.serviceUrl, name, sas);
  return name;
};

/** One azcp run, plain or under callgrind; resolves to its instruction total (or 0 when not counted). */
function azcp(dist, azcpArgs, counted) {
  const out = join(scratch, `callgrind-${Date.now()}-${Math.random().toString(36).slice(2)}.out`);
  const argv = counted ? ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, join(dist, 'index.js'), ...azcpArgs] : [join(dist, 'index.js'), ...azcpArgs];
  return new Promise((done, fail) => {
    // Async: the emulator lives in this process and must keep answering.
    const child = spawn(counted ? 'valgrind' : process.execPath, argv, { env: { ...process.env, AZCP_JOB_DIR: join(scratch, 'jobs') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (code) => {
      if (code !== 0 || !/Completed: /.test(text)) return fail(new Error(`azcp ${azcpArgs[0]} with ${dist} did not complete (exit ${code}):\n${text.slice(-1500)}`));
      if (!counted) return done(0);
      const total = /^totals:\s+(\d+)/m.exec(readFileSync(out, 'utf8'))?.[1];
      rmSync(out, { force: true });
      done(Number(total));
    });
  });
}

// The download's source and the no-op sync's destination, seeded once.
const downloadFrom = await newContainer();
await putFiles(agent, az.serviceUrl, downloadFrom, sas, small);
const noopInto = await newContainer();
await azcp(fresh, ['sync', tiny.dir, url(noopInto)], false);

async function countOne(job, dist) {
  if (job === 'download') {
    const to = join(scratch, 'download');
    rmSync(to, { recursive: true, force: true });
    return azcp(dist, ['copy', url(downloadFrom), to, '--recursive'], true);
  }
  if (job === 'upload') return azcp(dist, ['copy', join(small.dir, '*'), url(await newContainer()), '--recursive'], true);
  return azcp(dist, ['sync', tiny.dir, url(noopInto)], true);
}

const G = (n) => (n / 1e9).toFixed(3);
const rows = [];
try {
  for (const job of jobs) {
    const counts = { base: [], new: [] };
    for (let i = 0; i < runs; i++) {
      // Alternating, and each round in the other order, so a drift of the machine falls on both.
      const order = i % 2 ? [['new', fresh], ['base', base]] : [['base', base], ['new', fresh]];
      for (const [which, dist] of order) {
        counts[which].push(await countOne(job, dist));
        console.log(`[${job}] ${which} run ${i + 1}: ${G(counts[which].at(-1))} G instructions`);
      }
    }
    rows.push({ job, base: counts.base, new: counts.new, ratio: median(counts.new) / median(counts.base) });
  }
} finally {
  await az.stop();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`\nbase: ${base}\nnew:  ${fresh}\n`);
console.log('| job | base (G instructions) | new (G instructions) | new / base (medians) |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.job} | ${r.base.map(G).join(', ')} | ${r.new.map(G).join(', ')} | ${r.ratio.toFixed(3)} |`);
