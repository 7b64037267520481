// A private build of the shipped bundle for tests that run azcp as a child
// process. scripts/build.mjs empties dist/ and writes it again, so a test
// that runs dist/index.js while someone else rebuilds can find it missing;
// this builds the same entry with the same settings into a temp folder that
// only the calling test file uses.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot, type AzcpResult } from './azcp.ts';

export interface PrivateBundle {
  entry: string;
  cleanup: () => void;
}

export async function buildPrivateBundle(): Promise<PrivateBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'azcp-bundle-'));
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['src/main.ts'],
    outfile: join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    define: { AZCP_VERSION: JSON.stringify(pkg.version), __dirname: '__azcpDirnameValue', __filename: '__azcpFilenameValue' },
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __azcpCreateRequire } from 'node:module';",
        "import { fileURLToPath as __azcpFileURLToPath } from 'node:url';",
        "import { dirname as __azcpDirname } from 'node:path';",
        'const require = __azcpCreateRequire(import.meta.url);',
        'const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);',
        'const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);',
      ].join('\n'),
    },
  });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return { entry: join(dir, 'index.js'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunningAzcp {
  child: ChildProcess;
  /** Output so far. */
  output(): { stdout: string; stderr: string };
  done: Promise<AzcpResult & { signal: NodeJS.Signals | null }>;
}

/** Starts the bundle as a child process and hands back the child (for signals). */
export function startBundle(entry: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 50_000): RunningAzcp {
  const child = spawn(process.execPath, [entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
