// azcp reads List Blobs responses with its own scanner (src/storage/blob/list-xml.ts)
// because the SDK's XML parsing costs as much as the service's work. These
// tests prove the scanner sees exactly what the SDK sees, on a real Azurite,
// with names that stress escaping and ordering, across page boundaries.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startAzurite } from '../scripts/azurite.mjs';
import { parseListBlobs, decodeXmlText } from '../src/storage/blob/list-xml.ts';
import { openBlobSide } from '../src/storage/blob/client.ts';
import { listBlobs } from '../src/storage/blob/list.ts';
import { parseLocation } from '../src/storage/backends.ts';
import type { BlobLocation } from '../src/storage/blob/location.ts';
import { service } from './helpers/trees.ts';

let azurite: Awaited<ReturnType<typeof startAzurite>>;
const NAMES = [
  'a b/c d.txt',
  'a&b<c>"d\'.txt',
  'a-b',
  'a.b',
  'a/b',
  'a0',
  'B',
  'b',
  'ünï cødé/файл 1.txt',
  'emoji/😀.txt',
  'tab\there',
  'percent%20name',
];

before(async () => {
  azurite = await startAzurite();
  const svc = service(azurite);
  const c = svc.getContainerClient('listing');
  await c.create();
  for (const [i, n] of NAMES.entries()) {
    await c.getBlockBlobClient(n).upload(`content ${i}`, `content ${i}`.length, { metadata: { mtime: '2026-01-02T03:04:05.678Z', note: 'x&y' } });
  }
  // Enough blobs for several pages at a small page size is costly on
  // Azurite; instead the marker loop is checked with a prefix listing below.
});

after(async () => azurite?.stop());

test('the scanner decodes XML entities and numeric references', () => {
  assert.equal(decodeXmlText('a&amp;b&lt;c&gt;&quot;d&apos;&#x1F600;&#65;'), 'a&b<c>"d\'😀A');
});

test('the scanner reads names, properties, metadata, prefixes and the next marker', () => {
  const xml =
    '<?xml version="1.0" encoding="utf-8"?><EnumerationResults ServiceEndpoint="x" ContainerName="c"><Blobs>' +
    '<Blob><Name>a&amp;b</Name><Properties><Last-Modified>Mon, 02 Jan 2026 03:04:05 GMT</Last-Modified><Etag>0x1</Etag>' +
    '<Content-Length>12</Content-Length><Content-Type>text/plain</Content-Type><Content-MD5>XUFAKrxLKna5cZ2REBfFkg==</Content-MD5>' +
    '<AccessTier>Cool</AccessTier></Properties><Metadata><mtime>2026-01-02T03:04:05.678Z</mtime><empty /></Metadata></Blob>' +
    '<BlobPrefix><Name>dir/</Name></BlobPrefix>' +
    '<Blob><Name Encoded="true">bad%EF%BF%BEname</Name><Properties><Content-Length>0</Content-Length></Properties></Blob>' +
    '</Blobs><NextMarker>2!abc</NextMarker></EnumerationResults>';
  const page = parseListBlobs(xml);
  assert.equal(page.blobs.length, 2);
  assert.deepEqual(page.prefixes, ['dir/']);
  assert.equal(page.nextMarker, '2!abc');
  const [first, second] = page.blobs;
  assert.equal(first.name, 'a&b');
  assert.equal(first.contentLength, 12);
  assert.equal(first.contentMd5, 'XUFAKrxLKna5cZ2REBfFkg==');
  assert.equal(first.accessTier, 'Cool');
  assert.deepEqual(first.metadata, { mtime: '2026-01-02T03:04:05.678Z', empty: '' });
  assert.equal(second.name, 'bad\uFFFEname');
  assert.equal(second.contentLength, 0);
});

