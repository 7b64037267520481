// The GitHub Action, run as a runner runs it: `node dist/index.js` (the built
// bundle) with INPUT_* variables, GITHUB_ACTIONS=true, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, against Azurite over HTTPS.
//
// Real: the bundle, @actions/core and @actions/artifact as shipped, Azurite
// (storage, and the blob store the artifact zip is uploaded to).
// Mocked, because it cannot be real here: the Actions results service that
// @actions/artifact talks to (a local twirp endpoint, test/helpers/oidc.ts,
// whose signed upload URL points at Azurite so the zip really is uploaded).
// Workload identity (GitHub OIDC) is covered in test/workload-identity.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { generateBlobSASQueryParameters, ContainerSASPermissions, StorageSharedKeyCredential } from '@azure/storage-blob';
import { DEV_ACCOUNT, DEV_KEY } from '../scripts/azurite.mjs';
import { join } from 'node:path';
import { makeLoopbackCert, type TestCert } from './helpers/certs.ts';
import { startArtifactService, type ArtifactService } from './helpers/oidc.ts';
import {
  assertBuilt,
  runBundle,
  githubInputEnv,
  githubStepFiles,
  parseGitHubOutput,
  startSecureAzurite,
  makeFiles,
  type SecureAzurite,
  type RunResult,
} from './helpers/ci-harness.ts';
import { parseJobOptions } from '../src/job/options.ts';
import { stepResult } from '../src/hosts/ci/outputs.ts';
import type { JobReport } from '../src/job/types.ts';
import { tempDir } from './helpers/temp.ts';
import { assertNoSecrets, jobFolderTexts } from './helpers/secrets.ts';

let cert: TestCert;
let azurite: SecureAzurite;
let artifacts: ArtifactService;

before(async () => {
  assertBuilt();
  cert = makeLoopbackCert();
  azurite = await startSecureAzurite(cert);
  await azurite.createContainer('site');
  await azurite.createContainer('artifacts');
  // The runner's artifact storage signs its upload URL with a SAS of its
  // own, never the step's: @actions/artifact logs that URL at debug level.
  const artifactSas = generateBlobSASQueryParameters(
    { containerName: 'artifacts', permissions: ContainerSASPermissions.parse('cw'), expiresOn: new Date(Date.now() + 3600_000) },
    new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY),
  ).toString();
  artifacts = await startArtifactService({ signedUploadUrl: (name) => `${azurite.serviceUrl}/artifacts/${name}.zip?${artifactSas}` });
});

after(async () => {
  await artifacts?.stop();
  await azurite?.stop();
  cert?.cleanup();
});

function gitHubEnv(step: ReturnType<typeof githubStepFiles>, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  return {
    ...step.env,
    ...githubInputEnv(inputs),
    NODE_EXTRA_CA_CERTS: cert.certPath,
    ACTIONS_RESULTS_URL: artifacts.resultsUrl,
    ACTIONS_RUNTIME_TOKEN: artifacts.runtimeToken,
    ...extra,
  };
}

