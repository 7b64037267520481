// Writes a file in a share from a copy source (another share's file, or a
// blob) inside the service: the bytes never pass through this machine.
// The file is created at full size and filled with Put Range From URL in
// 4 MiB ranges in parallel; where the service does not offer that (501),
// Copy File does it in one request (polled until done), once per job
// decided. Last, as for uploads, the properties: Content-MD5 carried from
// the source, and the source's time as the last-write time.
import type { MemoryBudget } from '../../engine/limiter.ts';
import { isNotImplemented } from '../errors.ts';
import type { CopySource, WriteProps } from '../side.ts';
import type { ObjectHeaders } from '../../contract/headers.ts';

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
import type { FileConnection } from './client.ts';
import { fileClient } from './objects.ts';
import { MAX_RANGE, UNFINISHED } from './upload.ts';

export interface FileServerCopySettings {
  metadata: Record<string, string>;
  cacheControl?: string;
  contentType?: string;
  /** Keep the source's headers and metadata under what the job sets (--s2s-preserve-properties). */
  preserveProperties: boolean;
  /** This file's headers and metadata as the job resolved them (header rules); absent: the source's, under the settings above. */
  props?: WriteProps;
  /** Nothing is buffered here; each range weighs two of them (8 MiB, a
   *  block), so service-side copies keep the block limit they had. */
  memory: MemoryBudget;
  abortSignal?: AbortSignal;
  onBytes?: (n: number) => void;
  /** Shared per job: APIs the destination answered 501 for. */
  unsupported: Set<'putRangeFromUrl'>;
}

export async function copyIntoShare(c: FileConnection, source: CopySource, path: string, s: FileServerCopySettings): Promise<{ bytes: number }> {
  const client = fileClient(c, path);
  const abortSignal = s.abortSignal;
  // As for blobs (blob/server-copy.ts): the source's headers and metadata
  // when the copy keeps them (--s2s-preserve-properties), under what the
  // job sets (header rules, or the flags).
  const explicit: WriteProps = s.props ?? { headers: { contentType: s.contentType, cacheControl: s.cacheControl }, metadata: s.metadata };
  const kept: ObjectHeaders = s.preserveProperties ? { ...source.headers, contentType: source.contentType } : {};
  const h: ObjectHeaders = { ...kept, ...defined(explicit.headers) };
  const metadata = { ...(s.preserveProperties ? (source.metadata ?? {}) : {}), ...explicit.metadata };
  delete metadata.mtime; // a blob's source time travels as the file's own last-write time instead
  const fileHttpHeaders = {
    fileContentType: h.contentType,
    fileCacheControl: h.cacheControl,
    fileContentEncoding: h.contentEncoding,
    fileContentLanguage: h.contentLanguage,
    fileContentDisposition: h.contentDisposition,
    fileContentMD5: source.md5 ? Buffer.from(source.md5, 'base64') : undefined,
  };
  const lastWriteTime = new Date(Math.round(source.mtimeMs));
  if (source.size === 0) {
    await client.create(0, { fileHttpHeaders, metadata, lastWriteTime, abortSignal });
    return { bytes: 0 };
  }
  let copied = false;
  if (!s.unsupported.has('putRangeFromUrl')) {
    // As for uploads (upload.ts): the oldest time until every byte is there.
    await client.create(source.size, { metadata, lastWriteTime: UNFINISHED, abortSignal });
    try {
      await rangesFromUrl(client, source, s);
      copied = true;
    } catch (err) {
      if (!isNotImplemented(err)) throw err;
      s.unsupported.add('putRangeFromUrl');
    }
  }
  if (!copied) {
    // Copy File reads the source with its own credentials in the URL; a bearer source cannot be read this way.
    const started = await client.startCopyFromURL(source.url, { metadata, abortSignal });
    let status = started.copyStatus;
    while (status === 'pending') {
      await new Promise((r) => setTimeout(r, 500));
      status = (await client.getProperties({ abortSignal })).copyStatus;
    }
    if (status !== 'success') throw new Error(`the service's copy ended as ${status ?? 'unknown'}`);
    s.onBytes?.(source.size);
  }
  await client.setProperties({ fileHttpHeaders, lastWriteTime, abortSignal });
  return { bytes: source.size };
}

async function rangesFromUrl(client: ReturnType<typeof fileClient>, source: CopySource, s: FileServerCopySettings): Promise<void> {
  const count = Math.ceil(source.size / MAX_RANGE);
  let failure: unknown;
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      s.memory.run(2 * MAX_RANGE, async () => {
        if (failure) return;
        const offset = i * MAX_RANGE;
        const length = Math.min(MAX_RANGE, source.size - offset);
        try {
          await client.uploadRangeFromURL(source.url, offset, offset, length, { abortSignal: s.abortSignal, sourceAuthorization: source.authorization, fileLastWrittenMode: 'Preserve' });
          s.onBytes?.(length);
        } catch (err) {
          failure ??= err;
        }
      }),
    ),
  );
  if (failure) throw failure;
}
