// The one-sided commands on a real emulator: list (text and json), make
// (idempotent), remove (one blob, a prefix, filters, dry run, --max-delete).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { runJob } from '../src/job/run.ts';
import { parseJobOptions } from '../src/job/options.ts';
import { tempDir, listContainer, putBlobs, service, readJob, type Azurite } from './helpers/trees.ts';
import { createHash } from 'node:crypto';
import { jobFolders } from './helpers/trees.ts';
import { jsonReport, listedObjects } from './helpers/json-lines.ts';

let az: Azurite;
let jobDir: string;
const BLOBS = { 'logs/2024/a.log': 'aaaa', 'logs/2024/b.txt': 'bb', 'logs/2025/c.log': 'c', 'keep/me.txt': 'keep', 'top.log': 'top' };
const md5 = (s: string) => createHash('md5').update(s).digest('base64');

before(async () => {
  az = await startAzurite();
  jobDir = join(tempDir('lmr'), 'jobs');
});
after(async () => {
  await az?.stop();
});

async function names(c: string): Promise<string[]> {
  return (await listContainer(az, c)).map((b) => b.name).sort();
}

test('make creates a container; a second make says it already exists and exits 0', async () => {
  const first = await azcp(['make', `${az.serviceUrl}/made`, '--job-dir', jobDir]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /Created/);
  assert.equal(await service(az).getContainerClient('made').exists(), true);
  const second = await azcp(['make', `${az.serviceUrl}/made`, '--job-dir', jobDir]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /already exists/i);
  assert.doesNotMatch(second.stdout, /Created/);
});

test('list prints every blob with size and MD5, as text and as JSON', async () => {
  await putBlobs(az, 'listed', BLOBS);
  const text = await azcp(['list', `${az.serviceUrl}/listed`, '--job-dir', jobDir]);
  assert.equal(text.code, 0, text.stderr);
  const rows = text.stdout.trim().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(rows.map((r) => r[0]), Object.keys(BLOBS).sort());
  for (const [name, size, , , hash] of rows) {
    const body = BLOBS[name as keyof typeof BLOBS];
    assert.equal(Number(size), body.length, name);
    assert.equal(hash, md5(body), name);
  }
  const json = await azcp(['list', `${az.serviceUrl}/listed/logs`, '--output-type', 'json', '--job-dir', jobDir]);
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual(listedObjects(json.stdout).map((b) => b.name), ['logs/2024/a.log', 'logs/2024/b.txt', 'logs/2025/c.log']);
  assert.equal(jsonReport(json.stdout).counts.total, 3);
  const filtered = await azcp(['list', `${az.serviceUrl}/listed`, '--include-pattern', '*.log', '--output-type', 'json', '--job-dir', jobDir]);
  assert.deepEqual(listedObjects(filtered.stdout).map((b) => b.name), ['logs/2024/a.log', 'logs/2025/c.log', 'top.log']);
});

test('list of a missing container is an input error (exit 2) with advice', async () => {
  const r = await azcp(['list', `${az.serviceUrl}/nosuchcontainer`, '--job-dir', jobDir]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /does not exist/);
  assert.match(r.stderr, /azcp make/);
});

