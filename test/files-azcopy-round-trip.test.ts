// Round trips between azcp and AzCopy 10.32 (an independent client, in Go
// on another SDK) through an Azure Files share: what AzCopy uploads, azcp
// downloads byte for byte (and verifies by the Content-MD5 AzCopy set);
// what azcp uploads, AzCopy downloads byte for byte with its own MD5 check.
// Azure Files is served by the in-memory stand-in (scripts/files-server.mjs)
// because no emulator of it exists; AzCopy addresses its path-style
// endpoint with --from-to LocalFile / FileLocal (see files-standin-azcopy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { azcp, repoRoot } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { bytes, hashTree, writeTree, readJob, evidenceFolder } from './helpers/trees.ts';
import { createShare, shareSas, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

const AZCOPY = join(repoRoot, 'node_modules/@azure-tools/azcopy-linux/dist/bin/azcopy_linux_amd64');
const MiB = 1024 * 1024;
let server: FilesServer;
let work: string;
let restore: () => void;
const FILES = { 'index.html': '<p>x</p>', 'sub dir/ünï.txt': 'unicode ✓', 'deep/a/b/c.txt': 'deep', 'empty.txt': '', 'big.bin': bytes(9 * MiB + 17, 4) };

before(async () => {
  chmodSync(AZCOPY, 0o755);
  const probe = spawnSync(AZCOPY, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(probe.status, 0, `AzCopy does not start here (it needs libsecret-1-0): ${probe.stderr}`);
  server = await startFilesServer();
  restore = useFilesEndpoint(server);
  work = tempDir('files-azcopy-rt');
  writeTree(join(work, 'src'), FILES, new Date('2026-05-06T07:08:09.000Z'));
});
after(async () => {
  restore?.();
  await server?.close();
});

/** AzCopy as a child process, without blocking this process (the stand-in serves from it). */
async function azcopy(args: string[]): Promise<{ code: number | null; output: string }> {
  const logs = join(work, 'azcopy-logs');
  mkdirSync(logs, { recursive: true });
  const child = spawn(AZCOPY, args, { env: { ...process.env, AZCOPY_LOG_LOCATION: logs, AZCOPY_JOB_PLAN_LOCATION: logs }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, output: output.replaceAll(/sig=[^&\s']+/g, 'sig=REDACTED') };
}

const same = (a: string, b: string) => {
  const x = hashTree(a);
  const y = hashTree(b);
  assert.deepEqual([...y.keys()].sort(), [...x.keys()].sort());
  for (const [k, v] of x) assert.equal(y.get(k)!.sha256, v.sha256, k);
};

test('AzCopy uploads to the share, azcp downloads byte for byte, verified end to end', async () => {
  await createShare(server, 'by-azcopy');
  const sas = shareSas(server, 'by-azcopy');
  const up = await azcopy(['copy', join(work, 'src'), `${server.url}/by-azcopy?${sas}`, '--recursive', '--from-to', 'LocalFile', '--put-md5']);
  assert.equal(up.code, 0, up.output);
  const out = join(work, 'azcp-down');
  const r = await azcp(['copy', `${server.url}/by-azcopy/src`, out, '--recursive', '--check-md5', 'FailIfDifferentOrMissing', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.equal(readJob(evidenceFolder(r.stdout)).report.verification.endToEnd, Object.keys(FILES).length);
  same(join(work, 'src'), join(out, 'src'));
});

test('azcp uploads to the share, AzCopy downloads byte for byte with its MD5 check', async () => {
  await createShare(server, 'by-azcp');
  const r = await azcp(['copy', join(work, 'src'), `${server.url}/by-azcp`, '--recursive', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const out = join(work, 'azcopy-down');
  const down = await azcopy(['copy', `${server.url}/by-azcp/src?${shareSas(server, 'by-azcp')}`, out, '--recursive', '--from-to', 'FileLocal', '--check-md5', 'FailIfDifferentOrMissing']);
  assert.equal(down.code, 0, down.output);
  assert.ok(existsSync(join(out, 'src', 'big.bin')));
  same(join(work, 'src'), join(out, 'src'));
});
