// The Azure Pipelines task, run as the agent runs it: `node dist/index.js`
// (the built bundle, as task.json's Node20_1/Node24 handlers start it) with
// TF_BUILD=True, INPUT_* variables and ENDPOINT_* variables for the
// service connection; the agent's side is read back from the ##vso[...]
// logging commands on stdout.
//
// Real: the bundle, azure-pipelines-task-lib as shipped (with lib.json beside
// it in dist/), @azure/identity's ClientSecretCredential, Azurite over HTTPS
// with OAuth (--oauth basic) and SAS.
// Mocked, because it cannot be real here: the agent itself (we play its
// part: set the environment, read the commands), and Entra ID (a local HTTPS
// token endpoint, test/helpers/oidc.ts, reached through the connection's
// environmentAuthorityUrl). Workload identity federation is covered in
// test/workload-identity.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { makeLoopbackCert, type TestCert } from './helpers/certs.ts';
import { startIdentityProvider, type IdentityProvider } from './helpers/oidc.ts';
import {
  assertBuilt,
  runBundle,
  pipelinesInputEnv,
  pipelinesAgentEnv,
  parseVso,
  vsoOutputs,
  startSecureAzurite,
  makeFiles,
  type SecureAzurite,
  type RunResult,
  type VsoCommand,
} from './helpers/ci-harness.ts';
import { parseJobOptions } from '../src/job/options.ts';
import { tempDir } from './helpers/temp.ts';
import { assertNoSecrets, jobFolderTexts } from './helpers/secrets.ts';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const SP_CLIENT = 'a1b2c3d4-0000-4000-8000-00000000c11e';
const SP_SECRET = `spn~${randomUUID()}.${randomUUID()}`;

let cert: TestCert;
let azurite: SecureAzurite;
let idp: IdentityProvider;

before(async () => {
  assertBuilt();
  cert = makeLoopbackCert();
  azurite = await startSecureAzurite(cert);
  await azurite.createContainer('drop');
  idp = await startIdentityProvider({ cert, tenantId: TENANT, clientSecrets: { [SP_CLIENT]: SP_SECRET } });
});

after(async () => {
  await idp?.stop();
  await azurite?.stop();
  cert?.cleanup();
});

function agentEnv(agent: ReturnType<typeof pipelinesAgentEnv>, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  return { ...agent.env, ...pipelinesInputEnv(inputs), NODE_EXTRA_CA_CERTS: cert.certPath, ...extra };
}

function complete(cmds: VsoCommand[]): VsoCommand {
  const c = cmds.filter((x) => x.command === 'task.complete');
  assert.equal(c.length, 1, 'exactly one task.complete');
  return c[0];
}

/** stdout without the agent's setsecret commands (the agent consumes them and masks; they are never shown). */
function shownStdout(r: RunResult): string {
  return r.stdout
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('##vso[task.setsecret]'))
    .join('\n');
}

function assertSecretNowhere(secret: string, r: RunResult, jobFolder: string, what: string) {
  const files = jobFolderTexts(jobFolder);
  assert.ok(Object.keys(files).length >= 3, 'the job folder has its files');
  assert.ok(secret.length >= 6, `${what} is long enough to look for`);
  assertNoSecrets({ stdout: shownStdout(r), stderr: r.stderr, ...files }, [secret]);
}

