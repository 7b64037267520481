// Runs the BUILT bundle (dist/index.js) the way each CI runner starts it,
// and reads back what the runner would read: GitHub's GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, Azure Pipelines' ##vso[...] lines. Also a
// small HTTPS client for Azurite over TLS with the test certificate (this
// test process cannot trust it through NODE_EXTRA_CA_CERTS, which is read
// only when a process starts; the child processes do get it).
import { spawn } from 'node:child_process';
import { request as httpsRequest } from 'node:https';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAccountSASQueryParameters, AccountSASPermissions, AccountSASResourceTypes, AccountSASServices, StorageSharedKeyCredential, SASProtocol } from '@azure/storage-blob';
// @ts-ignore -- plain ESM helper without types
import { startAzurite, DEV_ACCOUNT, DEV_KEY } from '../../scripts/azurite.mjs';
import type { TestCert } from './certs.ts';
import { tempDir } from './temp.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUNDLE = join(ROOT, 'dist', 'index.js');

export function assertBuilt(): void {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `npm run build` first');
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Starts `node dist/index.js` with ONLY the given variables (plus PATH and a
 * private HOME): nothing leaks in from the environment the tests run in,
 * which may itself be a CI runner.
 */
export function runBundle(
  env: Record<string, string | undefined>,
  opts: {
    cwd?: string;
    timeoutMs?: number;
    onStdout?: (text: string, child: import('node:child_process').ChildProcess) => void;
    /** Another copy of the bundle (an unpacked task); default dist/index.js. */
    bundle?: string;
    /** Another Node.js binary; default the one running the tests. */
    node?: string;
  } = {},
): Promise<RunResult> {
  const home = tempDir('home');
  const childEnv: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TMPDIR: tmpdir() };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  const started = Date.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(opts.node ?? process.execPath, [opts.bundle ?? BUNDLE], { cwd: opts.cwd ?? home, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
      opts.onStdout?.(stdout, child);
    });
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`azcp did not finish within ${opts.timeoutMs ?? 120_000} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, opts.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** @actions/core reads INPUT_${name.replace(/ /g, '_').toUpperCase()}. */
export function githubInputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  return env;
}

/** The task-lib reads INPUT_ + name with '.' and ' ' as '_', upper case. */
export function pipelinesInputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/[. ]/g, '_').toUpperCase()}`] = v;
  return env;
}

/** A GitHub runner's files for one step: GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP. */
export function githubStepFiles(): { dir: string; output: string; summary: string; runnerTemp: string; env: Record<string, string> } {
  const dir = tempDir('gh');
  const output = join(dir, 'github_output');
  const summary = join(dir, 'step_summary.md');
  const runnerTemp = join(dir, 'runner_temp');
  mkdirSync(runnerTemp);
  // The runner creates both files (empty) before the step starts.
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    dir,
    output,
    summary,
    runnerTemp,
    env: {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'contoso/website',
      GITHUB_RUN_ID: '1',
    },
  };
}

/** Parses GITHUB_OUTPUT: `name<<DELIM\nvalue\nDELIM` blocks (what @actions/core writes). */
export function parseGitHubOutput(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(path)) return out;
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]);
      out[m[1]] = value.join('\n');
    } else {
      const eq = lines[i].indexOf('=');
      if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

export interface VsoCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** The ##vso[area.action k=v;k2=v2]message lines in stdout, unescaped. */
export function parseVso(stdout: string): VsoCommand[] {
  const out: VsoCommand[] = [];
  const unescape = (s: string) => s.replace(/%AZP25/g, '%').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3B/g, ';').replace(/%5D/g, ']');
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^##vso\[([\w.]+)\s*([^\]]*)\](.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of m[2].split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1));
    }
    out.push({ command: m[1], properties, message: unescape(m[3]) });
  }
  return out;
}

/** Output variables set with ##vso[task.setvariable ...;isOutput=true]. */
export function vsoOutputs(cmds: VsoCommand[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of cmds) if (c.command === 'task.setvariable' && c.properties.isOutput === 'true') out[c.properties.variable] = c.message;
  return out;
}

/** An Azure Pipelines agent's environment for one task. */
export function pipelinesAgentEnv(): { dir: string; agentTemp: string; env: Record<string, string> } {
  const dir = tempDir('azp');
  const agentTemp = join(dir, '_temp');
  mkdirSync(agentTemp);
  return {
    dir,
    agentTemp,
    env: {
      TF_BUILD: 'True',
      AGENT_ID: '7',
      AGENT_TEMPDIRECTORY: agentTemp,
      AGENT_WORKFOLDER: dir,
      BUILD_SOURCESDIRECTORY: dir,
      SYSTEM_TEAMFOUNDATIONCOLLECTIONURI: 'https://dev.azure.com/contoso/',
    },
  };
}

