// Blob → blob copies that run inside the service: the bytes never pass
// through this machine. Azure offers four APIs; which one fits depends on
// the size, and emulators implement only some of them, so the strategy
// picks by size and falls back (once per job) when the service answers
// 501 Not Implemented.
//   ≤ 256 MiB: Put Blob From URL      → fallback Copy Blob From URL (sync)
//   larger:    Put Block From URL ×N  → fallback Copy Blob (async, polled)
import { ContainerSASPermissions, generateBlobSASQueryParameters } from '@azure/storage-blob';
import type { BlobConnection } from './client.ts';
import { MTIME_METADATA_KEY, type BlobEntry } from './entry.ts';
import { encodeBlobName } from './location.ts';
import { registerSecret } from '../../auth/redact.ts';
import { registerSas } from '../../auth/secrets.ts';
import { isNotImplemented } from '../errors.ts';
import type { AccessTier } from '../../contract/options.ts';
import type { Limiter } from '../../engine/limiter.ts';
import { blockSizeFor } from './upload.ts';

const SINGLE_SHOT_LIMIT = 256 * 1024 * 1024;
const BLOCK_FROM_URL_SIZE = 100 * 1024 * 1024;

export interface ServerCopySettings {
  accessTier?: AccessTier;
  metadata: Record<string, string>;
  cacheControl?: string;
  contentType?: string;
  blockLimiter: Limiter;
  abortSignal?: AbortSignal;
  onBytes?: (n: number) => void;
  /** Shared per job: APIs the destination answered 501 for. */
  unsupported: Set<'putBlobFromUrl' | 'putBlockFromUrl'>;
}

interface SourceAccess {
  url: string;
  authorization?: { scheme: string; value: string };
}

/** A credential for the source, made once and reused while it has this
 *  much life left: every new one is registered for redaction, and the set
 *  of registered secrets is scanned on every redact() — one per blob would
 *  slow a job down as it goes (and a token per blob would start, with the
 *  Azure CLI credential, one `az` process per blob). */
const RENEW_BEFORE_MS = 60 * 60_000;
const SAS_LIFETIME_MS = 24 * 60 * 60_000;
const TOKEN_RENEW_BEFORE_MS = 5 * 60_000;
const sourceCredentials = new WeakMap<BlobConnection, { query?: string; bearer?: string; expiresAt: number }>();

async function sourceAccess(src: BlobConnection, blob: BlobEntry): Promise<SourceAccess> {
  const base = `${src.loc.serviceUrl}/${encodeURIComponent(src.loc.container)}/${encodeBlobName(blob.blobName)}`;
  switch (src.auth.kind) {
    case 'sas':
      return { url: `${base}?${src.auth.sas}` };
    case 'key': {
      // A read-only SAS for the source container, so the destination account
      // can read its blobs. It is registered for redaction before it exists anywhere.
      let cached = sourceCredentials.get(src);
      if (!cached?.query || cached.expiresAt - Date.now() < RENEW_BEFORE_MS) {
        const expiresAt = Date.now() + SAS_LIFETIME_MS;
        const query = generateBlobSASQueryParameters(
          {
            containerName: src.loc.container,
            permissions: ContainerSASPermissions.parse('r'),
            startsOn: new Date(Date.now() - 5 * 60_000),
            expiresOn: new Date(expiresAt),
          },
          src.sharedKey!,
        ).toString();
        registerSas(query);
        sourceCredentials.set(src, (cached = { query, expiresAt }));
      }
      return { url: `${base}?${cached.query}` };
    }
    case 'token': {
      let cached = sourceCredentials.get(src);
      if (!cached?.bearer || cached.expiresAt - Date.now() < TOKEN_RENEW_BEFORE_MS) {
        const token = await src.auth.credential.getToken('https://storage.azure.com/.default');
        if (!token) throw new Error('could not get a token to read the source blob');
        registerSecret(token.token);
        sourceCredentials.set(src, (cached = { bearer: token.token, expiresAt: token.expiresOnTimestamp }));
      }
      return { url: base, authorization: { scheme: 'Bearer', value: cached.bearer! } };
    }
    default:
      return { url: base };
  }
}