test('uploads with a SAS input and reports to the agent: output variables, summary, artifact, result', async () => {
  const src = tempDir('drop');
  const bytes = makeFiles(src, 9, 80) + makeFiles(src, 2, 40, 'sub');
  const agent = pipelinesAgentEnv();
  const r = await runBundle(
    agentEnv(agent, {
      mode: 'copy',
      source: `${src}/*`,
      destination: `${azurite.serviceUrl}/drop/build-1`,
      authType: 'sas',
      sasToken: azurite.sas,
      artifactName: 'azcp-evidence',
      // task.json defaults, as the agent passes them
      recursive: 'true',
      uploadArtifact: 'true',
      summary: 'true',
      failOnMismatch: 'true',
      overwrite: 'true',
      checkMd5: 'FailIfDifferent',
      audience: 'api://AzureADTokenExchange',
    }),
  );
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const cmds = parseVso(r.stdout);
  const out = vsoOutputs(cmds);
  assert.equal(out.status, 'Completed');
  assert.equal(out.filesTotal, '11');
  assert.equal(out.filesTransferred, '11');
  assert.equal(out.bytesTransferred, String(bytes));
  assert.equal(out.reconciled, 'true');
  assert.ok(out.reportPath.startsWith(join(agent.agentTemp, 'azcp', 'jobs')), `job folder in Agent.TempDirectory: ${out.reportPath}`);
  for (const name of ['jobId', 'status', 'filesTotal', 'filesTransferred', 'filesSkipped', 'filesFailed', 'filesDeleted', 'bytesTransferred', 'propertiesUpdated', 'reconciled', 'reportPath']) {
    assert.ok(name in out, `output variable ${name}`);
  }
  const jobFolder = join(out.reportPath, '..');

  const summary = cmds.filter((c) => c.command === 'task.uploadsummary');
  assert.equal(summary.length, 1);
  assert.equal(summary[0].message, join(jobFolder, 'summary.md'));
  assert.ok(existsSync(summary[0].message));

  const artifact = cmds.filter((c) => c.command === 'artifact.upload');
  assert.equal(artifact.length, 1);
  assert.equal(artifact[0].properties.artifactname, 'azcp-evidence');
  assert.equal(artifact[0].properties.containerfolder, 'azcp-evidence');
  assert.equal(artifact[0].message, jobFolder);
  assert.ok(readdirSync(jobFolder).includes('report.json'));

  assert.equal(complete(cmds).properties.result, 'Succeeded');
  assert.equal((await azurite.listBlobs('drop')).filter((b) => b.name.startsWith('build-1/')).length, 11);

  // The SAS was handed to the agent's masking before anything else, and is shown nowhere.
  const sig = new URLSearchParams(azurite.sas).get('sig')!;
  // Before the first setsecret only the task-lib's own load messages may
  // appear (it logs which variables it moved into its vault, never a value).
  const lines = r.stdout.split(/\r?\n/);
  const firstSetSecret = lines.findIndex((l) => l.startsWith('##vso[task.setsecret]'));
  assert.ok(firstSetSecret > 0, 'secrets are registered with the agent');
  for (const l of lines.slice(0, firstSetSecret)) {
    assert.match(l, /^##vso\[task\.debug\]/, `only task-lib load messages precede the secrets: ${l}`);
    for (const v of [src, azurite.serviceUrl, sig]) assert.ok(!l.includes(v), `no input value before the secrets are masked: ${l}`);
  }
  assert.ok(cmds.some((c) => c.command === 'task.setsecret' && c.message === sig), 'the SAS signature is registered as a secret');
  assertSecretNowhere(sig, r, jobFolder, 'the SAS signature');
  assertSecretNowhere(azurite.sas, r, jobFolder, 'the SAS');
});

test('a ServicePrincipal service connection signs in with its secret, which is never shown', async () => {
  const src = tempDir('drop');
  makeFiles(src, 4);
  const agent = pipelinesAgentEnv();
  const conn = randomUUID();
  const before = idp.exchanges.length;
  const r = await runBundle(
    agentEnv(
      agent,
      { mode: 'copy', source: `${src}/*`, destination: `${azurite.serviceUrl}/drop/spn`, azureSubscription: conn, uploadArtifact: 'false' },
      {
        [`ENDPOINT_URL_${conn}`]: 'https://management.azure.com/',
        [`ENDPOINT_AUTH_${conn}`]: JSON.stringify({ scheme: 'ServicePrincipal', parameters: { tenantid: TENANT, serviceprincipalid: SP_CLIENT } }),
        [`ENDPOINT_AUTH_SCHEME_${conn}`]: 'ServicePrincipal',
        [`ENDPOINT_AUTH_PARAMETER_${conn}_TENANTID`]: TENANT,
        [`ENDPOINT_AUTH_PARAMETER_${conn}_SERVICEPRINCIPALID`]: SP_CLIENT,
        [`ENDPOINT_AUTH_PARAMETER_${conn}_AUTHENTICATIONTYPE`]: 'spnKey',
        [`ENDPOINT_AUTH_PARAMETER_${conn}_SERVICEPRINCIPALKEY`]: SP_SECRET,
        [`ENDPOINT_DATA_${conn}_ENVIRONMENTAUTHORITYURL`]: `${idp.url}/`,
        [`ENDPOINT_DATA_${conn}_SUBSCRIPTIONID`]: randomUUID(),
      },
    ),
  );
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const cmds = parseVso(r.stdout);
  assert.equal(complete(cmds).properties.result, 'Succeeded');
  assert.equal(vsoOutputs(cmds).filesTransferred, '4');
  const mine = idp.exchanges.slice(before);
  assert.ok(mine.length >= 1 && mine.every((e) => e.ok && e.kind === 'secret' && e.clientId === SP_CLIENT), 'signed in at the identity provider with the secret');
  assert.equal((await azurite.listBlobs('drop')).filter((b) => b.name.startsWith('spn/')).length, 4);
  assert.ok(cmds.some((c) => c.command === 'task.setsecret' && c.message === SP_SECRET), 'the secret is registered with the agent');
  assertSecretNowhere(SP_SECRET, r, join(vsoOutputs(cmds).reportPath, '..'), 'the service principal secret');
});

test('an input error fails the task with the same message the options parser gives the CLI', async () => {
  const inputs = { mode: 'sync', source: '/tmp/x', destination: `${azurite.serviceUrl}/drop/y`, maxDelete: 'lots' };
  let expected = '';
  try {
    parseJobOptions(inputs);
  } catch (err) {
    expected = (err as Error).message;
  }
  assert.match(expected, /^maxDelete must be a count/);
  const agent = pipelinesAgentEnv();
  const r = await runBundle(agentEnv(agent, inputs));
  assert.equal(r.code, 1);
  const cmds = parseVso(r.stdout);
  const done = complete(cmds);
  assert.equal(done.properties.result, 'Failed');
  assert.equal(done.message, expected);
  assert.deepEqual(vsoOutputs(cmds), {});
});

test('a service connection with an unsupported scheme fails the task and says which schemes work', async () => {
  const conn = randomUUID();
  const src = tempDir('drop');
  makeFiles(src, 1);
  const r = await runBundle(
    agentEnv(
      pipelinesAgentEnv(),
      { source: `${src}/*`, destination: `${azurite.serviceUrl}/drop/z`, azureSubscription: conn },
      { [`ENDPOINT_AUTH_SCHEME_${conn}`]: 'UsernamePassword', [`ENDPOINT_AUTH_${conn}`]: '{}' },
    ),
  );
  assert.equal(r.code, 1);
  const done = complete(parseVso(r.stdout));
  assert.equal(done.properties.result, 'Failed');
  assert.match(done.message, /UsernamePassword scheme; azcp supports WorkloadIdentityFederation, ServicePrincipal and ManagedServiceIdentity/);
});

test('on Azure Pipelines a failure is reported through the task-lib (task.complete), never as a GitHub command', async () => {
  // On Azure Pipelines the task-lib reads the inputs from its vault: the run
  // above worked although process.env lost INPUT_*. On GitHub, the same bundle
  // must not load it: see test/github-action.test.ts (no ##vso output there).
  // Here: with TF_BUILD and no inputs, the task fails through the task-lib.
  const r = await runBundle({ ...pipelinesAgentEnv().env });
  assert.equal(r.code, 1);
  const done = complete(parseVso(r.stdout));
  assert.equal(done.message, 'source is missing: say what to copy from');
  assert.ok(!r.stdout.includes('::error::'), 'no GitHub workflow command on Azure Pipelines');
});

test('the job folder files written by the task hold no secret from the service connection or inputs', async () => {
  // A SAS written into the destination URL itself, not in sasToken.
  const src = tempDir('drop');
  makeFiles(src, 2);
  const r = await runBundle(agentEnv(pipelinesAgentEnv(), { source: `${src}/*`, destination: `${azurite.serviceUrl}/drop/inurl?${azurite.sas}` }));
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const cmds = parseVso(r.stdout);
  const sig = new URLSearchParams(azurite.sas).get('sig')!;
  assert.ok(cmds.some((c) => c.command === 'task.setsecret' && c.message === sig), 'the signature from the URL is registered as a secret');
  const folder = join(vsoOutputs(cmds).reportPath, '..');
  assertSecretNowhere(sig, r, folder, 'the SAS signature in the destination URL');
  const report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8'));
  assert.ok(!report.destination.includes(sig) && report.destination.includes('REDACTED'), report.destination);
});

test('progress reaches the agent (task.setprogress) and SIGTERM cancels the job, which still reports', async () => {
  const src = tempDir('drop');
  makeFiles(src, 3000, 512);
  let signalled = false;
  const r = await runBundle(
    agentEnv(pipelinesAgentEnv(), { source: `${src}/*`, destination: `${azurite.serviceUrl}/drop/cancel`, sasToken: azurite.sas, concurrency: '1' }, { AZCP_PROGRESS_INTERVAL_MS: '200' }),
    {
      // Cancel once a progress update shows transfers under way, as the agent does on a cancelled run.
      onStdout: (text, child) => {
        if (!signalled && /##vso\[task\.setprogress value=\d+;?\]/.test(text)) {
          signalled = true;
          child.kill('SIGTERM');
        }
      },
    },
  );
  assert.ok(signalled, `no progress was reported:\n${r.stdout.slice(0, 3000)}`);
  const cmds = parseVso(r.stdout);
  assert.ok(cmds.some((c) => c.command === 'task.setprogress' && Number(c.properties.value) >= 0 && Number(c.properties.value) <= 100));
  assert.equal(r.code, 1, `exit ${r.code}\n${r.stdout.slice(-2000)}\n${r.stderr}`);
  assert.equal(complete(cmds).properties.result, 'Cancelled');
  const out = vsoOutputs(cmds);
  assert.equal(out.status, 'Cancelled');
  assert.ok(Number(out.filesTransferred) < 3000, 'stopped before the end');
  assert.ok(existsSync(out.reportPath), 'the report is written');
});
