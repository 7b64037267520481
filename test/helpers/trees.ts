// Helpers for the integration tests on Azurite: build local trees, hash
// them, look at containers with the plain SDK (never with azcp's own code),
// make SAS tokens, plant blobs with raw HTTP, and read a job's evidence.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync, utimesSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join, relative, sep } from 'node:path';
import {
  BlobServiceClient,
  ContainerClient,
  ContainerSASPermissions,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters,
} from '@azure/storage-blob';
import { DEV_ACCOUNT, DEV_KEY } from '../../scripts/azurite.mjs';

export interface Azurite {
  port: number;
  serviceUrl: string;
  stop: () => Promise<void>;
}

export const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);

export { tempDir } from './temp.ts';

/** Deterministic bytes of a given size (not all zeros, so ranges differ). */
export function bytes(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size);
  let x = seed * 2654435761 >>> 0;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Writes files under root; keys are '/'-separated relative paths. */
export function writeTree(root: string, files: Record<string, string | Buffer>, mtime?: Date): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, ...rel.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    if (mtime) utimesSync(path, mtime, mtime);
  }
}

/** Every file under root: relative '/'-name → {sha256, md5 (base64), size, mtimeMs}. */
export function hashTree(root: string): Map<string, { sha256: string; md5: string; size: number; mtimeMs: number }> {
  const out = new Map<string, { sha256: string; md5: string; size: number; mtimeMs: number }>();
  if (!existsSync(root)) return out;
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, d.name);
      if (d.isDirectory()) walk(abs);
      else if (d.isFile()) {
        const buf = readFileSync(abs);
        out.set(relative(root, abs).split(sep).join('/'), {
          sha256: createHash('sha256').update(buf).digest('hex'),
          md5: createHash('md5').update(buf).digest('base64'),
          size: buf.length,
          mtimeMs: statSync(abs).mtimeMs,
        });
      }
    }
  };
  walk(root);
  return out;
}

export function sha256Map(root: string): Record<string, string> {
  return Object.fromEntries([...hashTree(root)].map(([k, v]) => [k, v.sha256]).sort());
}

export function service(az: Azurite): BlobServiceClient {
  return new BlobServiceClient(az.serviceUrl, credential);
}

export async function createContainer(az: Azurite, name: string): Promise<ContainerClient> {
  const c = service(az).getContainerClient(name);
  await c.createIfNotExists();
  return c;
}

export interface ListedBlob {
  name: string;
  size: number;
  md5?: string;
  metadata: Record<string, string>;
  contentType?: string;
}

/** The container's blobs, listed with the plain SDK. */
export async function listContainer(az: Azurite, container: string, prefix?: string): Promise<ListedBlob[]> {
  const out: ListedBlob[] = [];
  for await (const b of service(az).getContainerClient(container).listBlobsFlat({ prefix, includeMetadata: true })) {
    out.push({
      name: b.name,
      size: b.properties.contentLength ?? 0,
      md5: b.properties.contentMD5 ? Buffer.from(b.properties.contentMD5).toString('base64') : undefined,
      metadata: b.metadata ?? {},
      contentType: b.properties.contentType,
    });
  }
  return out;
}

export async function blobText(az: Azurite, container: string, name: string): Promise<Buffer> {
  return service(az).getContainerClient(container).getBlobClient(name).downloadToBuffer();
}

/** Uploads blobs with the SDK, optionally with an `mtime` metadata value. */
export async function putBlobs(az: Azurite, container: string, files: Record<string, string | Buffer>, mtime?: Date): Promise<void> {
  const c = await createContainer(az, container);
  await Promise.all(
    Object.entries(files).map(([name, body]) =>
      c.getBlockBlobClient(name).upload(body, Buffer.byteLength(body), mtime ? { metadata: { mtime: mtime.toISOString() } } : {}),
    ),
  );
}

/** A container SAS query string (without '?'). */
export function containerSas(container: string, permissions = 'racwdl', expiresInMs = 2 * 3600_000): string {
  return generateBlobSASQueryParameters(
    {
      containerName: container,
      permissions: ContainerSASPermissions.parse(permissions),
      startsOn: new Date(Date.now() - 5 * 60_000),
      expiresOn: new Date(Date.now() + expiresInMs),
    },
    credential,
  ).toString();
}

/**
 * PUTs a block blob with a raw HTTP request whose path is sent exactly as
 * given (already percent-encoded), so names the SDK would normalise away
 * (`..` segments, backslashes) reach the service.
 */
export function rawPut(az: Azurite, container: string, encodedName: string, body: string): Promise<number> {
  const sas = containerSas(container);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: az.port,
        method: 'PUT',
        path: `/${DEV_ACCOUNT}/${container}/${encodedName}?${sas}`,
        headers: { 'x-ms-blob-type': 'BlockBlob', 'x-ms-version': '2021-12-02', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The job folders under a job dir, oldest first (ids start with a timestamp). */
export function jobFolders(jobDir: string): string[] {
  if (!existsSync(jobDir)) return [];
  return readdirSync(jobDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(jobDir, d.name))
    .sort((a, b) => statSync(a).birthtimeMs - statSync(b).birthtimeMs || a.localeCompare(b));
}

/** The job folder named in the CLI's text output ("evidence: PATH"). */
export function evidenceFolder(stdout: string): string {
  const m = /evidence: (.+)$/m.exec(stdout);
  if (!m) throw new Error(`no evidence line in:\n${stdout}`);
  return m[1].trim();
}

export interface Transfer {
  path: string;
  size: number;
  status: string;
  action?: string;
  reason?: string;
  error?: string;
}

export function readJob(folder: string): { report: any; transfers: Transfer[]; log: string; summary: string } {
  const transfers = readFileSync(join(folder, 'transfers.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Transfer);
  return {
    report: JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')),
    transfers,
    log: readFileSync(join(folder, 'azcp.log'), 'utf8'),
    summary: readFileSync(join(folder, 'summary.md'), 'utf8'),
  };
}

/** mulberry32: a tiny seeded PRNG, so generated data and faults are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
