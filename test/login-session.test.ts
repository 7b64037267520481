// azcp login / login status / logout and the saved session, end to end:
// sign in, then copy to Azurite (--oauth basic, over HTTPS) with the bearer
// token the session gives, in a later process. The session file holds no
// secret and no token.
//
// Real: azcp as a process (the sources through tsx), @azure/identity and
// MSAL (device code, client secret, workload identity credentials), the
// storage SDK's bearer-token policy, Azurite's OAuth check.
// Mocked, because it cannot be real here: Entra ID, by a local HTTPS
// stand-in (test/helpers/entra.ts) with the device code endpoint, the token
// endpoint (device code, refresh token, client credentials, federated
// assertion) and short-lived access tokens, reached through --authority-host.
// Not tested, because it cannot be installed here: @azure/identity's
// persistence plugin (its keyring binding downloads prebuilt binaries from
// GitHub or builds natively); without it a device-code login is refused
// before the user is asked to sign in, which is tested.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { makeLoopbackCert, type TestCert } from './helpers/certs.ts';
import { startSecureAzurite, type SecureAzurite } from './helpers/ci-harness.ts';
import { startFakeEntra, storageAccessToken, type FakeEntra } from './helpers/entra.ts';
import { createServer } from 'node:http';
import { chmodSync } from 'node:fs';
import { assertNoSecrets, jobFolderTexts } from './helpers/secrets.ts';
import { tempDir } from './helpers/temp.ts';
import { jsonDocument } from './helpers/json-lines.ts';
import { repoRoot } from './helpers/azcp.ts';
import { resolveAuth } from '../src/auth/credential.ts';
import { writeSession, type Session } from '../src/auth/session.ts';

const TENANT = '7d1f0c2a-3333-4444-8555-666677778888';
const SP_APP = '33333333-aaaa-4bbb-8ccc-000000000003';
const WI_APP = '44444444-aaaa-4bbb-8ccc-000000000004';
const CERT_APP = '55555555-aaaa-4bbb-8ccc-000000000005';
const SP_SECRET = 'sp-secret~' + randomUUID();
const FED_TOKEN = 'federated-token-' + randomUUID();

let cert: TestCert;
let spCert: TestCert;
let entra: FakeEntra;
let azurite: SecureAzurite;
let work: string;
let src: string;

