// Authentication to an Azure Files share, each way azcp offers: an Entra
// token (sent with x-ms-file-request-intent: backup, which the service
// requires of token auth on files and directories), a connection string,
// an account key, and a SAS whose expiry and permissions are checked before
// any request. Azure Files is served by the in-memory stand-in
// (scripts/files-server.mjs), because no emulator of it exists, here over
// HTTPS (the SDK sends bearer tokens over HTTPS only) with a throw-away
// certificate. The token is made here: mocking the identity provider is
// the one thing that cannot be real (the stand-in checks its lifetime,
// issuer and audience, not its signature, as Azurite's basic OAuth does).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import type { TokenCredential } from '@azure/core-auth';
import { runJob } from '../src/job/run.ts';
import { parseJobOptions } from '../src/job/options.ts';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { makeLoopbackCert, type TestCert } from './helpers/certs.ts';
import { createShare, listShare, shareSas, startFilesServer, type FilesServer } from './helpers/shares.ts';

let server: FilesServer;
let cert: TestCert;
let work: string;
let jobDir: string;
const tlsBefore = process.env.NODE_TLS_REJECT_UNAUTHORIZED;

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.sig`;
}
const now = () => Math.floor(Date.now() / 1000);
const token = jwt({ iss: 'https://sts.windows.net/tenant/', aud: 'https://storage.azure.com', iat: now(), nbf: now() - 60, exp: now() + 3600 });
const credential: TokenCredential = { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3600_000 }) };

before(async () => {
  cert = makeLoopbackCert();
  // The throw-away certificate is trusted by this test process only.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  server = await startFilesServer({ tls: { cert: cert.cert, key: cert.key } });
  work = tempDir('files-auth');
  jobDir = join(work, 'jobs');
  mkdirSync(join(work, 'src'), { recursive: true });
  writeFileSync(join(work, 'src', 'a.txt'), 'alpha');
  await createShare(server, 'auth');
});
after(async () => {
  if (tlsBefore === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = tlsBefore;
  await server?.close();
  cert?.cleanup();
});

test('an Entra token: every file and directory request carries x-ms-file-request-intent: backup, and the upload lands', async () => {
  const mark = server.requests.length;
  const options = parseJobOptions({ mode: 'copy', source: join(work, 'src', 'a.txt'), destination: `${server.url}/auth/tok/a.txt`, fromTo: 'LocalFile', authType: 'workload-identity', jobDir });
  const report = await runJob(options, { credential });
  assert.equal(report.status, 'Completed', JSON.stringify(report.failures ?? report));
  const seen = server.requests.slice(mark);
  assert.ok(seen.length > 0);
  assert.deepEqual(seen.filter((r) => [400, 401, 403].includes(r.status)).map((r) => `${r.operation} ${r.status} ${r.errorCode}`), [], 'the stand-in refuses token requests without the intent header; none was refused');
  assert.deepEqual((await listShare(server, 'auth')).map((f) => f.name), ['tok/a.txt']);
});

test('a connection string and an account key', async () => {
  const cs = await azcp(['copy', join(work, 'src', 'a.txt'), `${server.url}/auth/cs/a.txt`, '--from-to', 'LocalFile', '--auth', 'connection-string', '--job-dir', jobDir], process.env);
  // The CLI reads AZCP_CONNECTION_STRING from the process environment.
  assert.equal(cs.code, 2, 'none given: an input error');
  process.env.AZCP_CONNECTION_STRING = server.connectionString;
  try {
    const ok = await azcp(['copy', join(work, 'src', 'a.txt'), `${server.url}/auth/cs/a.txt`, '--from-to', 'LocalFile', '--auth', 'connection-string', '--job-dir', jobDir]);
    assert.equal(ok.code, 0, ok.stderr);
  } finally {
    delete process.env.AZCP_CONNECTION_STRING;
  }
  process.env.AZCP_ACCOUNT_KEY = Buffer.alloc(64, 7).toString('base64');
  try {
    const wrong = await azcp(['copy', join(work, 'src', 'a.txt'), `${server.url}/auth/key/a.txt`, '--from-to', 'LocalFile', '--auth', 'key', '--job-dir', jobDir]);
    assert.equal(wrong.code, 2, wrong.stderr);
    assert.match(wrong.stderr, /credentials were rejected/);
  } finally {
    delete process.env.AZCP_ACCOUNT_KEY;
  }
});

test('a share SAS that expired, or lacks write, is refused before any request (exit 2)', async () => {
  const expired = shareSas(server, 'auth', 'rcwdl', -60_000);
  const mark = server.requests.length;
  const r = await azcp(['copy', join(work, 'src', 'a.txt'), `${server.url}/auth/x.txt?${expired}`, '--from-to', 'LocalFile', '--job-dir', jobDir]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /SAS expired/);
  assert.equal(server.requests.length, mark, 'not one request sent');
  const readOnly = shareSas(server, 'auth', 'rl');
  const ro = await azcp(['copy', join(work, 'src', 'a.txt'), `${server.url}/auth/x.txt?${readOnly}`, '--from-to', 'LocalFile', '--job-dir', jobDir]);
  assert.equal(ro.code, 2, ro.stderr);
  assert.match(ro.stderr, /lacks|permission/);
});
