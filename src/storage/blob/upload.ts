// Uploads one local file to a block blob.
//
// Small files go in one Put Blob request with headers, metadata and
// Content-MD5 together: one request per file is what decides speed on many
// small files. Larger files are staged as blocks whose ids derive from the
// file's content (see blockIdFor), so a rerun — on this machine or another —
// asks the service which blocks it already holds and sends only the rest,
// and a staged block is reused only when it provably holds the file's bytes
// as they are now.
import { createHash } from 'node:crypto';
import type { BlobHTTPHeaders, BlockBlobClient } from '@azure/storage-blob';
import type { BlobConnection } from './client.ts';
import { MTIME_METADATA_KEY, SYMLINK_METADATA_KEY } from './entry.ts';
import { blobObjectUrl, rawRequest, sendRaw, serviceError } from './raw-request.ts';
import { readWhole, assertUnchanged } from '../disk.ts';
import type { AccessTier } from '../../contract/options.ts';
import type { WriteProps } from '../side.ts';
import type { MemoryBudget } from '../../engine/limiter.ts';
import { uploadHeaders } from '../upload-headers.ts';
import { sendPiecesInOrder } from '../ordered-pieces.ts';

export const DEFAULT_BLOCK_SIZE = 8 * 1024 * 1024;
const MAX_BLOCKS = 50_000;
const MiB = 1024 * 1024;

export interface UploadSettings {
  blockSize?: number;
  /** Content-MD5 on files staged in blocks (on by default; small files always
   *  carry one). The MD5 is computed either way: block ids derive from it. */
  putMd5: boolean;
  contentType?: string;
  guessMimeType: boolean;
  cacheControl?: string;
  metadata: Record<string, string>;
  accessTier?: AccessTier;
  /** Blob index tags (--blob-tags). */
  tags?: Record<string, string>;
  /** This file's headers and metadata as the job resolved them (header rules); absent: the settings above. */
  props?: WriteProps;
  /** Shared across all files: bounds the bytes buffered in memory. */
  memory: MemoryBudget;
  abortSignal?: AbortSignal;
  /** Called as bytes are acknowledged, for progress. */
  onBytes?: (n: number) => void;
  guessType: (name: string) => string | undefined;
}

export interface UploadResult {
  bytes: number;
  /** Bytes actually sent (less than `bytes` when staged blocks were reused). */
  bytesSent: number;
  blocksReused: number;
  md5?: string;
}

/** The block size for a file: the chosen size, grown so the file fits in 50,000 blocks. */
export function blockSizeFor(fileSize: number, wanted = DEFAULT_BLOCK_SIZE): number {
  const minimum = Math.ceil(fileSize / MAX_BLOCKS);
  if (wanted >= minimum) return wanted;
  return Math.ceil(minimum / MiB) * MiB;
}

const BLOCK_ID_TAG = Buffer.from('azcp-v2-');
/** Bytes of a block id before base64. The service wants every block id of a
 *  blob to have the same length, uncommitted ones included: this is the
 *  length of the ids earlier versions used (derived from size and mtime), so
 *  their leftover staged blocks are simply not reused, rather than making
 *  Put Block fail. */
export const BLOCK_ID_BYTES = 36;

/**
 * A block's id: its index, its length and the MD5 of the file's bytes from
 * the start up to the end of this block. A staged block with this id was
 * staged by a run that read exactly these bytes (and everything before
 * them), so reusing it cannot put an older version's bytes in the blob — not
 * even when a file is rewritten keeping its size and modification time. The
 * id depends on nothing but the content, so a rerun on any machine finds it.
 */
export function blockIdFor(index: number, length: number, md5UpToHere: Buffer): string {
  const id = Buffer.alloc(BLOCK_ID_BYTES);
  BLOCK_ID_TAG.copy(id, 0);
  id.writeUInt32BE(index, 8);
  id.writeBigUInt64BE(BigInt(length), 12);
  md5UpToHere.copy(id, 20);
  return id.toString('base64');
}

function headersFor(blobName: string, s: UploadSettings, md5?: Buffer): BlobHTTPHeaders {
  const h = uploadHeaders(blobName, s);
  return {
    blobContentType: h.contentType,
    blobCacheControl: h.cacheControl,
    blobContentEncoding: h.contentEncoding,
    blobContentLanguage: h.contentLanguage,
    blobContentDisposition: h.contentDisposition,
    blobContentMD5: md5,
  };
}

function metadataFor(s: UploadSettings, mtimeMs: number): Record<string, string> {
  return { ...(s.props?.metadata ?? s.metadata), [MTIME_METADATA_KEY]: new Date(mtimeMs).toISOString() };
}

