// Talking to the emulator from the harness itself: SAS tokens, containers,
// seeding (raw HTTP PUT, the fastest way to fill a container, never timed),
// and listings for the correctness checks. Plain node:http with a keep-alive
// agent; the one SDK use is generating the SAS from the dev account key.
import http from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  StorageSharedKeyCredential,
  generateAccountSASQueryParameters,
  AccountSASPermissions,
  AccountSASResourceTypes,
  AccountSASServices,
} from '@azure/storage-blob';

export const API_VERSION = '2021-12-02';

/** An account SAS (blob service; service, container and object level; all the permissions a copy/sync needs). */
export function accountSas(account, key) {
  return generateAccountSASQueryParameters(
    {
      permissions: AccountSASPermissions.parse('rwdlacup'),
      services: AccountSASServices.parse('b').toString(),
      resourceTypes: AccountSASResourceTypes.parse('sco').toString(),
      startsOn: new Date(Date.now() - 5 * 60_000),
      expiresOn: new Date(Date.now() + 24 * 3600_000),
    },
    new StorageSharedKeyCredential(account, key),
  ).toString();
}

export function makeAgent(maxSockets = 64) {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
}

export function encodeName(name) {
  return name.split('/').map(encodeURIComponent).join('/');
}

export function blobUrl(serviceUrl, container, name, sas) {
  return `${serviceUrl}/${container}/${encodeName(name)}${sas ? `?${sas}` : ''}`;
}

/** One HTTP request; body may be a Buffer, a file path ({file}) or absent. Resolves {status, headers, body}. */
export function request(agent, method, url, headers = {}, body, { sink } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: { 'x-ms-version': API_VERSION, ...headers } }, (res) => {
      if (sink && res.statusCode >= 200 && res.statusCode < 300) {
        res.pipe(sink);
        sink.once('finish', () => resolve({ status: res.statusCode, headers: res.headers }));
        sink.once('error', reject);
        res.once('error', reject);
        return;
      }
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.once('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.once('error', reject);
    });
    req.once('error', reject);
    if (body && body.file) {
      const rs = createReadStream(body.file, { highWaterMark: 1024 * 1024 });
      rs.once('error', reject);
      rs.pipe(req);
    } else {
      req.end(body);
    }
  });
}

export async function expectOk(promise, what) {
  const res = await promise;
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`${what}: HTTP ${res.status} ${res.body ? res.body.toString().slice(0, 300) : ''}`);
  }
  return res;
}

export async function createContainer(agent, serviceUrl, container, sas) {
  const res = await request(agent, 'PUT', `${serviceUrl}/${container}?restype=container&${sas}`, { 'content-length': '0' });
  if (res.status !== 201 && res.status !== 409) throw new Error(`create container ${container}: HTTP ${res.status} ${res.body}`);
}

/** Runs fn over items with at most n in flight. */
export async function pool(items, n, fn) {
  let next = 0;
  let failed;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        await fn(items[i], i);
      } catch (e) {
        failed ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  if (failed) throw failed;
}

/**
 * Puts every file of a dataset into a container with one Put Blob each.
 * `mtimeIso` goes into the `mtime` metadata that rclone reads as the
 * object's modification time (so its sync sees nothing changed).
 */
export async function putFiles(agent, serviceUrl, container, sas, dataset, { concurrency = 64, mtimeIso } = {}) {
  await pool(dataset.files, concurrency, async (f) => {
    const path = join(dataset.dir, f.name);
    const headers = { 'x-ms-blob-type': 'BlockBlob', 'content-length': String(f.size), 'content-type': 'application/octet-stream' };
    if (mtimeIso) headers['x-ms-meta-mtime'] = mtimeIso;
    const body = f.size <= 8 * 1024 * 1024 ? readFileSync(path) : { file: path };
    await expectOk(request(agent, 'PUT', blobUrl(serviceUrl, container, f.name, sas), headers, body), `put ${f.name}`);
  });
}

const unescapeXml = (s) =>
  s.replace(/&(lt|gt|amp|quot|apos|#x?[0-9a-f]+);/gi, (m, e) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

/** Lists a container with raw List Blobs requests: [{name, size, etag}]. */
export async function listBlobs(agent, serviceUrl, container, sas) {
  const out = [];
  let marker = '';
  do {
    const url = `${serviceUrl}/${container}?restype=container&comp=list&maxresults=5000${marker ? `&marker=${encodeURIComponent(marker)}` : ''}&${sas}`;
    const res = await expectOk(request(agent, 'GET', url), `list ${container}`);
    const xml = res.body.toString();
    for (const m of xml.matchAll(/<Blob>([\s\S]*?)<\/Blob>/g)) {
      const b = m[1];
      out.push({
        name: unescapeXml(/<Name>([\s\S]*?)<\/Name>/.exec(b)?.[1] ?? ''),
        size: Number(/<Content-Length>(\d+)<\/Content-Length>/.exec(b)?.[1] ?? NaN),
        etag: /<Etag>([\s\S]*?)<\/Etag>/.exec(b)?.[1] ?? '',
      });
    }
    marker = unescapeXml(/<NextMarker>([\s\S]*?)<\/NextMarker>/.exec(xml)?.[1] ?? '');
  } while (marker);
  return out;
}

export function fileSize(path) {
  return statSync(path).size;
}