// ---------------------------------------------------------------------------
// Azurite over HTTPS with OAuth
// ---------------------------------------------------------------------------

export interface SecureAzurite {
  serviceUrl: string;
  account: string;
  key: string;
  /** An account SAS with every permission (no leading '?'). */
  sas: string;
  request: (method: string, path: string, opts?: { body?: Buffer | string; headers?: Record<string, string> }) => Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }>;
  createContainer: (name: string) => Promise<void>;
  putBlob: (container: string, name: string, body: Buffer | string) => Promise<void>;
  listBlobs: (container: string) => Promise<Array<{ name: string; size: number }>>;
  getBlob: (container: string, name: string) => Promise<Buffer>;
  stop: () => Promise<void>;
}

export async function startSecureAzurite(cert: TestCert): Promise<SecureAzurite> {
  const az = await startAzurite({ extraArgs: ['--oauth', 'basic', '--cert', cert.certPath, '--key', cert.keyPath] });
  const sas = generateAccountSASQueryParameters(
    {
      expiresOn: new Date(Date.now() + 6 * 3600_000),
      startsOn: new Date(Date.now() - 600_000),
      permissions: AccountSASPermissions.parse('rwdlacup'),
      resourceTypes: AccountSASResourceTypes.parse('sco').toString(),
      services: AccountSASServices.parse('b').toString(),
      protocol: SASProtocol.Https,
    },
    new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY),
  ).toString();
  const base = new URL(az.serviceUrl);
  const request: SecureAzurite['request'] = (method, path, opts = {}) =>
    new Promise((resolveReq, reject) => {
      const sep = path.includes('?') ? '&' : '?';
      const req = httpsRequest(
        {
          host: base.hostname,
          port: base.port,
          method,
          path: `${base.pathname}${path}${sep}${sas}`,
          ca: cert.cert,
          headers: { 'x-ms-version': '2021-12-02', 'x-ms-date': new Date().toUTCString(), ...opts.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolveReq({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
        },
      );
      req.on('error', reject);
      if (opts.body !== undefined) req.end(opts.body);
      else req.end();
    });
  const must = async (p: ReturnType<SecureAzurite['request']>, what: string) => {
    const r = await p;
    if (r.status >= 300) throw new Error(`${what}: HTTP ${r.status} ${r.body.toString()}`);
    return r;
  };
  return {
    serviceUrl: az.serviceUrl,
    account: az.account,
    key: az.key,
    sas,
    request,
    createContainer: async (name) => {
      await must(request('PUT', `/${name}?restype=container`), `create container ${name}`);
    },
    putBlob: async (container, name, body) => {
      await must(
        request('PUT', `/${container}/${name.split('/').map(encodeURIComponent).join('/')}`, {
          body,
          headers: { 'x-ms-blob-type': 'BlockBlob', 'content-length': String(Buffer.byteLength(body)) },
        }),
        `put ${name}`,
      );
    },
    listBlobs: async (container) => {
      const out: Array<{ name: string; size: number }> = [];
      let marker = '';
      do {
        const r = await must(request('GET', `/${container}?restype=container&comp=list&maxresults=5000${marker ? `&marker=${encodeURIComponent(marker)}` : ''}`), 'list');
        const xml = r.body.toString();
        for (const m of xml.matchAll(/<Blob>[\s\S]*?<Name>([\s\S]*?)<\/Name>[\s\S]*?<Content-Length>(\d+)<\/Content-Length>[\s\S]*?<\/Blob>/g)) {
          out.push({ name: m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'), size: Number(m[2]) });
        }
        marker = /<NextMarker>([^<]+)<\/NextMarker>/.exec(xml)?.[1] ?? '';
      } while (marker);
      return out;
    },
    getBlob: async (container, name) => (await must(request('GET', `/${container}/${name.split('/').map(encodeURIComponent).join('/')}`), `get ${name}`)).body,
    stop: () => az.stop(),
  };
}

/** Makes `count` small files below dir (names f0000.txt …), returns their total size. */
export function makeFiles(dir: string, count: number, size = 64, sub = ''): number {
  const base = join(dir, sub);
  mkdirSync(base, { recursive: true });
  let total = 0;
  for (let i = 0; i < count; i++) {
    const body = `file ${i} `.padEnd(size, 'x');
    writeFileSync(join(base, `f${String(i).padStart(4, '0')}.txt`), body);
    total += Buffer.byteLength(body);
  }
  return total;
}
