// No secret ever appears in anything azcp prints or writes: SAS signatures
// (raw and URL-encoded), the account key, the connection string — across
// uploads, downloads, blob → blob copies, key and connection-string auth
// from the environment, jobs that fail, input errors that echo a URL, and
// the jobs commands. Every stdout, stderr and every file under the job
// folder root is scanned (test/helpers/secrets.ts).
//
// Real: azcp in-process and as the built bundle, Azurite, real SAS tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters, ContainerSASPermissions } from '@azure/storage-blob';
import { startAzurite, DEV_ACCOUNT, DEV_KEY } from '../scripts/azurite.mjs';
import { azcp, type AzcpResult } from './helpers/azcp.ts';
import { buildPrivateBundle, startBundle, type PrivateBundle } from './helpers/bundle.ts';
import { assertNoSecrets, jobFolderTexts } from './helpers/secrets.ts';
import { tempDir } from './helpers/temp.ts';
import { createShare, shareSas, startFilesServer, type FilesServer } from './helpers/shares.ts';

let azurite: Awaited<ReturnType<typeof startAzurite>>;
let bundle: PrivateBundle;
// Azure Files: the in-memory stand-in (scripts/files-server.mjs), because no emulator of it exists.
let files: FilesServer;
let work: string;
let src: string;
let jobDir: string;
const outputs: Record<string, string> = {};
const secrets: string[] = [];
const cred = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);
// Azurite answers some blob → blob APIs with 5xx, which azcp retries before
// falling back; short retry delays keep this file fast (read per job).
process.env.AZCP_RETRY_DELAY_MS = '20';

function sas(container: string, permissions = 'racwdl'): string {
  return generateBlobSASQueryParameters({ containerName: container, permissions: ContainerSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3600_000) }, cred).toString();
}
function sigOf(token: string): string {
  return new URLSearchParams(token).get('sig')!;
}

before(async () => {
  bundle = await buildPrivateBundle();
  azurite = await startAzurite();
  const service = new BlobServiceClient(azurite.serviceUrl, cred);
  for (const c of ['sec-a', 'sec-b', 'sec-c']) await service.getContainerClient(c).create();
  work = tempDir('secrets');
  jobDir = join(work, 'jobs');
  src = join(work, 'src');
  mkdirSync(join(src, 'sub'), { recursive: true });
  writeFileSync(join(src, 'a.txt'), 'alpha\n');
  writeFileSync(join(src, 'sub', 'b.bin'), randomBytes(3 * 1024 * 1024));
  secrets.push(DEV_KEY, azurite.connectionString);
  files = await startFilesServer();
  for (const sh of ['fsec-a', 'fsec-b']) await createShare(files, sh);
  secrets.push(files.connectionString);
});

