// Azure Pipelines `strategy: parallel` + a merge job, as the agent runs the
// task: `node dist/index.js` with TF_BUILD and INPUT_* variables. Each shard
// takes `shard: auto` from System.JobPositionInPhase / TotalJobsInPhase and
// uploads its job folder as an artifact; the merge task (mode merge) reads
// the downloaded artifacts from shardsFrom, by default the pipeline workspace.
//
// Real: the bundle, the task-lib, Azurite (HTTP, its development account).
// Mocked, because it cannot be real here: the agent (we set its environment,
// read its ##vso commands, and do what DownloadPipelineArtifact does: copy
// each uploaded folder to $(Pipeline.Workspace)/ARTIFACT_NAME).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { assertBuilt, runBundle, pipelinesInputEnv, pipelinesAgentEnv, parseVso, vsoOutputs, makeFiles } from './helpers/ci-harness.ts';
import { tempDir } from './helpers/temp.ts';
import { putBlobs, listContainer, type Azurite } from './helpers/trees.ts';

let az: Azurite;
before(async () => {
  assertBuilt();
  az = await startAzurite();
});
after(async () => {
  await az?.stop();
});

test('parallel shards with shard auto, then a merge task that reads the downloaded artifacts from the pipeline workspace', async () => {
  const src = tempDir('azp-shards');
  makeFiles(src, 30, 16);
  await putBlobs(az, 'azpshards', { 'gone.txt': 'not in the source' });
  const workspace = tempDir('azp-workspace');
  const inputs = { mode: 'sync', source: src, destination: `${az.serviceUrl}/azpshards`, deleteDestination: 'true', maxDelete: '1', shard: 'auto', recursive: 'true', uploadArtifact: 'true', summary: 'true' };
  for (const i of [1, 2]) {
    const agent = pipelinesAgentEnv();
    const r = await runBundle({ ...agent.env, ...pipelinesInputEnv({ ...inputs, artifactName: `azcp-shard-${i}` }), SYSTEM_JOBPOSITIONINPHASE: String(i), SYSTEM_TOTALJOBSINPHASE: '2', BUILD_BUILDID: '4711' });
    assert.equal(r.code, 0, `shard ${i}: ${r.stdout}\n${r.stderr}`);
    const cmds = parseVso(r.stdout);
    assert.equal(vsoOutputs(cmds).filesDeleted, '0', 'a shard deletes nothing');
    const upload = cmds.find((c) => c.command === 'artifact.upload')!;
    assert.equal(upload.properties.artifactname, `azcp-shard-${i}`);
    // What DownloadPipelineArtifact (download: current) does with it:
    cpSync(upload.message, join(workspace, `azcp-shard-${i}`), { recursive: true });
  }
  mkdirSync(join(workspace, 's'), { recursive: true }); // the sources folder is there too, and no shard
  assert.equal((await listContainer(az, 'azpshards')).length, 31);

  const agent = pipelinesAgentEnv();
  const m = await runBundle({ ...agent.env, ...pipelinesInputEnv({ mode: 'merge', uploadArtifact: 'false', summary: 'true' }), PIPELINE_WORKSPACE: workspace });
  assert.equal(m.code, 0, `${m.stdout}\n${m.stderr}`);
  const cmds = parseVso(m.stdout);
  const out = vsoOutputs(cmds);
  assert.equal(out.status, 'Completed');
  assert.equal(out.filesTransferred, '30');
  assert.equal(out.filesDeleted, '1');
  assert.equal(out.reconciled, 'true');
  assert.equal(cmds.find((c) => c.command === 'task.complete')!.properties.result, 'Succeeded');
  assert.deepEqual((await listContainer(az, 'azpshards')).map((b) => b.name).includes('gone.txt'), false);
});
