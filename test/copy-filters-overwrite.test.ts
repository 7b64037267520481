// What a copy takes (filters), what it replaces (--overwrite), what a dry
// run leaves alone, and where single files land.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, createContainer, blobText, readJob, evidenceFolder, putBlobs, sha256Map, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let jobDir: string;
let n = 0;
const OLD = new Date('2020-01-01T00:00:00Z');
const NEW = new Date('2024-06-01T00:00:00Z');
const tree = () => join(work, 'tree');

before(async () => {
  az = await startAzurite();
  work = tempDir('filters');
  jobDir = join(work, 'jobs');
  writeTree(tree(), { 'index.html': '<h1>', 'style.css': 'body{}', 'img/logo.png': 'PNG', 'docs/guide.md': '# guide', 'drafts/x.txt': 'draft' }, NEW);
  writeTree(tree(), { 'notes.txt': 'old notes', 'docs/readme.txt': 'old readme' }, OLD);
});
after(async () => {
  await az?.stop();
});

async function freshContainer(): Promise<string> {
  const name = `case${++n}`;
  await createContainer(az, name);
  return name;
}

async function names(container: string): Promise<string[]> {
  return (await listContainer(az, container)).map((b) => b.name).sort();
}

async function upload(extra: string[]): Promise<string[]> {
  const c = await freshContainer();
  const r = await azcp(['copy', `${tree()}/*`, `${az.serviceUrl}/${c}`, '--recursive', '--job-dir', jobDir, ...extra]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  return names(c);
}

test('--include-pattern and --exclude-pattern match the last name segment', async () => {
  assert.deepEqual(await upload(['--include-pattern', '*.txt;*.md']), ['docs/guide.md', 'docs/readme.txt', 'drafts/x.txt', 'notes.txt']);
  assert.deepEqual(await upload(['--exclude-pattern', '*.txt']), ['docs/guide.md', 'img/logo.png', 'index.html', 'style.css']);
  // An exclude wins over an include.
  assert.deepEqual(await upload(['--include-pattern', '*.txt', '--exclude-pattern', 'x.*']), ['docs/readme.txt', 'notes.txt']);
});

test('--include-path / --exclude-path take folders and files relative to the source', async () => {
  assert.deepEqual(await upload(['--include-path', 'docs;index.html']), ['docs/guide.md', 'docs/readme.txt', 'index.html']);
  assert.deepEqual(await upload(['--exclude-path', 'drafts;img']), ['docs/guide.md', 'docs/readme.txt', 'index.html', 'notes.txt', 'style.css']);
});

test('--include-regex / --exclude-regex match the relative path', async () => {
  assert.deepEqual(await upload(['--include-regex', '^docs/']), ['docs/guide.md', 'docs/readme.txt']);
  assert.deepEqual(await upload(['--exclude-regex', '\\.(txt|md)$']), ['img/logo.png', 'index.html', 'style.css']);
});

test('--include-after / --include-before select by modification time', async () => {
  assert.deepEqual(await upload(['--include-after', '2022-01-01T00:00:00Z']), ['docs/guide.md', 'drafts/x.txt', 'img/logo.png', 'index.html', 'style.css']);
  assert.deepEqual(await upload(['--include-before', '2022-01-01']), ['docs/readme.txt', 'notes.txt']);
});

test('filters apply to downloads too, relative to the copied folder', async () => {
  const c = await freshContainer();
  const up = await azcp(['copy', tree(), `${az.serviceUrl}/${c}`, '--recursive', '--job-dir', jobDir]);
  assert.equal(up.code, 0, up.stderr + up.stdout);
  const dest = join(work, 'filtered-down');
  const r = await azcp(['copy', `${az.serviceUrl}/${c}/tree`, dest, '--recursive', '--include-path', 'docs', '--exclude-pattern', '*.md', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(Object.keys(sha256Map(dest)), ['tree/docs/readme.txt']);
});

test('--overwrite false keeps what is there and reports it skipped', async () => {
  const c = await freshContainer();
  await putBlobs(az, c, { 'index.html': 'KEEP ME', 'style.css': 'KEEP TOO' });
  const r = await azcp(['copy', `${tree()}/*`, `${az.serviceUrl}/${c}`, '--recursive', '--overwrite', 'false', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.equal((await blobText(az, c, 'index.html')).toString(), 'KEEP ME');
  assert.equal((await blobText(az, c, 'style.css')).toString(), 'KEEP TOO');
  assert.equal((await blobText(az, c, 'notes.txt')).toString(), 'old notes');
  const { report } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.counts.skipped, 2);
  assert.equal(report.counts.transferred, 5);
  assert.deepEqual(report.skipped.map((s: { path: string }) => s.path).sort(), ['index.html', 'style.css']);
  assert.equal(report.reconciliation.ok, true, 'a kept file is the policy, not a difference');
});

test('--overwrite true (the default) replaces what is there', async () => {
  const c = await freshContainer();
  await putBlobs(az, c, { 'index.html': 'REPLACE ME' });
  const r = await azcp(['copy', `${tree()}/*`, `${az.serviceUrl}/${c}`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.equal((await blobText(az, c, 'index.html')).toString(), '<h1>');
});

test('--overwrite ifSourceNewer replaces only blobs older than the source file', async () => {
  const c = await freshContainer();
  // index.html (source 2024) over a blob from 2022: replaced.
  // notes.txt (source 2020) over a blob from 2022: kept.
  await putBlobs(az, c, { 'index.html': 'stale', 'notes.txt': 'newer at destination' }, new Date('2022-01-01T00:00:00Z'));
  const r = await azcp(['copy', `${tree()}/*`, `${az.serviceUrl}/${c}`, '--recursive', '--overwrite', 'ifSourceNewer', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.equal((await blobText(az, c, 'index.html')).toString(), '<h1>');
  assert.equal((await blobText(az, c, 'notes.txt')).toString(), 'newer at destination');
});

test('--dry-run changes nothing and records every planned transfer as DryRun', async () => {
  const c = await freshContainer();
  await putBlobs(az, c, { 'index.html': 'untouched' });
  const r = await azcp(['copy', `${tree()}/*`, `${az.serviceUrl}/${c}`, '--recursive', '--dry-run', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await names(c), ['index.html']);
  assert.equal((await blobText(az, c, 'index.html')).toString(), 'untouched');
  const { report, transfers } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.status, 'DryRun');
  assert.deepEqual(transfers.filter((t) => t.status === 'DryRun').map((t) => t.path).sort(), Object.keys(sha256Map(tree())).sort());
  assert.ok(transfers.every((t) => t.status === 'DryRun'));

  // A dry-run download writes no file either.
  const dest = join(work, 'dry-down');
  const d = await azcp(['copy', `${az.serviceUrl}/${c}/*`, dest, '--recursive', '--dry-run', '--job-dir', jobDir]);
  assert.equal(d.code, 0, d.stderr + d.stdout);
  assert.deepEqual(sha256Map(dest), {});
});

test('a single file goes to the container root, to an explicit blob name, or into a virtual folder', async () => {
  const c = await freshContainer();
  const file = join(tree(), 'docs', 'guide.md');
  const toRoot = await azcp(['copy', file, `${az.serviceUrl}/${c}`, '--job-dir', jobDir]);
  assert.equal(toRoot.code, 0, toRoot.stderr + toRoot.stdout);
  const toName = await azcp(['copy', file, `${az.serviceUrl}/${c}/renamed/manual.md`, '--job-dir', jobDir]);
  assert.equal(toName.code, 0, toName.stderr + toName.stdout);
  const intoFolder = await azcp(['copy', file, `${az.serviceUrl}/${c}/renamed/`, '--job-dir', jobDir]);
  assert.equal(intoFolder.code, 0, intoFolder.stderr + intoFolder.stdout);
  assert.deepEqual(await names(c), ['guide.md', 'renamed/guide.md', 'renamed/manual.md']);
  for (const b of await names(c)) assert.equal((await blobText(az, c, b)).toString(), '# guide');
});

test('a single blob goes into an existing local folder, or to a named local file', async () => {
  const c = await freshContainer();
  await putBlobs(az, c, { 'deep/one.txt': 'one blob' });
  const folder = join(work, 'single-into');
  mkdirSync(folder);
  const into = await azcp(['copy', `${az.serviceUrl}/${c}/deep/one.txt`, folder, '--job-dir', jobDir]);
  assert.equal(into.code, 0, into.stderr + into.stdout);
  assert.equal(readFileSync(join(folder, 'one.txt'), 'utf8'), 'one blob');
  const named = join(work, 'single-named', 'other.txt');
  const asFile = await azcp(['copy', `${az.serviceUrl}/${c}/deep/one.txt`, named, '--job-dir', jobDir]);
  assert.equal(asFile.code, 0, asFile.stderr + asFile.stdout);
  assert.equal(readFileSync(named, 'utf8'), 'one blob');
  assert.ok(!existsSync(join(work, 'single-named', 'other.txt', 'one.txt')));
});

test('copying a folder without --recursive is refused with advice (exit 2), nothing written', async () => {
  const c = await freshContainer();
  const r = await azcp(['copy', tree(), `${az.serviceUrl}/${c}`, '--job-dir', jobDir]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--recursive/);
  assert.deepEqual(await names(c), []);
});
