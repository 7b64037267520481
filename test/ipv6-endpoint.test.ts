// An endpoint written as an IPv6 literal (http://[::1]:PORT/ACCOUNT/...)
// works like 127.0.0.1: make, upload, list and download against an Azurite
// that listens on ::1 only. Before, every request failed with "host not
// found": the HTTP client handed Node the hostname with its brackets.
//
// Real: azcp (in-process CLI), Azurite on ::1, the files. Nothing mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite, DEV_KEY } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, type Azurite } from './helpers/trees.ts';
import { listedObjects } from './helpers/json-lines.ts';

let az: Azurite;
let work: string;
const env = { ...process.env, AZCP_ACCOUNT_KEY: DEV_KEY };
const saved = process.env.AZCP_ACCOUNT_KEY;

before(async () => {
  az = await startAzurite({ host: '::1' });
  work = tempDir('ipv6');
  // The in-process CLI reads credentials from process.env.
  process.env.AZCP_ACCOUNT_KEY = DEV_KEY;
});
after(async () => {
  if (saved === undefined) delete process.env.AZCP_ACCOUNT_KEY;
  else process.env.AZCP_ACCOUNT_KEY = saved;
  await az?.stop();
});

test('make, upload, list and download through http://[::1]:PORT', async () => {
  assert.match(az.serviceUrl, /^http:\/\/\[::1\]:\d+\/devstoreaccount1$/);
  const jobDir = join(work, 'jobs');
  const C = `${az.serviceUrl}/vsix`;
  let r = await azcp(['make', C, '--job-dir', jobDir], env);
  assert.equal(r.code, 0, r.stderr);
  const src = join(work, 'src');
  writeTree(src, { 'a.txt': 'alpha\n', 'sub/b.txt': 'beta\n' });
  r = await azcp(['copy', `${src}/*`, C, '--recursive', '--job-dir', jobDir], env);
  assert.equal(r.code, 0, r.stderr);
  r = await azcp(['list', C, '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(listedObjects(r.stdout).map((o) => o.name).sort(), ['a.txt', 'sub/b.txt']);
  const out = join(work, 'out');
  r = await azcp(['copy', `${C}/*`, out, '--recursive', '--job-dir', jobDir], env);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(out, 'sub', 'b.txt'), 'utf8'), 'beta\n');
});
