// CDN purge after a deploy (--purge-cdn), against a local HTTPS stand-in
// for Azure Resource Manager (test/helpers/arm.ts: ARM cannot run here; it
// checks the bearer token's audience, the api-version per endpoint kind and
// the body, and answers 202 with an Azure-AsyncOperation to poll) and a
// local stand-in for the Entra token endpoint (test/helpers/oidc.ts).
// Storage is Azurite. azcp runs as its own process from the sources, so
// that NODE_EXTRA_CA_CERTS (the stand-ins' test certificate) applies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writeTree, createContainer, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';
import type { ArmStandIn } from './helpers/arm.ts';
import { AFD, CDN, SECRET, startPurgeWorld, type PurgeWorld } from './helpers/purge-world.ts';
import { parseJobOptions } from '../src/job/options.ts';

let world: PurgeWorld;
let az: Azurite;
let arm: ArmStandIn;
let work: string;
let jobDir: string;

before(async () => {
  world = await startPurgeWorld();
  ({ az, arm } = world);
  work = tempDir('purge');
  jobDir = join(work, 'jobs');
});
after(async () => {
  await world?.stop();
});

const run = (args: string[]) => world.run([...args, '--job-dir', jobDir], work);

function folderTexts(dir: string): string {
  return readdirSync(dir)
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile())
    .map((p) => readFileSync(p, 'utf8'))
    .join('\n');
}

test('a deploy purges exactly what it wrote (and the folder of each index.html) from Front Door and classic CDN endpoints, and waits for it', async () => {
  await createContainer(az, 'site1');
  const src = join(work, 'site1');
  writeTree(src, { 'index.html': 'home', 'docs/index.html': 'docs', 'assets/app.1.js': 'app', 'a b.css': 'css' });
  const before = arm.purges.length;
  // ARM throttles: the first purge request is answered 429 (Retry-After 0) and tried again.
  arm.throttle = 1;
  const r = await run(['sync', src, `${az.serviceUrl}/site1`, '--purge-cdn', `${AFD};${CDN}`]);
  assert.equal(arm.throttle, 0);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const calls = arm.purges.slice(before);
  assert.deepEqual(calls.map((c) => [c.endpoint, c.apiVersion]), [[AFD, '2023-05-01'], [CDN, '2024-02-01']]);
  const expected = ['/', '/a%20b.css', '/assets/app.1.js', '/docs/', '/docs/index.html', '/index.html'];
  for (const c of calls) assert.deepEqual(c.contentPaths, expected);
  assert.ok(arm.polls >= 2, 'the operations were polled to their end');
  assert.deepEqual(arm.refused, []);
  const job = readJob(evidenceFolder(r.stdout));
  assert.deepEqual(job.report.published.purge.results.map((x: any) => x.status), ['Succeeded', 'Succeeded']);
  assert.match(job.summary, /### Published[\s\S]*CDN purge: 6 path\(s\)[\s\S]*afdEndpoints\/site`: Succeeded/);
  // No token ever reaches the output or the job folder.
  assert.ok(arm.tokens.size >= 1);
  const everything = r.stdout + r.stderr + folderTexts(evidenceFolder(r.stdout));
  for (const t of arm.tokens) assert.ok(!everything.includes(t), 'the ARM token is not in any output');
  assert.ok(!everything.includes(SECRET), 'nor the client secret');
  assert.ok(!/eyJ[A-Za-z0-9_-]{10,}\.eyJ/.test(everything), 'no JWT at all');
});

test('past --purge-max-paths the purge is /*; within it, paths go in batches of 100; --purge-wait false does not poll', async () => {
  await createContainer(az, 'site2');
  const src = join(work, 'site2');
  const files: Record<string, string> = {};
  for (let i = 0; i < 150; i++) files[`p/${String(i).padStart(3, '0')}.txt`] = String(i);
  writeTree(src, files);
  let before = arm.purges.length;
  const polls = arm.polls;
  const r = await run(['sync', src, `${az.serviceUrl}/site2`, '--purge-cdn', AFD, '--purge-max-paths', '500', '--purge-wait', 'false']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(arm.purges.slice(before).map((c) => c.contentPaths.length), [100, 50]);
  assert.equal(arm.polls, polls, 'not waited for');
  assert.equal(readJob(evidenceFolder(r.stdout)).report.published.purge.results[0].status, 'Started');

  writeTree(src, { 'p/000.txt': 'changed!', 'p/001.txt': 'changed!', 'p/002.txt': 'changed!', 'p/003.txt': 'changed!' }, new Date(Date.now() + 60_000));
  before = arm.purges.length;
  const again = await run(['sync', src, `${az.serviceUrl}/site2`, '--purge-cdn', AFD, '--purge-max-paths', '3']);
  assert.equal(again.code, 0, again.stdout + again.stderr);
  assert.deepEqual(arm.purges.slice(before).map((c) => c.contentPaths), [['/*']]);
});

test('a failed purge fails the job saying the files are live; purgeFailure warn only warns; a dry run lists the paths and calls nothing', async () => {
  await createContainer(az, 'site3');
  const src = join(work, 'site3');
  writeTree(src, { 'index.html': 'v1' });
  arm.mode = 'fail';
  try {
    const r = await run(['sync', src, `${az.serviceUrl}/site3`, '--purge-cdn', AFD]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /files are written and live, but the CDN purge failed.*PurgeFailed/);
    writeTree(src, { 'index.html': 'v2!' }, new Date(Date.now() + 60_000));
    const warned = await run(['sync', src, `${az.serviceUrl}/site3`, '--purge-cdn', AFD, '--purge-failure', 'warn']);
    assert.equal(warned.code, 0, warned.stdout + warned.stderr);
    assert.match(warned.stdout + warned.stderr, /warning: the files are written and live, but the CDN purge failed/);
  } finally {
    arm.mode = 'ok';
  }
  writeTree(src, { 'index.html': 'v3!!' }, new Date(Date.now() + 120_000));
  const before = arm.purges.length;
  const dry = await run(['sync', src, `${az.serviceUrl}/site3`, '--purge-cdn', AFD, '--dry-run']);
  assert.equal(dry.code, 0, dry.stdout + dry.stderr);
  assert.match(dry.stdout + dry.stderr, /would purge 2 path\(s\) from 1 CDN endpoint\(s\): \/ \/index\.html/);
  assert.equal(arm.purges.length, before);
});

test('a resource id that is not a CDN endpoint is a usage error (exit 2)', async () => {
  const r = await run(['sync', work, `${az.serviceUrl}/site3`, '--purge-cdn', '/subscriptions/s/resourceGroups/r/providers/Microsoft.Web/sites/x']);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /is not the ARM id of a CDN endpoint/);
  // A download has nothing a CDN serves.
  assert.throws(() => parseJobOptions({ mode: 'copy', source: `${az.serviceUrl}/site3`, destination: work, recursive: 'true', purgeCdn: AFD }), /must be a container URL/);
});

test('a shard cannot purge: its deletions and the purge belong to the whole job, and the merge does not purge (exit 2)', async () => {
  assert.throws(() => parseJobOptions({ mode: 'sync', source: work, destination: `${az.serviceUrl}/site3`, shard: '1/2', purgeCdn: AFD }), /cannot be combined with shard/);
  const r = await run(['sync', work, `${az.serviceUrl}/site3`, '--shard', '1/2', '--purge-cdn', AFD]);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /--purge-cdn cannot be combined with --shard/);
});