/** stdout without the runner's mask commands (the runner consumes them; they are never shown). */
function shownStdout(r: RunResult): string {
  return r.stdout
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

function assertSecretNowhere(secret: string, r: RunResult, step: ReturnType<typeof githubStepFiles>, jobFolder: string | undefined, what: string) {
  const texts: Record<string, string> = { stdout: shownStdout(r), stderr: r.stderr };
  if (existsSync(step.output)) texts.GITHUB_OUTPUT = readFileSync(step.output, 'utf8');
  if (existsSync(step.summary)) texts['the step summary'] = readFileSync(step.summary, 'utf8');
  if (jobFolder) {
    const files = jobFolderTexts(jobFolder);
    assert.ok(Object.keys(files).length >= 3, 'the job folder has its files');
    Object.assign(texts, files);
  }
  assert.ok(secret.length >= 6, `${what} is long enough to look for`);
  assertNoSecrets(texts, [secret]);
}

test('uploads a folder with a SAS input and publishes outputs, the step summary and the job folder as an artifact', async () => {
  const src = tempDir('site');
  const bytes = makeFiles(src, 12, 100) + makeFiles(src, 3, 50, 'css');
  const step = githubStepFiles();
  const r = await runBundle(
    gitHubEnv(step, {
      mode: 'copy',
      source: `${src}/*`,
      destination: `${azurite.serviceUrl}/site/web`,
      authType: 'sas',
      sasToken: `?${azurite.sas}`,
    }),
  );
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);

  const out = parseGitHubOutput(step.output);
  assert.equal(out.status, 'Completed');
  assert.equal(out.filesTotal, '15');
  assert.equal(out.filesTransferred, '15');
  assert.equal(out.filesFailed, '0');
  assert.equal(out.filesDeleted, '0');
  assert.equal(out.bytesTransferred, String(bytes));
  assert.equal(out.reconciled, 'true');
  assert.match(out.jobId, /\S/);
  assert.ok(out.reportPath.startsWith(join(step.runnerTemp, 'azcp', 'jobs')), `the job folder is in RUNNER_TEMP: ${out.reportPath}`);
  const report = JSON.parse(readFileSync(out.reportPath, 'utf8'));
  assert.equal(report.jobId, out.jobId);
  assert.equal(report.counts.transferred, 15);

  // The bytes really are in storage.
  const blobs = await azurite.listBlobs('site');
  assert.deepEqual(blobs.filter((b) => b.name.startsWith('web/')).length, 15);

  // Step summary: summary.md of the job folder, appended to GITHUB_STEP_SUMMARY.
  const summaryMd = readFileSync(join(report.jobFolder ?? join(out.reportPath, '..'), 'summary.md'), 'utf8');
  assert.ok(summaryMd.length > 20);
  assert.ok(readFileSync(step.summary, 'utf8').includes(summaryMd.trim().split('\n')[0]), 'the step summary holds summary.md');

  // Artifact: created and finalized through the results service, zip uploaded to the signed URL.
  const name = `azcp-${out.jobId}`;
  assert.deepEqual(artifacts.created.map((c) => c.name).includes(name), true);
  const fin = artifacts.finalized.find((f) => f.name === name);
  assert.ok(fin, 'artifact finalized');
  assert.ok(Number(fin!.size) > 0);
  const zip = await azurite.getBlob('artifacts', `${name}.zip`);
  assert.equal(zip.subarray(0, 2).toString(), 'PK', 'a zip archive');
  for (const file of ['report.json', 'transfers.jsonl', 'summary.md']) assert.ok(zip.includes(Buffer.from(file)), `${file} is in the artifact`);

  // The Azure Pipelines task-lib never loaded: no ##vso command, and @actions/core read every input.
  assert.ok(!r.stdout.includes('##vso['), 'no Azure Pipelines logging command on GitHub');

  // The SAS was masked with the runner before anything else was printed ...
  const lines = r.stdout.split(/\r?\n/).filter(Boolean);
  const sig = new URLSearchParams(azurite.sas).get('sig')!;
  const firstOther = lines.findIndex((l) => !l.startsWith('::add-mask::'));
  const maskLines = lines.slice(0, firstOther === -1 ? lines.length : firstOther);
  // (workflow commands escape '%' as '%25' in their message)
  const escaped = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  assert.ok(maskLines.includes(`::add-mask::${escaped(azurite.sas)}`), 'the SAS is masked first');
  assert.ok(maskLines.includes(`::add-mask::${escaped(sig)}`), 'its signature is masked first');
  // ... and never appears anywhere a person or the next step can read.
  assertSecretNowhere(sig, r, step, report.jobFolder ?? join(out.reportPath, '..'), 'the SAS signature');
});

test('an account key input never appears in output, outputs, the summary or the job folder', async () => {
  await azurite.putBlob('site', 'data/a.txt', 'alpha');
  await azurite.putBlob('site', 'data/b/c.txt', 'gamma!');
  const dest = tempDir('dl');
  const step = githubStepFiles();
  const r = await runBundle(
    gitHubEnv(step, {
      mode: 'copy',
      source: `${azurite.serviceUrl}/site/data/*`,
      destination: dest,
      authType: 'key',
      accountKey: azurite.key,
      uploadArtifact: 'false',
    }),
  );
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const out = parseGitHubOutput(step.output);
  assert.equal(out.filesTransferred, '2');
  assert.equal(readFileSync(join(dest, 'b', 'c.txt'), 'utf8'), 'gamma!');
  assert.ok(r.stdout.split(/\r?\n/)[0].startsWith('::add-mask::'), 'the key is masked before anything is printed');
  assertSecretNowhere(azurite.key, r, step, join(out.reportPath, '..'), 'the account key');
  assert.equal(artifacts.created.filter((c) => c.name === `azcp-${out.jobId}`).length, 0, 'uploadArtifact false: no artifact');
});