after(async () => {
  await azurite?.stop();
  await files?.close();
  bundle?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

function keep(name: string, r: AzcpResult): AzcpResult {
  outputs[`${name} stdout`] = r.stdout;
  outputs[`${name} stderr`] = r.stderr;
  return r;
}

const J = () => ['--job-dir', jobDir, '--log-level', 'debug'];

test('SAS in URLs: upload, download, blob → blob, and the jobs commands', async () => {
  const a = sas('sec-a');
  const b = sas('sec-b');
  secrets.push(sigOf(a), sigOf(b), a, b);
  const up = keep('upload', await azcp(['copy', `${src}/*`, `${azurite.serviceUrl}/sec-a?${a}`, '--recursive', '--block-size-mb', '1', ...J()]));
  assert.equal(up.code, 0, up.stderr);
  const down = keep('download', await azcp(['copy', `${azurite.serviceUrl}/sec-a/*?${a}`, join(work, 'down'), '--recursive', ...J()]));
  assert.equal(down.code, 0, down.stderr);
  const s2s = keep('blob-to-blob', await azcp(['copy', `${azurite.serviceUrl}/sec-a/*?${a}`, `${azurite.serviceUrl}/sec-b?${b}`, '--recursive', ...J(), '--output-type', 'json']));
  assert.equal(s2s.code, 0, s2s.stderr);
  const syncJson = keep('sync', await azcp(['sync', src, `${azurite.serviceUrl}/sec-b/sub?${b}`, '--delete-destination', 'true', ...J(), '--output-type', 'json']));
  assert.ok([0, 1].includes(syncJson.code), syncJson.stderr);
  for (const id of readdirSync(jobDir)) {
    keep(`show ${id}`, await azcp(['jobs', 'show', id, '--job-dir', jobDir]));
    keep(`show completed ${id}`, await azcp(['jobs', 'show', id, '--with-status', 'Completed', '--job-dir', jobDir, '--output-type', 'json']));
    keep(`show json ${id}`, await azcp(['jobs', 'show', id, '--job-dir', jobDir, '--output-type', 'json']));
  }
  keep('list', await azcp(['jobs', 'list', '--job-dir', jobDir]));
  keep('list json', await azcp(['jobs', 'list', '--job-dir', jobDir, '--output-type', 'json']));
  // A resume given a new SAS on the command line.
  const id = readdirSync(jobDir).sort()[0];
  const fresh = sas('sec-a');
  secrets.push(sigOf(fresh));
  keep('resume', await azcp(['jobs', 'resume', id, '--job-dir', jobDir, '--destination-sas', fresh]));
});

test('account key and connection string from the environment (the built bundle)', async () => {
  const env = { AZCP_ACCOUNT_KEY: DEV_KEY };
  const k = await startBundle(bundle.entry, ['copy', `${src}/*`, `${azurite.serviceUrl}/sec-c/key`, '--recursive', '--auth', 'key', ...J()], env).done;
  keep('key', k);
  assert.equal(k.code, 0, k.stderr);
  const cs = await startBundle(bundle.entry, ['copy', `${src}/*`, `${azurite.serviceUrl}/sec-c/cs`, '--recursive', '--auth', 'connection-string', ...J(), '--output-type', 'json'], { AZCP_CONNECTION_STRING: azurite.connectionString }).done;
  keep('connection string', cs);
  assert.equal(cs.code, 0, cs.stderr);
  // A wrong key: the request is refused and the job fails, printing no key.
  const wrongKey = Buffer.from(randomBytes(64)).toString('base64');
  secrets.push(wrongKey);
  const bad = await startBundle(bundle.entry, ['copy', `${src}/a.txt`, `${azurite.serviceUrl}/sec-c/wrong`, '--auth', 'key', ...J()], { AZCP_ACCOUNT_KEY: wrongKey }).done;
  keep('wrong key', bad);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /refused|rejected|403/);
  const badCs = `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${wrongKey};BlobEndpoint=${azurite.serviceUrl};`;
  secrets.push(badCs);
  const badConn = await startBundle(bundle.entry, ['list', `${azurite.serviceUrl}/sec-c`, '--auth', 'connection-string', ...J()], { AZCP_CONNECTION_STRING: badCs }).done;
  keep('wrong connection string', badConn);
  assert.notEqual(badConn.code, 0);
});

test('failing jobs and bad input that echo URLs', async () => {
  const tampered = sas('sec-a').replace(/sig=[^&]+/, `sig=${encodeURIComponent(randomBytes(32).toString('base64'))}`);
  secrets.push(sigOf(tampered));
  const readOnly = sas('sec-b', 'rl');
  secrets.push(sigOf(readOnly));
  const cases: Array<[string, string[], number]> = [
    ['tampered signature', ['copy', `${src}/a.txt`, `${azurite.serviceUrl}/sec-a?${tampered}`], 2],
    ['tampered signature (download)', ['copy', `${azurite.serviceUrl}/sec-a/a.txt?${tampered}`, join(work, 'x')], 2],
    ['read-only SAS as destination', ['copy', `${src}/a.txt`, `${azurite.serviceUrl}/sec-b?${readOnly}`], 2],
    ['extra positional with a SAS', ['copy', `${src}/a.txt`, `${azurite.serviceUrl}/sec-b?${readOnly}`, `${azurite.serviceUrl}/sec-a?${tampered}`], 2],
    ['ftp URL with a SAS', ['copy', `ftp://example.com/c/x?${tampered}`, join(work, 'y')], 2],
    ['bad container name with a SAS', ['copy', `${src}/a.txt`, `${azurite.serviceUrl}/Bad_Name?${tampered}`], 2],
    ['missing container with a SAS', ['copy', `${src}/a.txt`, `${azurite.serviceUrl}/no-such-container?${readOnly}`], 2],
    ['missing blob with a SAS', ['copy', `${azurite.serviceUrl}/sec-a/nothing-here.txt?${sas('sec-a')}`, join(work, 'z')], 2],
  ];
  for (const [name, args, code] of cases) {
    const r = keep(name, await azcp([...args, ...J()]));
    assert.equal(r.code, code, `${name}: ${r.stderr}`);
    assert.ok(r.stderr.trim().length > 0, `${name} says something`);
  }
});

test('share URLs with a SAS: upload, download, share → share, list, remove, a tampered SAS, a wrong key', async () => {
  const a = shareSas(files, 'fsec-a');
  const b = shareSas(files, 'fsec-b');
  secrets.push(sigOf(a), sigOf(b), a, b);
  const F = ['--from-to'];
  const up = keep('share upload', await azcp(['copy', `${src}/*`, `${files.url}/fsec-a?${a}`, '--recursive', ...F, 'LocalFile', ...J()]));
  assert.equal(up.code, 0, up.stderr);
  const down = keep('share download', await azcp(['copy', `${files.url}/fsec-a/*?${a}`, join(work, 'fdown'), '--recursive', ...F, 'FileLocal', ...J()]));
  assert.equal(down.code, 0, down.stderr);
  const s2s = keep('share to share', await azcp(['copy', `${files.url}/fsec-a/*?${a}`, `${files.url}/fsec-b?${b}`, '--recursive', ...F, 'FileFile', ...J(), '--output-type', 'json']));
  assert.equal(s2s.code, 0, s2s.stderr);
  keep('share list', await azcp(['list', `${files.url}/fsec-b?${b}`, ...F, 'FileTrash', ...J()]));
  const rm = keep('share remove', await azcp(['remove', `${files.url}/fsec-b/sub?${b}`, '--recursive', ...F, 'FileTrash', ...J()]));
  assert.equal(rm.code, 0, rm.stderr);
  const tampered = a.replace(/sig=[^&]+/, `sig=${encodeURIComponent(randomBytes(32).toString('base64'))}`);
  secrets.push(sigOf(tampered));
  const bad = keep('share tampered SAS', await azcp(['copy', `${src}/a.txt`, `${files.url}/fsec-a?${tampered}`, ...F, 'LocalFile', ...J()]));
  assert.equal(bad.code, 2, bad.stderr);
  const wrongKey = Buffer.from(randomBytes(64)).toString('base64');
  secrets.push(wrongKey);
  const wk = await startBundle(bundle.entry, ['copy', `${src}/a.txt`, `${files.url}/fsec-a/wrong`, '--auth', 'key', ...J()], { AZCP_ACCOUNT_KEY: wrongKey, AZCP_FILE_ENDPOINT: files.url }).done;
  keep('share wrong key', wk);
  assert.notEqual(wk.code, 0);
});

test('nothing printed or written contains a secret', () => {
  const files = jobFolderTexts(jobDir);
  assert.ok(Object.keys(files).some((f) => f.endsWith('report.json')));
  assert.ok(Object.keys(files).some((f) => f.endsWith('transfers.jsonl')));
  assert.ok(Object.keys(files).some((f) => f.endsWith('azcp.log')));
  assert.ok(Object.keys(files).some((f) => f.endsWith('job.json')));
  assert.ok(Object.keys(files).some((f) => f.endsWith('summary.md')));
  assert.ok(Object.keys(outputs).length > 20);
  // The scan has teeth: it finds a secret that is there.
  assert.throws(() => assertNoSecrets([`x ${encodeURIComponent(secrets[2])} y`], [secrets[2]]), /secrets leaked/);
  assertNoSecrets({ ...outputs, ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`file ${k}`, v])) }, secrets);
  // And the redaction left its mark where URLs were written.
  assert.ok(Object.values(files).some((t) => t.includes('sig=REDACTED')), 'SAS URLs are written with sig=REDACTED');
});
