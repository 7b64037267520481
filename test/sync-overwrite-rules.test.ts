// sync's two rules side by side, on Azurite, local → blob, blob → local and
// blob → blob, with every time set explicitly (fs.utimes for files, the
// `mtime` metadata azcp writes and compares for blobs):
// - the default makes the destination match the source, and says when that
//   replaces a destination newer than its source (overwroteNewerAtDestination,
//   in the dry run first);
// - --overwrite ifSourceNewer is AzCopy's rule: newer wins, a newer
//   destination is kept, counted (keptNewerAtDestination) and named, and the
//   job is Completed because that difference is by choice.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, hashTree, listContainer, putBlobs, blobText, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let jobDir: string;
let serial = 0;

/** The last sync, and an edit made an hour after it. */
const T0 = new Date('2024-03-01T10:00:00Z');
const T1 = new Date(T0.getTime() + 3600_000);

before(async () => {
  az = await startAzurite();
  work = tempDir('sync-rules');
  jobDir = join(work, 'jobs');
});
after(async () => {
  await az?.stop();
});

interface Side {
  url: string;
  write(files: Record<string, string>, mtime: Date): Promise<void>;
  read(name: string): Promise<string>;
  names(): Promise<string[]>;
}

function localSide(): Side {
  const root = join(work, `local-${++serial}`);
  return {
    url: root,
    write: async (files, mtime) => writeTree(root, files, mtime),
    read: async (name) => readFileSync(join(root, ...name.split('/')), 'utf8'),
    names: async () => [...hashTree(root).keys()].sort(),
  };
}

function blobSide(): Side {
  const container = `rules${++serial}`;
  return {
    url: `${az.serviceUrl}/${container}`,
    write: (files, mtime) => putBlobs(az, container, files, mtime),
    read: async (name) => (await blobText(az, container, name)).toString('utf8'),
    names: async () => (await listContainer(az, container)).map((b) => b.name).sort(),
  };
}

const DIRECTIONS: Array<[string, () => Side, () => Side]> = [
  ['local → blob', localSide, blobSide],
  ['blob → local', blobSide, localSide],
  ['blob → blob', blobSide, blobSide],
];

async function sync(source: Side, destination: Side, extra: string[] = []) {
  const r = await azcp(['sync', source.url, destination.url, '--job-dir', jobDir, ...extra]);
  assert.match(r.stdout, /evidence: /, r.stderr + r.stdout);
  return { ...r, job: readJob(evidenceFolder(r.stdout)) };
}

