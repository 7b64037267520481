#!/usr/bin/env node
// How many requests each tool sends per file: puts a counting proxy between
// the tools and a fresh Azurite and runs one operation on a small dataset.
//   node bench/tools/count-requests.mjs [upload|download|sync-noop|copy] [tool,tool…]
import http from 'node:http';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { startAzurite } from '../../scripts/azurite.mjs';
import { loadConfig, DATA_DIR } from '../lib/config.mjs';
import { ensureDataset, FIXED_MTIME_ISO } from '../lib/datasets.mjs';
import { detectTools, snapshotAzcp } from '../lib/peers.mjs';
import { accountSas, makeAgent, createContainer, putFiles } from '../lib/storage.mjs';

const op = process.argv[2] ?? 'upload';
const wanted = (process.argv[3] ?? 'azcp,azcopy,rclone,sdk,raw').split(',');
const config = loadConfig(['--quick']);
const dataset = ensureDataset({ ...config.datasets.small, label: 'count-small', count: 200 });
snapshotAzcp();
const tools = detectTools(wanted, { install: false, log: console.log }).filter((t) => t.available && t.supports(op) === true);

for (const tool of tools) {
  const az = await startAzurite();
  const counts = new Map();
  const upstream = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const proxy = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    const kind = `${req.method} ${u.searchParams.get('comp') ?? u.searchParams.get('restype') ?? (req.headers['x-ms-copy-source'] ? 'copy' : 'blob')}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const fwd = http.request({ host: '127.0.0.1', port: az.port, method: req.method, path: req.url, headers: req.headers, agent: upstream }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  const serviceUrl = `http://127.0.0.1:${proxy.address().port}/${az.account}`;
  const sas = accountSas(az.account, az.key);
  const agent = makeAgent(32);
  const direct = az.serviceUrl;
  await createContainer(agent, direct, 'dst', sas);
  if (op === 'download' || op === 'sync-noop') await putFiles(agent, direct, 'dst', sas, dataset, { mtimeIso: FIXED_MTIME_ISO });
  if (op === 'copy') {
    await createContainer(agent, direct, 'src', sas);
    await putFiles(agent, direct, 'src', sas, dataset);
  }
  const scratch = join(DATA_DIR, 'scratch', `count-${tool.id}`);
  mkdirSync(join(scratch, 'out'), { recursive: true });
  const ctx = { serviceUrl, sas, localSrc: dataset.dir, localDst: join(scratch, 'out'), container: 'dst', srcContainer: 'src', scratch };
  const { cmd, args, env } = tool.command(op, ctx);
  // Asynchronous: the proxy lives in this process and must keep serving.
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  const r = { status: await new Promise((resolve) => child.once('exit', (c) => resolve(c))) };
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const detail = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}×${v}`).join(', ');
  console.log(`${tool.label.padEnd(16)} ${op} of ${dataset.count} files: exit ${r.status}, ${total} requests (${(total / dataset.count).toFixed(2)} per file): ${detail}`);
  rmSync(scratch, { recursive: true, force: true });
  agent.destroy();
  upstream.destroy();
  proxy.close();
  await az.stop();
}
rmSync(join(DATA_DIR, 'count-small'), { recursive: true, force: true });