test('remove one blob', async () => {
  await putBlobs(az, 'rm-one', BLOBS);
  const r = await azcp(['remove', `${az.serviceUrl}/rm-one/top.log`, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await names('rm-one'), Object.keys(BLOBS).filter((n) => n !== 'top.log').sort());
});

test('remove a prefix needs --recursive and then removes only under it', async () => {
  await putBlobs(az, 'rm-prefix', BLOBS);
  const refused = await azcp(['remove', `${az.serviceUrl}/rm-prefix/logs`, '--job-dir', jobDir]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /--recursive/);
  assert.equal((await names('rm-prefix')).length, 5);
  const r = await azcp(['remove', `${az.serviceUrl}/rm-prefix/logs`, '--recursive', '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await names('rm-prefix'), ['keep/me.txt', 'top.log']);
  const report = jsonReport(r.stdout);
  assert.equal(report.counts.deleted, 3);
  assert.equal(report.reconciliation.ok, true);
  // The proof counts what was to go (3 blobs, 4 + 2 + 1 bytes) and what is left of it (nothing).
  assert.deepEqual(
    [report.reconciliation.sourceCount, report.reconciliation.sourceBytes, report.reconciliation.destinationCount, report.reconciliation.destinationBytes],
    [3, 7, 0, 0],
  );
});

test('remove with filters removes only what matches', async () => {
  await putBlobs(az, 'rm-filter', BLOBS);
  const r = await azcp(['remove', `${az.serviceUrl}/rm-filter`, '--recursive', '--include-pattern', '*.log', '--exclude-path', 'logs/2025', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await names('rm-filter'), ['keep/me.txt', 'logs/2024/b.txt', 'logs/2025/c.log']);
});

test('remove --dry-run removes nothing and records what it would remove', async () => {
  await putBlobs(az, 'rm-dry', BLOBS);
  const r = await azcp(['remove', `${az.serviceUrl}/rm-dry/logs`, '--recursive', '--dry-run', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.equal((await names('rm-dry')).length, 5);
  const folder = jobFolders(jobDir).at(-1)!;
  const { report, transfers } = readJob(folder);
  assert.equal(report.status, 'DryRun');
  assert.equal(report.message, 'Dry run: nothing was changed.', 'a dry run never claims it removed anything');
  assert.deepEqual(transfers.filter((t) => t.status === 'DryRun').map((t) => t.path).sort(), ['logs/2024/a.log', 'logs/2024/b.txt', 'logs/2025/c.log']);
});

test('remove that matches nothing says so, not that a listing confirmed a removal', async () => {
  await putBlobs(az, 'rm-none', BLOBS);
  const r = await azcp(['remove', `${az.serviceUrl}/rm-none/nothing-here`, '--recursive', '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.equal(jsonReport(r.stdout).message, 'Nothing matched; nothing was removed.');
  assert.equal((await names('rm-none')).length, 5);
});

test('make with dryRun (a CI input; the CLI refuses the flag) creates nothing', async () => {
  const cli = await azcp(['make', `${az.serviceUrl}/not-made`, '--dry-run', '--job-dir', jobDir]);
  assert.equal(cli.code, 2);
  const report = await runJob(parseJobOptions({ mode: 'make', source: `${az.serviceUrl}/not-made`, dryRun: 'true', jobDir }));
  assert.equal(report.status, 'DryRun');
  assert.equal(report.exitCode, 0);
  assert.equal(await service(az).getContainerClient('not-made').exists(), false);
});

test('remove refuses more than --max-delete, removes nothing, exit 1', async () => {
  await putBlobs(az, 'rm-max', BLOBS);
  const r = await azcp(['remove', `${az.serviceUrl}/rm-max`, '--recursive', '--max-delete', '2', '--job-dir', jobDir]);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  assert.match(r.stderr + r.stdout, /refusing to remove 5 blobs/);
  assert.equal((await names('rm-max')).length, 5);
  const ok = await azcp(['remove', `${az.serviceUrl}/rm-max/logs/2024`, '--recursive', '--max-delete', '2', '--job-dir', jobDir]);
  assert.equal(ok.code, 0, ok.stderr + ok.stdout);
  assert.deepEqual(await names('rm-max'), ['keep/me.txt', 'logs/2025/c.log', 'top.log']);
});

test('remove --max-delete P% is a share of the blobs under the URL, before the filters', async () => {
  // 3 of the 5 blobs end in .log: 50% of 5 allows 2 (refused), 60% allows 3.
  await putBlobs(az, 'rm-pct', BLOBS);
  const refused = await azcp(['remove', `${az.serviceUrl}/rm-pct`, '--recursive', '--include-pattern', '*.log', '--max-delete', '50%', '--job-dir', jobDir]);
  assert.equal(refused.code, 1, refused.stderr + refused.stdout);
  assert.match(refused.stderr + refused.stdout, /refusing to remove 3 blobs: more than --max-delete 50% allows \(2\)/);
  assert.equal((await names('rm-pct')).length, 5);
  const ok = await azcp(['remove', `${az.serviceUrl}/rm-pct`, '--recursive', '--include-pattern', '*.log', '--max-delete', '60%', '--job-dir', jobDir]);
  assert.equal(ok.code, 0, ok.stderr + ok.stdout);
  assert.deepEqual(await names('rm-pct'), ['keep/me.txt', 'logs/2024/b.txt']);
});
