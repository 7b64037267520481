#!/usr/bin/env node
// A local stand-in for the Azure Files service, for tests and demos. No
// emulator of Azure Files exists (Azurite serves blob, queue and table
// only), so this in-memory server speaks enough of the Files REST API,
// path-style like Azurite (http://127.0.0.1:PORT/devstoreaccount1/SHARE/DIR/FILE),
// for the @azure/storage-file-share SDK and AzCopy to upload, list, download
// and copy against it.
//
// REST version: answers any x-ms-version and echoes it back; written against
// 2026-04-06 (the version @azure/storage-file-share 12.31 sends) and
// 2025-07-05 (the version AzCopy 10.32 sends).
// Operations:
//   account   List Shares (prefix, marker, maxresults, include=metadata)
//   share     Create (quota, metadata), Get Properties, Delete, Set Metadata
//   directory Create, Get Properties, Delete, Set Metadata, Set Properties,
//             List Directories and Files (prefix, marker, maxresults,
//             include=Timestamps,Etag,Attributes,PermissionKey, x-ms-file-extended-info)
//   file      Create (sparse, up to 4 TiB), Put Range (update/clear, Content-MD5),
//             Put Range From URL, Get File (whole or range, range MD5),
//             Get File Properties, Set File Properties (resize, content and SMB
//             properties), Set Metadata, Delete, List Ranges, Copy File
//             (completes synchronously: x-ms-copy-status: success)
// Auth: Shared Key, service SAS (sr=s, sr=f), account SAS (ss with f), and
// bearer tokens decoded without verification (as Azurite's basic OAuth),
// which Files accepts only for file/directory operations with
// x-ms-file-request-intent: backup.
// Anything else answers 501 NotImplemented naming the request. Where this
// server knowingly differs from the service is listed in
// scripts/files-server/README.md.
//
//   node scripts/files-server.mjs [--port N] [--host H]
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createFilesHttpServer } from './files-server/server.mjs';

export const DEV_ACCOUNT = 'devstoreaccount1';
/** Azurite's well-known development key (public, documented by Microsoft). */
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Starts the stand-in in this process.
 * @param {{ port?: number, host?: string, tls?: { cert: string, key: string } }} [options] port 0 (the default) picks a free one;
 *   tls: serve HTTPS with this certificate (bearer tokens travel over HTTPS only)
 */
export async function startFilesServer({ port = 0, host = '127.0.0.1', tls = undefined } = {}) {
  /** @type {{ method: string, path: string, comp: string|null, restype: string|null, operation?: string, status: number, errorCode?: string }[]} */
  const requests = [];
  const { server, store } = createFilesHttpServer({ account: DEV_ACCOUNT, accountKey: DEV_KEY, log: requests, tls });
  server.listen(port, host);
  await new Promise((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `${tls ? 'https' : 'http'}://${shownHost}:${address.port}/${DEV_ACCOUNT}`;
  return {
    url,
    port: address.port,
    account: DEV_ACCOUNT,
    accountKey: DEV_KEY,
    connectionString: `DefaultEndpointsProtocol=${tls ? 'https' : 'http'};AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};FileEndpoint=${url};`,
    /** Every request so far, in arrival order. */
    requests,
    /** For tests that check what is held in memory (a sparse 4 TiB file holds nothing). */
    store,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a number from 0 to 65535, not "${values.port}"\n`);
    process.exit(2);
  }
  const running = await startFilesServer({ port, host: values.host });
  process.stdout.write(`Azure Files stand-in listening on ${running.url}\nConnection string: ${running.connectionString}\n`);
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    process.stderr.write(`${e?.message ?? e}\n`);
    process.exit(1);
  });
}
