// Runs one scenario: for every round, every tool once (the order rotates each
// round), each run measured under GNU time and then checked for correctness.
//
// Emulator lifetimes: Azurite's metadata store slows as it fills, so every run
// that WRITES (upload, blob→blob copy) gets a fresh, empty emulator. Runs that
// only read (download, no-op sync) share one emulator per scenario, seeded once:
// they leave it exactly as it was (the no-op check proves it, etag by etag),
// and reseeding per run would cost more than the runs themselves.
//
// WAN profile: each emulator gets a latency proxy in front of it, and the
// tools are given the proxy's address, never Azurite's; the harness's own
// seeding and checks go to Azurite directly (not timed, not delayed). The
// proxy's counts (requests in flight, connections) are taken per run.
import { mkdirSync, rmSync, copyFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startAzurite } from '../../scripts/azurite.mjs';
import { DATA_DIR, RESULTS_DIR } from './config.mjs';
import { FIXED_MTIME_ISO } from './datasets.mjs';
import { measure } from './measure.mjs';
import { accountSas, makeAgent, createContainer, putFiles } from './storage.mjs';
import { checkLocal, checkContainer } from './verify.mjs';
import { startLatencyProxy } from './latency-proxy.mjs';
import { shareEmulator, checkShare } from './shares.mjs';

const SCRATCH = join(DATA_DIR, 'scratch');
const active = new Set();

/** Stops any emulator still running (Ctrl-C, crash). */
export async function stopAll() {
  await Promise.allSettled([...active].map((az) => az.stop()));
}

/** @param {{latencyMs: number, connectRtts: number} | undefined} wan */
async function emulator(wan) {
  const az = await startAzurite();
  active.add(az);
  const sas = accountSas(az.account, az.key);
  const agent = makeAgent(64);
  let proxy;
  try {
    if (wan) proxy = await startLatencyProxy({ targetPort: az.port, delayMs: wan.latencyMs, connectRtts: wan.connectRtts });
  } catch (e) {
    await az.stop();
    active.delete(az);
    throw e;
  }
  return {
    az,
    sas,
    agent,
    proxy,
    /** Where the tools are pointed: the latency proxy in the WAN profile, else Azurite itself. */
    toolServiceUrl: proxy ? proxy.serviceUrl(az.account) : az.serviceUrl,
    stop: async () => {
      agent.destroy();
      await proxy?.close();
      await az.stop();
      active.delete(az);
    },
  };
}

