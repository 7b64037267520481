// The Azure Files stand-in (scripts/files-server.mjs) proved against AzCopy
// 10.32, an independent client written in Go on a different SDK (azfile).
// AzCopy addresses the path-style share endpoint
// (http://127.0.0.1:PORT/devstoreaccount1/SHARE?SAS) without any special
// flag when told --from-to LocalFile / FileLocal; it warns that HTTP is in
// use and carries on. It sends x-ms-version 2025-07-05, no SMB headers on
// Linux (it relies on the service's defaults), x-ms-allow-trailing-dot: true,
// and %2F inside file paths (upload/sub%2Fa.txt), all of which the stand-in
// must handle as the service does.
//
// AzCopy needs Debian's libsecret-1-0 at run time; without it the binary
// fails to start, and the test says so instead of failing obscurely.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AccountSASPermissions,
  AccountSASResourceTypes,
  AccountSASServices,
  ShareDirectoryClient,
  ShareServiceClient,
  StorageSharedKeyCredential,
  generateAccountSASQueryParameters,
} from '@azure/storage-file-share';
import { startFilesServer, type FilesServer } from '../scripts/files-server.mjs';
import { tempDir } from './helpers/temp.ts';
import { repoRoot } from './helpers/azcp.ts';

const AZCOPY = join(repoRoot, 'node_modules/@azure-tools/azcopy-linux/dist/bin/azcopy_linux_amd64');
const MiB = 1024 * 1024;

let server: FilesServer;
let service: ShareServiceClient;
let sas: string;
let work: string;

