// Runs azcp the two ways tests need: in-process through the CLI host (fast,
// for most behaviour) and as the shipped bundle in a child process (for what
// only the real process shows: exit codes, signals, the built dist/).
import { join } from 'node:path';
import { runCli } from '../../src/hosts/cli/main.ts';
import { jsonReport } from './json-lines.ts';

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


/** In-process with --output-type json: the job's report (the EndOfJob
 *  line's AzcpReport), or undefined when stdout held none (a usage error). */
export async function azcpReport(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<AzcpResult & { report: any }> {
  const r = await azcp([...args, '--output-type', 'json'], env);
  let report: any;
  try {
    report = jsonReport(r.stdout);
  } catch {
    report = undefined;
  }
  return { ...r, report };
}