test('an input error fails the step with the same one-line message the options parser gives the CLI', async () => {
  const inputs = {
    mode: 'sync',
    source: '/tmp/somewhere',
    destination: `${azurite.serviceUrl}/site/x`,
    includeAfter: 'yesterday',
    sasToken: azurite.sas,
  };
  let expected = '';
  try {
    parseJobOptions({ ...inputs, recursive: 'true' });
  } catch (err) {
    expected = (err as Error).message;
  }
  assert.match(expected, /^includeAfter must be an ISO 8601 date/);
  const step = githubStepFiles();
  const r = await runBundle(gitHubEnv(step, inputs));
  assert.equal(r.code, 1);
  const errors = r.stdout.split(/\r?\n/).filter((l) => l.startsWith('::error::'));
  assert.deepEqual(errors, [`::error::${expected}`]);
  assert.deepEqual(parseGitHubOutput(step.output), {}, 'no outputs for a job that never ran');

  const bad = await runBundle(gitHubEnv(githubStepFiles(), { mode: 'copy', destination: `${azurite.serviceUrl}/site/x` }));
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /^::error::source is missing: say what to copy from$/m);
});

test('a failed artifact upload is a warning, not a failed step', async () => {
  const src = tempDir('site');
  makeFiles(src, 2);
  const step = githubStepFiles();
  const r = await runBundle(
    gitHubEnv(
      step,
      { source: `${src}/*`, destination: `${azurite.serviceUrl}/site/warn`, sasToken: azurite.sas },
      // Nothing listens there: the results service is unreachable.
      { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' },
    ),
  );
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /^::warning::azcp: could not upload the job folder as artifact "azcp-[^"]+": /m);
  assert.equal(parseGitHubOutput(step.output).status, 'Completed');
  assert.ok(!/^::error::/m.test(r.stdout));
});

test('the artifact keeps artifactRetentionDays, its id and URL are outputs, and the step summary links to it', async () => {
  const src = tempDir('site');
  makeFiles(src, 3);
  const step = githubStepFiles();
  const before = Date.now();
  const r = await runBundle(
    gitHubEnv(
      step,
      { source: `${src}/*`, destination: `${azurite.serviceUrl}/site/kept`, sasToken: azurite.sas, artifactRetentionDays: '7' },
      { GITHUB_SERVER_URL: 'https://contoso.ghe.com', GITHUB_RUN_ID: '99' },
    ),
  );
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const out = parseGitHubOutput(step.output);
  const name = `azcp-${out.jobId}`;
  // The results service was asked to expire the artifact 7 days from now.
  const created = artifacts.created.find((c) => c.name === name);
  assert.ok(created?.expiresAt, `CreateArtifact carried an expiry: ${JSON.stringify(created)}`);
  const days = (Date.parse(created!.expiresAt!) - before) / 86_400_000;
  assert.ok(days > 6.9 && days < 7.1, `expires in ${days} days`);
  // The id the service gave at finalize, and the run page's download URL.
  assert.equal(out.artifactId, '4242');
  const url = 'https://contoso.ghe.com/contoso/website/actions/runs/99/artifacts/4242';
  assert.equal(out.artifactUrl, url);
  // The summary was written after the upload, so it links to the artifact.
  assert.ok(readFileSync(step.summary, 'utf8').includes(`[artifact ${name}](${url})`), readFileSync(step.summary, 'utf8'));

  // Without a retention input the repository's setting applies: no expiry is sent.
  const plain = githubStepFiles();
  const r2 = await runBundle(gitHubEnv(plain, { source: `${src}/*`, destination: `${azurite.serviceUrl}/site/kept2`, sasToken: azurite.sas }));
  assert.equal(r2.code, 0, r2.stdout);
  const id2 = parseGitHubOutput(plain.output).jobId;
  assert.equal(artifacts.created.find((c) => c.name === `azcp-${id2}`)?.expiresAt, undefined);
});

