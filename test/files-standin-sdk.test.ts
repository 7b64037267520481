// The Azure Files stand-in (scripts/files-server.mjs) proved against an
// independent client: the official @azure/storage-file-share SDK, with
// Shared Key and with SAS it generates itself. Where the SDK cannot go
// (bearer tokens over plain HTTP, malformed requests), raw HTTP requests
// are used and say so. A blob source for the server-side copies comes from
// a real Azurite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AccountSASPermissions,
  AccountSASResourceTypes,
  AccountSASServices,
  FileSASPermissions,
  ShareClient,
  ShareFileClient,
  ShareSASPermissions,
  ShareServiceClient,
  StorageSharedKeyCredential,
  generateAccountSASQueryParameters,
} from '@azure/storage-file-share';
import { BlobServiceClient, BlobSASPermissions, StorageSharedKeyCredential as BlobKey, generateBlobSASQueryParameters } from '@azure/storage-blob';
import { startFilesServer, type FilesServer } from '../scripts/files-server.mjs';
import { startAzurite, type AzuriteInstance } from '../scripts/azurite.mjs';
import { tempDir } from './helpers/temp.ts';
import { repoRoot } from './helpers/azcp.ts';

const MiB = 1024 * 1024;
let server: FilesServer;
let key: StorageSharedKeyCredential;
let service: ShareServiceClient;

before(async () => {
  server = await startFilesServer();
  key = new StorageSharedKeyCredential(server.account, server.accountKey);
  service = new ShareServiceClient(server.url, key);
});
after(async () => {
  await server.close();
});

