// A GitHub matrix of shards and a merge job, as the runner runs the action:
// `node dist/index.js` (the built bundle) with INPUT_* variables. Each shard
// uploads its job folder as an artifact (azcp-shard-N); the merge step
// (mode merge, shardsFrom azcp-shard-*) lists this run's artifacts,
// downloads and unzips each with @actions/artifact as bundled, and finishes
// the job: the deferred deletion done, the whole scope reconciled.
//
// Real: the bundle, @actions/core and @actions/artifact as shipped (upload,
// zip, download, unzip), Azurite over HTTPS (storage, and the blob store the
// artifact zips go to and come from).
// Mocked, because it cannot be real here: the Actions results service that
// @actions/artifact talks to (a local twirp endpoint, test/helpers/oidc.ts,
// whose signed URLs point at Azurite).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateBlobSASQueryParameters, ContainerSASPermissions, StorageSharedKeyCredential } from '@azure/storage-blob';
import { DEV_ACCOUNT, DEV_KEY } from '../scripts/azurite.mjs';
import { makeLoopbackCert, type TestCert } from './helpers/certs.ts';
import { startArtifactService, type ArtifactService } from './helpers/oidc.ts';
import { assertBuilt, runBundle, githubInputEnv, githubStepFiles, parseGitHubOutput, startSecureAzurite, makeFiles, type SecureAzurite } from './helpers/ci-harness.ts';
import { tempDir } from './helpers/temp.ts';

let cert: TestCert;
let azurite: SecureAzurite;
let artifacts: ArtifactService;

before(async () => {
  assertBuilt();
  cert = makeLoopbackCert();
  azurite = await startSecureAzurite(cert);
  await azurite.createContainer('sharded');
  await azurite.createContainer('artifacts');
  const sas = (p: string) =>
    generateBlobSASQueryParameters({ containerName: 'artifacts', permissions: ContainerSASPermissions.parse(p), expiresOn: new Date(Date.now() + 3600_000) }, new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY)).toString();
  const up = sas('cw');
  const down = sas('r');
  artifacts = await startArtifactService({
    signedUploadUrl: (name) => `${azurite.serviceUrl}/artifacts/${name}.zip?${up}`,
    signedDownloadUrl: (name) => `${azurite.serviceUrl}/artifacts/${name}.zip?${down}`,
  });
});

after(async () => {
  await artifacts?.stop();
  await azurite?.stop();
  cert?.cleanup();
});

test('a matrix of 2 shards and a merge step that downloads their artifacts by name pattern', async () => {
  const src = tempDir('gh-shards');
  makeFiles(src, 24, 32);
  await azurite.putBlob('sharded', 'stale.txt', 'not in the source');
  const common = { mode: 'sync', source: src, destination: `${azurite.serviceUrl}/sharded`, sasToken: azurite.sas, deleteDestination: 'true', maxDelete: '1', recursive: 'true', uploadArtifact: 'true', summary: 'true' };
  const env = (step: ReturnType<typeof githubStepFiles>, inputs: Record<string, string>) => ({
    ...step.env,
    ...githubInputEnv(inputs),
    NODE_EXTRA_CA_CERTS: cert.certPath,
    ACTIONS_RESULTS_URL: artifacts.resultsUrl,
    ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken,
    GITHUB_RUN_ID: '99',
  });
  for (const i of [1, 2]) {
    const step = githubStepFiles();
    const r = await runBundle(env(step, { ...common, shard: `${i}/2`, artifactName: `azcp-shard-${i}` }));
    assert.equal(r.code, 0, `shard ${i}: ${r.stdout}\n${r.stderr}`);
    assert.equal(parseGitHubOutput(step.output).filesDeleted, '0');
  }
  assert.ok((await azurite.listBlobs('sharded')).some((b) => b.name === 'stale.txt'), 'the shards deleted nothing');

  const step = githubStepFiles();
  const m = await runBundle(env(step, { mode: 'merge', shardsFrom: 'azcp-shard-*', sasToken: azurite.sas, artifactName: 'azcp-merged', uploadArtifact: 'false', summary: 'true' }));
  assert.equal(m.code, 0, `${m.stdout}\n${m.stderr}`);
  assert.match(m.stdout, /downloaded artifact "azcp-shard-1"/);
  assert.match(m.stdout, /downloaded artifact "azcp-shard-2"/);
  const out = parseGitHubOutput(step.output);
  assert.equal(out.status, 'Completed');
  assert.equal(out.filesTransferred, '24');
  assert.equal(out.filesDeleted, '1');
  assert.equal(out.reconciled, 'true');
  assert.match(readFileSync(step.summary, 'utf8'), /### Shards \(2\)/);
  const names = (await azurite.listBlobs('sharded')).map((b) => b.name);
  assert.equal(names.length, 24);
  assert.ok(!names.includes('stale.txt'));
  // The SAS is nowhere in what the merge printed or published.
  const sig = new URLSearchParams(azurite.sas).get('sig')!;
  for (const text of [m.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), m.stderr, readFileSync(step.summary, 'utf8'), readFileSync(step.output, 'utf8')]) assert.ok(!text.includes(sig));
});
