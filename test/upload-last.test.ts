// --upload-last: pages go live only after everything they reference. The
// order is read from Azurite's own request log (--debug), not from azcp:
// every upload of the last group starts after every other upload ended,
// and deletions start after the last group ended. A failure before the
// group keeps the group (and the deletions) from being written at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, createContainer, listContainer, putBlobs, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';
import { settledLog, type LoggedRequest } from './helpers/azurite-log.ts';

let az: Azurite;
let work: string;
let jobDir: string;
let logPath: string;
const SITE: Record<string, string> = {
  'index.html': '<script src="assets/app.1.js"></script>',
  'docs/index.html': '<link href="../assets/site.1.css">',
  'about.html': 'about',
};
for (let i = 0; i < 12; i++) SITE[`assets/chunk.${i}.js`] = `chunk ${i}`;
SITE['assets/app.1.js'] = 'app';
SITE['assets/site.1.css'] = 'css';

before(async () => {
  work = tempDir('last');
  jobDir = join(work, 'jobs');
  logPath = join(work, 'azurite-debug.log');
  az = await startAzurite({ extraArgs: ['--debug', logPath] });
  writeTree(join(work, 'site'), SITE);
});
after(async () => {
  await az?.stop();
});

const uploads = (log: LoggedRequest[], container: string) => log.filter((r) => r.container === container && r.operation === 'BlockBlob_Upload' && r.status === 201);

test('to $web, the pages (**/*.html by default) go up after every other file, and deletions after the pages', async () => {
  await createContainer(az, '$web');
  await putBlobs(az, '$web', { 'assets/old.0.js': 'gone', 'old.html': 'gone' });
  const r = await azcp(['sync', join(work, 'site'), `${az.serviceUrl}/$web`, '--delete-destination', 'true', '--max-delete', '100%', '--concurrency', '8', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const log = await settledLog(logPath, (x) => x.container === '$web' && x.operation === 'Blob_Delete', 2);
  const ups = uploads(log, '$web').filter((u) => !u.blob!.startsWith('old') && !u.blob!.includes('/old.'));
  const pages = ups.filter((u) => u.blob!.endsWith('.html'));
  const others = ups.filter((u) => !u.blob!.endsWith('.html'));
  assert.equal(pages.length, 3);
  assert.equal(others.length, 14);
  const lastOther = Math.max(...others.map((u) => u.end!));
  for (const p of pages) assert.ok(p.start > lastOther, `${p.blob} started after every asset upload ended`);
  const deletes = log.filter((x) => x.container === '$web' && x.operation === 'Blob_Delete');
  assert.deepEqual(deletes.map((d) => d.blob).sort(), ['assets/old.0.js', 'old.html']);
  const lastPage = Math.max(...pages.map((u) => u.end!));
  for (const d of deletes) assert.ok(d.start > lastPage, `deleting ${d.blob} started after every page was written`);
  const job = readJob(evidenceFolder(r.stdout));
  assert.deepEqual(job.report.published.uploadLast, { globs: ['**/*.html'], held: 3, written: 3 });
});

test('if anything before fails, the last group is not written: each is skipped with the reason, and the job fails', async () => {
  await createContainer(az, 'broken');
  const src = join(work, 'broken');
  writeTree(src, SITE);
  // A name with more path segments than Azure allows: refused before it is sent, so the transfer fails.
  const deep = join(src, 'assets', ...Array.from({ length: 255 }, () => 'd'));
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'x.js'), 'x');
  const r = await azcp(['sync', src, `${az.serviceUrl}/broken`, '--upload-last', '**/*.html', '--job-dir', jobDir]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const names = (await listContainer(az, 'broken')).map((b) => b.name);
  assert.ok(names.includes('assets/app.1.js'), 'the assets went up');
  assert.deepEqual(names.filter((n) => n.endsWith('.html')), [], 'no page went live');
  const job = readJob(evidenceFolder(r.stdout));
  const page = job.transfers.find((t) => t.path === 'index.html')!;
  assert.equal(page.status, 'Skipped');
  assert.match(page.reason!, /not written: 1 transfer\(s\) before it failed/);
  assert.equal(job.report.published.uploadLast.withheld, '1 transfer(s) before it failed');
  assert.match(job.summary, /upload-last/i);
});

test('--upload-last names the last group on any container (a service worker after the pages it serves)', async () => {
  await createContainer(az, 'app');
  const src = join(work, 'sw');
  writeTree(src, { 'sw.js': 'self', 'index.html': 'x', 'a.js': 'a', 'b.js': 'b' });
  const r = await azcp(['copy', `${src}/*`, `${az.serviceUrl}/app`, '--upload-last', 'sw.js', '--concurrency', '4', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const log = await settledLog(logPath, (x) => x.container === 'app' && x.operation === 'BlockBlob_Upload', 4);
  const ups = uploads(log, 'app');
  const sw = ups.find((u) => u.blob === 'sw.js')!;
  for (const u of ups.filter((x) => x !== sw)) assert.ok(sw.start > u.end!, `sw.js after ${u.blob}`);
});
