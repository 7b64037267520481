// Starts a private Azurite blob emulator for the demo, the tests and the
// benchmarks: in memory, on a free port, with telemetry off (this machine has
// no internet, and nobody wants an emulator phoning home from CI).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** The emulator's well-known development account (public, documented by Microsoft). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * @param {{ extraArgs?: string[], env?: NodeJS.ProcessEnv, host?: string }} [options]
 *   host: the address to listen on (default 127.0.0.1; '::1' for IPv6 loopback).
 * @returns {Promise<{ port: number, serviceUrl: string, account: string, key: string, connectionString: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startAzurite(options = {}) {
  const main = require.resolve('azurite/dist/src/blob/main.js');
  // A scratch working folder: Azurite writes nothing with in-memory persistence,
  // but debug logs or future versions must not land in the caller's folder.
  const location = mkdtempSync(join(tmpdir(), 'azcp-azurite-'));
  const args = [
    main,
    '--blobHost', options.host ?? '127.0.0.1',
    '--blobPort', '0',
    '--inMemoryPersistence',
    '--disableTelemetry',
    '--loose',
    '--skipApiVersionCheck',
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: location, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let output = '';
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk) => {
      output += chunk.toString();
      // The port is after the last ':' ("http://::1:PORT" for IPv6).
      const m = /successfully listens on https?:\/\/\S*:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code} before listening:\n${output}`));
    });
  });
  // Keep draining its output so a chatty emulator never blocks on a full pipe.
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  const https = (options.extraArgs ?? []).includes('--cert');
  const host = options.host ?? '127.0.0.1';
  const serviceUrl = `${https ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}/${DEV_ACCOUNT}`;
  let stopped = false;
  return {
    port,
    serviceUrl,
    account: DEV_ACCOUNT,
    key: DEV_KEY,
    connectionString: `DefaultEndpointsProtocol=${https ? 'https' : 'http'};AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=${serviceUrl};`,
    pid: child.pid ?? 0,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(location, { recursive: true, force: true });
    },
  };
}
