#!/usr/bin/env node
// Profiles azcp in one benchmark scenario and says where its CPU time goes:
//   node bench/profile.mjs SCENARIO [--quick] [--key] [--keep] [--large-mib N] [--small-count N]
// e.g. node bench/profile.mjs download-small
// Runs `node --cpu-prof dist/index.js …` against a fresh, seeded Azurite,
// then prints the top self-time functions and the self time per module. The
// bundle has no source maps; esbuild's "// path/to/module.ts" comments at
// module boundaries tell which module a line of dist/index.js came from.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, SCENARIOS, DATA_DIR, RESULTS_DIR } from './lib/config.mjs';
import { ensureDataset, FIXED_MTIME_ISO } from './lib/datasets.mjs';
import { TOOLS, snapshotAzcp, azcpPath } from './lib/peers.mjs';
import { measure } from './lib/measure.mjs';
import { startAzurite } from '../scripts/azurite.mjs';
import { accountSas, makeAgent, createContainer, putFiles } from './lib/storage.mjs';

const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith('--'));
const sc = SCENARIOS.find((s) => s.id === id);
if (!sc) {
  console.error(`usage: node bench/profile.mjs SCENARIO [--quick] [--key] [--keep]\nscenarios: ${SCENARIOS.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
// Dataset flags (--quick, --small-count N, --large-mib N) go to the bench's config.
const config = loadConfig(args.filter((a) => a !== id && a !== '--key' && a !== '--keep'));
const tool = TOOLS.find((t) => t.id === (args.includes('--key') ? 'azcp-key' : 'azcp'));
snapshotAzcp();

/** Line number (1-based) → module, from esbuild's boundary comments. */
function moduleMap(bundlePath) {
  const lines = readFileSync(bundlePath, 'utf8').split('\n');
  const starts = [];
  lines.forEach((l, i) => {
    const m = /^\/\/ ((?:src|node_modules|scripts)\/\S+)$/.exec(l);
    if (m) starts.push({ line: i + 1, module: m[1] });
  });
  return (line) => {
    let lo = 0, hi = starts.length - 1, found = '(bundle prologue)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid].line <= line) {
        found = starts[mid].module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

const short = (m) => m.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1');

function analyse(profilePath, bundlePath) {
  const prof = JSON.parse(readFileSync(profilePath, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  prof.samples.forEach((nodeId, i) => self.set(nodeId, (self.get(nodeId) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const where = moduleMap(bundlePath);
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const moduleOf = (cf) => {
    if (cf.url.endsWith('/index.js') && cf.url.includes('azcp-dist')) return where(cf.lineNumber + 1);
    if (cf.url.startsWith('node:') || cf.url === '') return cf.url || (cf.functionName.startsWith('(') ? cf.functionName : '(native/V8)');
    return cf.url.replace(/^file:\/\//, '');
  };
  const label = (cf) => `${cf.functionName || '(anonymous)'} @ ${moduleOf(cf)}:${cf.lineNumber + 1}`;
  /** The nearest caller that is azcp's own code (src/…). */
  const azcpCaller = (nodeId) => {
    for (let id = nodeId; id !== undefined; id = parent.get(id)) {
      const cf = byId.get(id).callFrame;
      if (moduleOf(cf).startsWith('src/')) return label(cf);
    }
    return '(no azcp frame on the stack)';
  };
  const fns = new Map();
  const mods = new Map();
  const callers = new Map();
  const viaSrc = new Map();
  let total = 0;
  for (const [nodeId, us] of self) {
    const cf = byId.get(nodeId).callFrame;
    total += us;
    const module = moduleOf(cf);
    const key = label(cf);
    fns.set(key, (fns.get(key) ?? 0) + us);
    mods.set(short(module), (mods.get(short(module)) ?? 0) + us);
    if (cf.functionName !== '(idle)') {
      const c = azcpCaller(nodeId);
      if (!callers.has(key)) callers.set(key, new Map());
      callers.get(key).set(c, (callers.get(key).get(c) ?? 0) + us);
      const srcModule = c.replace(/^.* @ (src\/[^:]+):\d+$/, '$1');
      viaSrc.set(srcModule, (viaSrc.get(srcModule) ?? 0) + us);
    }
  }
  const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  const pct = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
  console.log(`\nprofile ${profilePath}: ${(total / 1e6).toFixed(2)} s sampled`);
  console.log('\nTop self-time functions:');
  for (const [k, us] of top(fns, 25)) console.log(`${pct(us)}  ${k}`);
  console.log('\nSelf time by module:');
  for (const [k, us] of top(mods, 20)) console.log(`${pct(us)}  ${k}`);
  console.log('\nWho calls the top 8 (nearest azcp function on the stack):');
  for (const [k] of top(fns, 12).filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k)).slice(0, 8)) {
    console.log(`  ${k}`);
    for (const [c, us] of top(callers.get(k), 3)) console.log(`    ${pct(us)}  ${c}`);
  }
  console.log('\nNon-idle self time by the azcp module on the stack:');
  for (const [k, us] of top(viaSrc, 12)) console.log(`${pct(us)}  ${k}`);
}

const dataset = ensureDataset(config.datasets[sc.dataset], console.log);
const az = await startAzurite();
const agent = makeAgent(64);
const sas = accountSas(az.account, az.key);
const scratch = join(DATA_DIR, 'scratch', `profile-${sc.id}`);
rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(scratch, 'out'), { recursive: true });
try {
  await createContainer(agent, az.serviceUrl, 'dst', sas);
  if (sc.op === 'download' || sc.op === 'sync-noop') await putFiles(agent, az.serviceUrl, 'dst', sas, dataset, { mtimeIso: FIXED_MTIME_ISO });
  if (sc.op === 'copy') {
    await createContainer(agent, az.serviceUrl, 'src', sas);
    await putFiles(agent, az.serviceUrl, 'src', sas, dataset);
  }
  const ctx = { serviceUrl: az.serviceUrl, sas, localSrc: dataset.dir, localDst: join(scratch, 'out'), container: 'dst', srcContainer: 'src', scratch };
  const { cmd, args: cmdArgs, env } = tool.command(sc.op, ctx);
  const profDir = join(RESULTS_DIR, 'profiles', sc.id);
  rmSync(profDir, { recursive: true, force: true });
  const m = await measure(cmd, ['--cpu-prof', '--cpu-prof-dir', profDir, ...cmdArgs], { env, logFile: join(scratch, 'out.log') });
  console.log(`${tool.label} ${sc.id}: exit ${m.exitCode}, ${m.wallS.toFixed(2)} s wall, ${m.cpuS.toFixed(2)} s CPU (user ${m.userS}, sys ${m.sysS}), ${Math.round(m.peakRssMB)} MB RSS`);
  console.log(readFileSync(join(scratch, 'out.log'), 'utf8').replace(/sig=[^&\s]+/g, 'sig=REDACTED').split('\n').filter((l) => !l.startsWith('[')).slice(-8).join('\n'));
  for (const f of readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'))) analyse(join(profDir, f), azcpPath());
} finally {
  agent.destroy();
  await az.stop();
  rmSync(scratch, { recursive: true, force: true });
  if (!args.includes('--keep')) rmSync(DATA_DIR, { recursive: true, force: true });
}