function tail(file, n = 600) {
  try {
    const text = readFileSync(file, 'utf8').replace(/sig=[^&\s"']+/g, 'sig=REDACTED');
    return text.slice(-n).trim().replace(/\s+/g, ' ');
  } catch {
    return '';
  }
}

/** Exit 126/127, or a module that cannot be found: the program did not start at all. */
function couldNotStart(m, logFile) {
  if (m.exitCode === 126 || m.exitCode === 127) return true;
  return m.wallS < 5 && /ERR_MODULE_NOT_FOUND|Cannot find module|cannot run .*Permission denied/.test(tail(logFile, 4000));
}

const fmt = (m) => `${m.wallS.toFixed(2)} s wall, ${m.cpuS.toFixed(2)} s CPU, ${Math.round(m.peakRssMB)} MB RSS`;

async function oneRun({ sc, tool, round, emu, dataset, verify, timeoutMs, log }) {
  const runId = `${sc.id}-${tool.id}-r${round}`;
  const scratch = join(SCRATCH, runId);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const ctx = {
    serviceUrl: emu.toolServiceUrl,
    sas: emu.sas,
    localSrc: dataset.dir,
    localDst: join(scratch, 'out'),
    container: 'dst',
    srcContainer: 'src',
    scratch,
  };
  if (sc.op === 'download') mkdirSync(ctx.localDst, { recursive: true });
  const { cmd, args, env } = tool.command(sc.op, ctx);
  const logFile = join(scratch, 'output.log');
  emu.proxy?.beginRun();
  let m = await measure(cmd, args, { env, logFile, timeoutMs });
  let retried;
  if (m.exitCode !== 0 && couldNotStart(m, logFile)) {
    // The tool never ran (the shared tree's node_modules or dist/ being
    // reinstalled under us): wait, and run it once more from a clean slate.
    retried = `the first attempt could not start: ${tail(logFile, 200)}`;
    log(`${sc.id} r${round} ${tool.label}: could not start, retrying once in 10 s`);
    await new Promise((r) => setTimeout(r, 10_000));
    rmSync(ctx.localDst, { recursive: true, force: true });
    if (sc.op === 'download') mkdirSync(ctx.localDst, { recursive: true });
    const again = tool.command(sc.op, ctx);
    emu.proxy?.beginRun();
    m = await measure(again.cmd, again.args, { env: again.env, logFile, timeoutMs });
  }
  const link = emu.proxy?.endRun();
  let ok = m.exitCode === 0;
  let error = ok ? undefined : `exit ${m.exitCode}: ${tail(logFile)}`;
  let check;
  try {
    check = await verify(ctx);
  } catch (e) {
    check = { ok: false, detail: `check failed: ${e.message}` };
  }
  if (!check.ok) {
    ok = false;
    error = `${error ? `${error}; ` : ''}wrong result: ${check.detail}`;
  }
  if (!ok) {
    mkdirSync(join(RESULTS_DIR, 'logs'), { recursive: true });
    try {
      copyFileSync(logFile, join(RESULTS_DIR, 'logs', `${runId}.log`));
    } catch {
      /* no log */
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  if (sc.op === 'download') spawnSync('sync'); // flush written data before the next run starts
  const linkText = link ? `; in flight peak ${link.peak}, median ${link.median}; ${link.connections} connection(s), ${link.requests} requests` : '';
  log(`${sc.id} r${round} ${tool.label.padEnd(16)} ${fmt(m)}${linkText} ${ok ? 'ok' : `FAILED ${error.slice(0, 300)}`}`);
  return { scenario: sc.id, tool: tool.id, round, ok, error, retried, exitCode: m.exitCode, wallS: m.wallS, cpuS: m.cpuS, userS: m.userS, sysS: m.sysS, peakRssMB: m.peakRssMB, files: dataset.count, bytes: dataset.bytes, check: check.detail, ...(link ? { link } : {}) };
}

function rotate(list, k) {
  const n = list.length;
  return list.map((_, i) => list[(i + k) % n]);
}

/**
 * @returns {{id, op, dataset, runs: object[], skipped: {tool, reason}[], note?: string}}
 */
export async function runScenario(sc, { tools, excluded = {}, dataset, rounds, timeoutMs, log, wan }) {
  const skipped = [];
  const usable = [];
  for (const t of tools) {
    if (excluded[t.id]) {
      skipped.push({ tool: t.id, reason: excluded[t.id], byDesign: true });
      continue;
    }
    if (!t.available) {
      skipped.push({ tool: t.id, reason: t.reason });
      continue;
    }
    const s = t.supports(sc.op);
    if (s === true) usable.push(t);
    else skipped.push({ tool: t.id, reason: s });
  }
  const runs = [];
  const result = { id: sc.id, op: sc.op, dataset: sc.dataset, runs, skipped };
  if (usable.length === 0) return result;

  const where = (emu) => ({ agent: emu.agent, serviceUrl: emu.az.serviceUrl, sas: emu.sas, container: 'dst' });
  const blobCheck = (emu) => () => checkContainer(dataset, where(emu));
  const localCheck = (ctx) => checkLocal(dataset, ctx.localDst);

  if (sc.op === 'upload-share') {
    result.note = 'a fresh in-memory Azure Files stand-in (scripts/files-server.mjs) for every run; no target: the stand-in is not the service';
    for (let r = 1; r <= rounds; r++) {
      for (const tool of rotate(usable, r - 1)) {
        const emu = await shareEmulator(wan);
        try {
          runs.push(await oneRun({ sc, tool, round: r, emu, dataset, verify: () => checkShare(dataset, emu), timeoutMs, log }));
        } finally {
          await emu.stop();
        }
      }
    }
    return result;
  }

  if (sc.op === 'upload' || sc.op === 'copy') {
    result.note = sc.op === 'upload' ? 'a fresh emulator for every run' : 'a fresh emulator for every run, source container seeded by raw PUT (not timed)';
    for (let r = 1; r <= rounds; r++) {
      for (const tool of rotate(usable, r - 1)) {
        const emu = await emulator(wan);
        try {
          await createContainer(emu.agent, emu.az.serviceUrl, 'dst', emu.sas);
          if (sc.op === 'copy') {
            await createContainer(emu.agent, emu.az.serviceUrl, 'src', emu.sas);
            await putFiles(emu.agent, emu.az.serviceUrl, 'src', emu.sas, dataset);
          }
          runs.push(await oneRun({ sc, tool, round: r, emu, dataset, verify: blobCheck(emu), timeoutMs, log }));
        } finally {
          await emu.stop();
        }
      }
    }
    return result;
  }

  // Read-only scenarios: one emulator, seeded once.
  const emu = await emulator(wan);
  try {
    const seedStart = Date.now();
    await createContainer(emu.agent, emu.az.serviceUrl, 'dst', emu.sas);
    await putFiles(emu.agent, emu.az.serviceUrl, 'dst', emu.sas, dataset, { mtimeIso: FIXED_MTIME_ISO });
    const seedS = (Date.now() - seedStart) / 1000;
    log(`${sc.id}: seeded ${dataset.count} blobs by raw PUT in ${seedS.toFixed(1)} s (not timed)`);
    let verify = localCheck;
    if (sc.op === 'sync-noop') {
      const seeded = await checkContainer(dataset, where(emu));
      if (!seeded.ok) throw new Error(`seeding ${sc.id} went wrong: ${seeded.detail}`);
      const before = new Map(seeded.listing.map((b) => [b.name, b.etag]));
      verify = async () => {
        const after = await checkContainer(dataset, where(emu));
        const changed = after.listing.filter((b) => before.get(b.name) !== b.etag).length;
        return { ok: after.ok && changed === 0, detail: `${after.detail}; ${changed} blobs rewritten (expected 0)` };
      };
      result.note = `one emulator for the scenario, seeded once by raw PUT with rclone's mtime metadata (${seedS.toFixed(0)} s, not timed); every run is checked to have written nothing`;
    } else {
      result.note = `one emulator for the scenario (downloads do not change it), seeded once by raw PUT (${seedS.toFixed(0)} s, not timed)`;
    }
    for (let r = 1; r <= rounds; r++) {
      for (const tool of rotate(usable, r - 1)) {
        runs.push(await oneRun({ sc, tool, round: r, emu, dataset, verify, timeoutMs, log }));
      }
    }
  } finally {
    await emu.stop();
  }
  return result;
}

export { SCRATCH };
