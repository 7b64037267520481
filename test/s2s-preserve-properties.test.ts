// Blob → blob copies keep the source's headers, metadata and tags
// (--s2s-preserve-properties, default true, as AzCopy), take its access
// tier on request (--s2s-preserve-access-tier), and let header flags and
// rules win over what they keep. On Azurite (Copy Blob From URL: Azurite
// answers 501 to Put Blob From URL, so the fallback is what runs here).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, createContainer, service, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let jobDir: string;

before(async () => {
  az = await startAzurite();
  jobDir = join(tempDir('s2s'), 'jobs');
  const src = await createContainer(az, 'src');
  const blob = src.getBlockBlobClient('assets/app.js.br');
  await blob.upload('BROTLI', 6, {
    blobHTTPHeaders: {
      blobContentType: 'text/javascript',
      blobCacheControl: 'public, max-age=31536000, immutable',
      blobContentEncoding: 'br',
      blobContentLanguage: 'en',
      blobContentDisposition: 'inline',
    },
    metadata: { team: 'web' },
    tags: { release: '42' },
    tier: 'Cool',
  });
  await src.getBlockBlobClient('plain.txt').upload('plain', 5, { blobHTTPHeaders: { blobContentType: 'text/plain', blobCacheControl: 'no-cache' } });
});
after(async () => {
  await az?.stop();
});

const dst = (c: string, n: string) => service(az).getContainerClient(c).getBlobClient(n);

test('by default a copy keeps the headers, metadata and tags of its source', async () => {
  await createContainer(az, 'kept');
  const r = await azcp(['copy', `${az.serviceUrl}/src/*`, `${az.serviceUrl}/kept`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const p = await dst('kept', 'assets/app.js.br').getProperties();
  assert.equal(p.contentType, 'text/javascript');
  assert.equal(p.cacheControl, 'public, max-age=31536000, immutable');
  assert.equal(p.contentEncoding, 'br');
  assert.equal(p.contentLanguage, 'en');
  assert.equal(p.contentDisposition, 'inline');
  assert.equal(p.metadata?.team, 'web');
  assert.deepEqual((await dst('kept', 'assets/app.js.br').getTags()).tags, { release: '42' });
  // (The tier without --s2s-preserve-access-tier is the service's business: Azurite's
  // Copy Blob From URL copies it along, Azure gives the account's default.)
  assert.equal((await dst('kept', 'plain.txt').getProperties()).cacheControl, 'no-cache');
});

test('--s2s-preserve-access-tier keeps the tier; flags and rules win over the kept headers', async () => {
  await createContainer(az, 'tiered');
  const r = await azcp([
    'copy', `${az.serviceUrl}/src/*`, `${az.serviceUrl}/tiered`, '--recursive', '--s2s-preserve-access-tier',
    '--cache-control', 'max-age=60', '--header-rules', '**/*.br Content-Language: de', '--job-dir', jobDir,
  ]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const p = await dst('tiered', 'assets/app.js.br').getProperties();
  assert.equal(p.accessTier, 'Cool');
  assert.equal(p.cacheControl, 'max-age=60');
  assert.equal(p.contentLanguage, 'de');
  assert.equal(p.contentEncoding, 'br', 'what the flags and rules do not set is kept');
  assert.equal(p.contentType, 'text/javascript');
});

test('--s2s-preserve-properties false drops them', async () => {
  await createContainer(az, 'bare');
  const r = await azcp(['copy', `${az.serviceUrl}/src/*`, `${az.serviceUrl}/bare`, '--recursive', '--s2s-preserve-properties=false', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const p = await dst('bare', 'assets/app.js.br').getProperties();
  assert.equal(p.cacheControl, undefined);
  assert.equal(p.contentEncoding, undefined);
  assert.equal(p.metadata?.team, undefined);
  assert.deepEqual((await dst('bare', 'assets/app.js.br').getTags()).tags, {});
});
