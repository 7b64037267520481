#!/usr/bin/env node
// The ceiling: what plain node:http can do against the same emulator. One
// request per file, 64 keep-alive sockets, SAS auth, no retries, no checks.
//   node bench/tools/raw.mjs upload   LOCAL_DIR      CONTAINER_URL?SAS
//   node bench/tools/raw.mjs download CONTAINER_URL?SAS LOCAL_DIR
//   node bench/tools/raw.mjs copy     SRC_CONTAINER_URL?SAS DST_CONTAINER_URL?SAS
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { walk, splitContainerUrl } from '../lib/fswalk.mjs';
import { makeAgent, request, expectOk, blobUrl, listBlobs, pool } from '../lib/storage.mjs';

const SOCKETS = 64;
const SYNC_COPY_LIMIT = 256 * 1024 * 1024;
const [op, src, dst] = process.argv.slice(2);
const agent = makeAgent(SOCKETS);

if (op === 'upload') {
  const d = splitContainerUrl(dst);
  const files = walk(src);
  await pool(files, SOCKETS, async (f) => {
    const headers = { 'x-ms-blob-type': 'BlockBlob', 'content-length': String(f.size) };
    const body = f.size <= 8 * 1024 * 1024 ? readFileSync(f.path) : { file: f.path };
    await expectOk(request(agent, 'PUT', blobUrl(d.serviceUrl, d.container, f.name, d.sas), headers, body), `PUT ${f.name}`);
  });
  console.log(`uploaded ${files.length} files`);
} else if (op === 'download') {
  const s = splitContainerUrl(src);
  const blobs = await listBlobs(agent, s.serviceUrl, s.container, s.sas);
  const made = new Set();
  await pool(blobs, SOCKETS, async (b) => {
    const path = join(dst, b.name);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    await expectOk(request(agent, 'GET', blobUrl(s.serviceUrl, s.container, b.name, s.sas), {}, undefined, { sink: createWriteStream(path) }), `GET ${b.name}`);
  });
  console.log(`downloaded ${blobs.length} blobs`);
} else if (op === 'copy') {
  const s = splitContainerUrl(src);
  const d = splitContainerUrl(dst);
  const blobs = await listBlobs(agent, s.serviceUrl, s.container, s.sas);
  await pool(blobs, SOCKETS, async (b) => {
    const source = blobUrl(s.serviceUrl, s.container, b.name, s.sas);
    const target = blobUrl(d.serviceUrl, d.container, b.name, d.sas);
    if (b.size <= SYNC_COPY_LIMIT) {
      // Copy Blob From URL: synchronous, one request.
      await expectOk(request(agent, 'PUT', target, { 'x-ms-copy-source': source, 'x-ms-requires-sync': 'true', 'content-length': '0' }), `copy ${b.name}`);
    } else {
      // Copy Blob (asynchronous), then poll the destination's copy status.
      await expectOk(request(agent, 'PUT', target, { 'x-ms-copy-source': source, 'content-length': '0' }), `copy ${b.name}`);
      for (;;) {
        const head = await expectOk(request(agent, 'HEAD', target), `HEAD ${b.name}`);
        const status = head.headers['x-ms-copy-status'];
        if (status === 'success') break;
        if (status !== 'pending') throw new Error(`copy ${b.name}: ${status}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  });
  console.log(`copied ${blobs.length} blobs`);
} else {
  console.error('usage: raw.mjs upload|download|copy SRC DST');
  process.exit(2);
}
agent.destroy();
