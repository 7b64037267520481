// Azure Files for tests: the in-memory stand-in (scripts/files-server.mjs),
// because no emulator of Azure Files exists, and the official
// @azure/storage-file-share SDK as the independent reader of what azcp wrote.
import { ShareServiceClient, StorageSharedKeyCredential, ShareSASPermissions, generateFileSASQueryParameters, type ShareClient } from '@azure/storage-file-share';
import { startFilesServer, type FilesServer } from '../../scripts/files-server.mjs';

export type { FilesServer };
export { startFilesServer };

export function shareService(server: FilesServer): ShareServiceClient {
  return new ShareServiceClient(server.url, new StorageSharedKeyCredential(server.account, server.accountKey));
}

export async function createShare(server: FilesServer, name: string): Promise<ShareClient> {
  const share = shareService(server).getShareClient(name);
  await share.createIfNotExists();
  return share;
}

export interface ListedFile {
  name: string;
  size: number;
  md5?: string;
  lastWriteMs: number;
  metadata: Record<string, string>;
}

/** Every file in a share (or below `dir`), read back with the SDK, sorted by name. */
export async function listShare(server: FilesServer, shareName: string, dir = ''): Promise<ListedFile[]> {
  const share = shareService(server).getShareClient(shareName);
  const out: ListedFile[] = [];
  const walk = async (d: string): Promise<void> => {
    const client = d === '' ? share.rootDirectoryClient : share.getDirectoryClient(d);
    for await (const item of client.listFilesAndDirectories()) {
      const path = d === '' ? item.name : `${d}/${item.name}`;
      if (item.kind === 'directory') await walk(path);
      else {
        const p = await share.rootDirectoryClient.getFileClient(path).getProperties();
        out.push({
          name: path,
          size: p.contentLength ?? 0,
          md5: p.contentMD5 ? Buffer.from(p.contentMD5).toString('base64') : undefined,
          lastWriteMs: p.fileLastWriteOn!.getTime(),
          metadata: p.metadata ?? {},
        });
      }
    }
  };
  await walk(dir);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The directories in a share, recursively, sorted. */
export async function listDirectories(server: FilesServer, shareName: string): Promise<string[]> {
  const share = shareService(server).getShareClient(shareName);
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const client = d === '' ? share.rootDirectoryClient : share.getDirectoryClient(d);
    for await (const item of client.listFilesAndDirectories()) {
      if (item.kind !== 'directory') continue;
      const path = d === '' ? item.name : `${d}/${item.name}`;
      out.push(path);
      await walk(path);
    }
  };
  await walk('');
  return out.sort();
}

/** A service SAS for a share. */
export function shareSas(server: FilesServer, shareName: string, permissions = 'rcwdl', expiresInMs = 2 * 3600_000): string {
  return generateFileSASQueryParameters(
    { shareName, permissions: ShareSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + expiresInMs) },
    new StorageSharedKeyCredential(server.account, server.accountKey),
  ).toString();
}

/**
 * Makes the stand-in's URLs shares for azcp with no --from-to
 * (AZCP_FILE_ENDPOINT, read from this process's environment as a user's
 * shell would give it). Returns the undo.
 */
export function useFilesEndpoint(server: FilesServer): () => void {
  const before = process.env.AZCP_FILE_ENDPOINT;
  process.env.AZCP_FILE_ENDPOINT = server.url;
  return () => {
    if (before === undefined) delete process.env.AZCP_FILE_ENDPOINT;
    else process.env.AZCP_FILE_ENDPOINT = before;
  };
}

/** Writes files into a share with the SDK (directories made as needed), optionally with a last-write time. */
export async function putFiles(server: FilesServer, shareName: string, files: Record<string, string | Buffer>, lastWrite?: Date): Promise<void> {
  const share = await createShare(server, shareName);
  const made = new Set<string>();
  for (const [path, content] of Object.entries(files)) {
    const parts = path.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!made.has(d)) {
        await share.getDirectoryClient(d).createIfNotExists();
        made.add(d);
      }
    }
    const body = Buffer.from(content);
    const f = share.rootDirectoryClient.getFileClient(path);
    await f.create(body.length);
    for (let at = 0; at < body.length; at += 4 * 1024 * 1024) await f.uploadRange(body.subarray(at, at + 4 * 1024 * 1024), at, Math.min(4 * 1024 * 1024, body.length - at));
    if (lastWrite) await f.setProperties({ lastWriteTime: lastWrite });
  }
}
