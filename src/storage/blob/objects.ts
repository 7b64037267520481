// Requests about single blobs and the container itself.
import type { BlobItem } from '@azure/storage-blob';
import { entryFromBlobItem, type BlobEntry } from './entry.ts';
import type { BlobConnection } from './client.ts';
import { DestinationChangedError, preflightError, type AccessFacts } from '../errors.ts';
import { UsageError } from '../../contract/errors.ts';

/** What an access error on this container is explained with (storage/errors.ts). */
export function accessFacts(conn: BlobConnection, role: string): AccessFacts {
  return { role, account: conn.loc.account, container: conn.loc.container, serviceUrl: conn.loc.serviceUrl, containerNoun: 'container' };
}

/** Properties of one blob, or undefined if it does not exist. */
export async function getBlobEntry(side: BlobConnection, blobName: string, stripPrefix: string): Promise<BlobEntry | undefined> {
  try {
    const p = await side.container.getBlobClient(blobName).getProperties();
    return entryFromBlobItem(
      {
        name: blobName,
        deleted: false,
        snapshot: '',
        metadata: p.metadata,
        properties: {
          lastModified: p.lastModified ?? new Date(0),
          etag: p.etag ?? '',
          contentLength: p.contentLength,
          contentMD5: p.contentMD5,
          accessTier: p.accessTier as BlobItem['properties']['accessTier'],
          contentType: p.contentType,
          cacheControl: p.cacheControl,
          contentEncoding: p.contentEncoding,
          contentLanguage: p.contentLanguage,
          contentDisposition: p.contentDisposition,
          tagCount: p.tagCount,
        },
      },
      stripPrefix,
    );
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return undefined;
    throw err;
  }
}

export async function containerExists(side: BlobConnection): Promise<boolean> {
  try {
    return await side.container.exists();
  } catch (err) {
    // A SAS scoped to one container cannot ask for the container's
    // properties (403); listing will tell the truth soon enough.
    if ((err as { statusCode?: number }).statusCode === 403) return true;
    throw err;
  }
}

/**
 * Deletes a blob (and its snapshots). With `listedEtag`, only the version
 * that was listed: a blob written again between the listing and the delete
 * (a deploy running beside a sync, a writer of the container) fails with
 * 412 and is kept, rather than deleted unseen.
 */
export async function deleteBlob(side: BlobConnection, blobName: string, listedEtag?: string): Promise<void> {
  try {
    await side.container.getBlobClient(blobName).delete({ deleteSnapshots: 'include', conditions: listedEtag ? { ifMatch: listedEtag } : undefined });
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    // Already gone is the outcome we wanted.
    if (status === 404) return;
    if (status === 412) throw new DestinationChangedError('refused: the blob was written again after it was listed (its ETag changed); it was not deleted. Run the job again to judge the new version');
    throw err;
  }
}

/** Creates the container; returns false if it already existed. */
export async function makeContainer(side: BlobConnection): Promise<boolean> {
  const res = await side.container.createIfNotExists();
  return res.succeeded;
}

/**
 * One listing request against the container: proves the account resolves,
 * the credentials work, the container exists and listing is allowed —
 * before anything is written. Errors become one-line UsageErrors.
 */
export async function probeContainer(side: BlobConnection, role: string): Promise<void> {
  if (side.oneBlob) return probeBlob(side, role);
  try {
    await side.container.listBlobsFlat().byPage({ maxPageSize: 1 }).next();
  } catch (err) {
    throw preflightError(err, accessFacts(side, role));
  }
}

/**
 * With a blob SAS (sr=b), which cannot list: Get Blob Properties of the
 * blob itself. A blob not there yet is fine for a destination (the service
 * answered, so the SAS is good); a source must be there.
 */
async function probeBlob(side: BlobConnection, role: string): Promise<void> {
  try {
    await side.container.getBlobClient(side.loc.path).getProperties();
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) {
      if (role === 'destination') return;
      throw new UsageError(`the ${role} "${side.loc.display}" does not exist: no blob ${side.loc.path} in container "${side.loc.container}"`);
    }
    throw preflightError(err, accessFacts(side, role));
  }
}

/** Whether any blob's name starts with `prefix` (one listing request of page size 1). */
export async function hasBlobsUnder(side: BlobConnection, prefix: string): Promise<boolean> {
  const first = await side.container.listBlobsFlat({ prefix }).byPage({ maxPageSize: 1 }).next();
  return !(first.done || first.value.segment.blobItems.length === 0);
}
