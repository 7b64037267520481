// Headers on a share: header rules and the header flags land on the share
// files azcp writes (upload, small and in ranges, and a copy inside the
// service), and a sync whose rules changed sets them in place — Set File
// Properties / Set Metadata, keeping each file's Content-MD5 and last-write
// time — with no file rewritten, counted as propertiesUpdated. Azure Files
// is served by the in-memory stand-in (scripts/files-server.mjs) because no
// emulator of it exists; its request log counts what azcp sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { bytes, evidenceFolder, readJob, writeTree } from './helpers/trees.ts';
import { createShare, shareService, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

let server: FilesServer;
let work: string;
let jobDir: string;
let restore: () => void;
const T0 = new Date('2026-01-02T03:04:05.678Z');
const SITE = {
  'index.html': '<p>home</p>',
  'docs/index.html': '<p>docs</p>',
  'assets/app.1.js': 'console.log(1)',
  // Above one 4 MiB range: its headers go with the last Set File Properties.
  'assets/video.mp4.gz': bytes(4 * 1024 * 1024 + 5, 3),
};

before(async () => {
  server = await startFilesServer();
  work = tempDir('files-headers');
  jobDir = join(work, 'jobs');
  restore = useFilesEndpoint(server);
  writeTree(join(work, 'site'), SITE, T0);
});
after(async () => {
  restore();
  await server?.close();
});

const props = (share: string, path: string) => shareService(server).getShareClient(share).rootDirectoryClient.getFileClient(path).getProperties();

test('header rules and header flags land on uploaded and server-copied share files', async () => {
  await createShare(server, 'hdr');
  const rules = 'assets/** Cache-Control: public, max-age=31536000, immutable\n**/*.gz Content-Encoding: gzip\ndocs/** x-ms-meta-section: docs';
  const up = await azcp(['copy', join(work, 'site', '*'), `${server.url}/hdr`, '--recursive', '--job-dir', jobDir,
    '--header-rules', rules, '--content-language', 'en', '--content-disposition', 'inline']);
  assert.equal(up.code, 0, up.stdout + up.stderr);
  const video = await props('hdr', 'assets/video.mp4.gz');
  assert.equal(video.cacheControl, 'public, max-age=31536000, immutable');
  assert.equal(video.contentEncoding, 'gzip');
  assert.equal(video.contentLanguage, 'en');
  assert.equal(video.contentDisposition, 'inline');
  const docs = await props('hdr', 'docs/index.html');
  assert.equal(docs.contentType, 'text/html');
  assert.equal(docs.contentLanguage, 'en');
  assert.equal(docs.metadata?.section, 'docs');
  assert.equal(docs.cacheControl, undefined);

  // A copy inside the service, share to share, with header flags.
  await createShare(server, 'hdr2');
  const copy = await azcp(['copy', `${server.url}/hdr/docs/index.html`, `${server.url}/hdr2/page.html`, '--job-dir', jobDir,
    '--content-encoding', 'identity', '--content-disposition', 'attachment']);
  assert.equal(copy.code, 0, copy.stdout + copy.stderr);
  const page = await props('hdr2', 'page.html');
  assert.equal(page.contentEncoding, 'identity');
  assert.equal(page.contentDisposition, 'attachment');
});

test('a rules change on unchanged share files sets their headers in place, with no file rewritten, and counts propertiesUpdated', async () => {
  await createShare(server, 'drift');
  const sync = (...extra: string[]) => azcp(['sync', join(work, 'site'), `${server.url}/drift`, '--job-dir', jobDir, ...extra]);
  const first = await sync();
  assert.equal(first.code, 0, first.stdout + first.stderr);
  const before = await props('drift', 'assets/app.1.js');
  assert.ok(before.contentMD5);

  const at = server.requests.length;
  const rules = 'assets/** Cache-Control: public, max-age=31536000, immutable\n**/*.html Cache-Control: no-cache\ndocs/** x-ms-meta-section: docs';
  const second = await sync('--header-rules', rules);
  assert.equal(second.code, 0, second.stdout + second.stderr);
  const job = readJob(evidenceFolder(second.stdout));
  assert.equal(job.report.counts.transferred, 0);
  assert.equal(job.report.counts.propertiesUpdated, 4);
  const ops = server.requests.slice(at).map((r) => `${r.operation} ${r.path.split('/drift/')[1] ?? ''}`);
  const writes = ops.filter((o) => /^(CreateFile|PutRange|PutRangeFromURL|CopyFile|DeleteFile)\b/.test(o));
  assert.deepEqual(writes, [], 'no file rewritten');
  assert.equal(ops.filter((o) => o.startsWith('SetFileProperties')).length, 4);
  assert.deepEqual(ops.filter((o) => o.startsWith('SetFileMetadata')), ['SetFileMetadata docs/index.html'], 'only docs/index.html gains metadata');

  const app = await props('drift', 'assets/app.1.js');
  assert.equal(app.cacheControl, 'public, max-age=31536000, immutable');
  assert.equal(app.contentType, 'text/javascript', 'the type stays');
  assert.deepEqual(app.contentMD5, before.contentMD5, 'Content-MD5 is kept');
  assert.equal(app.fileLastWriteOn?.getTime(), T0.getTime(), 'the last-write time (the source time sync compares) is kept');
  assert.equal((await props('drift', 'docs/index.html')).metadata?.section, 'docs');
  const line = job.transfers.find((t) => t.path === 'index.html')!;
  assert.equal(line.action, 'set-properties');
  assert.match(line.reason!, /set Cache-Control/);

  // The same rules again: nothing differs, nothing is written.
  const at2 = server.requests.length;
  const third = await sync('--header-rules', rules);
  assert.equal(third.code, 0, third.stdout + third.stderr);
  const again = readJob(evidenceFolder(third.stdout)).report;
  assert.equal(again.counts.propertiesUpdated, 0);
  assert.equal(again.counts.skipped, 4);
  const sent = server.requests.slice(at2).filter((r) => /^(Set|Create|Put|Copy|Delete)/.test(r.operation ?? ''));
  assert.deepEqual(sent, [], 'no write at all');
});

test('a copy from a share keeps the source file\'s headers (--s2s-preserve-properties, the default), and false drops them', async () => {
  await createShare(server, 'keep-src');
  const up = await azcp(['copy', join(work, 'site', 'assets', 'video.mp4.gz'), `${server.url}/keep-src/assets/video.mp4.gz`, '--job-dir', jobDir,
    '--cache-control', 'public, max-age=31536000, immutable', '--content-encoding', 'gzip', '--content-language', 'en', '--content-disposition', 'inline']);
  assert.equal(up.code, 0, up.stdout + up.stderr);
  await createShare(server, 'keep');
  const kept = await azcp(['copy', `${server.url}/keep-src/assets/video.mp4.gz`, `${server.url}/keep/video.mp4.gz`, '--job-dir', jobDir]);
  assert.equal(kept.code, 0, kept.stdout + kept.stderr);
  const k = await props('keep', 'video.mp4.gz');
  assert.equal(k.cacheControl, 'public, max-age=31536000, immutable');
  assert.equal(k.contentEncoding, 'gzip');
  assert.equal(k.contentLanguage, 'en');
  assert.equal(k.contentDisposition, 'inline');

  await createShare(server, 'drop');
  const dropped = await azcp(['copy', `${server.url}/keep-src/assets/video.mp4.gz`, `${server.url}/drop/video.mp4.gz`, '--s2s-preserve-properties', 'false', '--job-dir', jobDir]);
  assert.equal(dropped.code, 0, dropped.stdout + dropped.stderr);
  const d = await props('drop', 'video.mp4.gz');
  assert.equal(d.cacheControl, undefined);
  assert.equal(d.contentEncoding, undefined);
});
