// Workload identity end to end, on the built bundle: a CI runner's OIDC ID
// token is exchanged at an identity provider for an access token, and that
// bearer token is what Azurite (--oauth basic, over HTTPS) accepts. No SAS
// and no key is given to azcp in these tests.
//
// Real: the bundle, @actions/core's getIDToken, @azure/identity's
// ClientAssertionCredential and AzurePipelinesCredential (MSAL included),
// the storage SDK's bearer-token policy, Azurite's OAuth check.
// Mocked, because none can be real here (test/helpers/oidc.ts):
// - the identity provider (Entra ID): a local HTTPS token endpoint reached
//   through AZURE_AUTHORITY_HOST / the connection's environmentAuthorityUrl;
//   it checks each assertion like a federated credential does (issuer,
//   subject, audience, signature, expiry);
// - GitHub's runner OIDC endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN);
// - Azure Pipelines' OIDC endpoint (System.OidcRequestUri).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { tempDir } from './helpers/temp.ts';
import { jobFolderTexts } from './helpers/secrets.ts';
import { makeLoopbackCert, type TestCert } from './helpers/certs.ts';
import {
  startIdentityProvider,
  startGitHubOidc,
  startPipelinesOidc,
  type IdentityProvider,
  type RunnerOidc,
  type PipelinesOidc,
} from './helpers/oidc.ts';
import {
  assertBuilt,
  runBundle,
  githubInputEnv,
  githubStepFiles,
  parseGitHubOutput,
  pipelinesInputEnv,
  pipelinesAgentEnv,
  parseVso,
  vsoOutputs,
  startSecureAzurite,
  makeFiles,
  type SecureAzurite,
} from './helpers/ci-harness.ts';

const TENANT = '0f3c2b1a-1111-4222-8333-444455556666';
const GH_APP = '11111111-aaaa-4bbb-8ccc-000000000001';
const AZP_APP = '22222222-aaaa-4bbb-8ccc-000000000002';
const GH_SUBJECT = 'repo:contoso/website:ref:refs/heads/main';
const AUDIENCE = 'api://AzureADTokenExchange';

let cert: TestCert;
let azurite: SecureAzurite;
let idp: IdentityProvider;
let github: RunnerOidc;
let pipelines: PipelinesOidc;
const AZP_CONNECTION = randomUUID();

before(async () => {
  assertBuilt();
  cert = makeLoopbackCert();
  azurite = await startSecureAzurite(cert);
  await azurite.createContainer('web');
  github = await startGitHubOidc({ subject: GH_SUBJECT, idTokenTtl: 300 });
  pipelines = await startPipelinesOidc({ cert, organizationId: randomUUID() });
  idp = await startIdentityProvider({
    cert,
    tenantId: TENANT,
    federated: [
      { clientId: GH_APP, issuer: github.issuer, subject: GH_SUBJECT, audience: AUDIENCE, signer: github.signer },
      { clientId: AZP_APP, issuer: pipelines.issuer, subject: pipelines.subjectFor(AZP_CONNECTION), audience: AUDIENCE, signer: pipelines.signer },
    ],
  });
});

after(async () => {
  await Promise.all([idp?.stop(), github?.stop(), pipelines?.stop()]);
  await azurite?.stop();
  cert?.cleanup();
});

function gitHubOidcEnv(step: ReturnType<typeof githubStepFiles>, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  return {
    ...step.env,
    ...githubInputEnv({ authType: 'oidc', clientId: GH_APP, tenantId: TENANT, uploadArtifact: 'false', ...inputs }),
    NODE_EXTRA_CA_CERTS: cert.certPath,
    ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken,
    AZURE_AUTHORITY_HOST: idp.url,
    ...extra,
  };
}

