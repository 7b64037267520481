#!/usr/bin/env node
// The floor: a straightforward @azure/storage-blob program, a pool of 32,
// one SDK call per file, SAS auth (the SAS is in the URLs).
//   node bench/tools/sdk.mjs upload    LOCAL_DIR          CONTAINER_URL?SAS
//   node bench/tools/sdk.mjs download  CONTAINER_URL?SAS  LOCAL_DIR
//   node bench/tools/sdk.mjs copy      SRC_CONTAINER_URL?SAS DST_CONTAINER_URL?SAS
//   node bench/tools/sdk.mjs sync      LOCAL_DIR          CONTAINER_URL?SAS   (upload what is missing, bigger/smaller or newer)
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { walk } from '../lib/fswalk.mjs';
import { pool } from '../lib/storage.mjs';

const POOL = 32;
const SYNC_COPY_LIMIT = 256 * 1024 * 1024;
const [op, src, dst] = process.argv.slice(2);

async function listAll(container) {
  const out = [];
  for await (const b of container.listBlobsFlat()) out.push(b);
  return out;
}

function withSas(url, sas) {
  return sas ? `${url}?${sas}` : url;
}

if (op === 'upload') {
  const container = new ContainerClient(dst);
  const files = walk(src);
  await pool(files, POOL, (f) => container.getBlockBlobClient(f.name).uploadFile(f.path));
  console.log(`uploaded ${files.length} files`);
} else if (op === 'download') {
  const container = new ContainerClient(src);
  const blobs = await listAll(container);
  const made = new Set();
  await pool(blobs, POOL, async (b) => {
    const path = join(dst, b.name);
    if (!made.has(dirname(path))) {
      mkdirSync(dirname(path), { recursive: true });
      made.add(dirname(path));
    }
    await container.getBlobClient(b.name).downloadToFile(path);
  });
  console.log(`downloaded ${blobs.length} blobs`);
} else if (op === 'copy') {
  const source = new ContainerClient(src);
  const target = new ContainerClient(dst);
  const sas = new URL(src).search.slice(1);
  const blobs = await listAll(source);
  await pool(blobs, POOL, async (b) => {
    const from = withSas(source.getBlobClient(b.name).url.split('?')[0], sas);
    const to = target.getBlobClient(b.name);
    if ((b.properties.contentLength ?? 0) <= SYNC_COPY_LIMIT) await to.syncCopyFromURL(from);
    else await (await to.beginCopyFromURL(from, { intervalInMs: 200 })).pollUntilDone();
  });
  console.log(`copied ${blobs.length} blobs`);
} else if (op === 'sync') {
  const container = new ContainerClient(dst);
  const files = walk(src);
  const remote = new Map((await listAll(container)).map((b) => [b.name, b.properties]));
  const todo = files.filter((f) => {
    const p = remote.get(f.name);
    return !p || p.contentLength !== f.size || f.mtimeMs > (p.lastModified?.getTime() ?? 0);
  });
  await pool(todo, POOL, (f) => container.getBlockBlobClient(f.name).uploadFile(f.path));
  console.log(`compared ${files.length} files with ${remote.size} blobs, uploaded ${todo.length}`);
} else {
  console.error('usage: sdk.mjs upload|download|copy|sync SRC DST');
  process.exit(2);
}
