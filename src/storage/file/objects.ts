// Requests about single files, directories and the share itself.
import type { ShareFileClient } from '@azure/storage-file-share';
import { UsageError } from '../../contract/errors.ts';
import { DestinationChangedError, preflightError, statusOf, errorCodeOf, type AccessFacts } from '../errors.ts';
import type { FileConnection } from './client.ts';
import { sameEtag } from '../etag.ts';
import type { FileEntry } from './entry.ts';

export const fileClient = (c: FileConnection, path: string): ShareFileClient => c.share.rootDirectoryClient.getFileClient(path);
export const directoryClient = (c: FileConnection, path: string) => (path === '' ? c.share.rootDirectoryClient : c.share.getDirectoryClient(path));

export function accessFacts(c: FileConnection, role: string): AccessFacts {
  return { role, account: c.loc.account, container: c.loc.container, serviceUrl: c.loc.serviceUrl, containerNoun: 'share' };
}

const gone = (err: unknown) => statusOf(err) === 404;

/** One file's properties, as an entry called by its path less `strip`; undefined if no file is there (a directory is not a file). */
export async function getFileEntry(c: FileConnection, path: string, strip: string): Promise<FileEntry | undefined> {
  if (path === '') return undefined;
  try {
    const p = await fileClient(c, path).getProperties();
    const lastModifiedMs = p.lastModified?.getTime() ?? 0;
    return {
      name: path.slice(strip.length),
      fullName: path,
      size: p.contentLength ?? 0,
      mtimeMs: Math.round(p.fileLastWriteOn?.getTime() ?? lastModifiedMs),
      lastModifiedMs,
      md5: p.contentMD5 ? Buffer.from(p.contentMD5).toString('base64') : undefined,
      etag: p.etag,
      contentType: p.contentType,
      headers: { contentType: p.contentType, cacheControl: p.cacheControl, contentEncoding: p.contentEncoding, contentLanguage: p.contentLanguage, contentDisposition: p.contentDisposition },
      metadata: p.metadata,
    };
  } catch (err) {
    if (gone(err)) return undefined;
    throw err;
  }
}

export async function directoryExists(c: FileConnection, path: string): Promise<boolean> {
  if (path === '') return true;
  try {
    await directoryClient(c, path).getProperties();
    return true;
  } catch (err) {
    if (gone(err)) return false;
    throw err;
  }
}

/**
 * Deletes a file. With `listedEtag`, only the version that was listed:
 * Azure Files has no conditional delete, so its properties are read just
 * before it, and a file written again since the listing is kept.
 */
export async function deleteFile(c: FileConnection, path: string, listedEtag?: string): Promise<void> {
  try {
    if (listedEtag) {
      const now = (await fileClient(c, path).getProperties()).etag;
      if (now && !sameEtag(now, listedEtag)) throw new DestinationChangedError('refused: the file was written again after it was listed (its ETag changed); it was not deleted. Run the job again to judge the new version');
    }
    await fileClient(c, path).delete();
  } catch (err) {
    if (gone(err)) return;
    throw err;
  }
}

/** Deletes a directory if it is empty. false: it still holds something (or is the share's root). */
export async function deleteEmptyDirectory(c: FileConnection, path: string): Promise<boolean> {
  if (path === '') return false;
  try {
    await directoryClient(c, path).delete();
    return true;
  } catch (err) {
    if (gone(err)) return true;
    if (statusOf(err) === 409 && errorCodeOf(err) === 'DirectoryNotEmpty') return false;
    throw err;
  }
}

export async function shareExists(c: FileConnection): Promise<boolean> {
  try {
    return await c.share.exists();
  } catch (err) {
    // A SAS scoped to the share cannot read the share's properties (403); listing will tell.
    if (statusOf(err) === 403) return true;
    throw err;
  }
}

/** Creates the share; false if it already existed. */
export async function makeShare(c: FileConnection): Promise<boolean> {
  return (await c.share.createIfNotExists()).succeeded;
}

/**
 * One listing request of the share's root: proves the account resolves,
 * the credentials work (a SAS for the share included), the share exists
 * and listing is allowed, before anything is written.
 */
export async function probeShare(c: FileConnection, role: string): Promise<void> {
  if (c.oneFile) return probeFile(c, role);
  try {
    await c.share.rootDirectoryClient.listFilesAndDirectories().byPage({ maxPageSize: 1 }).next();
  } catch (err) {
    throw preflightError(err, accessFacts(c, role));
  }
}

/**
 * With a file SAS (sr=f), which cannot list anything: Get File Properties
 * of the file itself. A file not there yet is fine for a destination (the
 * service answered, so the SAS is good); a source must be there.
 */
async function probeFile(c: FileConnection, role: string): Promise<void> {
  const path = c.loc.path.replace(/\/+$/, '');
  try {
    await fileClient(c, path).getProperties();
  } catch (err) {
    const code = statusOf(err) === 404 ? errorCodeOf(err) : undefined;
    if (code === 'ResourceNotFound' && role === 'destination') return;
    if (code === 'ParentNotFound' && role === 'destination') {
      throw new UsageError(`the destination "${c.loc.display}": its directory is not in share "${c.loc.container}", and a file SAS (sr=f) cannot make it; make it first or use a share SAS`);
    }
    if (code === 'ResourceNotFound' || code === 'ParentNotFound') {
      throw new UsageError(`the ${role} "${c.loc.display}" does not exist: no file ${path} in share "${c.loc.container}"`);
    }
    throw preflightError(err, accessFacts(c, role));
  }
}
