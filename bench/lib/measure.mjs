// Runs one command under GNU time and returns what it cost the client:
// wall time (our own clock), user+sys CPU of the whole child tree and the
// peak RSS of its largest process (time's %M, in KiB).
import { spawn, spawnSync } from 'node:child_process';
import { openSync, closeSync, readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TIME_BIN = '/usr/bin/time';

/** Process groups of the runs in flight, so that Ctrl-C can end them too. */
const running = new Set();
export function killRunning() {
  for (const pgid of running) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

export function haveGnuTime() {
  if (!existsSync(TIME_BIN)) return false;
  const r = spawnSync(TIME_BIN, ['-f', '%e', 'true'], { encoding: 'utf8' });
  return r.status === 0;
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: object, cwd?: string, logFile: string, timeoutMs?: number }} opts
 */
export async function measure(cmd, args, { env, cwd, logFile, timeoutMs = 20 * 60_000 }) {
  const scratch = mkdtempSync(join(tmpdir(), 'azcp-bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const out = openSync(logFile, 'w');
  const started = process.hrtime.bigint();
  const child = spawn(TIME_BIN, ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args], {
    env: { ...process.env, ...env },
    cwd,
    stdio: ['ignore', out, out],
    detached: true,
  });
  running.add(child.pid);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, timeoutMs);
  const code = await new Promise((resolve) => child.once('exit', (c, s) => resolve(c ?? s)));
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  clearTimeout(timer);
  running.delete(child.pid);
  closeSync(out);
  let user = NaN, sys = NaN, maxRssKiB = NaN;
  try {
    // time writes "Command exited with non-zero status N" first when it fails.
    const line = readFileSync(timeFile, 'utf8').trim().split('\n').pop();
    [, user, sys, maxRssKiB] = line.split(/\s+/).map(Number);
  } catch {
    /* killed before time wrote anything */
  }
  rmSync(scratch, { recursive: true, force: true });
  return { exitCode: timedOut ? 'timeout' : code, wallS, userS: user, sysS: sys, cpuS: user + sys, peakRssMB: maxRssKiB / 1024 };
}

/** Wall time of a short command, several times: [seconds]. */
export function timeRepeated(cmd, args, n, opts = {}) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0) return { times, error: `${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 300)}`, stdout: String(r.stdout) };
    if (i === 0) times.stdout = String(r.stdout).trim();
  }
  return { times, stdout: times.stdout };
}
