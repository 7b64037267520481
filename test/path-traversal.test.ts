// Blob names are attacker-controlled. Names with `..` segments or
// backslashes are planted with raw HTTP (the SDK would normalise them away);
// a download must refuse each one as a failure, write nothing outside the
// destination folder, and still download everything else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, createContainer, putBlobs, rawPut, readJob, evidenceFolder, sha256Map, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let hostile: string[];

function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) out.push(relative(dir, join(d.parentPath ?? (d as unknown as { path: string }).path, d.name)).split(sep).join('/'));
  }
  return out.sort();
}

before(async () => {
  az = await startAzurite();
  work = tempDir('traversal');
  await createContainer(az, 'evil');
  await putBlobs(az, 'evil', { 'good/one.txt': 'one', 'top.txt': 'top' });
  for (const encoded of ['%2E%2E/%2E%2E/x.txt', 'a/%2E%2E/%2E%2E/x.txt', 'b%5C..%5C..%5Cy.txt', 'c/%2E/z.txt']) {
    const status = await rawPut(az, 'evil', encoded, 'PWNED');
    assert.equal(status, 201, `planting ${encoded}`);
  }
  const names = (await listContainer(az, 'evil')).map((b) => b.name);
  hostile = names.filter((n) => !['good/one.txt', 'top.txt'].includes(n));
  // The emulator really stores traversal names (otherwise this test proves nothing).
  assert.ok(names.includes('../../x.txt'), `stored names: ${JSON.stringify(names)}`);
  assert.ok(names.includes('a/../../x.txt'), `stored names: ${JSON.stringify(names)}`);
  assert.ok(names.some((n) => n.startsWith('b')), `stored names: ${JSON.stringify(names)}`);
  // Azurite turns a backslash (raw or %5C) into '/', so the backslash name
  // arrives as 'b/../../y.txt': it still tests the traversal it was meant for.
  console.log(`# hostile names as stored: ${JSON.stringify(hostile)}`);
});
after(async () => {
  await az?.stop();
});

test('downloading a container with traversal names: refused as failures, nothing outside the destination, the rest downloaded', async () => {
  const dest = join(work, 'one', 'two', 'dest');
  const jobDir = join(work, 'jobs');
  const r = await azcp(['copy', `${az.serviceUrl}/evil/*`, dest, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 1, 'a refused name is a failed transfer');
  const { report, transfers } = readJob(evidenceFolder(r.stdout));
  const failed = report.failures.map((f: { path: string }) => f.path).sort();
  assert.deepEqual(failed, [...hostile].sort(), 'every hostile name is reported');
  for (const f of report.failures) assert.match(f.error, /refused/);
  assert.equal(report.counts.failed, hostile.length);
  assert.deepEqual(transfers.filter((t) => t.status === 'Failed').map((t) => t.path).sort(), [...hostile].sort());

  // Only the destination's own files exist anywhere under the work folder.
  assert.deepEqual(Object.keys(sha256Map(dest)), ['good/one.txt', 'top.txt']);
  const outside = allFiles(work).filter((p) => !p.startsWith('one/two/dest/') && !p.startsWith('jobs/'));
  assert.deepEqual(outside, [], 'no file was written outside the destination');
  assert.ok(!allFiles(dest).some((p) => p.endsWith('.part')), 'no temporary files left');
});

test('the same container downloaded as a folder (names under "evil/") refuses the same names', async () => {
  const dest = join(work, 'three', 'dest');
  const r = await azcp(['copy', `${az.serviceUrl}/evil`, dest, '--recursive', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 1);
  assert.deepEqual(Object.keys(sha256Map(dest)), ['evil/good/one.txt', 'evil/top.txt']);
  const outside = allFiles(work).filter((p) => !p.startsWith('one/two/dest/') && !p.startsWith('three/dest/') && !p.startsWith('jobs/'));
  assert.deepEqual(outside, []);
});

test('a sync from the container also refuses them and deletes nothing locally', async () => {
  const dest = join(work, 'four');
  writeTree(dest, { 'only-here.txt': 'local file the source lacks' });
  const r = await azcp(['sync', `${az.serviceUrl}/evil`, dest, '--delete-destination', 'true', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 1);
  assert.deepEqual(Object.keys(sha256Map(dest)), ['good/one.txt', 'only-here.txt', 'top.txt'], 'failed transfers hold deletions back');
  const outside = allFiles(work).filter((p) => !/^(one\/two\/dest|three\/dest|four|jobs)\//.test(p));
  assert.deepEqual(outside, []);
});