export async function uploadFile(
  side: BlobConnection,
  localPath: string,
  blobName: string,
  source: { size: number; mtimeMs: number; linkTarget?: string },
  s: UploadSettings,
): Promise<UploadResult> {
  const blockSize = blockSizeFor(source.size, s.blockSize ?? DEFAULT_BLOCK_SIZE);
  // A preserved link travels as a small blob holding its target, marked as a link.
  const link = source.linkTarget !== undefined;
  if (source.size <= blockSize || link) {
    // The whole file is one buffer: it weighs its size in the budget.
    return s.memory.run(link ? source.linkTarget!.length : source.size, async () => {
      const body = link ? Buffer.from(source.linkTarget!) : await readWhole(localPath, source.size);
      // Content-MD5 costs nothing for a buffer in memory and lets the service
      // verify the bytes, so small files always carry it.
      const md5 = createHash('md5').update(body).digest();
      const headers = headersFor(blobName, s, md5);
      const metadata = metadataFor(s, source.mtimeMs);
      if (link) metadata[SYMLINK_METADATA_KEY] = 'true';
      if (side.raw) await putBlobRaw(side, blobObjectUrl(side.container.url, blobName), body, headers, metadata, s);
      else await side.container.getBlockBlobClient(blobName).upload(body, body.length, { blobHTTPHeaders: headers, metadata, tier: s.accessTier, tags: s.tags, abortSignal: s.abortSignal });
      s.onBytes?.(body.length);
      return { bytes: body.length, bytesSent: body.length, blocksReused: 0, md5: md5.toString('base64') };
    });
  }
  return uploadInBlocks(side.container.getBlockBlobClient(blobName), localPath, blobName, source, blockSize, s);
}

/**
 * Put Blob sent as azcp writes it, through the same pipeline (auth, retries)
 * as the SDK's upload: on many small files the SDK's generic request and
 * response mapping cost about as much client CPU as the HTTP itself.
 */
async function putBlobRaw(side: BlobConnection, url: string, body: Buffer, headers: BlobHTTPHeaders, metadata: Record<string, string>, s: UploadSettings): Promise<void> {
  const request = rawRequest(url, 'PUT', s.abortSignal);
  request.body = body;
  request.headers.set('x-ms-blob-type', 'BlockBlob');
  request.headers.set('Content-Length', String(body.length));
  if (headers.blobContentType) request.headers.set('x-ms-blob-content-type', headers.blobContentType);
  if (headers.blobCacheControl) request.headers.set('x-ms-blob-cache-control', headers.blobCacheControl);
  if (headers.blobContentEncoding) request.headers.set('x-ms-blob-content-encoding', headers.blobContentEncoding);
  if (headers.blobContentLanguage) request.headers.set('x-ms-blob-content-language', headers.blobContentLanguage);
  if (headers.blobContentDisposition) request.headers.set('x-ms-blob-content-disposition', headers.blobContentDisposition);
  if (s.tags && Object.keys(s.tags).length) request.headers.set('x-ms-tags', tagsHeader(s.tags));
  if (headers.blobContentMD5) request.headers.set('x-ms-blob-content-md5', Buffer.from(headers.blobContentMD5).toString('base64'));
  for (const [key, value] of Object.entries(metadata)) request.headers.set(`x-ms-meta-${key}`, value);
  if (s.accessTier) request.headers.set('x-ms-access-tier', s.accessTier);
  const response = await sendRaw(side, request);
  if (response.status !== 201) throw serviceError(request, response, response.bodyAsText ?? '');
}

/** x-ms-tags: the tags as a query string (the service's form). */
export function tagsHeader(tags: Record<string, string>): string {
  return Object.entries(tags)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

async function stagedBlocks(client: BlockBlobClient, s: UploadSettings): Promise<Map<string, number>> {
  try {
    const list = await client.getBlockList('uncommitted', { abortSignal: s.abortSignal });
    return new Map((list.uncommittedBlocks ?? []).map((b) => [b.name, b.size]));
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return new Map();
    throw err;
  }
}

/**
 * Blocks are read in order and staged in parallel (storage/ordered-pieces.ts).
 * The running MD5 over the file gives every block its id and, at the end,
 * the blob's Content-MD5: one pass over the bytes.
 */
async function uploadInBlocks(
  client: BlockBlobClient,
  localPath: string,
  blobName: string,
  source: { size: number; mtimeMs: number },
  blockSize: number,
  s: UploadSettings,
): Promise<UploadResult> {
  const ids: string[] = new Array(Math.ceil(source.size / blockSize));
  const already = await stagedBlocks(client, s);
  const { md5, sent: bytesSent, reused } = await sendPiecesInOrder(localPath, source.size, blockSize, s, (p) => {
    // The id holds the MD5 of the file up to the block's end: a block is reused only for the same bytes.
    const id = blockIdFor(p.index, p.length, p.md5UpToHere());
    ids[p.index] = id;
    if (already.get(id) === p.length) return undefined;
    return () => client.stageBlock(id, p.buf, p.length, { abortSignal: s.abortSignal });
  });
  await assertUnchanged(localPath, source.size, source.mtimeMs);
  // md5: of exactly the bytes staged, what the blob will hold.
  await client.commitBlockList(ids, {
    blobHTTPHeaders: headersFor(blobName, s, s.putMd5 ? md5 : undefined),
    metadata: metadataFor(s, source.mtimeMs),
    tier: s.accessTier,
    tags: s.tags,
    abortSignal: s.abortSignal,
  });
  return { bytes: source.size, bytesSent, blocksReused: reused, md5: s.putMd5 ? md5.toString('base64') : undefined };
}
