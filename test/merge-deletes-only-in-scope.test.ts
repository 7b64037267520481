// jobs merge runs the deletions its shards wrote down (deletions.jsonl),
// and the shard folders come from CI artifacts: anyone who can write to an
// artifact can edit them. The merge must delete only what the job itself
// would: a stored entry's own address (blobName, fullName, absPath) is
// never used, the name is resolved again by the destination, and a name
// outside the job's scope (its filters, its list of files) is refused
// before anything is deleted.
//
// Real: Azurite, local files, the CLI host in-process. The "attacker" is
// the test editing a shard folder's files, as a tampered artifact would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcpReport } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, putBlobs, type Azurite } from './helpers/trees.ts';
import { shardOf } from '../src/engine/shard.ts';

let az: Azurite;
let work: string;
let n = 0;

before(async () => {
  az = await startAzurite();
  work = tempDir('merge-scope');
});
after(async () => {
  await az?.stop();
});

const run = azcpReport;

/** A name under `dir/` that falls in shard `index` of `count`. */
function nameIn(dir: string, index: number, count: number, ext = 'txt'): string {
  for (let i = 0; ; i++) if (shardOf(`${dir}/x${i}.${ext}`, count) === index) return `${dir}/x${i}.${ext}`;
}

/** Two shards of a sync into container/site/, one legitimate deletion in shard 1. */
async function twoShards(extra: string[] = []) {
  const c = `mscope${++n}`;
  const src = join(work, `src${n}`);
  writeTree(src, { 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' });
  const old = nameIn('old', 1, 2);
  await putBlobs(az, c, { [`site/${old}`]: 'old', 'keep/important.txt': 'precious', 'site/old/notes.keep': 'excluded by the filters' });
  const jobDir = join(work, `jobs${n}`);
  const url = `${az.serviceUrl}/${c}/site`;
  const shards = [];
  for (const i of [1, 2]) {
    const r = await run(['sync', src, url, '--delete-destination', 'true', '--shard', `${i}/2`, '--job-dir', jobDir, '--exclude-pattern', '*.keep', '--max-delete', '10', ...extra]);
    assert.equal(r.code, 0, r.stderr);
    shards.push(r.report.jobFolder as string);
  }
  const lines = readFileSync(join(shards[0], 'deletions.jsonl'), 'utf8').trim().split('\n');
  assert.equal(lines.length, 1, 'shard 1 wrote down its one deletion');
  return { c, old, shards, jobDir, line: JSON.parse(lines[0]) };
}

const names = async (c: string) => (await listContainer(az, c)).map((b) => b.name).sort();

test('a deletion whose stored blob name was edited to another path deletes only the name the job resolves, never the stored address', async () => {
  const { c, old, shards, jobDir, line } = await twoShards();
  // Same name (still shard 1's), but the stored address points elsewhere in the container.
  writeFileSync(join(shards[0], 'deletions.jsonl'), JSON.stringify({ ...line, blobName: 'keep/important.txt', fullName: 'keep/important.txt', absPath: '/etc/hostname' }) + '\n');
  const m = await run(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  const left = await names(c);
  assert.ok(left.includes('keep/important.txt'), `a blob outside the job's destination was deleted: ${left.join(', ')}`);
  assert.ok(!left.includes(`site/${old}`), 'the name itself was the deletion the job planned');
  assert.equal(m.code, 0, m.stderr);
});

test("a deletion the job's filters exclude, added to a shard's list (and its report's count), is refused and nothing is deleted", async () => {
  const { c, old, shards, jobDir, line } = await twoShards();
  // The filters (--exclude-pattern *.keep) keep site/old/notes.keep out of the job; the attacker adds it, in shard 1's hash.
  const excluded = nameIn('old', 1, 2, 'keep');
  await putBlobs(az, c, { [`site/${excluded}`]: 'excluded by the filters' });
  writeFileSync(join(shards[0], 'deletions.jsonl'), [line, { ...line, name: excluded, blobName: `site/${excluded}` }].map((l) => JSON.stringify(l)).join('\n') + '\n');
  const reportPath = join(shards[0], 'report.json');
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  report.shardPlan.deferredDeletions.count = 2;
  writeFileSync(reportPath, JSON.stringify(report));
  const m = await run(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  const left = await names(c);
  assert.ok(left.includes(`site/${excluded}`), 'an object the filters exclude was deleted');
  assert.ok(left.includes(`site/${old}`), 'nothing at all is deleted when the list is refused');
  assert.equal(m.code, 1, m.stderr);
  assert.match(m.report.message, /not in the job's scope.*nothing was deleted/);
});

test("a deletion naming a path that climbs out of the destination (..) is refused and nothing is deleted", async () => {
  const { c, old, shards, jobDir, line } = await twoShards();
  // In shard 1's hash, so only the name itself can refuse it.
  assert.equal(shardOf('../keep/important.txt', 2), 1);
  writeFileSync(join(shards[0], 'deletions.jsonl'), [line, { ...line, name: '../keep/important.txt', blobName: undefined }].map((l) => JSON.stringify(l)).join('\n') + '\n');
  const reportPath = join(shards[0], 'report.json');
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  report.shardPlan.deferredDeletions.count = 2;
  writeFileSync(reportPath, JSON.stringify(report));
  const m = await run(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  const left = await names(c);
  assert.ok(left.includes('keep/important.txt'));
  assert.ok(left.includes(`site/${old}`), 'nothing at all is deleted when the list is refused');
  assert.equal(m.code, 1, m.stderr);
});

test('with --list-of-files, a deletion the list does not name is refused, and so is a list edited to name it', async () => {
  const c = `mscope${++n}`;
  const src = join(work, `src${n}`);
  writeTree(src, { 'a.txt': 'a', 'b.txt': 'b' });
  const old = nameIn('old', 1, 2);
  const other = nameIn('other', 1, 2);
  await putBlobs(az, c, { [`site/${old}`]: 'old', [`site/${other}`]: 'not listed: not this job' });
  const list = join(work, `list${n}.txt`);
  writeFileSync(list, 'a.txt\nb.txt\nold\n');
  const jobDir = join(work, `jobs${n}`);
  const shards: string[] = [];
  for (const i of [1, 2]) {
    const r = await run(['sync', src, `${az.serviceUrl}/${c}/site`, '--delete-destination', 'true', '--shard', `${i}/2`, '--job-dir', jobDir, '--list-of-files', list, '--max-delete', '10']);
    assert.equal(r.code, 0, r.stderr);
    shards.push(r.report.jobFolder as string);
  }
  const [line] = readFileSync(join(shards[0], 'deletions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(line.name, old);
  const added = [line, { ...line, name: other, blobName: `site/${other}` }].sort((x, y) => (x.name < y.name ? -1 : 1));
  writeFileSync(join(shards[0], 'deletions.jsonl'), added.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const reportPath = join(shards[0], 'report.json');
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  report.shardPlan.deferredDeletions.count = 2;
  writeFileSync(reportPath, JSON.stringify(report));

  const m1 = await run(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  assert.ok((await names(c)).includes(`site/${other}`), 'a name the list of files does not name was deleted');
  assert.equal(m1.code, 1, m1.stderr);

  // The list in the shard folder edited to name it too: not the list the shards read.
  for (const s of shards) writeFileSync(join(s, 'list-of-files.txt'), 'a.txt\nb.txt\nold\nother\n');
  const m2 = await run(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  assert.ok((await names(c)).includes(`site/${other}`), 'an edited list widened what the merge deletes');
  assert.equal(m2.code, 1, m2.stderr);
  assert.match(m2.report.message, /not the list of files the shards read/);
  assert.ok((await names(c)).includes(`site/${old}`), 'nothing is deleted when the list is refused');
});

test('a deletion whose stored time was edited to pass --include-after is judged by the time the destination holds, and not done', async () => {
  const { c, old, shards, jobDir, line } = await twoShards(['--include-after', '2025-01-01T00:00:00Z']);
  // Older than --include-after: the job leaves it alone.
  const older = nameIn('old', 1, 2, 'dat');
  await putBlobs(az, c, { [`site/${older}`]: 'from 2020' }, new Date('2020-06-01T00:00:00Z'));
  const forged = { ...line, name: older, blobName: `site/${older}`, mtimeMs: Date.now() };
  writeFileSync(join(shards[0], 'deletions.jsonl'), [line, forged].sort((x, y) => (x.name < y.name ? -1 : 1)).map((l) => JSON.stringify(l)).join('\n') + '\n');
  const reportPath = join(shards[0], 'report.json');
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  report.shardPlan.deferredDeletions.count = 2;
  writeFileSync(reportPath, JSON.stringify(report));
  const m = await run(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  const left = await names(c);
  assert.ok(left.includes(`site/${older}`), 'an object older than --include-after was deleted');
  assert.ok(!left.includes(`site/${old}`), 'the planned deletion is done');
  assert.equal(m.code, 1, m.stderr);
});