test('GitHub OIDC: the runner ID token becomes a bearer token that storage accepts', async () => {
  const src = tempDir('wi');
  makeFiles(src, 6);
  const step = githubStepFiles();
  const calls = github.calls.length;
  const exchanges = idp.exchanges.length;
  const r = await runBundle(gitHubOidcEnv(step, { source: `${src}/*`, destination: `${azurite.serviceUrl}/web/gh` }));
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const out = parseGitHubOutput(step.output);
  assert.equal(out.filesTransferred, '6');
  assert.equal(out.reconciled, 'true');
  assert.equal((await azurite.listBlobs('web')).filter((b) => b.name.startsWith('gh/')).length, 6);

  const asked = github.calls.slice(calls);
  assert.ok(asked.length >= 1, 'the runner was asked for an ID token');
  assert.ok(asked.every((c) => c.audience === AUDIENCE), 'with the audience input');
  const ex = idp.exchanges.slice(exchanges);
  assert.ok(ex.length >= 1 && ex.every((e) => e.ok && e.kind === 'assertion' && e.clientId === GH_APP));
  assert.equal(ex[0].assertion?.sub, GH_SUBJECT);
  assert.equal(ex[0].assertion?.iss, github.issuer);

  // Tokens are secrets too: the request token and the ID tokens are never shown.
  const shown = r.stdout.split(/\r?\n/).filter((l) => !l.startsWith('::add-mask::')).join('\n');
  assert.ok(!shown.includes(github.requestToken) && !r.stderr.includes(github.requestToken));
  assert.ok(!/eyJ[A-Za-z0-9_-]{10,}\.eyJ/.test(shown + r.stderr), 'no JWT in the output');
  for (const [path, text] of Object.entries(jobFolderTexts(join(out.reportPath, '..')))) assert.ok(!/eyJ[A-Za-z0-9_-]{10,}\.eyJ/.test(text), `no JWT in ${path}`);
});

test('GitHub OIDC: a workflow whose subject has no federated credential is refused and nothing is written', async () => {
  const other = await startGitHubOidc({ subject: 'repo:contoso/website:ref:refs/heads/feature-x' });
  // The same runner identity (issuer and signing key) as the trusted one; only the branch differs.
  other.signer.privateKey = github.signer.privateKey;
  other.signer.publicKey = github.signer.publicKey;
  try {
    const src = tempDir('wi');
    makeFiles(src, 2);
    const step = githubStepFiles();
    const r = await runBundle(
      gitHubOidcEnv(step, { source: `${src}/*`, destination: `${azurite.serviceUrl}/web/refused` }, {
        ACTIONS_ID_TOKEN_REQUEST_URL: other.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: other.requestToken,
      }),
    );
    assert.equal(r.code, 1, r.stdout);
    // The provider's refusal reaches the user, with its reason.
    assert.match(r.stdout, /^::error::.*AADSTS700213/m);
    assert.equal((await azurite.listBlobs('web')).filter((b) => b.name.startsWith('refused/')).length, 0);
  } finally {
    await other.stop();
  }
});

test('GitHub OIDC: authType oidc without id-token permission fails with the fix in the message', async () => {
  const step = githubStepFiles();
  const env = gitHubOidcEnv(step, { source: '/tmp', destination: `${azurite.serviceUrl}/web/x` });
  delete (env as Record<string, string | undefined>).ACTIONS_ID_TOKEN_REQUEST_URL;
  delete (env as Record<string, string | undefined>).ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  const r = await runBundle(env);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^::error::authType oidc needs an ID token from GitHub: give the job `permissions: id-token: write`$/m);
});

test('GitHub OIDC: tokens that expire every two seconds during a long transfer are renewed with fresh ID tokens', async () => {
  const runner = await startGitHubOidc({ subject: GH_SUBJECT, idTokenTtl: 2, delayMs: 5 });
  // Same runner identity as the configured credential (same issuer and signing key).
  runner.signer.privateKey = github.signer.privateKey;
  runner.signer.publicKey = github.signer.publicKey;
  const ttl = idp.accessTokenTtl;
  idp.accessTokenTtl = 2;
  try {
    const src = tempDir('wi-long');
    // Enough files that the transfer outlasts two token lives on a fast
    // runtime too (1,500 took 3.9 s on Node 24 here: too short to prove it).
    const count = 3000;
    makeFiles(src, count, 2048);
    const step = githubStepFiles();
    const exchanges = idp.exchanges.length;
    const r = await runBundle(
      gitHubOidcEnv(step, { source: `${src}/*`, destination: `${azurite.serviceUrl}/web/long`, concurrency: '1' }, {
        ACTIONS_ID_TOKEN_REQUEST_URL: runner.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: runner.requestToken,
      }),
      { timeoutMs: 240_000 },
    );
    assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout.slice(-3000)}\n${r.stderr}`);
    const out = parseGitHubOutput(step.output);
    assert.equal(out.filesTransferred, String(count));
    assert.equal(out.reconciled, 'true');
    assert.equal((await azurite.listBlobs('web')).filter((b) => b.name.startsWith('long/')).length, count);

    // The job outlived the first ID token and the first access token ...
    console.log(`long transfer: ${r.ms} ms, ${runner.calls.length} ID tokens, ${idp.exchanges.length - exchanges} exchanges`);
    assert.ok(r.ms > 4_000, `the transfer must outlast the tokens to prove anything (took ${r.ms} ms)`);
    // ... and kept working because it asked the runner again, later than the first token's expiry.
    assert.ok(runner.calls.length > 1, `the runner's OIDC endpoint was asked ${runner.calls.length} time(s)`);
    const span = runner.calls[runner.calls.length - 1].at - runner.calls[0].at;
    assert.ok(span > 2_000, `ID tokens were requested over ${span} ms, beyond the first one's 2 s life`);
    const ex = idp.exchanges.slice(exchanges);
    assert.ok(ex.length > 1 && ex.every((e) => e.ok), 'every exchange used a valid (fresh) assertion');
    // Each exchange presented a different ID token (no cached assertion).
    assert.equal(new Set(ex.map((e) => e.assertion?.jti)).size, ex.length);
  } finally {
    idp.accessTokenTtl = ttl;
    await runner.stop();
  }
});

