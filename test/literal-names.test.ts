// A URL naming one blob acts on that blob only. A percent-encoded '*', '?'
// or '[' in a blob URL is a literal character of the name (as AzCopy
// documents); only an unescaped '*' (or '[...]' in a source) in the last
// segment is a wildcard. A destination takes no wildcard, so an unescaped
// '[' there is part of the name.
//
// Real: azcp (in-process CLI), Azurite, the files. Nothing mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, createContainer, listContainer, putBlobs, type Azurite } from './helpers/trees.ts';
import { parseLocation } from '../src/storage/backends.ts';
import type { BlobLocation } from '../src/storage/blob/location.ts';

let az: Azurite;
let work: string;
let jobDir: string;
// Names a glob would confuse: 'st*r.txt' as a pattern matches all three st…r names.
const PLANTED = { 'st*r.txt': 'star-literal', 'stXr.txt': 'x', 'star.txt': 'a', '[ab].txt': 'brackets', 'a.txt': 'plain-a', 'other.txt': 'other' };

before(async () => {
  az = await startAzurite();
  work = tempDir('literal');
  jobDir = join(work, 'jobs');
});
after(async () => {
  await az?.stop();
});

async function names(container: string): Promise<string[]> {
  return (await listContainer(az, container)).map((b) => b.name).sort();
}

async function planted(container: string): Promise<string> {
  await createContainer(az, container);
  await putBlobs(az, container, PLANTED);
  assert.deepEqual(await names(container), Object.keys(PLANTED).sort());
  return `${az.serviceUrl}/${container}`;
}

test('remove of .../st%2Ar.txt --recursive removes the blob "st*r.txt" and nothing else', async () => {
  const U = await planted('rm-literal');
  const r = await azcp(['remove', `${U}/st%2Ar.txt`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(await names('rm-literal'), Object.keys(PLANTED).filter((n) => n !== 'st*r.txt').sort());
});

test('remove of .../st* --recursive removes only the names the wildcard matches', async () => {
  const U = await planted('rm-wild');
  const r = await azcp(['remove', `${U}/st*`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(await names('rm-wild'), ['[ab].txt', 'a.txt', 'other.txt']);
});

test('copy of .../st%2Ar.txt downloads only "st*r.txt"; .../%5Bab%5D.txt only "[ab].txt"', async () => {
  const U = await planted('dl-literal');
  const out = join(work, 'dl-literal');
  mkdirSync(out);
  let r = await azcp(['copy', `${U}/st%2Ar.txt`, out, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  r = await azcp(['copy', `${U}/%5Bab%5D.txt`, out, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['[ab].txt', 'st*r.txt']);
});

test('a real wildcard still matches: .../st* downloads the three st… names, .../[ab].txt the one-letter names', async () => {
  const U = await planted('dl-wild');
  const out = join(work, 'dl-wild');
  let r = await azcp(['copy', `${U}/st*`, out, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(out).sort(), ['st*r.txt', 'stXr.txt', 'star.txt']);
  const out2 = join(work, 'dl-class');
  r = await azcp(['copy', `${U}/[ab].txt`, out2, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(out2).sort(), ['a.txt']);
});

test('upload to .../q%3F.txt, .../st%2Ar.txt and .../[x].txt creates blobs of exactly those names', async () => {
  await createContainer(az, 'up-literal');
  const U = `${az.serviceUrl}/up-literal`;
  const file = join(work, 'one.txt');
  writeFileSync(file, 'one\n');
  for (const dest of ['q%3F.txt', 'st%2Ar.txt', '[x].txt']) {
    const r = await azcp(['copy', file, `${U}/${dest}`, '--job-dir', jobDir]);
    assert.equal(r.code, 0, `${dest}: ${r.stderr}`);
  }
  assert.deepEqual(await names('up-literal'), ['[x].txt', 'q?.txt', 'st*r.txt']);
});

test('an unescaped * in a destination is still refused', async () => {
  await createContainer(az, 'up-wild');
  const file = join(work, 'two.txt');
  writeFileSync(file, 'two\n');
  const r = await azcp(['copy', file, `${az.serviceUrl}/up-wild/st*r.txt`, '--job-dir', jobDir]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /cannot contain a wildcard/);
  assert.deepEqual(await names('up-wild'), []);
});

test('parseLocation: wildcards are read from the URL as written', () => {
  const base = 'http://127.0.0.1:10000/devstoreaccount1/cont';
  const src = (p: string) => parseLocation(`${base}/${p}`, 'source') as BlobLocation;
  const dst = (p: string) => parseLocation(`${base}/${p}`, 'destination') as BlobLocation;
  assert.deepEqual([src('d/st%2Ar.txt').path, src('d/st%2Ar.txt').wildcard], ['d/st*r.txt', undefined]);
  assert.deepEqual([src('d/st*').path, src('d/st*').wildcard], ['d', 'st*']);
  assert.deepEqual([src('d/%2A%3F*').path, src('d/%2A%3F*').wildcard], ['d', '\\*\\?*']);
  assert.deepEqual([src('d/[ab]%5B.txt').wildcard], ['[ab]\\[.txt']);
  assert.equal(src('%2A').path, '*', 'a blob named "*"');
  assert.equal(src('%2A').contentsOnly, false);
  assert.equal(src('d/*').contentsOnly, true);
  assert.deepEqual([dst('[x].txt').path, dst('[x].txt').wildcard], ['[x].txt', undefined]);
  assert.equal(dst('st*').wildcard, 'st*', 'kept, so the destination can refuse it');
  assert.throws(() => src('a*/b.txt'), /only allowed in the last part/);
  assert.equal(src('a%2A/b.txt').path, 'a*/b.txt');
  assert.throws(() => src('a[b.txt'), /'\[' that starts no character class.*%5B/);
});