before(async () => {
  cert = makeLoopbackCert();
  spCert = makeLoopbackCert();
  entra = await startFakeEntra({ cert, tenantId: TENANT, clientSecrets: { [SP_APP]: SP_SECRET }, federatedTokens: { [WI_APP]: FED_TOKEN }, certificates: { [CERT_APP]: spCert.cert }, accessTokenTtl: 600 });
  azurite = await startSecureAzurite(cert);
  await azurite.createContainer('signed');
  work = tempDir('login');
  src = join(work, 'src');
  writeFileSync(join(work, 'fed-token'), FED_TOKEN);
  mkdirSync(src);
  writeFileSync(join(src, 'a.txt'), 'alpha\n');
  writeFileSync(join(src, 'b.txt'), 'beta\n');
});
after(async () => {
  await entra?.stop();
  await azurite?.stop();
  cert?.cleanup();
  spCert?.cleanup();
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** azcp as its own process (the fake Entra's certificate is trusted through NODE_EXTRA_CA_CERTS, read at start). */
function azcpProcess(args: string[], env: Record<string, string | undefined>, onStderr?: (text: string) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(AZURE_|AZCP_|INPUT_|GITHUB_ACTIONS|TF_BUILD)/.test(k)));
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'main.ts'), ...args], {
      cwd: repoRoot,
      env: { ...clean, NODE_EXTRA_CA_CERTS: cert.certPath, AZCP_HOST: 'cli', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      onStderr?.(stderr);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

function sessionEnv(name: string): { AZCP_LOGIN_DIR: string; HOME: string; AZCP_JOB_DIR: string; AZCP_RETRY_DELAY_MS: string } {
  const dir = join(work, name);
  return { AZCP_LOGIN_DIR: join(dir, 'login'), HOME: join(dir, 'home'), AZCP_JOB_DIR: join(dir, 'jobs'), AZCP_RETRY_DELAY_MS: '20' };
}

const secretsSeen = () => [SP_SECRET, FED_TOKEN, ...entra.accessTokens, ...entra.refreshTokens, spCert.key.split('\n').slice(1, 3).join('\n')];

test('login status with no session: exit 1, "not signed in"', async () => {
  const r = await azcpProcess(['login', 'status'], sessionEnv('none'));
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /not signed in/);
  const j = await azcpProcess(['login', 'status', '--output-type', 'json'], sessionEnv('none'));
  assert.equal(j.code, 1, j.stderr);
  assert.deepEqual(jsonDocument(j.stdout, 'LoginStatusInfo'), { valid: false, AzcpLoginStatus: { signedIn: false, session: join(sessionEnv('none').AZCP_LOGIN_DIR, 'session.json') } });
});

test('service principal with AZCP_CLIENT_SECRET: login, status, a copy to Azurite with --auth login in a later process, logout', async (t) => {
  const env = sessionEnv('sp');
  const login = await azcpProcess(['login', '--service-principal', '--application-id', SP_APP, '--tenant-id', TENANT, '--authority-host', entra.url], { ...env, AZCP_CLIENT_SECRET: SP_SECRET });
  assert.equal(login.code, 0, login.stderr + login.stdout);
  assert.match(login.stdout, new RegExp(`Signed in as application ${SP_APP}`));
  assert.match(login.stdout, /AZCP_CLIENT_SECRET for every later command/);
  const file = join(env.AZCP_LOGIN_DIR, 'session.json');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  const session = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(session.method, 'servicePrincipalSecret');
  assert.equal(session.authorityHost, entra.url);
  assert.ok(entra.grants.some((g) => g.grant === 'client_credentials' && g.clientId === SP_APP && g.ok));

  const status = await azcpProcess(['login', 'status'], env);
  assert.equal(status.code, 0, status.stderr);
  // What the README shows: login and status as printed.
  for (const line of (login.stdout + status.stdout).trim().split('\n')) t.diagnostic(line);
  assert.match(status.stdout, new RegExp(`tenant: +${TENANT}`));
  assert.match(status.stdout, /method: +servicePrincipalSecret/);
  assert.match(status.stdout, /token: +expires at \d{4}-/);
  // AzCopy's envelope: a LoginStatusInfo line (its LoginStatusOutput), then EndOfJob; azcp's status under AzcpLoginStatus.
  const statusJson = await azcpProcess(['login', 'status', '--output-type', 'json'], env);
  const statusDoc = jsonDocument(statusJson.stdout, 'LoginStatusInfo');
  assert.equal(statusDoc.valid, true);
  assert.equal(statusDoc.tenantID, TENANT);
  assert.equal(statusDoc.authMethod, 'SPN');
  assert.equal(statusDoc.AADEndpoint, entra.url);
  const asJson = statusDoc.AzcpLoginStatus;
  assert.equal(asJson.signedIn, true);
  assert.equal(asJson.method, 'servicePrincipalSecret');
  assert.ok(Date.parse(asJson.expiresOn) > Date.now());

  const before = entra.grants.length;
  const copy = await azcpProcess(['copy', `${src}/*`, `${azurite.serviceUrl}/signed/sp`, '--auth', 'login'], { ...env, AZCP_CLIENT_SECRET: SP_SECRET });
  assert.equal(copy.code, 0, copy.stderr + copy.stdout);
  assert.deepEqual((await azurite.listBlobs('signed')).map((b) => b.name).filter((n) => n.startsWith('sp/')).sort(), ['sp/a.txt', 'sp/b.txt']);
  assert.ok(entra.grants.slice(before).some((g) => g.grant === 'client_credentials' && g.ok), 'the copy got its own token from the session');

  // The secret is never saved: without it the session cannot sign in, and says why.
  const noSecret = await azcpProcess(['copy', `${src}/*`, `${azurite.serviceUrl}/signed/sp2`, '--auth', 'login'], env);
  assert.equal(noSecret.code, 2, noSecret.stderr);
  assert.match(noSecret.stderr, /AZCP_CLIENT_SECRET/);

  assertNoSecrets({ login: login.stdout + login.stderr, status: status.stdout, statusJson: statusJson.stdout + statusJson.stderr, copy: copy.stdout + copy.stderr, session: readFileSync(file, 'utf8'), ...jobFolderTexts(env.AZCP_JOB_DIR) }, secretsSeen());

  const out = await azcpProcess(['logout'], env);
  assert.equal(out.code, 0, out.stderr);
  t.diagnostic(out.stdout.trim());
  assert.match(out.stdout, /Signed out/);
  assert.equal(existsSync(file), false);
  assert.equal((await azcpProcess(['login', 'status'], env)).code, 1);
  const after = await azcpProcess(['copy', `${src}/*`, `${azurite.serviceUrl}/signed/sp3`, '--auth', 'login'], { ...env, AZCP_CLIENT_SECRET: SP_SECRET });
  assert.equal(after.code, 2);
  assert.match(after.stderr, /run azcp login/);
});

test('workload identity (--federated-token-file): the session keeps the file\'s path, not the token; an expired token is renewed for the next command', async () => {
  const env = sessionEnv('wi');
  entra.accessTokenTtl = 1;
  const login = await azcpProcess(['login', '--federated-token-file', join(work, 'fed-token'), '--application-id', WI_APP, '--tenant-id', TENANT, '--authority-host', entra.url], env);
  entra.accessTokenTtl = 600;
  assert.equal(login.code, 0, login.stderr + login.stdout);
  const text = readFileSync(join(env.AZCP_LOGIN_DIR, 'session.json'), 'utf8');
  assert.equal(JSON.parse(text).federatedTokenFile, join(work, 'fed-token'));
  await new Promise((r) => setTimeout(r, 1500));
  const status = await azcpProcess(['login', 'status'], env);
  assert.match(status.stdout, /token: +expired at .*a new one is got on the next command/);
  const copy = await azcpProcess(['copy', `${src}/a.txt`, `${azurite.serviceUrl}/signed/wi/a.txt`, '--auth', 'login'], env);
  assert.equal(copy.code, 0, copy.stderr + copy.stdout);
  assert.equal((await azurite.getBlob('signed', 'wi/a.txt')).toString(), 'alpha\n');
  assertNoSecrets({ session: text, login: login.stdout + login.stderr, copy: copy.stdout + copy.stderr }, secretsSeen());
});

test('service principal with --certificate-path: the assertion is signed with the certificate\'s key; the session keeps the path', async () => {
  const env = sessionEnv('cert');
  const pem = join(work, 'sp.pem');
  writeFileSync(pem, spCert.cert + spCert.key, { mode: 0o600 });
  const login = await azcpProcess(['login', '--service-principal', '--application-id', CERT_APP, '--certificate-path', pem, '--tenant-id', TENANT, '--authority-host', entra.url], env);
  assert.equal(login.code, 0, login.stderr + login.stdout);
  const text = readFileSync(join(env.AZCP_LOGIN_DIR, 'session.json'), 'utf8');
  assert.equal(JSON.parse(text).method, 'servicePrincipalCertificate');
  assert.equal(JSON.parse(text).certificatePath, pem);
  const copy = await azcpProcess(['copy', `${src}/b.txt`, `${azurite.serviceUrl}/signed/cert/b.txt`, '--auth', 'login'], env);
  assert.equal(copy.code, 0, copy.stderr + copy.stdout);
  assert.equal((await azurite.getBlob('signed', 'cert/b.txt')).toString(), 'beta\n');
  assert.ok(entra.grants.filter((g) => g.clientId === CERT_APP && g.ok).length >= 2, 'login and the copy each signed in');
  assertNoSecrets({ session: text, login: login.stdout + login.stderr, copy: copy.stdout + copy.stderr }, secretsSeen());
});

test('--identity: the managed identity (an App Service identity endpoint, stood in for locally) signs in, and a later copy gets its own token', async () => {
  // Stands in for App Service's local identity endpoint (IDENTITY_ENDPOINT + IDENTITY_HEADER), which cannot be real here.
  const header = 'identity-header-' + randomUUID();
  const asked: string[] = [];
  const issued: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    asked.push(`${url.searchParams.get('resource')} ${url.searchParams.get('client_id') ?? ''}`.trim());
    if (req.headers['x-identity-header'] !== header) {
      res.writeHead(401).end('{}');
      return;
    }
    const token = storageAccessToken(TENANT, 600, { appid: 'mi-app', sub: 'mi' });
    issued.push(token);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: token, expires_on: String(Math.floor(Date.now() / 1000) + 600), resource: 'https://storage.azure.com', token_type: 'Bearer' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  try {
    const env = { ...sessionEnv('mi'), IDENTITY_ENDPOINT: `http://127.0.0.1:${(server.address() as { port: number }).port}/msi/token`, IDENTITY_HEADER: header };
    const login = await azcpProcess(['login', '--identity', '--identity-client-id', 'mi-client-id'], env);
    assert.equal(login.code, 0, login.stderr + login.stdout);
    assert.match(login.stdout, /by managedIdentity/);
    assert.equal(JSON.parse(readFileSync(join(env.AZCP_LOGIN_DIR, 'session.json'), 'utf8')).identityClientId, 'mi-client-id');
    const copy = await azcpProcess(['copy', `${src}/a.txt`, `${azurite.serviceUrl}/signed/mi/a.txt`, '--auth', 'login'], env);
    assert.equal(copy.code, 0, copy.stderr + copy.stdout);
    assert.equal((await azurite.getBlob('signed', 'mi/a.txt')).toString(), 'alpha\n');
    assert.ok(asked.length >= 2 && asked.every((a) => a === 'https://storage.azure.com mi-client-id'), asked.join(', '));
    assertNoSecrets({ login: login.stdout + login.stderr, copy: copy.stdout + copy.stderr, session: readFileSync(join(env.AZCP_LOGIN_DIR, 'session.json'), 'utf8') }, [header, ...issued]);
  } finally {
    server.close();
  }
});

test('--azure-cli: the Azure CLI\'s sign-in (a stand-in az on PATH) for later commands', async () => {
  // Stands in for the Azure CLI (az account get-access-token), which is not installed here.
  const bin = join(work, 'fake-az-bin');
  mkdirSync(bin, { recursive: true });
  const token = storageAccessToken(TENANT, 600, { upn: 'grace@contoso.example' });
  const answer = JSON.stringify({ accessToken: token, expiresOn: '2099-01-01 00:00:00.000000', expires_on: Math.floor(Date.now() / 1000) + 600, tenant: TENANT, tokenType: 'Bearer' });
  writeFileSync(join(bin, 'az'), `#!/bin/sh\necho "$@" >> ${JSON.stringify(join(bin, 'calls'))}\ncat <<'EOF'\n${answer}\nEOF\n`);
  chmodSync(join(bin, 'az'), 0o755);
  const env = { ...sessionEnv('cli'), PATH: `${bin}:${process.env.PATH}` };
  const login = await azcpProcess(['login', '--azure-cli'], env);
  assert.equal(login.code, 0, login.stderr + login.stdout);
  assert.match(login.stdout, /Signed in as grace@contoso\.example .* by azureCli/);
  const copy = await azcpProcess(['copy', `${src}/b.txt`, `${azurite.serviceUrl}/signed/cli/b.txt`, '--auth', 'login'], env);
  assert.equal(copy.code, 0, copy.stderr + copy.stdout);
  assert.equal((await azurite.getBlob('signed', 'cli/b.txt')).toString(), 'beta\n');
  assert.match(readFileSync(join(bin, 'calls'), 'utf8'), /account get-access-token --output json --resource https:\/\/storage\.azure\.com/);
  assertNoSecrets({ login: login.stdout + login.stderr, copy: copy.stdout + copy.stderr, session: readFileSync(join(env.AZCP_LOGIN_DIR, 'session.json'), 'utf8') }, [token]);
});

test('device code without an encrypted token cache: refused before the user is asked to sign in, and nothing saved', async () => {
  const env = sessionEnv('dc');
  const asked = entra.deviceCodes.length;
  const r = await azcpProcess(['login', '--tenant-id', TENANT, '--authority-host', entra.url], env);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /@azure\/identity-cache-persistence/);
  assert.match(r.stderr, /--service-principal, --identity, --federated-token-file or --azure-cli/);
  assert.equal(entra.deviceCodes.length, asked, 'no device code was asked for');
  assert.equal(existsSync(join(env.AZCP_LOGIN_DIR, 'session.json')), false);
});