/** Makes sure AzCopy can run here, or fails with what to install. */
function checkAzCopy(): void {
  assert.ok(existsSync(AZCOPY), `AzCopy is not installed at ${AZCOPY}: it comes with the devDependency @azure-tools/azcopy-linux (npm ci)`);
  try {
    chmodSync(AZCOPY, 0o755); // the npm package ships it without its run bit
  } catch (e) {
    assert.fail(`cannot make ${AZCOPY} executable: ${(e as Error).message}`);
  }
  const probe = spawnSync(AZCOPY, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const said = `${probe.stdout ?? ''}${probe.stderr ?? ''}${probe.error?.message ?? ''}`;
  assert.doesNotMatch(said, /libsecret/, `AzCopy needs Debian's libsecret-1-0 (apt-get install libsecret-1-0):\n${said}`);
  assert.equal(probe.status, 0, `AzCopy does not start here:\n${said}`);
}

before(async () => {
  checkAzCopy();
  server = await startFilesServer();
  const key = new StorageSharedKeyCredential(server.account, server.accountKey);
  service = new ShareServiceClient(server.url, key);
  sas = generateAccountSASQueryParameters(
    {
      permissions: AccountSASPermissions.parse('rwdlc'),
      services: AccountSASServices.parse('f').toString(),
      resourceTypes: AccountSASResourceTypes.parse('sco').toString(),
      expiresOn: new Date(Date.now() + 3_600_000),
    },
    key,
  ).toString();
  work = tempDir('files-standin-azcopy');
});
after(async () => {
  await server?.close();
});

interface AzCopyRun {
  code: number | null;
  output: string;
}

/**
 * Runs AzCopy as a child process without blocking this process's event loop
 * (the stand-in serves from this same process). On failure the message
 * carries AzCopy's output and the end of its job log.
 */
async function azcopy(args: string[]): Promise<AzCopyRun> {
  const logs = join(work, 'azcopy-logs');
  mkdirSync(logs, { recursive: true });
  const child = spawn(AZCOPY, args, { env: { ...process.env, AZCOPY_LOG_LOCATION: logs, AZCOPY_JOB_PLAN_LOCATION: logs }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  if (code !== 0) {
    const logFile = /Log file is located at: (\S+)/.exec(output)?.[1];
    const tail = logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '(no job log)';
    output += `\n--- end of AzCopy's job log ---\n${tail}`;
  }
  return { code, output: output.replaceAll(/sig=[^&\s']+/g, 'sig=REDACTED') };
}

/** relative path → sha256 of every file under dir. */
function treeHashes(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of treeHashes(dir, rel)) out.set(k, v);
    else out.set(rel, createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex'));
  }
  return out;
}

/** relative path → sha256 of every file in a share directory, read with the SDK. */
async function shareHashes(dir: ShareDirectoryClient, prefix = ''): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const item of dir.listFilesAndDirectories()) {
    const rel = prefix ? `${prefix}/${item.name}` : item.name;
    if (item.kind === 'directory') for (const [k, v] of await shareHashes(dir.getDirectoryClient(item.name), rel)) out.set(k, v);
    else out.set(rel, createHash('sha256').update(await dir.getFileClient(item.name).downloadToBuffer()).digest('hex'));
  }
  return out;
}

function pseudoRandom(size: number, seed: string): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(seed).digest();
  for (let at = 0; at < size; at += block.length) {
    block.copy(out, at);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

const sorted = (m: Map<string, string>) => new Map([...m].sort());

/** The operations AzCopy sent while `run` ran, and any request the stand-in could not serve. */
async function watch(run: () => Promise<AzCopyRun>): Promise<{ result: AzCopyRun; operations: Set<string>; unserved: string[] }> {
  const from = server.requests.length;
  const result = await run();
  const seen = server.requests.slice(from);
  return {
    result,
    operations: new Set(seen.map((r) => r.operation ?? `UNROUTED ${r.method} comp=${r.comp} restype=${r.restype}`)),
    unserved: seen.filter((r) => !r.operation || r.status >= 500).map((r) => `${r.method} ${r.path} comp=${r.comp} → ${r.status} ${r.errorCode}`),
  };
}

test('AzCopy uploads a local folder to a share (LocalFile) and downloads it back (FileLocal) byte-identical; the SDK reads what AzCopy wrote byte for byte', async (t) => {
  const src = join(work, 'site');
  mkdirSync(join(src, 'docs', 'deep er'), { recursive: true });
  mkdirSync(join(src, 'empty-folder'));
  writeFileSync(join(src, 'big.bin'), pseudoRandom(3 * MiB + 5, 'big'));
  writeFileSync(join(src, 'docs', 'readme.txt'), 'hello files\n');
  writeFileSync(join(src, 'docs', 'deep er', 'über café.txt'), 'unicode and spaces\n');
  writeFileSync(join(src, 'docs', 'MixedCase.TXT'), 'case kept\n');
  writeFileSync(join(src, 'zero.bin'), '');
  await service.getShareClient('azcopy-up').create();

  const up = await watch(() => azcopy(['copy', src, `${server.url}/azcopy-up?${sas}`, '--recursive', '--from-to', 'LocalFile', '--block-size-mb', '1', '--put-md5']));
  assert.equal(up.result.code, 0, `AzCopy upload failed:\n${up.result.output}`);
  assert.deepEqual(up.unserved, [], 'every request AzCopy sent was served');
  t.diagnostic(`AzCopy upload sent: ${[...up.operations].sort().join(', ')}`);
  for (const op of ['CreateDirectory', 'CreateFile', 'PutRange', 'SetFileProperties']) assert.ok(up.operations.has(op), `AzCopy's upload used ${op}`);

  const root = service.getShareClient('azcopy-up').getDirectoryClient('site');
  assert.deepEqual(sorted(await shareHashes(root)), sorted(treeHashes(src)), 'the SDK reads back exactly what AzCopy uploaded');
  assert.equal((await root.getDirectoryClient('empty-folder').getProperties()).errorCode, undefined, 'the empty folder was created too');
  const big = await root.getFileClient('big.bin').getProperties();
  assert.equal(Buffer.from(big.contentMD5!).toString('base64'), createHash('md5').update(readFileSync(join(src, 'big.bin'))).digest('base64'), '--put-md5 stored the MD5');
  const ranges = server.requests.filter((r) => r.operation === 'PutRange' && r.path.endsWith('big.bin')).length;
  assert.equal(ranges, 4, '3 MiB + 5 B in 1 MiB ranges');

  const dest = join(work, 'down');
  const down = await watch(() => azcopy(['copy', `${server.url}/azcopy-up/site?${sas}`, dest, '--recursive', '--from-to', 'FileLocal', '--check-md5', 'FailIfDifferent']));
  assert.equal(down.result.code, 0, `AzCopy download failed:\n${down.result.output}`);
  assert.deepEqual(down.unserved, [], 'every request AzCopy sent was served');
  t.diagnostic(`AzCopy download sent: ${[...down.operations].sort().join(', ')}`);
  assert.deepEqual(sorted(treeHashes(join(dest, 'site'))), sorted(treeHashes(src)), 'download is byte-identical to the source folder');
  assert.ok(existsSync(join(dest, 'site', 'empty-folder')), 'the empty folder came back');
});

test('files the SDK wrote download with AzCopy byte for byte, with AzCopy checking their Content-MD5', async (t) => {
  const share = service.getShareClient('sdk-written');
  await share.create();
  const files: Record<string, Buffer> = {
    'data/one.bin': pseudoRandom(2 * MiB + 11, 'one'),
    'data/nested/two.txt': Buffer.from('written by the SDK\n'),
    'three.bin': pseudoRandom(700 * 1024, 'three'),
  };
  await share.getDirectoryClient('data').create();
  await share.getDirectoryClient('data/nested').create();
  for (const [path, data] of Object.entries(files)) {
    const md5 = createHash('md5').update(data).digest();
    await share.rootDirectoryClient.getFileClient(path).uploadData(data, { rangeSize: MiB, fileHttpHeaders: { fileContentMD5: md5 } });
  }
  assert.ok((await share.rootDirectoryClient.getFileClient('three.bin').getProperties()).contentMD5, 'the SDK stored a Content-MD5 for AzCopy to check');
  const dest = join(work, 'sdk-down');
  const down = await watch(() => azcopy(['copy', `${server.url}/sdk-written?${sas}`, dest, '--recursive', '--from-to', 'FileLocal', '--check-md5', 'FailIfDifferent']));
  assert.equal(down.result.code, 0, `AzCopy download failed:\n${down.result.output}`);
  assert.deepEqual(down.unserved, []);
  t.diagnostic(`AzCopy download sent: ${[...down.operations].sort().join(', ')}`);
  const expected = new Map(Object.entries(files).map(([k, v]) => [`sdk-written/${k}`, createHash('sha256').update(v).digest('hex')]));
  assert.deepEqual(sorted(treeHashes(dest)), sorted(expected));
});
