// A download writes only inside its destination, whatever symbolic links
// the destination holds: a folder link inside it refuses the transfers
// under it (as failures), a file link at a target is replaced by the file
// (never written through), and a destination the user named as a link is
// used as given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, createContainer, putBlobs, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';

let az: Azurite;

before(async () => {
  az = await startAzurite();
  await createContainer(az, 'links');
  await putBlobs(az, 'links', {
    'sym/inside.txt': 'through the link',
    'deeplink/a/b/deep.txt': 'deeper through the link',
    'top.txt': 'the blob',
    'real/ok.txt': 'ok',
  });
});
after(async () => {
  await az?.stop();
});

/** A destination holding links that point out of it, and the folder they point at. */
function hostileDestination(): { work: string; dest: string; outside: string } {
  const work = tempDir('links');
  const dest = join(work, 'dest');
  const outside = join(work, 'outside');
  mkdirSync(dest);
  mkdirSync(outside);
  writeFileSync(join(outside, 'victim.txt'), 'keep me');
  symlinkSync('../outside', join(dest, 'sym'));
  symlinkSync('../outside', join(dest, 'deeplink'));
  symlinkSync('../outside/victim.txt', join(dest, 'top.txt'));
  return { work, dest, outside };
}

for (const command of ['copy', 'sync'] as const) {
  test(`${command} from a container: a folder link inside the destination refuses the transfers under it; nothing is written outside`, async () => {
    const { work, dest, outside } = hostileDestination();
    const args = command === 'copy' ? ['copy', `${az.serviceUrl}/links/*`, dest, '--recursive'] : ['sync', `${az.serviceUrl}/links`, dest];
    const r = await azcp([...args, '--job-dir', join(work, 'jobs')]);
    assert.equal(r.code, 1, r.stderr);

    assert.deepEqual(readdirSync(outside), ['victim.txt'], 'nothing was created in the folder the links point at');
    assert.equal(readFileSync(join(outside, 'victim.txt'), 'utf8'), 'keep me', 'the file a link points at is untouched');

    const { report } = readJob(evidenceFolder(r.stdout));
    const failed = Object.fromEntries(report.failures.map((f: { path: string; error: string }) => [f.path, f.error]));
    assert.deepEqual(Object.keys(failed).sort(), ['deeplink/a/b/deep.txt', 'sym/inside.txt']);
    assert.match(failed['sym/inside.txt'], /symbolic link \(dest\/sym\); nothing is written through links/);
    assert.match(failed['deeplink/a/b/deep.txt'], /symbolic link \(dest\/deeplink\)/);

    // The rest arrived; the file link at top.txt was replaced by the file itself.
    assert.equal(readFileSync(join(dest, 'real', 'ok.txt'), 'utf8'), 'ok');
    assert.ok(!lstatSync(join(dest, 'top.txt')).isSymbolicLink(), 'top.txt is now a file, not the link');
    assert.equal(readFileSync(join(dest, 'top.txt'), 'utf8'), 'the blob');
  });
}

test('a destination that is itself a link (the user named it) is written into', async () => {
  const work = tempDir('links-root');
  mkdirSync(join(work, 'real-dest'));
  symlinkSync('real-dest', join(work, 'dest'));
  const r = await azcp(['copy', `${az.serviceUrl}/links/real/*`, join(work, 'dest'), '--recursive', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readFileSync(join(work, 'real-dest', 'ok.txt'), 'utf8'), 'ok');
});