test('the device-code flow azcp login runs (once a token cache exists): code and URL shown, pending until the user signs in, then a refresh', async () => {
  // azcp's deviceCodeSignIn, in its own process (the certificate trust is read at start).
  const script = join(work, 'device-code.mts');
  writeFileSync(
    script,
    `import { deviceCodeSignIn } from ${JSON.stringify(join(repoRoot, 'src', 'auth', 'login.ts'))};
const { record, token } = await deviceCodeSignIn({ method: 'deviceCode', tenantId: ${JSON.stringify(TENANT)}, authorityHost: ${JSON.stringify(entra.url)} }, process.env, (m) => process.stderr.write(m + '\\n'));
process.stdout.write(JSON.stringify({ username: record.username, tenantId: record.tenantId, expiresOn: token.expiresOnTimestamp }));
`,
  );
  entra.accessTokenTtl = 60; // under MSAL's 5-minute renewal margin: the second getToken refreshes
  const grantsBefore = entra.grants.length;
  const user = { username: 'ada@contoso.example', oid: randomUUID() };
  let approved = false;
  const r = await new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, env: { ...process.env, NODE_EXTRA_CA_CERTS: cert.certPath } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      const code = /enter the code (\w+)/.exec(stderr)?.[1];
      // The user signs in a little later: the first polls are pending.
      if (code && !approved) {
        approved = true;
        setTimeout(() => entra.approve(code, user), 1500);
      }
    });
    setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
  entra.accessTokenTtl = 600;
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`open the page ${entra.url}/devicelogin and enter the code`));
  const out = JSON.parse(r.stdout);
  assert.equal(out.username, user.username);
  assert.equal(out.tenantId, TENANT);
  const grants = entra.grants.slice(grantsBefore).map((g) => `${g.grant}:${g.ok ? 'ok' : g.error}`);
  assert.ok(grants.includes('device_code:authorization_pending'), grants.join(' '));
  assert.ok(grants.includes('device_code:ok'), grants.join(' '));
  assert.ok(grants.includes('refresh_token:ok'), `the near-expiry token was renewed with the refresh token: ${grants.join(' ')}`);
  assertNoSecrets({ stdout: r.stdout, stderr: r.stderr }, [...entra.refreshTokens, ...entra.accessTokens]);
});

