// A shard folder comes from a CI artifact. azcp writes only regular files
// there; a link in place of one (transfers.jsonl -> some file of the merge
// machine) would have the merge read what it points at and copy it into
// its own journal, which CI then uploads as an artifact. The merge refuses
// such a folder (exit 2) before reading it.
//
// Real: Azurite, local files, the CLI host in-process. The tampering is
// the test's, as an edited artifact's would be.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, createContainer, jobFolders, type Azurite } from './helpers/trees.ts';
import { jsonReport } from './helpers/json-lines.ts';

let az: Azurite;
before(async () => {
  az = await startAzurite();
});
after(async () => {
  await az?.stop();
});

test("a link in a shard folder is refused: the merge neither reads nor copies what it points at", async () => {
  const work = tempDir('merge-links');
  const src = join(work, 'src');
  writeTree(src, { 'a.txt': 'a', 'b.txt': 'b' });
  await createContainer(az, 'links');
  const jobDir = join(work, 'jobs');
  const shards: string[] = [];
  for (const i of [1, 2]) {
    const r = await azcp(['sync', src, `${az.serviceUrl}/links`, '--delete-destination', 'true', '--shard', `${i}/2`, '--job-dir', jobDir, '--output-type', 'json']);
    assert.equal(r.code, 0, r.stderr);
    shards.push(jsonReport(r.stdout).jobFolder);
  }
  // A file of the merge machine, JSON lines as a journal is.
  const secret = join(work, 'secret.jsonl');
  writeFileSync(secret, JSON.stringify({ path: 'PRIVATE-CONTENT-OF-THE-MERGE-MACHINE', size: 1, status: 'Completed', action: 'upload' }) + '\n');
  renameSync(join(shards[1], 'transfers.jsonl'), join(shards[1], 'transfers.orig'));
  symlinkSync(secret, join(shards[1], 'transfers.jsonl'));
  const before = new Set(jobFolders(jobDir));
  const m = await azcp(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  assert.equal(m.code, 2, m.stderr + m.stdout);
  assert.match(m.stderr, /not a regular file/);
  for (const f of jobFolders(jobDir).filter((d) => !before.has(d))) {
    for (const name of readdirSync(f)) assert.ok(!readFileSync(join(f, name), 'utf8').includes('PRIVATE-CONTENT'), `${name} holds what the link pointed at`);
  }
});
