// Listing a container: the raw List Blobs pages (list-xml.ts scans them) or,
// if the SDK changes shape, the SDK's pages; folder markers left out.
import type { BlobItem } from '@azure/storage-blob';
import { parseListBlobs, type ListedBlobXml, type ListPage } from './list-xml.ts';
import { rawRequest, sendRaw, serviceError } from './raw-request.ts';
import { watchBodyIdle, withBodyRetries } from '../retry.ts';
import { entryFromBlobItem, type BlobEntry } from './entry.ts';
import type { BlobConnection } from './client.ts';

/** A zero-length blob that only marks a folder (ADLS Gen2 / Storage Explorer). */
function isFolderMarker(item: BlobItem): boolean {
  return (item.properties.contentLength ?? 0) === 0 && (item.metadata?.hdi_isfolder === 'true' || item.name.endsWith('/'));
}

export interface ListOptions {
  /** List only names starting with this (the job root, e.g. "site/"). */
  prefix: string;
  /** Strip this from names (usually the prefix or the part up to its last '/'). */
  stripPrefix: string;
  recursive: boolean;
  onSkip?: (name: string, reason: string) => void;
  /** Blobs per page asked of the service (5,000, its maximum, unless a test asks for fewer). */
  pageSize?: number;
}

/**
 * Yields blobs under `prefix` in the service's order (UTF-8 bytes of the
 * name), page by page, holding one page in memory.
 */
export async function* listBlobs(side: BlobConnection, options: ListOptions): AsyncGenerator<BlobEntry> {
  const pages = side.raw ? rawPages(side, options) : sdkPages(side, options);
  for await (const items of pages) {
    for (const item of items) {
      if (isFolderMarker(item)) {
        options.onSkip?.(item.name, 'folder marker');
        continue;
      }
      yield entryFromBlobItem(item, options.stripPrefix);
    }
  }
}

async function* sdkPages(side: BlobConnection, options: ListOptions): AsyncGenerator<BlobItem[]> {
  const pages = options.recursive
    ? side.container.listBlobsFlat({ prefix: options.prefix || undefined, includeMetadata: true }).byPage({ maxPageSize: options.pageSize ?? 5000 })
    : side.container.listBlobsByHierarchy('/', { prefix: options.prefix || undefined, includeMetadata: true }).byPage({ maxPageSize: options.pageSize ?? 5000 });
  for await (const page of pages) yield page.segment.blobItems;
}

function toBlobItem(b: ListedBlobXml): BlobItem {
  return {
    name: b.name,
    deleted: false,
    snapshot: '',
    metadata: b.metadata,
    properties: {
      lastModified: b.lastModified ? new Date(b.lastModified) : new Date(0),
      etag: b.etag ?? '',
      contentLength: b.contentLength,
      contentType: b.contentType,
      cacheControl: b.cacheControl,
      contentEncoding: b.contentEncoding,
      contentLanguage: b.contentLanguage,
      contentDisposition: b.contentDisposition,
      tagCount: b.tagCount,
      contentMD5: b.contentMd5 ? new Uint8Array(Buffer.from(b.contentMd5, 'base64')) : undefined,
      accessTier: b.accessTier as BlobItem['properties']['accessTier'],
    },
  };
}

async function readText(stream: NodeJS.ReadableStream | undefined, idleMs: number): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  const idle = watchBodyIdle(stream, idleMs);
  try {
    for await (const chunk of stream) {
      idle.touch();
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    }
  } finally {
    idle.stop();
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Pages follow each other by marker, so they cannot be asked for at once;
 * but the next one is asked for as soon as this one names it, and arrives
 * while the job works through this one: the wait for the service and the
 * work on a page overlap. At most two pages are held.
 */
async function* rawPages(side: BlobConnection, options: ListOptions): AsyncGenerator<BlobItem[]> {
  const base = side.container.url; // carries the SAS when SAS is the auth
  const pageUrl = (marker: string | undefined) => {
    const url = new URL(base);
    url.searchParams.set('restype', 'container');
    url.searchParams.set('comp', 'list');
    url.searchParams.set('maxresults', String(options.pageSize ?? 5000));
    url.searchParams.set('include', 'metadata');
    if (options.prefix) url.searchParams.set('prefix', options.prefix);
    if (!options.recursive) url.searchParams.set('delimiter', '/');
    if (marker) url.searchParams.set('marker', marker);
    return url.toString();
  };
  let next: Promise<ListPage> | undefined = listPage(side, pageUrl(undefined));
  while (next) {
    const page: ListPage = await next;
    next = page.nextMarker ? listPage(side, pageUrl(page.nextMarker)) : undefined;
    // Its failure is thrown where it is awaited (above); until then, or if
    // the listing is abandoned before, it must not count as unhandled.
    next?.catch(() => {});
    yield page.blobs.map(toBlobItem);
  }
}

async function listPage(side: BlobConnection, url: string): Promise<ListPage> {
  return withBodyRetries(side.stats, undefined, async (answered) => {
    const request = rawRequest(url, 'GET');
    // A 200 comes back as a stream: otherwise the pipeline's deserializer
    // would parse the page with the general XML parser before we see it.
    request.streamResponseStatusCodes = new Set([200]);
    const response = await sendRaw(side, request);
    if (response.status !== 200) throw serviceError(request, response, response.bodyAsText ?? '');
    answered();
    return parseListBlobs(await readText(response.readableStreamBody, side.tryTimeoutMs));
  });
}
