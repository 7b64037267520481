// mode merge on GitHub: the merge step finds the shards' artifacts of this
// run by name pattern, downloads each into a folder of its own, and merges
// them; folders named after artifacts (not job ids) are read as shards, as
// they are after Azure Pipelines' DownloadPipelineArtifact too.
//
// Mocked: the GitHub artifact service (a stand-in client whose download
// copies real shard job folders, made here by real shard runs on Azurite).
// Real: Azurite, the shards, the merge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, putBlobs, listContainer, type Azurite } from './helpers/trees.ts';
import { downloadShardArtifacts, type ArtifactService } from '../src/hosts/github/shards.ts';
import { UsageError } from '../src/contract/errors.ts';
import { jsonReport } from './helpers/json-lines.ts';

let az: Azurite;
before(async () => {
  az = await startAzurite();
});
after(async () => {
  await az?.stop();
});

test('the merge step downloads the shard artifacts matching shardsFrom (latest of each name) and merges them', async () => {
  const work = tempDir('gh-merge');
  const src = join(work, 'src');
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`f${i}.txt`] = `x${i}`;
  writeTree(src, files);
  await putBlobs(az, 'ghmerge', { 'old.txt': 'old' });
  const jobDir = join(work, 'jobs');
  const folders: string[] = [];
  for (const i of [1, 2]) {
    const r = await azcp(['sync', src, `${az.serviceUrl}/ghmerge`, '--delete-destination', 'true', '--max-delete', '1', '--shard', `${i}/2`, '--job-dir', jobDir, '--output-type', 'json']);
    assert.equal(r.code, 0, r.stderr);
    folders.push(jsonReport(r.stdout).jobFolder);
  }
  const asked: Array<{ latest: boolean }> = [];
  const downloaded: number[] = [];
  const service: ArtifactService = {
    async listArtifacts(o) {
      asked.push(o);
      return { artifacts: [{ id: 11, name: 'azcp-shard-2' }, { id: 7, name: 'site-build' }, { id: 10, name: 'azcp-shard-1' }] };
    },
    async downloadArtifact(id, o) {
      downloaded.push(id);
      cpSync(folders[id === 10 ? 0 : 1], o.path, { recursive: true });
      return { downloadPath: o.path };
    },
  };
  const into = join(work, 'downloaded');
  const lines: string[] = [];
  assert.equal(await downloadShardArtifacts(service, ['azcp-shard-*'], into, (m) => lines.push(m)), into);
  assert.deepEqual(asked, [{ latest: true }], 'the latest artifact of each name (a re-run shard uploads again)');
  assert.deepEqual(downloaded, [10, 11]);
  assert.ok(existsSync(join(into, 'azcp-shard-1', 'job.json')) && !existsSync(join(into, 'site-build')));

  const m = await azcp(['jobs', 'merge', into, '--job-dir', join(work, 'merge-jobs'), '--output-type', 'json']);
  assert.equal(m.code, 0, m.stderr);
  const report = jsonReport(m.stdout);
  assert.equal(report.counts.transferred, 40);
  assert.equal(report.counts.deleted, 1);
  assert.equal(report.reconciliation.ok, true);
  assert.deepEqual((await listContainer(az, 'ghmerge')).length, 40);

  await assert.rejects(downloadShardArtifacts(service, ['nothing-*'], join(work, 'none'), () => {}), (e: Error) => e instanceof UsageError && /no artifact of this run matches shardsFrom "nothing-\*"/.test(e.message));
});