test('artifactRetentionDays that is not a whole number of days fails the step before anything is copied', async () => {
  const step = githubStepFiles();
  const r = await runBundle(gitHubEnv(step, { source: '/nonexistent', destination: `${azurite.serviceUrl}/site/x`, sasToken: azurite.sas, artifactRetentionDays: '2 weeks' }));
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^::error::artifactRetentionDays must be a whole number of days, 1 or more \(e\.g\. 14\), not "2 weeks"/m);
  assert.deepEqual(parseGitHubOutput(step.output), {});
});

test('a transfer that fails fails the step with the report message and still publishes outputs', async () => {
  const src = tempDir('site');
  makeFiles(src, 2);
  const step = githubStepFiles();
  // A read-only SAS: every upload is refused by storage.
  const readOnly = azurite.sas.replace(/sp=[a-z]+/, 'sp=rl');
  const r = await runBundle(gitHubEnv(step, { source: `${src}/*`, destination: `${azurite.serviceUrl}/site/ro?${readOnly}`, uploadArtifact: 'false' }));
  assert.equal(r.code, 1, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const out = parseGitHubOutput(step.output);
  assert.notEqual(out.status, 'Completed');
  assert.match(r.stdout, /^::error::/m);
});

test('mode list prints the blobs and reports their count; mode make creates a container', async () => {
  await azurite.putBlob('site', 'listing/one.txt', '1');
  await azurite.putBlob('site', 'listing/two/three.txt', '333');
  const step = githubStepFiles();
  const r = await runBundle(gitHubEnv(step, { mode: 'list', source: `${azurite.serviceUrl}/site/listing/`, sasToken: azurite.sas, uploadArtifact: 'false' }));
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /^listing\/one\.txt\t1\t/m);
  assert.match(r.stdout, /^listing\/two\/three\.txt\t3\t/m);
  assert.equal(parseGitHubOutput(step.output).filesTotal, '2');

  const made = githubStepFiles();
  const m = await runBundle(gitHubEnv(made, { mode: 'make', source: `${azurite.serviceUrl}/fresh-container`, sasToken: azurite.sas, uploadArtifact: 'false' }));
  assert.equal(m.code, 0, `exit ${m.code}\n${m.stdout}\n${m.stderr}`);
  assert.equal((await azurite.request('GET', '/fresh-container?restype=container')).status, 200);
});

test('failOnMismatch false turns a reconciliation-only failure into a warning; true keeps it a failure', () => {
  const base: JobReport = {
    jobId: 'j',
    command: 'sync',
    commandLine: '',
    source: 's',
    destination: 'd',
    startedAt: '',
    endedAt: '',
    status: 'CompletedWithErrors',
    exitCode: 1,
    message: 'Completed with errors: reconciliation found 1 with a different MD5.',
    counts: { total: 3, transferred: 0, skipped: 3, failed: 0, deleted: 0, bytes: 0 },
    scanned: { source: 3, destination: 3 },
    reconciliation: {
      basis: 'relisted', sourceCount: 3, sourceBytes: 3, destinationCount: 3, destinationBytes: 3, matched: 2, missing: 0, sizeMismatch: 0, hashMismatch: 1, extra: 0, extraIsDifference: false, ok: false, differences: [],
    },
    failures: [],
    failuresTotal: 0,
    skipped: [],
    skippedTotal: 0,
    retries: 0,
    warnings: [],
    durationMs: 1,
    jobFolder: '/x',
    reportPath: '/x/report.json',
  };
  assert.equal(stepResult(base, true).result, 'failed');
  assert.equal(stepResult(base, false).result, 'warning');
  // A failed transfer is never softened by failOnMismatch.
  assert.equal(stepResult({ ...base, counts: { ...base.counts, failed: 1 }, failuresTotal: 1 }, false).result, 'failed');
  // A guard refusal (no reconciliation) stays a failure.
  assert.equal(stepResult({ ...base, status: 'Failed', reconciliation: undefined }, false).result, 'failed');
  assert.equal(stepResult({ ...base, status: 'Cancelled' }, false).result, 'cancelled');
  assert.equal(stepResult({ ...base, status: 'Completed', exitCode: 0, reconciliation: { ...base.reconciliation!, ok: true } }, true).result, 'succeeded');
});