/** Random bytes that are the same on every run. */
function bytes(size: number, seed: number): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(String(seed)).digest();
  for (let at = 0; at < size; at += block.length) {
    block.copy(out, at);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

async function newShare(name: string): Promise<ShareClient> {
  const share = service.getShareClient(name);
  await share.create({ quota: 10 });
  return share;
}

/** The RestError a call fails with (status and x-ms-error-code). */
async function failure(call: () => Promise<unknown>): Promise<{ statusCode: number; code: string; message: string; details: any }> {
  try {
    await call();
  } catch (e: any) {
    if (e.statusCode === undefined) throw e;
    return { statusCode: e.statusCode, code: e.code ?? e.details?.errorCode, message: e.message, details: e.details };
  }
  assert.fail('the call was expected to fail');
}

const ops = (from: number) => server.requests.slice(from).map((r) => r.operation);

test('shares: create with quota, read it back, refuse a second create and a missing share, list with prefix and continuation, set metadata, delete', async () => {
  const share = await newShare('quota-share');
  assert.equal((await share.getProperties()).quota, 10);
  const again = await failure(() => share.create());
  assert.deepEqual([again.statusCode, again.code], [409, 'ShareAlreadyExists']);
  const missing = await failure(() => service.getShareClient('no-such-share').getProperties());
  assert.deepEqual([missing.statusCode, missing.code], [404, 'ShareNotFound']);
  await share.setMetadata({ owner: 'tests' });
  assert.deepEqual((await share.getProperties()).metadata, { owner: 'tests' });

  for (const n of ['list-a1', 'list-a2', 'list-a3', 'list-a4', 'list-a5', 'list-b1']) await newShare(n);
  const pages: string[][] = [];
  let marker: string | undefined;
  for await (const page of service.listShares({ prefix: 'list-a' }).byPage({ maxPageSize: 2 })) {
    pages.push((page.shareItems ?? []).map((s) => s.name));
    marker = page.continuationToken;
  }
  assert.deepEqual(pages, [['list-a1', 'list-a2'], ['list-a3', 'list-a4'], ['list-a5']]);
  assert.equal(marker, '', 'the last page has an empty NextMarker');

  await share.delete();
  const gone = await failure(() => share.getProperties());
  assert.equal(gone.code, 'ShareNotFound');
});

test('directories: nested create, ParentNotFound without the parent, DirectoryNotEmpty, metadata, delete', async () => {
  const share = await newShare('dirs');
  const a = share.getDirectoryClient('a');
  await a.create();
  const b = a.getDirectoryClient('b');
  await b.create({ metadata: { level: 'two' } });
  assert.deepEqual((await b.getProperties()).metadata, { level: 'two' });
  await b.setMetadata({ level: '2' });
  assert.deepEqual((await b.getProperties()).metadata, { level: '2' });

  const orphan = await failure(() => share.getDirectoryClient('x/y').create());
  assert.deepEqual([orphan.statusCode, orphan.code], [404, 'ParentNotFound']);
  const orphanFile = await failure(() => share.getDirectoryClient('x').getFileClient('f.txt').create(1));
  assert.equal(orphanFile.code, 'ParentNotFound');
  const twice = await failure(() => a.create());
  assert.deepEqual([twice.statusCode, twice.code], [409, 'ResourceAlreadyExists']);

  const notEmpty = await failure(() => a.delete());
  assert.deepEqual([notEmpty.statusCode, notEmpty.code], [409, 'DirectoryNotEmpty']);
  await b.delete();
  await a.delete();
  assert.equal((await failure(() => a.getProperties())).code, 'ResourceNotFound');
});

test('files: a few MiB uploaded in several ranges download byte-identical, with the sizes, ranges and MD5s the service reports', async () => {
  const share = await newShare('files');
  const dir = share.getDirectoryClient('deep');
  await dir.create();
  await dir.getDirectoryClient('er').create();
  const data = bytes(5 * MiB + 123, 1);
  const file = dir.getDirectoryClient('er').getFileClient('data.bin');
  const from = server.requests.length;
  await file.uploadData(data, { rangeSize: 1 * MiB, concurrency: 3 });
  assert.equal(ops(from).filter((o) => o === 'PutRange').length, 6, '5 MiB + 123 B in 1 MiB ranges is 6 Put Range requests');

  assert.ok((await file.downloadToBuffer()).equals(data), 'download is byte-identical');
  const props = await file.getProperties();
  assert.equal(props.contentLength, data.length);
  assert.deepEqual((await file.getRangeList()).rangeList, [{ start: 0, end: data.length - 1 }], 'adjacent written ranges are reported merged');

  // A range read with its own MD5, as clients use to verify chunks.
  const part = await file.download(MiB, MiB, { rangeGetContentMD5: true });
  const partBytes = Buffer.from(await new Response(part.readableStreamBody as any).arrayBuffer());
  assert.ok(partBytes.equals(data.subarray(MiB, 2 * MiB)));
  assert.equal(Buffer.from(part.contentMD5!).toString('base64'), createHash('md5').update(partBytes).digest('base64'));

  // uploadFile from disk goes the same way.
  const local = join(tempDir('files-standin'), 'local.bin');
  const onDisk = bytes(3 * MiB + 5, 2);
  writeFileSync(local, onDisk);
  const fromDisk = share.rootDirectoryClient.getFileClient('from-disk.bin');
  await fromDisk.uploadFile(local, { rangeSize: MiB });
  assert.ok((await fromDisk.downloadToBuffer()).equals(onDisk));
});

test('files: Put Range refuses a body whose Content-MD5 does not match, and clear makes a range read as zeros', async () => {
  const share = await newShare('ranges');
  const file = share.rootDirectoryClient.getFileClient('r.bin');
  await file.create(3 * 4096);
  const body = bytes(4096, 3);
  const wrong = createHash('md5').update('something else').digest();
  const refused = await failure(() => file.uploadRange(body, 0, body.length, { contentMD5: wrong }));
  assert.deepEqual([refused.statusCode, refused.code], [400, 'Md5Mismatch']);
  assert.deepEqual((await file.getRangeList()).rangeList, [], 'nothing was written');

  await file.uploadRange(body, 0, 4096, { contentMD5: createHash('md5').update(body).digest() });
  await file.uploadRange(body, 8192, 4096);
  assert.deepEqual((await file.getRangeList()).rangeList, [{ start: 0, end: 4095 }, { start: 8192, end: 12287 }]);
  await file.clearRange(0, 4096);
  assert.deepEqual((await file.getRangeList()).rangeList, [{ start: 8192, end: 12287 }]);
  const all = await file.downloadToBuffer();
  assert.ok(all.subarray(0, 8192).equals(Buffer.alloc(8192)), 'cleared and never-written ranges read as zeros');
  assert.ok(all.subarray(8192).equals(body));

  const past = await failure(() => file.uploadRange(body, 3 * 4096, 4096));
  assert.deepEqual([past.statusCode, past.code], [416, 'InvalidRange']);
});

test('files: properties, SMB times and metadata set by the client come back as set; resize truncates', async () => {
  const share = await newShare('props');
  const file = share.rootDirectoryClient.getFileClient('p.txt');
  await file.create(10);
  await file.uploadRange(Buffer.from('0123456789'), 0, 10);
  const when = new Date('2024-02-03T04:05:06.789Z');
  await file.setProperties({
    lastWriteTime: when,
    creationTime: new Date('2023-01-01T00:00:00.000Z'),
    fileAttributes: 'ReadOnly|Archive' as any,
    fileHttpHeaders: { fileContentType: 'text/plain', fileCacheControl: 'no-cache', fileContentMD5: createHash('md5').update('0123456789').digest() },
  });
  const p = await file.getProperties();
  assert.equal(p.fileLastWriteOn?.toISOString(), when.toISOString());
  assert.equal(p.fileCreatedOn?.toISOString(), '2023-01-01T00:00:00.000Z');
  assert.equal(p.fileAttributes, 'ReadOnly|Archive');
  assert.equal(p.contentType, 'text/plain');
  assert.equal(p.cacheControl, 'no-cache');
  assert.equal(Buffer.from(p.contentMD5!).toString('base64'), createHash('md5').update('0123456789').digest('base64'));

  await file.setMetadata({ source: 'sdk', n: '1' });
  assert.deepEqual((await file.getProperties()).metadata, { source: 'sdk', n: '1' });

  await file.resize(4);
  assert.equal((await file.getProperties()).contentLength, 4);
  assert.equal((await file.downloadToBuffer()).toString(), '0123');
  await file.resize(8);
  assert.deepEqual([...(await file.downloadToBuffer())], [...Buffer.from('0123'), 0, 0, 0, 0], 'growing again reads zeros, not the old bytes');

  // 100 ns precision survives a round trip (raw request: the SDK takes a Date, which holds milliseconds).
  const url = new URL(`${server.url}/props/p.txt`);
  const sas = share.generateSasUrl({ permissions: ShareSASPermissions.parse('rw'), expiresOn: new Date(Date.now() + 3_600_000) });
  const set = await fetch(`${url}?comp=properties&${new URL(sas).searchParams}`, {
    method: 'PUT',
    headers: { 'x-ms-version': '2026-04-06', 'x-ms-file-last-write-time': '2025-06-07T08:09:10.1234567Z', 'x-ms-file-creation-time': 'preserve', 'x-ms-file-attributes': 'preserve', 'x-ms-file-permission': 'preserve' },
  });
  assert.equal(set.status, 200, await set.text());
  assert.equal(set.headers.get('x-ms-file-last-write-time'), '2025-06-07T08:09:10.1234567Z');
  assert.equal(set.headers.get('x-ms-file-creation-time'), '2023-01-01T00:00:00.0000000Z', "'preserve' keeps the creation time");
});

test('listing: continuation with a small page size, include=Timestamps,Etag,Attributes,PermissionKey and extended info', async () => {
  const share = await newShare('listing');
  const dir = share.getDirectoryClient('d');
  await dir.create();
  for (const n of ['e.txt', 'a.txt', 'C.txt', 'b.txt', 'd.txt']) await dir.getFileClient(n).create(n.length);
  await dir.getDirectoryClient('sub').create();
  const pages: string[][] = [];
  for await (const page of dir.listFilesAndDirectories({ includeTimestamps: true, includeEtag: true, includeAttributes: true, includePermissionKey: true, includeExtendedInfo: true }).byPage({ maxPageSize: 2 })) {
    const items = [...page.segment.directoryItems.map((d) => d.name), ...page.segment.fileItems.map((f) => f.name)].sort();
    pages.push(items);
    for (const f of page.segment.fileItems) {
      assert.equal(f.properties.contentLength, f.name.length);
      assert.ok(f.fileId && f.properties.creationTime && f.properties.lastWriteTime && f.properties.changeTime && f.properties.lastAccessTime && f.properties.etag && f.properties.lastModified, `full properties for ${f.name}`);
      assert.equal(f.attributes, 'Archive');
      assert.match(f.permissionKey ?? '', /^\d+\*\d+$/);
    }
    for (const d of page.segment.directoryItems) assert.equal(d.attributes, 'Directory');
  }
  // Case-insensitive name order, files and directories together, 2 per page.
  assert.deepEqual(pages, [['a.txt', 'b.txt'], ['C.txt', 'd.txt'], ['e.txt', 'sub']]);

  const prefixed: string[] = [];
  for await (const item of dir.listFilesAndDirectories({ prefix: 'c' })) prefixed.push(item.name);
  assert.deepEqual(prefixed, ['C.txt'], 'prefix matches without regard to case');
});

test('copies: Copy File from a file SAS URL and from an Azurite blob completes at once; Put Range From URL reads a file here and a blob there', async (t) => {
  const share = await newShare('copies');
  const data = bytes(2 * MiB + 7, 4);
  const src = share.rootDirectoryClient.getFileClient('src.bin');
  await src.uploadData(data, { metadata: { from: 'src' } });
  const srcSas = src.generateSasUrl({ permissions: FileSASPermissions.parse('r'), expiresOn: new Date(Date.now() + 3_600_000) });

  const copy = share.rootDirectoryClient.getFileClient('copy.bin');
  const started = await copy.startCopyFromURL(srcSas);
  assert.equal(started.copyStatus, 'success', 'the copy completes before the call returns');
  assert.ok((await copy.downloadToBuffer()).equals(data));
  const cp = await copy.getProperties();
  assert.equal(cp.copyStatus, 'success');
  assert.equal(cp.copyProgress, `${data.length}/${data.length}`);
  assert.deepEqual(cp.metadata, { from: 'src' }, 'metadata comes from the source when the request names none');
  assert.doesNotMatch(cp.copySource ?? '', /sig=(?!REDACTED)/, 'no SAS signature is echoed back');

  // Same account, Shared Key on the destination: the source needs no SAS.
  const plain = share.rootDirectoryClient.getFileClient('plain-copy.bin');
  assert.equal((await plain.startCopyFromURL(src.url)).copyStatus, 'success');
  assert.ok((await plain.downloadToBuffer()).equals(data));

  // Put Range From URL from a file on this server.
  const assembled = share.rootDirectoryClient.getFileClient('assembled.bin');
  await assembled.create(data.length);
  await assembled.uploadRangeFromURL(srcSas, 0, 0, MiB);
  await assembled.uploadRangeFromURL(srcSas, MiB, MiB, data.length - MiB);
  assert.ok((await assembled.downloadToBuffer()).equals(data));
  const unsigned = await failure(() => assembled.uploadRangeFromURL(src.url, 0, 0, 512));
  assert.equal(unsigned.code, 'CannotVerifyCopySource', 'Put Range From URL needs the source authorized even in the same account');

  // A blob on another server (Azurite) as the source.
  let azurite: AzuriteInstance;
  try {
    azurite = await startAzurite();
  } catch (e) {
    return t.skip(`Azurite cannot start here: ${(e as Error).message}`);
  }
  try {
    const blobKey = new BlobKey(azurite.account, azurite.key);
    const container = new BlobServiceClient(azurite.serviceUrl, blobKey).getContainerClient('src');
    await container.create();
    const blobData = bytes(MiB + 3, 5);
    const blob = container.getBlockBlobClient('blob.bin');
    await blob.uploadData(blobData, { blobHTTPHeaders: { blobContentType: 'application/x-test' } });
    const blobSas = `${blob.url}?${generateBlobSASQueryParameters({ containerName: 'src', blobName: 'blob.bin', permissions: BlobSASPermissions.parse('r'), expiresOn: new Date(Date.now() + 3_600_000) }, blobKey)}`;

    const fromBlob = share.rootDirectoryClient.getFileClient('from-blob.bin');
    assert.equal((await fromBlob.startCopyFromURL(blobSas)).copyStatus, 'success');
    assert.ok((await fromBlob.downloadToBuffer()).equals(blobData));
    assert.equal((await fromBlob.getProperties()).contentType, 'application/x-test');

    const ranged = share.rootDirectoryClient.getFileClient('ranged-from-blob.bin');
    await ranged.create(blobData.length);
    await ranged.uploadRangeFromURL(blobSas, 0, 0, blobData.length);
    assert.ok((await ranged.downloadToBuffer()).equals(blobData));

    const noSas = await failure(() => ranged.uploadRangeFromURL(blob.url, 0, 0, 10));
    assert.equal(noSas.code, 'CannotVerifyCopySource', 'a source the server may not read is refused, not copied as zeros');
  } finally {
    await azurite.stop();
  }
});

test('delete: files and directories go away, and their names can be used again', async () => {
  const share = await newShare('deletes');
  const f = share.rootDirectoryClient.getFileClient('gone.txt');
  await f.create(1);
  await f.delete();
  assert.equal((await failure(() => f.getProperties())).statusCode, 404);
  assert.equal((await failure(() => f.delete())).code, 'ResourceNotFound');
  await share.getDirectoryClient('gone.txt').create();
  assert.equal((await share.getDirectoryClient('gone.txt').getProperties()).errorCode, undefined);
});

test('a sparse 4 TiB file: created without allocating, unwritten bytes read as zeros, only written ranges listed and held', async () => {
  const share = await newShare('sparse');
  const file = share.rootDirectoryClient.getFileClient('huge.vhd');
  const size = 4 * 1024 ** 4;
  await file.create(size);
  assert.equal((await file.getProperties()).contentLength, size);
  const tail = bytes(4096, 6);
  await file.uploadRange(tail, size - 4096, 4096);
  assert.deepEqual((await file.getRangeList()).rangeList, [{ start: size - 4096, end: size - 1 }]);
  const head = await file.download(0, 1024);
  assert.ok(Buffer.from(await new Response(head.readableStreamBody as any).arrayBuffer()).equals(Buffer.alloc(1024)));
  const end = await file.download(size - 4096, 4096);
  assert.ok(Buffer.from(await new Response(end.readableStreamBody as any).arrayBuffer()).equals(tail));
  const node = (server.store.shares.get('sparse') as any).root.children.get('HUGE.VHD');
  assert.equal(node.content.storedBytes, 4096, 'only the written 4 KiB are held in memory');
  // One byte more than 4 TiB (raw request: the SDK refuses it before sending).
  const sas = new URL(share.generateSasUrl({ permissions: ShareSASPermissions.parse('c'), expiresOn: new Date(Date.now() + 3_600_000) })).search;
  const tooBig = await fetch(`${server.url}/sparse/too-big${sas}`, { method: 'PUT', headers: { 'x-ms-version': '2026-04-06', 'x-ms-type': 'file', 'x-ms-content-length': String(size + 1) } });
  assert.deepEqual([tooBig.status, tooBig.headers.get('x-ms-error-code')], [400, 'OutOfRangeInput']);
});

test('names: forbidden characters are refused 400 InvalidResourceName; Case.txt and case.txt are one file that keeps its first name', async () => {
  const share = await newShare('names');
  for (const bad of ['a:b.txt', 'a*b', 'q?.txt', 'pipe|name', 'lt<', 'quote"', 'ctl\u0001x', 'LPT1']) {
    const refused = await failure(() => share.rootDirectoryClient.getFileClient(bad).create(1));
    assert.deepEqual([refused.statusCode, refused.code], [400, 'InvalidResourceName'], `name ${JSON.stringify(bad)}`);
  }
  const badShare = await failure(() => service.getShareClient('Upper-Case').create());
  assert.equal(badShare.code, 'InvalidResourceName');

  await share.rootDirectoryClient.getFileClient('Case.txt').uploadData(Buffer.from('first'));
  await share.rootDirectoryClient.getFileClient('case.txt').uploadData(Buffer.from('second!'));
  const listed: string[] = [];
  for await (const item of share.rootDirectoryClient.listFilesAndDirectories()) listed.push(item.name);
  assert.deepEqual(listed, ['Case.txt'], 'one entry, with the case it was created with');
  assert.equal((await share.rootDirectoryClient.getFileClient('CASE.TXT').downloadToBuffer()).toString(), 'second!', 'the second write replaced the first');

  await share.getDirectoryClient('Dir').create();
  const clash = await failure(() => share.getDirectoryClient('DIR').create());
  assert.equal(clash.code, 'ResourceAlreadyExists');
  const fileOverDir = await failure(() => share.rootDirectoryClient.getFileClient('dir').create(1));
  assert.deepEqual([fileOverDir.statusCode, fileOverDir.code], [409, 'ResourceTypeMismatch']);

  // Trailing dots: trimmed unless the client asks to keep them.
  await share.rootDirectoryClient.getFileClient('dotted.').uploadData(Buffer.from('x'));
  assert.equal((await share.rootDirectoryClient.getFileClient('dotted').getProperties()).contentLength, 1);
  const keeping = new ShareServiceClient(server.url, key, { allowTrailingDot: true }).getShareClient('names');
  await keeping.rootDirectoryClient.getFileClient('kept.').uploadData(Buffer.from('yy'));
  assert.equal((await failure(() => share.rootDirectoryClient.getFileClient('kept').getProperties())).statusCode, 404);
  assert.equal((await keeping.rootDirectoryClient.getFileClient('kept.').getProperties()).contentLength, 2);
});

test('auth: a wrong key and an expired SAS are refused 403 AuthenticationFailed; SAS permissions, file scope and service are enforced', async () => {
  const share = await newShare('authz');
  await share.rootDirectoryClient.getFileClient('f.txt').uploadData(Buffer.from('secret'));
  const wrongKey = new StorageSharedKeyCredential(server.account, Buffer.from('not the key').toString('base64'));
  const wrong = await failure(() => new ShareServiceClient(server.url, wrongKey).getShareClient('authz').getProperties());
  assert.deepEqual([wrong.statusCode, wrong.code], [403, 'AuthenticationFailed']);

  const expiredUrl = share.generateSasUrl({ permissions: ShareSASPermissions.parse('rl'), startsOn: new Date(Date.now() - 7_200_000), expiresOn: new Date(Date.now() - 3_600_000) });
  const expired = await failure(() => new ShareClient(expiredUrl).rootDirectoryClient.getFileClient('f.txt').download());
  assert.deepEqual([expired.statusCode, expired.code], [403, 'AuthenticationFailed']);
  assert.match(expired.details.authenticationErrorDetail ?? '', /^Signed expiry time \[.+\] has to be after current time \[.+\]$/);

  const readOnly = new ShareClient(share.generateSasUrl({ permissions: ShareSASPermissions.parse('rl'), expiresOn: new Date(Date.now() + 3_600_000) }));
  assert.equal((await readOnly.rootDirectoryClient.getFileClient('f.txt').downloadToBuffer()).toString(), 'secret');
  const write = await failure(() => readOnly.rootDirectoryClient.getFileClient('new.txt').create(1));
  assert.deepEqual([write.statusCode, write.code], [403, 'AuthorizationPermissionMismatch']);

  const fileSas = share.rootDirectoryClient.getFileClient('f.txt').generateSasUrl({ permissions: FileSASPermissions.parse('r'), expiresOn: new Date(Date.now() + 3_600_000) });
  assert.equal((await new ShareFileClient(fileSas).downloadToBuffer()).toString(), 'secret');
  const otherFile = await failure(() => new ShareFileClient(fileSas.replace('/f.txt?', '/g.txt?')).getProperties());
  assert.deepEqual([otherFile.statusCode, otherFile.code], [403, 'AuthenticationFailed'], 'a file SAS is signed for its own path');

  const tampered = new URL(fileSas);
  tampered.searchParams.set('sp', 'rw');
  assert.equal((await failure(() => new ShareFileClient(tampered.toString()).getProperties())).code, 'AuthenticationFailed');

  const accountSas = (services: string) =>
    generateAccountSASQueryParameters({ permissions: AccountSASPermissions.parse('rl'), services: AccountSASServices.parse(services).toString(), resourceTypes: AccountSASResourceTypes.parse('sco').toString(), expiresOn: new Date(Date.now() + 3_600_000) }, key).toString();
  const viaAccount = new ShareServiceClient(`${server.url}?${accountSas('f')}`);
  const names: string[] = [];
  for await (const s of viaAccount.listShares({ prefix: 'authz' })) names.push(s.name);
  assert.deepEqual(names, ['authz']);
  const blobOnly = await failure(() => new ShareServiceClient(`${server.url}?${accountSas('b')}`).getShareClient('authz').getProperties());
  assert.deepEqual([blobOnly.statusCode, blobOnly.code], [403, 'AuthorizationServiceMismatch']);
  const noAuth = await fetch(`${server.url}/authz/f.txt`, { headers: { 'x-ms-version': '2026-04-06' } });
  assert.equal(noAuth.status, 401, 'Files has no anonymous access');
});

/** A JWT as Azure AD issues them; the stand-in decodes it without checking the signature, as Azurite does. */
function token(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'https://sts.windows.net/tenant/', aud: 'https://storage.azure.com', iat: now - 60, nbf: now - 60, exp: now + 3600, ...claims })}.c2ln`;
}

test('auth: bearer tokens work for directories and files only with x-ms-file-request-intent: backup, and never for share operations (raw HTTP: the SDK refuses bearer over http)', async () => {
  await newShare('bearer');
  const call = (path: string, method: string, headers: Record<string, string>) => fetch(`${server.url}/bearer${path}`, { method, headers: { 'x-ms-version': '2026-04-06', ...headers } });
  const good = `Bearer ${token({})}`;
  const noIntent = await call('/d?restype=directory', 'PUT', { authorization: good });
  assert.deepEqual([noIntent.status, noIntent.headers.get('x-ms-error-code')], [400, 'MissingRequiredHeader']);
  const made = await call('/d?restype=directory', 'PUT', { authorization: good, 'x-ms-file-request-intent': 'backup' });
  assert.equal(made.status, 201);
  const share = await call('?restype=share', 'GET', { authorization: good, 'x-ms-file-request-intent': 'backup' });
  assert.deepEqual([share.status, share.headers.get('x-ms-error-code')], [403, 'FileOAuthManagementApiRestrictedToSrp']);
  for (const bad of [{ exp: Math.floor(Date.now() / 1000) - 10 }, { aud: 'https://vault.azure.net' }, { iss: 'https://evil.example/' }, { nbf: undefined }]) {
    const r = await call('/d?restype=directory', 'GET', { authorization: `Bearer ${token(bad)}`, 'x-ms-file-request-intent': 'backup' });
    assert.deepEqual([r.status, r.headers.get('x-ms-error-code')], [403, 'AuthenticationFailed'], JSON.stringify(bad));
  }
});

test('errors come in the service format with its headers; an operation the stand-in lacks answers 501 at once', async () => {
  await newShare('errors');
  const sas = new URL(service.getShareClient('errors').generateSasUrl({ permissions: ShareSASPermissions.parse('rwl'), expiresOn: new Date(Date.now() + 3_600_000) })).search;
  const r = await fetch(`${server.url}/errors/missing.txt${sas}`, { headers: { 'x-ms-version': '2025-05-05', 'x-ms-client-request-id': 'abc' } });
  assert.equal(r.status, 404);
  assert.equal(r.headers.get('x-ms-error-code'), 'ResourceNotFound');
  assert.equal(r.headers.get('x-ms-version'), '2025-05-05', 'the version asked for is echoed');
  assert.equal(r.headers.get('x-ms-client-request-id'), 'abc');
  assert.match(r.headers.get('x-ms-request-id') ?? '', /^[0-9a-f-]{36}$/);
  assert.ok(!Number.isNaN(Date.parse(r.headers.get('date') ?? '')));
  assert.match(await r.text(), /^<\?xml version="1\.0" encoding="utf-8"\?><Error><Code>ResourceNotFound<\/Code><Message>The specified resource does not exist\.\nRequestId:[0-9a-f-]{36}\nTime:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z<\/Message><\/Error>$/);

  const lease = await fetch(`${server.url}/errors/missing.txt${sas}&comp=lease`, { method: 'PUT', headers: { 'x-ms-lease-action': 'acquire' }, signal: AbortSignal.timeout(5000) });
  assert.equal(lease.status, 501);
  assert.equal(lease.headers.get('x-ms-error-code'), 'NotImplemented');
  assert.match(await lease.text(), /does not implement this operation: PUT path level with comp=lease/);
});

test('the command line entry prints its endpoint and connection string, serves, and ends on SIGTERM', async () => {
  const child = spawn(process.execPath, [join(repoRoot, 'scripts/files-server.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    const conn = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no connection string within 10 s: ${out}`)), 10_000);
      child.stdout.on('data', (d) => {
        out += d;
        const m = /Connection string: (\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    assert.match(out, /listening on http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1/);
    const viaConn = ShareServiceClient.fromConnectionString(conn);
    await viaConn.getShareClient('cli-share').create();
    const names: string[] = [];
    for await (const s of viaConn.listShares()) names.push(s.name);
    assert.deepEqual(names, ['cli-share']);
  } finally {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  }
});
