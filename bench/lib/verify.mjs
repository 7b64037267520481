// Correctness checks after each run: the destination must hold as many
// objects and bytes as the source, and sampled byte ranges (every large file,
// every 50th small one; start, middle and end) must equal the source's, so a
// fast-but-wrong tool (sparse files, truncated or misplaced data) is flagged.
import { openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from './fswalk.mjs';
import { listBlobs, request, blobUrl } from './storage.mjs';

const SPAN = 4096;

function samples(dataset) {
  return dataset.files.filter((f, i) => f.size > 1024 * 1024 || i % 50 === 0);
}

function ranges(size) {
  const starts = [0, Math.max(0, Math.floor(size / 2) - SPAN / 2), Math.max(0, size - SPAN)];
  return [...new Set(starts)].map((start) => ({ start, length: Math.min(SPAN, size - start) }));
}

function readLocal(path, { start, length }) {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, start);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function counts(dataset, found) {
  const count = found.length;
  const bytes = found.reduce((s, x) => s + x.size, 0);
  const want = new Set(dataset.files.map((x) => x.name));
  const strange = found.filter((x) => !want.has(x.name)).length;
  const ok = count === dataset.count && bytes === dataset.bytes && strange === 0;
  const detail = `${count} objects, ${bytes} bytes${count === dataset.count && bytes === dataset.bytes ? '' : ` (expected ${dataset.count}, ${dataset.bytes})`}${strange ? `; ${strange} names not in the source` : ''}`;
  return { ok, detail };
}

/** Checks a local folder against the dataset. */
export async function checkLocal(dataset, dir) {
  const base = counts(dataset, walk(dir));
  if (!base.ok) return base;
  let bad = 0;
  const picked = samples(dataset);
  for (const f of picked) {
    for (const r of ranges(f.size)) {
      if (!readLocal(join(dir, f.name), r).equals(readLocal(join(dataset.dir, f.name), r))) {
        bad++;
        break;
      }
    }
  }
  return { ok: bad === 0, detail: `${base.detail}; ${picked.length - bad}/${picked.length} sampled files match byte for byte` };
}

/** Checks a container against the dataset; returns the listing too (for etag comparisons). */
export async function checkContainer(dataset, { agent, serviceUrl, sas, container }) {
  const listing = await listBlobs(agent, serviceUrl, container, sas);
  const base = counts(dataset, listing);
  if (!base.ok) return { ...base, listing };
  let bad = 0;
  const picked = samples(dataset);
  for (const f of picked) {
    for (const r of ranges(f.size)) {
      const res = await request(agent, 'GET', blobUrl(serviceUrl, container, f.name, sas), { 'x-ms-range': `bytes=${r.start}-${r.start + r.length - 1}` });
      if (res.status !== 206 && res.status !== 200) {
        bad++;
        break;
      }
      if (!res.body.equals(readLocal(join(dataset.dir, f.name), r))) {
        bad++;
        break;
      }
    }
  }
  return { ok: bad === 0, detail: `${base.detail}; ${picked.length - bad}/${picked.length} sampled blobs match byte for byte`, listing };
}
