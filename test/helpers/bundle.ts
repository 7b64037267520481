// The shipped bundle as a child process, for tests that need what only a
// real process shows: signals, exit codes, the built dist/.
import { rmSync, cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot, type AzcpResult } from './azcp.ts';
import { tempDir } from './temp.ts';

export interface PrivateBundle {
  entry: string;
  cleanup: () => void;
}

/**
 * A private copy of the shipped bundle (dist/, built by `npm test` before
 * any test runs): the bytes users run, in a folder only the calling test
 * file uses. Building dist/ replaces index.js atomically, so this copy is
 * belt and braces for engineers rebuilding while tests run.
 */
export async function buildPrivateBundle(): Promise<PrivateBundle> {
  const dist = join(repoRoot, 'dist');
  if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build` (npm test does) first');
  const dir = tempDir('bundle');
  cpSync(dist, dir, { recursive: true });
  return { entry: join(dir, 'index.js'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunningAzcp {
  child: ChildProcess;
  /** Output so far. */
  output(): { stdout: string; stderr: string };
  done: Promise<AzcpResult & { signal: NodeJS.Signals | null }>;
}

/** Starts the bundle as a child process and hands back the child (for
 *  signals); `nodeArgs` go to node before the bundle (V8 flags). */
export function startBundle(entry: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 50_000, nodeArgs: string[] = []): RunningAzcp {
  const child = spawn(process.execPath, [...nodeArgs, entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<AzcpResult & { signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr });
    });
  });
  return { child, output: () => ({ stdout, stderr }), done };
}
