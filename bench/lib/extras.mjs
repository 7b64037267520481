// The measurements that are not transfers: CLI startup, the sync planner's
// peak memory, --list-of-files' peak memory for a long list on standard
// input, and the cost of MD5 alone (the floor under a verified download).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, DATA_DIR } from './config.mjs';
import { measure, timeRepeated } from './measure.mjs';
import { median } from './stats.mjs';
import { azcpPath } from './peers.mjs';

export function measureVersion(runs) {
  const r = timeRepeated(process.execPath, [azcpPath(), '--version'], runs, { cwd: ROOT });
  const ms = r.times.map((t) => t * 1000);
  return { runs: ms.length, medianMs: r.error ? NaN : median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms), output: r.stdout, error: r.error };
}

/** Hashes `gib` GiB with node:crypto's MD5 in 8 MiB updates (a verified
 *  range's size) and prints the CPU seconds that took, nothing else timed. */
const MD5_FLOOR_SCRIPT = `
const { createHash, randomBytes } = require('node:crypto');
const buf = randomBytes(8 * 1024 * 1024);
const updates = Math.round(Number(process.argv[1]) * 128);
const hash = createHash('md5');
const c0 = process.cpuUsage();
for (let i = 0; i < updates; i++) hash.update(buf);
hash.digest();
const c = process.cpuUsage(c0);
console.log((c.user + c.system) / 1e6);
`;

/**
 * The floor under a verified download's CPU: MD5 alone over the same bytes,
 * in a process of its own, `runs` times. The target compares azcp's CPU per
 * verified GiB (download-large) with it.
 */
export function measureMd5Floor(runs = 3, gib = 1) {
  try {
    const cpu = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['-e', MD5_FLOOR_SCRIPT, String(gib)], { encoding: 'utf8' }).trim()) / gib);
    return { runs, gib, cpuSPerGiB: median(cpu), minS: Math.min(...cpu), maxS: Math.max(...cpu) };
  } catch (err) {
    return { runs: 0, gib, cpuSPerGiB: NaN, error: `not measured: ${err.message.split('\n')[0]}` };
  }
}

async function plannerOnce(entries, baseline) {
  const dir = join(DATA_DIR, 'scratch', `planner${baseline ? '-baseline' : ''}`);
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'out.log');
  const args = ['--import', 'tsx', join(ROOT, 'bench', 'planner-rss.ts'), String(entries), ...(baseline ? ['--baseline'] : [])];
  const m = await measure(process.execPath, args, { cwd: ROOT, logFile, timeoutMs: 15 * 60_000 });
  const text = readFileSync(logFile, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  const line = text.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  let out = {};
  try {
    out = JSON.parse(line ?? '{}');
  } catch {
    /* below */
  }
  if (m.exitCode !== 0 || out.error) return { error: out.error ?? `exit ${m.exitCode}: ${text.slice(-400)}` };
  return { ...m, ...out };
}

export async function measurePlanner(entries) {
  const real = await plannerOnce(entries, false);
  if (real.error) return { entries, error: real.error };
  const base = await plannerOnce(entries, true);
  return {
    entries,
    peakRssMB: real.peakRssMB,
    wallS: real.wallS,
    cpuS: real.cpuS,
    heapPeakMB: real.heapPeakMB,
    actions: real.actions,
    baselineRssMB: base.peakRssMB,
  };
}

/**
 * --list-of-files with `paths` names piped in on standard input (unsorted),
 * sorted on disk and walked beside a listing ten times as long: peak RSS
 * of the reading process (GNU time reports the largest process of the pipe).
 */
export async function measureListOfFiles(paths) {
  const dir = join(DATA_DIR, 'scratch', 'list-of-files');
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'out.log');
  const script = join(ROOT, 'bench', 'list-of-files-rss.ts');
  const node = `"${process.execPath}" --import tsx "${script}"`;
  const m = await measure('/bin/sh', ['-c', `${node} --generate ${paths} | ${node} ${paths}`], { cwd: ROOT, logFile, timeoutMs: 15 * 60_000 });
  const text = readFileSync(logFile, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  const line = text.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  let out = {};
  try {
    out = JSON.parse(line ?? '{}');
  } catch {
    /* below */
  }
  if (m.exitCode !== 0 || !line) return { paths, error: `exit ${m.exitCode}: ${text.slice(-400)}` };
  return { paths, peakRssMB: m.peakRssMB, wallS: m.wallS, ...out };
}

/**
 * How a no-op sync's cost grows with the number of entries: one child
 * process per size (bench/noop-growth.ts: plan() → runPool() with the
 * job's Reconciler over identical synthetic listings), under GNU time.
 * Whole-process wall, CPU and peak RSS per size, plus the ratios between
 * consecutive sizes: for sizes ten apart, linear time is ≈ 10 and flat
 * memory is ≈ 1. The node+tsx startup (about a second) is in every point,
 * so the small sizes' ratios are below 10 even for a linear engine; the
 * workload's own clock (engineS) leaves startup out.
 */
export async function measureNoopGrowth(sizes) {
  const points = [];
  for (const entries of sizes) points.push(await noopGrowthOnce(entries));
  return { sizes, points, ratios: growthRatios(points) };
}

async function noopGrowthOnce(entries) {
  const dir = join(DATA_DIR, 'scratch', `noop-growth-${entries}`);
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'out.log');
  const args = ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'noop-growth.ts'), String(entries)];
  const m = await measure(process.execPath, args, { cwd: ROOT, logFile, timeoutMs: 15 * 60_000 });
  const text = readFileSync(logFile, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  const line = text.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  let out = {};
  try {
    out = JSON.parse(line ?? '{}');
  } catch {
    /* below */
  }
  if (m.exitCode !== 0 || out.error || !line) return { entries, error: out.error ?? `exit ${m.exitCode}: ${text.slice(-400)}` };
  // A no-op must be one: every entry skipped, nothing written, the proof ok.
  const rec = out.reconciliation ?? {};
  const noop = out.written === 0 && out.steps === entries && rec.ok === true && rec.matched === entries;
  return {
    entries,
    wallS: m.wallS,
    cpuS: m.cpuS,
    peakRssMB: m.peakRssMB,
    engineS: out.elapsedS,
    heapPeakMB: out.heapPeakMB,
    heapRetainedGrowthMB: out.heapRetainedGrowthMB,
    steps: out.steps,
    reconciliation: rec,
    ...(noop ? {} : { error: `not a no-op: ${JSON.stringify({ steps: out.steps, kinds: out.kinds, written: out.written, reconciliation: rec })}` }),
  };
}

/** Ratios of each point to the one before it (time, CPU, engine time, RSS, heap peak). */
export function growthRatios(points) {
  const ratios = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const r = (k) => (a.error || b.error ? NaN : b[k] / a[k]);
    ratios.push({ from: a.entries, to: b.entries, entries: b.entries / a.entries, wall: r('wallS'), cpu: r('cpuS'), engine: r('engineS'), rss: r('peakRssMB'), heapPeak: r('heapPeakMB') });
  }
  const first = points[0];
  const last = points[points.length - 1];
  // Memory over the whole range: flat is ≈ 1 however many sizes there are.
  const overall = points.length > 1 && !first.error && !last.error ? { from: first.entries, to: last.entries, rss: last.peakRssMB / first.peakRssMB, heapPeak: last.heapPeakMB / first.heapPeakMB } : undefined;
  return { steps: ratios, overall };
}
