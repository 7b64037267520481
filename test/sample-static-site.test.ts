// The sample static site (sample/static-site: hashed assets, .br/.gz
// variants, an index.html per folder, site.rules) deployed as a release
// would: to $web on Azurite, with a CDN purge against a local HTTPS
// stand-in for Azure Resource Manager (test/helpers/arm.ts) — then
// re-deployed with one changed asset (one upload, one purge path), and
// after a rules change (headers set in place, nothing uploaded). Requests
// are counted in Azurite's own log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers/azcp.ts';
import { tempDir, createContainer, service, readJob, evidenceFolder } from './helpers/trees.ts';
import { AFD, startPurgeWorld, type PurgeWorld } from './helpers/purge-world.ts';
import { quietMark, readAzuriteLog } from './helpers/azurite-log.ts';

let world: PurgeWorld;
let work: string;
let site: string;
let rules: string;
let logPath: string;
const JS = 'assets/app.00aad16a.js';

before(async () => {
  work = tempDir('sample');
  logPath = join(work, 'azurite-debug.log');
  world = await startPurgeWorld(['--debug', logPath]);
  // A copy: the test changes a file and the rules.
  cpSync(join(repoRoot, 'sample', 'static-site'), join(work, 'static-site'), { recursive: true });
  site = join(work, 'static-site', 'public');
  rules = join(work, 'static-site', 'site.rules');
  await createContainer(world.az, '$web');
});
after(async () => {
  await world?.stop();
});

const deploy = () =>
  world.run(['sync', site, `${world.az.serviceUrl}/$web`, '--header-rules', rules, '--delete-destination', 'true', '--purge-cdn', AFD, '--job-dir', join(work, 'jobs')], work);
const props = (name: string) => service(world.az).getContainerClient('$web').getBlobClient(name).getProperties();
const writes = (from: number) =>
  readAzuriteLog(logPath).filter((r) => r.start >= from && r.container === '$web' && r.blob && !/GetProperties|List/.test(r.operation ?? ''));

test('the sample site deploys with its headers, pages last, and a purge of every path', async () => {
  const r = await deploy();
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const job = readJob(evidenceFolder(r.stdout));
  assert.equal(job.report.counts.transferred, 12);
  assert.deepEqual(job.report.published.uploadLast, { globs: ['**/*.html'], held: 4, written: 4 });
  assert.equal((await props(JS)).cacheControl, 'public, max-age=31536000, immutable');
  const br = await props(`${JS}.br`);
  assert.equal(br.contentEncoding, 'br');
  assert.equal(br.contentType, 'text/javascript');
  assert.equal((await props('assets/site.4d58ec7b.css.gz')).contentType, 'text/css');
  assert.equal((await props('docs/index.html')).cacheControl, 'no-cache');
  assert.equal((await props('robots.txt')).metadata?.site, 'sample');
  const purge = world.arm.purges.at(-1)!;
  assert.equal(purge.contentPaths.length, 12 + 3, 'every file, plus / /docs/ /docs/deploy/ for the index pages');
  assert.ok(purge.contentPaths.includes('/docs/deploy/'));
});

test('a re-deploy with one changed asset uploads that one file and purges that one path', async () => {
  const logo = join(site, 'assets', 'img', 'logo.svg');
  writeFileSync(logo, readFileSync(logo, 'utf8').replace('#0b5cad', '#d83b01'));
  const later = new Date(Date.now() + 60_000);
  utimesSync(logo, later, later);
  const at = await quietMark(logPath);
  const purges = world.arm.purges.length;
  const r = await deploy();
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const job = readJob(evidenceFolder(r.stdout));
  assert.equal(job.report.counts.transferred, 1);
  assert.equal(job.report.counts.propertiesUpdated, 0);
  await quietMark(logPath);
  assert.deepEqual(writes(at).map((w) => `${w.operation} ${w.blob}`), ['BlockBlob_Upload assets/img/logo.svg']);
  assert.deepEqual(world.arm.purges.slice(purges).map((p) => p.contentPaths), [['/assets/img/logo.svg']]);
});

test('a re-deploy after a rules change sets the headers in place: nothing uploaded, the changed paths purged', async () => {
  writeFileSync(rules, readFileSync(rules, 'utf8').replace('Cache-Control: no-cache', 'Cache-Control: no-cache, must-revalidate'));
  const at = await quietMark(logPath);
  const purges = world.arm.purges.length;
  const r = await deploy();
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const job = readJob(evidenceFolder(r.stdout));
  assert.equal(job.report.counts.transferred, 0);
  assert.equal(job.report.counts.propertiesUpdated, 4, 'the four pages');
  await quietMark(logPath);
  const ops = writes(at);
  assert.deepEqual(ops.filter((o) => /Upload|CommitBlockList|PutBlock/.test(o.operation!)), [], 'no upload');
  assert.equal(ops.filter((o) => o.operation === 'Blob_SetHTTPHeaders').length, 4);
  assert.equal((await props('docs/index.html')).cacheControl, 'no-cache, must-revalidate');
  assert.deepEqual(world.arm.purges.slice(purges).map((p) => p.contentPaths), [['/', '/404.html', '/docs/', '/docs/deploy/', '/docs/deploy/index.html', '/docs/index.html', '/index.html']]);
  assert.match(job.summary, /### Published[\s\S]*Properties updated \(headers set in place, no upload\): 4/);
});