test('a page cut off anywhere is an error, never a shorter listing', () => {
  const xml =
    '<?xml version="1.0" encoding="utf-8"?><EnumerationResults ServiceEndpoint="x" ContainerName="c"><Blobs>' +
    '<Blob><Name>a</Name><Properties><Content-Length>1</Content-Length></Properties></Blob>' +
    '<Blob><Name>b</Name><Properties><Content-Length>2</Content-Length></Properties></Blob>' +
    '</Blobs><NextMarker /></EnumerationResults>';
  assert.equal(parseListBlobs(xml).blobs.length, 2);
  // Every cut, including the one right after a complete </Blob>.
  for (let at = 0; at < xml.length; at++) {
    assert.throws(() => parseListBlobs(xml.slice(0, at)), /truncated List Blobs response/, `cut at ${at}: ${xml.slice(Math.max(0, at - 20), at)}`);
  }
});

function blobLocation(container: string, path = ''): BlobLocation {
  return parseLocation(`${azurite.serviceUrl}/${container}${path ? `/${path}` : ''}`, 'source') as BlobLocation;
}

test('azcp listing equals the SDK listing on Azurite: names, order, sizes, MD5s, metadata', async () => {
  const side = await openBlobSide(blobLocation('listing'), { kind: 'auto' });
  assert.ok(side.raw, 'the raw listing path is in use');
  const ours = [];
  for await (const e of listBlobs(side, { prefix: '', stripPrefix: '', recursive: true })) ours.push(e);
  const theirs: Array<{ name: string; properties: { contentLength?: number; contentMD5?: Uint8Array } }> = [];
  for await (const b of side.container.listBlobsFlat({ includeMetadata: true })) theirs.push(b);
  assert.equal(ours.length, NAMES.length);
  assert.deepEqual(
    ours.map((e) => e.blobName),
    theirs.map((b) => b.name),
  );
  for (const [i, e] of ours.entries()) {
    const b = theirs[i];
    assert.equal(e.size, b.properties.contentLength);
    assert.equal(e.md5, Buffer.from(b.properties.contentMD5!).toString('base64'));
    assert.equal(e.metadata?.note, 'x&y');
    assert.equal(e.mtimeMs, Date.parse('2026-01-02T03:04:05.678Z'), 'mtime comes from metadata');
  }
});

test('a listing of several pages (the next one asked for while this one is used) has every blob once, in the service order', async () => {
  const side = await openBlobSide(blobLocation('listing'), { kind: 'auto' });
  assert.ok(side.raw, 'the raw listing path is in use');
  const names = [];
  for await (const e of listBlobs(side, { prefix: '', stripPrefix: '', recursive: true, pageSize: 5 })) {
    names.push(e.blobName);
    await new Promise((r) => setTimeout(r, 5)); // a slow consumer: the next page is already on its way
  }
  const theirs = [];
  for await (const b of side.container.listBlobsFlat()) theirs.push(b.name);
  assert.equal(names.length, NAMES.length, '12 blobs over three pages of 5');
  assert.deepEqual(names, theirs);
});

test('a listing abandoned after its first page does not leave an error behind', async () => {
  const side = await openBlobSide(blobLocation('listing'), { kind: 'auto' });
  for await (const _ of listBlobs(side, { prefix: '', stripPrefix: '', recursive: true, pageSize: 5 })) break;
  await new Promise((r) => setTimeout(r, 200)); // the prefetched page settles unobserved
});

test('a prefix listing without recursion returns only the top level', async () => {
  const side = await openBlobSide(blobLocation('listing'), { kind: 'auto' });
  const names = [];
  for await (const e of listBlobs(side, { prefix: 'a', stripPrefix: '', recursive: false })) names.push(e.blobName);
  assert.deepEqual(names, ['a&b<c>"d\'.txt', 'a-b', 'a.b', 'a0']);
});

test('a listing error names the service error code', async () => {
  const side = await openBlobSide(blobLocation('nosuchcontainer'), { kind: 'auto' });
  await assert.rejects(
    async () => {
      for await (const _ of listBlobs(side, { prefix: '', stripPrefix: '', recursive: true })) void _;
    },
    (err: Error & { statusCode?: number }) => err.statusCode === 404 && /ContainerNotFound/.test(err.message),
  );
});