test('--auth auto uses the session when no SAS, key or connection string applies', async () => {
  const dir = join(work, 'auto');
  const env = { AZCP_LOGIN_DIR: dir, AZCP_CLIENT_SECRET: SP_SECRET } as NodeJS.ProcessEnv;
  const loc = { serviceUrl: 'https://acct.blob.core.windows.net', account: 'acct' };
  const session: Session = { version: 1, method: 'servicePrincipalSecret', tenantId: TENANT, clientId: SP_APP, authorityHost: entra.url, who: `application ${SP_APP}`, expiresOn: new Date().toISOString(), savedAt: new Date().toISOString(), tokenCache: 'none' };
  writeSession(session, env);
  const auto = await resolveAuth(loc, { kind: 'auto' }, undefined, env);
  assert.equal(auto.kind, 'token');
  assert.match((auto as { description: string }).description, /^azcp login \(servicePrincipalSecret/);
  // A SAS still comes first.
  assert.equal((await resolveAuth({ ...loc, sas: 'sv=1&sig=abc' }, { kind: 'auto' }, undefined, env)).kind, 'sas');
});

test('bad login input: two methods at once, a missing certificate file, --identity-client-id without --identity (exit 2)', async () => {
  const env = sessionEnv('bad');
  for (const [args, message] of [
    [['login', '--identity', '--azure-cli'], /choose one way to sign in/],
    [['login', '--service-principal', '--application-id', SP_APP, '--certificate-path', join(work, 'nope.pem')], /does not exist/],
    [['login', '--identity-client-id', 'x'], /go with --identity/],
  ] as const) {
    const r = await azcpProcess([...args], env);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
});