for (const [direction, makeSource, makeDestination] of DIRECTIONS) {
  describe(direction, () => {
    /** Synced at T0; then the destination's report.txt was edited at T1. */
    async function editedAtDestination() {
      const source = makeSource();
      const destination = makeDestination();
      await source.write({ 'report.txt': 'as synced', 'same.txt': 'unchanged' }, T0);
      await destination.write({ 'same.txt': 'unchanged' }, T0);
      await destination.write({ 'report.txt': 'edited at the destination after the sync' }, T1);
      return { source, destination };
    }

    test('ifSourceNewer keeps a destination edited after the last sync: Completed, counted, named and said', async () => {
      const { source, destination } = await editedAtDestination();
      const r = await sync(source, destination, ['--overwrite', 'ifSourceNewer']);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const rep = r.job.report;
      assert.equal(rep.status, 'Completed');
      assert.equal(await destination.read('report.txt'), 'edited at the destination after the sync');
      assert.equal(rep.counts.transferred, 0);
      assert.equal(rep.counts.skipped, 2);
      assert.equal(rep.counts.keptNewerAtDestination, 1);
      assert.equal(rep.counts.overwroteNewerAtDestination, undefined);
      assert.deepEqual(rep.keptNewerAtDestination, ['report.txt']);
      assert.equal(rep.reconciliation.ok, true);
      assert.equal(rep.reconciliation.keptNewerAtDestination, 1);
      assert.doesNotMatch(rep.message, /the destination matches the source\./, 'a kept difference is not "matches"');
      assert.match(rep.message, /except 1 object\(s\) newer at the destination/);
      const sentence = '1 object differs from the source by choice: the destination was newer and --overwrite ifSourceNewer keeps it.';
      assert.ok(r.stdout.includes(sentence), r.stdout);
      assert.ok(r.job.summary.includes(sentence), r.job.summary);
      assert.ok(r.job.summary.includes('- `report.txt`'), r.job.summary);
    });

    test('the default rule replaces a destination newer than its source, and says so in the dry run and the summary', async () => {
      const { source, destination } = await editedAtDestination();
      const dry = await sync(source, destination, ['--dry-run']);
      assert.equal(dry.code, 0, dry.stderr + dry.stdout);
      assert.equal(await destination.read('report.txt'), 'edited at the destination after the sync', 'a dry run changes nothing');
      assert.match(dry.stdout + dry.stderr, /would \w+ report\.txt \(size; replaces a destination newer than its source\)/);
      assert.equal(dry.job.report.counts.overwroteNewerAtDestination, 1);
      assert.ok(dry.job.summary.includes('1 transfer would replace a destination newer than its source'), dry.job.summary);

      const r = await sync(source, destination);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      const rep = r.job.report;
      assert.equal(rep.status, 'Completed');
      assert.equal(await destination.read('report.txt'), 'as synced');
      assert.equal(rep.counts.transferred, 1);
      assert.equal(rep.counts.overwroteNewerAtDestination, 1);
      assert.equal(rep.counts.keptNewerAtDestination, undefined);
      assert.deepEqual(rep.overwroteNewerAtDestination, ['report.txt']);
      const sentence = '1 transfer replaced a destination newer than its source';
      assert.ok(r.stdout.includes(sentence), r.stdout);
      assert.ok(r.job.summary.includes(sentence), r.job.summary);
    });

    test('a source restored to an older version is skipped with ifSourceNewer and sent by default', async () => {
      const source = makeSource();
      const destination = makeDestination();
      // Synced at T1; then the source went back to the version of T0.
      await source.write({ 'page.html': 'version two, the newer one' }, T1);
      await destination.write({ 'page.html': 'version two, the newer one' }, T1);
      await source.write({ 'page.html': 'version one' }, T0);

      const kept = await sync(source, destination, ['--overwrite', 'ifSourceNewer']);
      assert.equal(kept.code, 0, kept.stderr + kept.stdout);
      assert.equal(kept.job.report.counts.transferred, 0);
      assert.equal(kept.job.report.counts.keptNewerAtDestination, 1);
      assert.equal(await destination.read('page.html'), 'version two, the newer one');

      const sent = await sync(source, destination);
      assert.equal(sent.code, 0, sent.stderr + sent.stdout);
      assert.equal(sent.job.report.counts.transferred, 1);
      assert.equal(sent.job.report.counts.overwroteNewerAtDestination, 1);
      assert.equal(await destination.read('page.html'), 'version one');
    });

    test('--delete-destination with ifSourceNewer deletes only what is gone from the source', async () => {
      const source = makeSource();
      const destination = makeDestination();
      await source.write({ 'kept-newer.txt': 'source copy', 'newer-at-source.txt': 'new at the source' }, T1);
      await destination.write({ 'kept-newer.txt': 'edited at the destination later' }, new Date(T1.getTime() + 3600_000));
      await destination.write({ 'newer-at-source.txt': 'old', 'gone.txt': 'the source deleted this' }, T0);

      const r = await sync(source, destination, ['--overwrite', 'ifSourceNewer', '--delete-destination', 'true', '--max-delete', '100%']);
      assert.equal(r.code, 0, r.stderr + r.stdout);
      assert.equal(r.job.report.status, 'Completed');
      assert.deepEqual(await destination.names(), ['kept-newer.txt', 'newer-at-source.txt']);
      assert.equal(r.job.report.counts.deleted, 1);
      assert.equal(r.job.report.counts.transferred, 1);
      assert.equal(r.job.report.counts.keptNewerAtDestination, 1);
      assert.equal(await destination.read('kept-newer.txt'), 'edited at the destination later');
      assert.equal(await destination.read('newer-at-source.txt'), 'new at the source');
    });
  });
}

test('sync --overwrite false is exit 2 and says to use copy; ifSourceNewer with --mirror-mode is exit 2; nothing is written', async () => {
  const source = localSide();
  await source.write({ 'a.txt': 'a' }, T0);
  const destination = blobSide();
  const never = await azcp(['sync', source.url, destination.url, '--job-dir', jobDir, '--overwrite', 'false']);
  assert.equal(never.code, 2, never.stderr + never.stdout);
  assert.match(never.stderr, /--overwrite false does not apply to sync: use copy --overwrite false/);
  const both = await azcp(['sync', source.url, destination.url, '--job-dir', jobDir, '--overwrite', 'ifSourceNewer', '--mirror-mode']);
  assert.equal(both.code, 2, both.stderr + both.stdout);
  assert.match(both.stderr, /--mirror-mode .*contradicts --overwrite ifSourceNewer/);
  const container = new URL(destination.url).pathname.slice(1);
  const listed = await listContainer(az, container).catch(() => []);
  assert.deepEqual(listed, []);
});

test('sync --help shows --overwrite with both rules', async () => {
  const r = await azcp(['sync', '--help']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /--overwrite .*ifSourceNewer: AzCopy's rule/);
});
