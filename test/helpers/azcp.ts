// Runs azcp the two ways tests need: in-process through the CLI host (fast,
// for most behaviour) and as the shipped bundle in a child process (for what
// only the real process shows: exit codes, signals, the built dist/).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/hosts/cli.ts';

export interface AzcpResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const repoRoot = join(import.meta.dirname, '..', '..');
export const distEntry = join(repoRoot, 'dist', 'index.js');

/** In-process: the CLI host with captured output. */
export async function azcp(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<AzcpResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    isTTY: false,
    env,
  });
  return { code, stdout, stderr };
}

/** The built bundle as a child process, the way users and CI runners start it. */
export function azcpProcess(args: string[], env: NodeJS.ProcessEnv = {}, options: { timeoutMs?: number } = {}): Promise<AzcpResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [distEntry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}
