// What an upload sets on each blob besides its bytes — Content-Type (guessed
// or given), Cache-Control, metadata, access tier, Content-MD5 — on both
// upload paths: a small file's single Put Blob and a large file's staged
// blocks. Read back with the plain SDK's Get Blob Properties, on Azurite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, bytes, createContainer, service, type Azurite } from './helpers/trees.ts';

const MiB = 1024 * 1024;
let az: Azurite;
let work: string;
let jobDir: string;
const FILES: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><p>hi</p>',
  'style.css': 'p { color: red }',
  'data.json': '{"a":1}',
  'no-extension': 'plain',
  // Above one 1 MiB block: staged in blocks, committed with a block list.
  'app.js': bytes(2 * MiB + 17, 3),
};
const md5 = (b: string | Buffer) => createHash('md5').update(b).digest('base64');

before(async () => {
  az = await startAzurite();
  work = tempDir('props');
  jobDir = join(work, 'jobs');
  writeTree(join(work, 'site'), FILES);
});
after(async () => {
  await az?.stop();
});

async function properties(container: string, name: string) {
  return service(az).getContainerClient(container).getBlobClient(name).getProperties();
}

test('by default the Content-Type is guessed from the name, and small files carry their Content-MD5', async () => {
  await createContainer(az, 'guessed');
  const r = await azcp(['copy', `${join(work, 'site')}/*`, `${az.serviceUrl}/guessed`, '--block-size-mb', '1', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const expected: Record<string, string> = {
    'index.html': 'text/html',
    'style.css': 'text/css',
    'data.json': 'application/json',
    'no-extension': 'application/octet-stream',
    'app.js': 'text/javascript',
  };
  for (const [name, type] of Object.entries(expected)) {
    const p = await properties('guessed', name);
    assert.equal(p.contentType, type, `Content-Type of ${name}`);
    assert.equal(p.contentLength, Buffer.byteLength(FILES[name]));
  }
  for (const name of ['index.html', 'style.css', 'data.json', 'no-extension']) {
    const p = await properties('guessed', name);
    assert.equal(Buffer.from(p.contentMD5!).toString('base64'), md5(FILES[name]), `Content-MD5 of ${name}`);
  }
});

test('--content-type, --cache-control, --metadata and --access-tier apply to small and block-staged files alike', async () => {
  await createContainer(az, 'given');
  const r = await azcp([
    'copy', `${join(work, 'site')}/*`, `${az.serviceUrl}/given`,
    '--block-size-mb', '1', '--put-md5',
    '--content-type', 'text/plain; charset=utf-8',
    '--cache-control', 'public, max-age=60',
    '--metadata', 'team=web;build=42',
    '--access-tier', 'Cool',
    '--job-dir', jobDir,
  ]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  for (const name of ['index.html', 'app.js']) {
    const p = await properties('given', name);
    assert.equal(p.contentType, 'text/plain; charset=utf-8', `Content-Type of ${name}`);
    assert.equal(p.cacheControl, 'public, max-age=60', `Cache-Control of ${name}`);
    assert.equal(p.metadata?.team, 'web', `metadata of ${name}`);
    assert.equal(p.metadata?.build, '42', `metadata of ${name}`);
    assert.ok(p.metadata?.mtime, `the source time travels in metadata of ${name}`);
    assert.equal(p.accessTier, 'Cool', `tier of ${name}`);
    // --put-md5: the whole-blob MD5 is set for the staged file too.
    assert.equal(Buffer.from(p.contentMD5!).toString('base64'), md5(FILES[name]), `Content-MD5 of ${name}`);
  }
});

test('--no-guess-mime-type leaves every blob application/octet-stream', async () => {
  await createContainer(az, 'unguessed');
  const r = await azcp(['copy', `${join(work, 'site')}/*`, `${az.serviceUrl}/unguessed`, '--block-size-mb', '1', '--no-guess-mime-type', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  for (const name of Object.keys(FILES)) {
    assert.equal((await properties('unguessed', name)).contentType, 'application/octet-stream', name);
  }
});
