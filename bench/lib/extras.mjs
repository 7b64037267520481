// The measurements that are not transfers: CLI startup, the sync planner's
// peak memory, and --list-of-files' peak memory for a long list on standard input.
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