test('Azure Pipelines: a workload identity federation service connection signs in through System.OidcRequestUri', async () => {
  const src = tempDir('wi');
  makeFiles(src, 5);
  const agent = pipelinesAgentEnv();
  const calls = pipelines.calls.length;
  const exchanges = idp.exchanges.length;
  const c = AZP_CONNECTION;
  const r = await runBundle({
    ...agent.env,
    ...pipelinesInputEnv({ mode: 'copy', source: `${src}/*`, destination: `${azurite.serviceUrl}/web/azp`, azureSubscription: c, uploadArtifact: 'false' }),
    NODE_EXTRA_CA_CERTS: cert.certPath,
    SYSTEM_OIDCREQUESTURI: pipelines.requestUri,
    // System.AccessToken reaches tasks as a secret variable.
    SECRET_SYSTEM_ACCESSTOKEN: pipelines.systemAccessToken,
    VSTS_SECRET_VARIABLES: JSON.stringify(['System.AccessToken']),
    [`ENDPOINT_URL_${c}`]: 'https://management.azure.com/',
    [`ENDPOINT_AUTH_${c}`]: JSON.stringify({ scheme: 'WorkloadIdentityFederation', parameters: { tenantid: TENANT, serviceprincipalid: AZP_APP } }),
    [`ENDPOINT_AUTH_SCHEME_${c}`]: 'WorkloadIdentityFederation',
    [`ENDPOINT_AUTH_PARAMETER_${c}_TENANTID`]: TENANT,
    [`ENDPOINT_AUTH_PARAMETER_${c}_SERVICEPRINCIPALID`]: AZP_APP,
    [`ENDPOINT_AUTH_PARAMETER_${c}_WORKLOADIDENTITYFEDERATIONSUBJECT`]: pipelines.subjectFor(c),
    [`ENDPOINT_DATA_${c}_ENVIRONMENTAUTHORITYURL`]: `${idp.url}/`,
    [`ENDPOINT_DATA_${c}_SUBSCRIPTIONID`]: randomUUID(),
  });
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  const cmds = parseVso(r.stdout);
  assert.equal(cmds.find((x) => x.command === 'task.complete')?.properties.result, 'Succeeded');
  assert.equal(vsoOutputs(cmds).filesTransferred, '5');
  assert.equal((await azurite.listBlobs('web')).filter((b) => b.name.startsWith('azp/')).length, 5);

  const asked = pipelines.calls.slice(calls);
  assert.ok(asked.length >= 1);
  assert.ok(asked.every((x) => x.serviceConnectionId === c && x.apiVersion === '7.1'));
  const ex = idp.exchanges.slice(exchanges);
  assert.ok(ex.length >= 1 && ex.every((e) => e.ok && e.clientId === AZP_APP));
  assert.equal(ex[0].assertion?.sub, pipelines.subjectFor(c));

  const shown = r.stdout.split(/\r?\n/).filter((l) => !l.startsWith('##vso[task.setsecret]')).join('\n');
  assert.ok(!shown.includes(pipelines.systemAccessToken) && !r.stderr.includes(pipelines.systemAccessToken), 'System.AccessToken is never shown');
});
