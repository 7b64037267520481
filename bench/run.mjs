#!/usr/bin/env node
// npm run bench [-- --quick | --rounds N | --scenarios ... | --tools ... | --record]
// Compares azcp with AzCopy, rclone, a plain SDK loop (floor) and raw HTTP
// (ceiling) against fresh Azurite emulators; prints Markdown tables and writes
// bench/results/latest.json (+ latest.md). --record also rewrites bench/RESULTS.md
// (bench/RESULTS-WAN.md for the WAN profile).
import { mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { join } from 'node:path';
import { loadConfig, RESULTS_DIR, DATA_DIR, BENCH_DIR, ROOT, SCENARIOS } from './lib/config.mjs';
import { ensureDataset } from './lib/datasets.mjs';
import { detectTools, ensureGnuTime, snapshotAzcp, snapshotAzcpBase } from './lib/peers.mjs';
import { haveGnuTime, killRunning } from './lib/measure.mjs';
import { runScenario, stopAll, SCRATCH } from './lib/runner.mjs';
import { measureVersion, measurePlanner, measureListOfFiles, measureNoopGrowth, measureMd5Floor } from './lib/extras.mjs';
import { summarize, renderMarkdown } from './lib/report.mjs';
import { SAMPLE_MS } from './lib/latency-proxy.mjs';

const t0 = Date.now();
const stamp = () => `[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s]`;
const log = (msg) => console.log(`${stamp()} ${msg}`);

const record = process.argv.includes('--record');
const config = loadConfig(process.argv.slice(2).filter((a) => a !== '--record'));
if (record && config.only) {
  console.error(`--record rewrites bench/RESULTS.md from a whole run; --only ${config.only} is a part of one (its numbers go to bench/results/latest.json and latest.md)`);
  process.exit(2);
}

function machine() {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  const sh = (c) => {
    try {
      return execSync(c, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    gitCommit: sh('git rev-parse --short HEAD'),
    gitDirty: Boolean(sh('git status --porcelain -- src')),
    loadAvgStart: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

let interrupted = false;
process.on('SIGINT', async () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  console.error('\ninterrupted: stopping the tool in flight and the emulators, removing scratch data');
  killRunning();
  await stopAll();
  rmSync(SCRATCH, { recursive: true, force: true });
  if (!config.keepData) rmSync(DATA_DIR, { recursive: true, force: true });
  process.exit(130);
});

const result = {
  startedAt: new Date().toISOString(),
  command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
  profile: config.profile,
  ...(config.only ? { only: config.only } : {}),
  ...(config.wan ? { wan: { ...config.wan, sampleMs: SAMPLE_MS } } : {}),
  rounds: config.rounds,
  machine: machine(),
  tools: [],
  datasets: {},
  scenarios: [],
  extras: {},
};

if (config.only === 'growth') {
  // No emulator, no peers: the engine over synthetic listings only; with
  // --growth-anchor also one real no-op sync, azcp alone, of as many files
  // as the smallest synthetic point.
  const anchor = config.growthAnchor;
  config.scenarios = anchor ? SCENARIOS.filter((s) => s.id === 'sync-noop-tiny') : [];
  if (anchor) config.datasets.tiny.count = config.noopGrowthSizes[0];
  config.tools = anchor ? ['azcp'] : [];
  log(`azcp benchmark, only the no-op sync growth curve (${config.noopGrowthSizes.map((n) => n.toLocaleString('en')).join(', ')} entries a side)${anchor ? `, and a real no-op sync of ${config.noopGrowthSizes[0].toLocaleString('en')} files` : ''}`);
} else log(`azcp benchmark, ${config.profile} profile, ${config.rounds} round(s); scenarios: ${config.scenarios.map((s) => s.id).join(', ')}`);
if (config.wan) log(`WAN: every tool goes through a latency proxy adding ${config.wan.latencyMs} ms each way (round trip ${2 * config.wan.latencyMs} ms; a new connection pays ${config.wan.connectRtts} round trip(s) first)`);
const timeErr = ensureGnuTime(haveGnuTime, config.install, log);
if (timeErr) {
  console.error(`cannot measure: ${timeErr}`);
  process.exit(1);
}

if (config.tools.some((t) => t.startsWith('azcp'))) {
  result.machine.azcpBundleSha256 = snapshotAzcp();
  if (result.machine.azcpBundleSha256) log(`azcp: running a private copy of dist/ (bundle sha256 ${result.machine.azcpBundleSha256}…)`);
}
if (config.tools.includes('azcp-base')) {
  result.machine.azcpBaseBundleSha256 = snapshotAzcpBase();
  if (result.machine.azcpBaseBundleSha256) log(`azcp (base build): a private copy of ${process.env.BENCH_AZCP_BASE} (bundle sha256 ${result.machine.azcpBaseBundleSha256}…)`);
}
if (process.env.BENCH_AZCP_ARGS) log(`azcp: every run adds ${process.env.BENCH_AZCP_ARGS}`);
const tools = detectTools(config.tools, { install: config.install, log });
result.tools = tools.map(({ id, label, auth, available, version, reason }) => ({ id, label, auth, available, version, reason }));
for (const t of tools) log(`${t.label.padEnd(16)} ${t.available ? `ready (${t.version}); auth: ${t.auth}` : `SKIPPED: ${t.reason}`}`);

const timeoutMs = (config.quick ? 5 : 15) * 60_000;
try {
  const needed = new Set(config.scenarios.map((s) => s.dataset));
  const datasets = {};
  for (const key of needed) {
    datasets[key] = ensureDataset(config.datasets[key], log);
    result.datasets[key] = { label: datasets[key].label, count: datasets[key].count, bytes: datasets[key].bytes };
  }
  for (const sc of config.scenarios) {
    log(`— ${sc.id}`);
    const rounds = config.roundsExplicit ? config.rounds : Math.min(config.rounds, sc.maxRounds ?? Infinity);
    const excluded = config.toolsExplicit ? {} : (sc.exclude ?? {});
    const r = await runScenario(sc, { tools, excluded, dataset: datasets[sc.dataset], rounds, timeoutMs, log, wan: config.wan });
    r.rounds = rounds;
    for (const s of r.skipped) if (tools.find((t) => t.id === s.tool)?.available) log(`${sc.id}: skipped ${s.tool}: ${s.reason}`);
    result.scenarios.push(r);
  }
  if (config.only === 'growth' || config.extras) await growth();
  if (config.extras && !config.only) {
    const azcp = tools.find((t) => t.id === 'azcp' || t.id === 'azcp-key');
    if (azcp?.available) {
      log('— azcp --version startup');
      result.extras.version = measureVersion(config.versionRuns);
      log(`--version: median ${result.extras.version.medianMs?.toFixed(0)} ms`);
    } else {
      result.extras.version = { medianMs: NaN, runs: 0, error: `not measured: azcp ${azcp?.reason ?? 'not selected'}` };
    }
    log('— MD5 alone over 1 GiB (the floor under a verified download)');
    result.extras.md5Floor = measureMd5Floor();
    log(result.extras.md5Floor.error ? `md5: ${result.extras.md5Floor.error}` : `md5: ${result.extras.md5Floor.cpuSPerGiB.toFixed(2)} s CPU a GiB`);
    log(`— sync planner peak RSS (${config.plannerEntries.toLocaleString('en')} entries a side)`);
    result.extras.planner = await measurePlanner(config.plannerEntries);
    log(result.extras.planner.error ? `planner: ${result.extras.planner.error}` : `planner: peak RSS ${result.extras.planner.peakRssMB.toFixed(0)} MB`);
    log(`— --list-of-files - peak RSS (${config.listOfFilesPaths.toLocaleString('en')} paths on standard input)`);
    result.extras.listOfFiles = await measureListOfFiles(config.listOfFilesPaths);
    log(result.extras.listOfFiles.error ? `list-of-files: ${result.extras.listOfFiles.error}` : `list-of-files: peak RSS ${result.extras.listOfFiles.peakRssMB.toFixed(0)} MB`);
  }
} finally {
  await stopAll();
  rmSync(SCRATCH, { recursive: true, force: true });
  if (!config.keepData) rmSync(DATA_DIR, { recursive: true, force: true });
}

/** The no-op sync growth curve: a child process per size, then the ratios. */
async function growth() {
  log(`— no-op sync growth (${config.noopGrowthSizes.map((n) => n.toLocaleString('en')).join(', ')} entries a side, synthetic listings)`);
  const g = (result.extras.noopGrowth = await measureNoopGrowth(config.noopGrowthSizes));
  for (const p of g.points) log(p.error ? `${p.entries}: ${p.error}` : `${p.entries.toLocaleString('en')}: ${p.wallS.toFixed(2)} s wall, ${p.cpuS.toFixed(2)} s CPU, engine ${p.engineS.toFixed(2)} s, peak RSS ${p.peakRssMB.toFixed(0)} MB`);
}

result.endedAt = new Date().toISOString();
result.machine.loadAvgEnd = os.loadavg().map((x) => +x.toFixed(2));
result.durationS = Math.round((Date.now() - t0) / 1000);
const summary = summarize(result);
const md = renderMarkdown(result, summary);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(join(RESULTS_DIR, 'latest.json'), JSON.stringify({ ...result, summary }, null, 2));
writeFileSync(join(RESULTS_DIR, 'latest.md'), md + '\n');
console.log(`\n${md}\n`);
log(`done in ${result.durationS} s; results in bench/results/latest.json and latest.md`);

if (record) {
  const m = result.machine;
  const header = [
    '# azcp benchmark results',
    '',
    `Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` · date ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC · ${result.durationS} s · profile ${result.profile}${result.wan ? ` (${result.wan.latencyMs} ms each way)` : ''}, ${result.rounds} round(s)`,
    '',
    `Machine: ${m.nproc} cores (${m.cpuModel}), ${m.memoryGiB} GiB RAM, Node ${m.node}, ${m.os}; load average ${m.loadAvgStart.join(' ')} at start, ${m.loadAvgEnd.join(' ')} at end. azcp at ${m.gitCommit}${m.gitDirty ? ' plus uncommitted src/ changes' : ''}.`,
    '',
    'How to read it and how it was measured: see bench/README.md.',
    '',
  ].join('\n');
  const recordFile = result.wan ? 'RESULTS-WAN.md' : 'RESULTS.md';
  // Hand-kept notes below the marker (A/B runs of two builds) survive a new record.
  const MARK = '<!-- kept by --record: A/B notes below -->';
  let kept = '';
  try {
    const old = readFileSync(join(BENCH_DIR, recordFile), 'utf8');
    if (old.includes(MARK)) kept = `\n${old.slice(old.indexOf(MARK))}`;
  } catch {
    /* first record */
  }
  writeFileSync(join(BENCH_DIR, recordFile), `${header}\n${md}\n${kept}`);
  log(`wrote bench/${recordFile}`);
}
const failedRuns = result.scenarios.flatMap((s) => s.runs).filter((r) => !r.ok).length;
if (failedRuns) log(`${failedRuns} run(s) failed or gave a wrong result (see the tables, and bench/results/logs/)`);
