// A catalogue of bad input, table-driven. Each row asserts a clear one-line
// message on stderr, the exit status (2: input error, nothing written;
// 1: a per-file failure), and that nothing was written that should not be:
// the destination container's listing and the local output folder are
// compared before and after.
//
// Real: azcp (in-process CLI), Azurite, the files. Hostile blob names are
// planted with raw HTTP PUTs (the SDK would normalise them). Nothing mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters, ContainerSASPermissions, type ContainerClient } from '@azure/storage-blob';
import { startAzurite, DEV_ACCOUNT, DEV_KEY } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { jsonReport } from './helpers/json-lines.ts';

let azurite: Awaited<ReturnType<typeof startAzurite>>;
let service: BlobServiceClient;
let dst: ContainerClient;
let work: string;
let src: string;
let out: string;
let U: string; // Azurite's service URL
const cred = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);

function sas(container: string, permissions: string): string {
  return generateBlobSASQueryParameters({ containerName: container, permissions: ContainerSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 3 * 3600_000) }, cred).toString();
}

/** PUT a blob with the path exactly as written (node:http does not resolve '..' or '//'). */
function plant(container: string, rawName: string, body = 'planted\n'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: azurite.port, method: 'PUT', path: `/${DEV_ACCOUNT}/${container}/${rawName}?${sas(container, 'rwl')}`, headers: { 'x-ms-blob-type': 'BlockBlob', 'content-length': Buffer.byteLength(body) } },
      (res) => (res.resume(), resolve(res.statusCode ?? 0)),
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function names(c: ContainerClient): Promise<string[]> {
  const list: string[] = [];
  for await (const b of c.listBlobsFlat()) list.push(b.name);
  return list.sort();
}

function localFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? (d as unknown as { path: string }).path, d.name).slice(dir.length + 1))
    .sort();
}

before(async () => {
  azurite = await startAzurite();
  U = azurite.serviceUrl;
  service = new BlobServiceClient(U, cred);
  dst = service.getContainerClient('bad-dst');
  await dst.create();
  await service.getContainerClient('hostile').create();
  await service.getContainerClient('source').create();
  await service.getContainerClient('source').getBlockBlobClient('ok.txt').upload('ok\n', 3);
  work = tempDir('bad');
  src = join(work, 'src');
  out = join(work, 'out');
  mkdirSync(src);
  mkdirSync(out);
  writeFileSync(join(src, 'a.txt'), 'alpha\n');
  writeFileSync(join(src, 'b.txt'), 'beta\n');
});