export async function copyServerSide(
  src: BlobConnection,
  blob: BlobEntry,
  dst: BlobConnection,
  destName: string,
  s: ServerCopySettings,
): Promise<{ bytes: number }> {
  const access = await sourceAccess(src, blob);
  const metadata = { ...(blob.metadata ?? {}), ...s.metadata, [MTIME_METADATA_KEY]: new Date(blob.mtimeMs).toISOString() };
  const client = dst.container.getBlockBlobClient(destName);
  const headers = {
    blobContentType: s.contentType ?? blob.contentType,
    blobCacheControl: s.cacheControl,
    blobContentMD5: blob.md5 ? Buffer.from(blob.md5, 'base64') : undefined,
  };
  const common = { abortSignal: s.abortSignal, sourceAuthorization: access.authorization, tier: s.accessTier, metadata };

  if (blob.size <= SINGLE_SHOT_LIMIT) {
    if (!s.unsupported.has('putBlobFromUrl')) {
      try {
        await s.blockLimiter.run(() => client.syncUploadFromURL(access.url, { ...common, blobHTTPHeaders: headers, copySourceBlobProperties: true }));
        s.onBytes?.(blob.size);
        return { bytes: blob.size };
      } catch (err) {
        if (!isNotImplemented(err)) throw err;
        s.unsupported.add('putBlobFromUrl');
      }
    }
    await s.blockLimiter.run(() => client.syncCopyFromURL(access.url, common));
    s.onBytes?.(blob.size);
    return { bytes: blob.size };
  }

  if (!s.unsupported.has('putBlockFromUrl')) {
    try {
      await copyInBlocks(client, access, blob, s, headers, metadata);
      return { bytes: blob.size };
    } catch (err) {
      if (!isNotImplemented(err)) throw err;
      s.unsupported.add('putBlockFromUrl');
    }
  }
  const poller = await client.beginCopyFromURL(access.url, { abortSignal: s.abortSignal, metadata, tier: s.accessTier, intervalInMs: 500 });
  const result = await poller.pollUntilDone();
  if (result.copyStatus !== 'success') throw new Error(`the service's copy ended as ${result.copyStatus ?? 'unknown'}`);
  s.onBytes?.(blob.size);
  return { bytes: blob.size };
}

async function copyInBlocks(
  client: ReturnType<BlobConnection['container']['getBlockBlobClient']>,
  access: SourceAccess,
  blob: BlobEntry,
  s: ServerCopySettings,
  headers: { blobContentType?: string; blobCacheControl?: string; blobContentMD5?: Buffer },
  metadata: Record<string, string>,
): Promise<void> {
  const blockSize = blockSizeFor(blob.size, BLOCK_FROM_URL_SIZE);
  const count = Math.ceil(blob.size / blockSize);
  const ids = Array.from({ length: count }, (_, i) => Buffer.from(`azcp-s2s-${String(i).padStart(6, '0')}`).toString('base64'));
  let failure: unknown;
  await Promise.all(
    ids.map((id, i) =>
      s.blockLimiter.run(async () => {
        if (failure) return;
        const offset = i * blockSize;
        const length = Math.min(blockSize, blob.size - offset);
        try {
          await client.stageBlockFromURL(id, access.url, offset, length, { abortSignal: s.abortSignal, sourceAuthorization: access.authorization });
          s.onBytes?.(length);
        } catch (err) {
          failure ??= err;
        }
      }),
    ),
  );
  if (failure) throw failure;
  await client.commitBlockList(ids, { abortSignal: s.abortSignal, blobHTTPHeaders: headers, metadata, tier: s.accessTier });
}