after(async () => {
  await azurite?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Row {
  name: string;
  args: () => string[];
  code: 1 | 2;
  stderr: RegExp;
}

/** A well-formed SAS for an account Azurite does not have. */
const otherAccountSas = () =>
  generateBlobSASQueryParameters({ containerName: 'bad-dst', permissions: ContainerSASPermissions.parse('racwdl'), expiresOn: new Date(Date.now() + 3 * 3600_000) }, new StorageSharedKeyCredential('otheraccount', DEV_KEY)).toString();
const S = () => `${src}/*`;
const D = () => `${U}/bad-dst`;

const ROWS: Row[] = [
  // Locations: malformed and unsupported URLs
  { name: 'ftp:// URL', args: () => ['copy', 'ftp://example.com/c/x', out], code: 2, stderr: /the source uses ftp:\/\/, which azcp does not support/ },
  { name: 's3:// URL', args: () => ['copy', S(), 's3://bucket/key'], code: 2, stderr: /the destination uses s3:\/\/, which azcp does not support/ },
  { name: 'Data Lake (.dfs.) endpoint', args: () => ['copy', S(), 'https://acct.dfs.core.windows.net/c'], code: 2, stderr: /Data Lake endpoint \(\.dfs\.\); use the blob endpoint instead: acct\.blob\.core\.windows\.net/ },
  { name: 'Azure Queue (.queue.) endpoint', args: () => ['copy', S(), 'https://acct.queue.core.windows.net/q'], code: 2, stderr: /is an Azure queue endpoint; azcp moves blobs and files/ },
  { name: 'queue endpoint', args: () => ['list', 'https://acct.queue.core.windows.net/q'], code: 2, stderr: /is an Azure queue endpoint/ },
  { name: 'no container (account URL)', args: () => ['copy', S(), 'https://acct.blob.core.windows.net/'], code: 2, stderr: /names no container: write https:\/\/acct\.blob\.core\.windows\.net\/CONTAINER/ },
  { name: 'no container (emulator URL)', args: () => ['copy', S(), U], code: 2, stderr: /names no container/ },
  { name: 'no account (emulator URL)', args: () => ['copy', S(), `http://127.0.0.1:${azurite.port}/`], code: 2, stderr: /names no account/ },
  { name: 'invalid container name', args: () => ['copy', S(), `${U}/Bad_Name`], code: 2, stderr: /"Bad_Name" is not a valid container name/ },
  { name: 'container name too short', args: () => ['copy', S(), `${U}/ab`], code: 2, stderr: /"ab" is not a valid container name/ },
  { name: '".." segment in the URL', args: () => ['copy', S(), `${U}/bad-dst/x/../y`], code: 2, stderr: /URL has a '\.' or '\.\.' segment/ },
  { name: 'encoded ".." segment', args: () => ['copy', S(), `${U}/bad-dst/x/%2E%2E/y`], code: 2, stderr: /URL has a '\.' or '\.\.' segment/ },
  { name: 'plain http to a non-local host', args: () => ['copy', S(), 'http://acct.blob.core.windows.net/c'], code: 2, stderr: /plain http to acct\.blob\.core\.windows\.net; Azure Storage needs https/ },
  { name: 'user:password in the URL', args: () => ['copy', S(), 'https://me:pw@acct.blob.core.windows.net/c'], code: 2, stderr: /must not carry a user name or password/ },
  { name: 'query string without a signature', args: () => ['copy', S(), `${D()}?sv=2024-01-01&sp=rw`], code: 2, stderr: /has a query string but no SAS signature/ },
  { name: 'malformed %-escape', args: () => ['copy', S(), `${U}/bad-dst/%ZZ`], code: 2, stderr: /malformed %-escape|not a valid URL/ },
  { name: 'neither path nor URL', args: () => ['copy', S(), 'gs:bucket/x'], code: 2, stderr: /is neither a local path nor an http\(s\) URL/ },
  { name: 'both sides local', args: () => ['copy', S(), out], code: 2, stderr: /are local paths; one of them must be a blob URL/ },
  // Wrong account, missing container, permission-less SAS
  { name: 'another account on the emulator', args: () => ['copy', S(), `http://127.0.0.1:${azurite.port}/otheraccount/bad-dst?${otherAccountSas()}`], code: 2, stderr: /(refused|does not exist|rejected|not found).*otheraccount|otheraccount.*(refused|does not exist|rejected)/ },
  { name: 'missing destination container', args: () => ['copy', S(), `${U}/no-such-container`], code: 2, stderr: /the destination container "no-such-container" does not exist in account "devstoreaccount1"; create it with: azcp make / },
  { name: 'missing source container', args: () => ['copy', `${U}/no-such-container/*`, out], code: 2, stderr: /the source container "no-such-container" does not exist/ },
  { name: 'read-only SAS as upload destination', args: () => ['copy', S(), `${D()}?${sas('bad-dst', 'r')}`], code: 2, stderr: /the destination SAS lacks permission list \(l\), write \(w\) \(it has sp=r\)/ },
  { name: 'list-only SAS as download source', args: () => ['copy', `${U}/source/*?${sas('source', 'l')}`, out], code: 2, stderr: /the source SAS lacks permission read \(r\)/ },
  { name: 'sync --delete-destination without delete permission', args: () => ['sync', src, `${D()}?${sas('bad-dst', 'rwl')}`, '--delete-destination', 'true'], code: 2, stderr: /lacks permission delete \(d\)/ },
  // Local paths
  { name: 'nonexistent local source', args: () => ['copy', join(work, 'nope'), D()], code: 2, stderr: /the source ".*nope" does not exist/ },
  // Checked before any request: an unreachable endpoint would otherwise hold the error back behind seconds of retries.
  { name: 'nonexistent local source, unreachable destination', args: () => ['copy', join(work, 'nope'), 'http://127.0.0.1:9/devstoreaccount1/bad-dst'], code: 2, stderr: /the source ".*nope" does not exist/ },
  { name: 'local source is a special file', args: () => ['copy', '/dev/null', D()], code: 2, stderr: /is neither a file nor a folder|cannot be read/ },
  { name: 'folder without --recursive', args: () => ['copy', src, D()], code: 2, stderr: /is a folder: add --recursive/ },
  { name: 'wildcard in the middle of a path', args: () => ['copy', `${work}/*/a.txt`, D()], code: 2, stderr: /wildcards are allowed only in the last segment of a local path.*--recursive --include-regex "\^\[\^\/\]\*\/a\\\.txt\$"/ },
  // Conflicting flags
  { name: '--delete-destination with copy', args: () => ['copy', S(), D(), '--delete-destination', 'true'], code: 2, stderr: /--delete-destination only applies to sync/ },
  { name: '--compare-hash with copy', args: () => ['copy', S(), D(), '--compare-hash', 'md5'], code: 2, stderr: /--compare-hash only applies to sync/ },
  { name: '--mirror-mode with --compare-hash md5', args: () => ['sync', src, D(), '--mirror-mode', '--compare-hash', 'md5'], code: 2, stderr: /--mirror-mode copies everything; it cannot be combined with --compare-hash md5/ },
  { name: '--access-tier Archive with sync', args: () => ['sync', src, D(), '--access-tier', 'Archive'], code: 2, stderr: /Archive cannot be used with sync/ },
  { name: '--include-after later than --include-before', args: () => ['copy', S(), D(), '--include-after', '2026-02-01', '--include-before', '2026-01-01'], code: 2, stderr: /is later than --include-before: nothing could match/ },
  // Bad numbers and dates
  { name: '--concurrency 0', args: () => ['copy', S(), D(), '--concurrency', '0'], code: 2, stderr: /--concurrency must be from 1 to \d+; got 0/ },
  { name: '--concurrency abc', args: () => ['copy', S(), D(), '--concurrency', 'abc'], code: 2, stderr: /--concurrency must be a whole number/ },
  { name: '--block-size-mb -1', args: () => ['copy', S(), D(), '--block-size-mb', '-1'], code: 2, stderr: /--block-size-mb must be a number of MiB above 0 and at most 4000; got "-1"/ },
  { name: '--block-size-mb 5000', args: () => ['copy', S(), D(), '--block-size-mb', '5000'], code: 2, stderr: /--block-size-mb must be a number of MiB above 0 and at most 4000/ },
  { name: '--max-delete 120%', args: () => ['sync', src, D(), '--max-delete', '120%'], code: 2, stderr: /--max-delete percentage must be from 0% to 100%; got 120%/ },
  { name: '--max-delete lots', args: () => ['sync', src, D(), '--max-delete', 'lots'], code: 2, stderr: /--max-delete must be a count \(e\.g\. 100\) or a percentage/ },
  { name: '--shard 3/2', args: () => ['copy', S(), D(), '--shard', '3/2'], code: 2, stderr: /--shard must be I\/N with 1 ≤ I ≤ N, e\.g\. 2\/4; got "3\/2"/ },
  { name: '--shard 0/4', args: () => ['copy', S(), D(), '--shard', '0/4'], code: 2, stderr: /--shard must be I\/N/ },
  { name: '--include-after yesterday', args: () => ['copy', S(), D(), '--include-after', 'yesterday'], code: 2, stderr: /--include-after must be an ISO 8601 date or time such as 2026-01-31/ },
  { name: '--include-before 2026-02-30', args: () => ['copy', S(), D(), '--include-before', '2026-02-30'], code: 2, stderr: /--include-before (is not a real date|must be an ISO 8601)/ },
  { name: '--overwrite maybe', args: () => ['copy', S(), D(), '--overwrite', 'maybe'], code: 2, stderr: /--overwrite must be one of true, false, ifSourceNewer; got "maybe"/ },
  { name: '--include-regex that does not compile', args: () => ['copy', S(), D(), '--include-regex', '(unclosed'], code: 2, stderr: /--include-regex "\(unclosed" is not a valid regular expression/ },
  { name: '--metadata value outside ASCII', args: () => ['copy', S(), D(), '--metadata', 'team=wéb'], code: 2, stderr: /--metadata value of "team" can hold only printable ASCII characters \(it travels as an HTTP header\); found U\+00E9/ },
  { name: '--content-type with a line break', args: () => ['copy', S(), D(), '--content-type', 'text/plain\r\nx-evil: 1'], code: 2, stderr: /--content-type can hold only printable ASCII characters.*found U\+000D/ },
  { name: '--cache-control outside ASCII', args: () => ['copy', S(), D(), '--cache-control', 'max-age=60 — long'], code: 2, stderr: /--cache-control can hold only printable ASCII characters.*found U\+2014/ },
  { name: '--metadata with a bad key', args: () => ['copy', S(), D(), '--metadata', 'bad key=v'], code: 2, stderr: /--metadata key "bad key" must start with a letter/ },
  // Source and destination that overlap (refused before any request)
  { name: 'sync into a folder inside the source', args: () => ['sync', `${U}/source`, `${U}/source/sub`], code: 2, stderr: /the destination source\/sub is inside the source source: every sync would take its own output as source again/ },
  { name: 'copy --recursive into a folder inside the source', args: () => ['copy', `${U}/source/*`, `${U}/source/backup/`, '--recursive'], code: 2, stderr: /the destination source\/backup is inside the source source/ },
  { name: 'sync onto itself', args: () => ['sync', `${U}/source/dir/`, `${U}/source/dir`], code: 2, stderr: /the source and the destination are the same \(source\/dir\)/ },
  { name: 'sync onto itself, loopback written two ways', args: () => ['sync', `${U}/source`, `http://localhost:${azurite.port}/${DEV_ACCOUNT}/source`], code: 2, stderr: /the source and the destination are the same/ },
  { name: 'sync --delete-destination with the source inside the destination', args: () => ['sync', `${U}/bad-dst/sub`, D(), '--delete-destination', 'true'], code: 2, stderr: /the source bad-dst\/sub is inside the destination bad-dst: --delete-destination would delete the source itself/ },
  // Numbers, patterns, metadata and names that would fail later
  { name: '--block-size-mb empty', args: () => ['copy', S(), D(), '--block-size-mb', ''], code: 2, stderr: /--block-size-mb is empty: give a number, e\.g\. --block-size-mb 8/ },
  { name: '--block-size-mb 0x10', args: () => ['copy', S(), D(), '--block-size-mb', '0x10'], code: 2, stderr: /--block-size-mb must be a number of MiB above 0 and at most 4000; got "0x10"/ },
  { name: '--block-size-mb 1e3', args: () => ['copy', S(), D(), '--block-size-mb', '1e3'], code: 2, stderr: /--block-size-mb must be a number of MiB/ },
  { name: '--concurrency empty', args: () => ['copy', S(), D(), '--concurrency', ''], code: 2, stderr: /--concurrency is empty/ },
  { name: '--concurrency 0x10', args: () => ['copy', S(), D(), '--concurrency', '0x10'], code: 2, stderr: /--concurrency must be a whole number/ },
  { name: '--shard 1/huge', args: () => ['copy', S(), D(), '--shard', '1/99999999999999999999'], code: 2, stderr: /--shard N must be at most 1000/ },
  { name: '--shard 1/1001', args: () => ['copy', S(), D(), '--shard', '1/1001'], code: 2, stderr: /--shard N must be at most 1000; got "1\/1001"/ },
  { name: '--include-pattern with an unclosed [', args: () => ['copy', S(), D(), '--include-pattern', '['], code: 2, stderr: /--include-pattern "\[" has a '\[' without a closing '\]'; write \\\[ for a literal/ },
  { name: '--include-pattern with an unclosed {', args: () => ['copy', S(), D(), '--include-pattern', '{a,'], code: 2, stderr: /--include-pattern "\{a," has a '\{' without a closing '\}'/ },
  { name: '--exclude-pattern with an unclosed (', args: () => ['copy', S(), D(), '--exclude-pattern', '@(x'], code: 2, stderr: /--exclude-pattern "@\(x" has a '\(' without a closing '\)'/ },
  { name: '--metadata keys that differ only in case', args: () => ['copy', S(), D(), '--metadata', 'Team=a;team=b'], code: 2, stderr: /--metadata key "team" is given twice \(as "Team": metadata names ignore case\)/ },
  { name: "--metadata naming a key azcp sets itself (is_symlink would make downloads create links)", args: () => ["copy", S(), D(), "--metadata", "IS_SYMLINK=true"], code: 2, stderr: /--metadata key "IS_SYMLINK" is one azcp sets itself/ },
  { name: 'destination blob name over 1,024 characters', args: () => ['copy', join(src, 'a.txt'), `${D()}/${'n'.repeat(1025)}`], code: 2, stderr: /cannot be written: the blob name is 1025 characters long; Azure allows at most 1024/ },
  { name: 'destination blob name over 254 segments', args: () => ['copy', join(src, 'a.txt'), `${D()}/${Array(255).fill('s').join('/')}`], code: 2, stderr: /the blob name has 255 path segments; Azure allows at most 254/ },
  // Flags and arguments
  { name: 'unknown flag (did-you-mean)', args: () => ['copy', S(), D(), '--recursiv'], code: 2, stderr: /unknown option --recursiv for copy; did you mean --recursive\?/ },
  { name: 'unknown flag far from any', args: () => ['copy', S(), D(), '--zzzzzzzzzz'], code: 2, stderr: /unknown option --zzzzzzzzzz for copy \(see azcp copy --help\)/ },
  { name: 'single-dash flag', args: () => ['copy', S(), D(), '-r'], code: 2, stderr: /unknown option "-r" for copy; options are spelled --name/ },
  { name: 'flag given twice', args: () => ['copy', S(), D(), '--concurrency', '2', '--concurrency', '3'], code: 2, stderr: /--concurrency is given twice/ },
  { name: 'missing destination', args: () => ['copy', S()], code: 2, stderr: /copy needs source and destination: azcp copy SOURCE DESTINATION/ },
  { name: 'missing flag value', args: () => ['copy', S(), D(), '--include-pattern'], code: 2, stderr: /--include-pattern needs a value, e\.g\. --include-pattern/ },
  { name: 'extra positional (unquoted &)', args: () => ['copy', S(), D(), 'extra'], code: 2, stderr: /copy takes a source and a destination; unexpected "extra" \(quote URLs that contain & or \?\)/ },
  { name: 'unknown command', args: () => ['cpy', S(), D()], code: 2, stderr: /unknown command "cpy"; commands are copy, sync, list, make, remove, jobs/ },
  { name: '--auth nonsense', args: () => ['copy', S(), D(), '--auth', 'password'], code: 2, stderr: /--auth must be one of auto, sas, key/ },
];

for (const row of ROWS) {
  test(`bad input: ${row.name}`, async () => {
    const before = { dst: await names(dst), out: localFiles(out) };
    const r = await azcp([...row.args(), '--job-dir', join(work, 'jobs')]);
    assert.equal(r.code, row.code, `exit status; stderr:\n${r.stderr}`);
    const lines = r.stderr.split('\n').filter((l) => l.trim() && !/^warning: /.test(l));
    assert.equal(lines.length, 1, `one line on stderr:\n${r.stderr}`);
    assert.match(lines[0], /^(azcp|error): /);
    assert.match(lines[0], row.stderr);
    assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    assert.deepEqual(await names(dst), before.dst, 'nothing written to the destination container');
    assert.deepEqual(localFiles(out), before.out, 'nothing written to the local folder');
  });
}

test('at least 30 bad inputs are catalogued', () => assert.ok(ROWS.length >= 30, String(ROWS.length)));

test('hostile blob names are refused on download and reported; the safe blob lands, nothing escapes', async () => {
  // Azurite keeps '..', '.' and '//' as written; it turns '\' into '/' (so
  // the backslash name becomes a '..' name here). A control character in a
  // name is stored too, but the SDK's XML listing cannot read it back, so it
  // is not planted here (unsafeNameReason refuses it: unit-tested elsewhere).
  const planted: Array<[string, RegExp]> = [
    ['sub/%2E%2E/%2E%2E/escape-dotdot.txt', /"\.\." segment/],
    ['a%5C..%5C..%5Cescape-backslash.txt', /"\.\." segment|backslash/],
    ['x/%2E/dot.txt', /"\." segment/],
    ['empty//segment.txt', /empty path segment/],
  ];
  for (const [raw] of planted) assert.equal(await plant('hostile', raw), 201, raw);
  await plant('hostile', 'fine.txt', 'fine\n');
  const stored = await names(service.getContainerClient('hostile'));
  const down = join(work, 'hostile-down');
  const r = await azcp(['copy', `${U}/hostile/*`, down, '--recursive', '--job-dir', join(work, 'jobs'), '--output-type', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const report = jsonReport(r.stdout);
  assert.equal(report.counts.transferred, 1);
  assert.equal(report.counts.failed, stored.length - 1, `every hostile name fails: ${JSON.stringify(stored)}`);
  for (const f of report.failures) assert.match(f.error, /^refused: name /);
  for (const [, reason] of planted) assert.ok(report.failures.some((f: { error: string }) => reason.test(f.error)), `a failure matches ${reason}: ${JSON.stringify(report.failures)}`);
  for (const line of r.stderr.split('\n').filter((l) => l.startsWith('error: download failed'))) assert.match(line, /^error: download failed: .+: refused: name /);
  assert.deepEqual(localFiles(down), ['fine.txt']);
  assert.deepEqual(readdirSync(work).filter((n) => n.startsWith('escape')), [], 'nothing was written outside the destination');
  assert.equal(existsSync(join(tmpdir(), 'escape-dotdot.txt')), false);
});

test('a file that changes size while it uploads is reported failed ("changed") and not committed', async () => {
  const dir = join(work, 'growing');
  mkdirSync(dir);
  const path = join(dir, 'grows.bin');
  writeFileSync(path, randomBytes(24 * 1024 * 1024));
  writeFileSync(join(dir, 'still.txt'), 'still\n');
  const c = service.getContainerClient('growing');
  await c.create();
  // Grow the file from a timer while the upload runs (1 MiB blocks, one at a
  // time through a 4-slot block limiter, so there is time).
  const timer = setInterval(() => appendFileSync(path, 'more'), 5);
  let r;
  try {
    r = await azcp(['copy', `${dir}/*`, `${U}/growing`, '--block-size-mb', '1', '--concurrency', '1', '--job-dir', join(work, 'jobs'), '--output-type', 'json']);
  } finally {
    clearInterval(timer);
  }
  assert.equal(r.code, 1, r.stderr);
  const report = jsonReport(r.stdout);
  assert.equal(report.counts.failed, 1);
  assert.equal(report.failures[0].path, 'grows.bin');
  assert.match(report.failures[0].error, /changed/);
  assert.match(r.stderr, /^error: upload failed: grows\.bin: .*changed/m);
  assert.deepEqual(await names(c), ['still.txt'], 'the changed file is not committed');
});

test('a name found while planning that would exceed 1,024 characters is that transfer Failed with the reason, never sent', async () => {
  const dir = join(work, 'long-names');
  mkdirSync(dir);
  const long = `${'l'.repeat(200)}.txt`;
  writeFileSync(join(dir, long), 'long\n');
  writeFileSync(join(dir, 'ok.txt'), 'ok\n');
  const c = service.getContainerClient('long-names');
  await c.create();
  const prefix = 'p'.repeat(900);
  const r = await azcp(['copy', `${dir}/*`, `${U}/long-names/${prefix}`, '--job-dir', join(work, 'jobs'), '--output-type', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const report = jsonReport(r.stdout);
  assert.equal(report.counts.transferred, 1);
  assert.equal(report.counts.failed, 1);
  assert.equal(report.failures[0].path, long);
  assert.match(report.failures[0].error, /^refused: the blob name is 1105 characters long; Azure allows at most 1024$/);
  assert.deepEqual(await names(c), [`${prefix}/ok.txt`]);
});
