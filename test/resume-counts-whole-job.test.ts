// A sync killed with SIGKILL while deleting, then `azcp jobs resume`: the
// resumed report counts the whole job — every file the killed run uploaded
// (a sync finds them identical now and would call them skipped) and every
// deletion either run did (the killed run's are no longer at the
// destination to be found; their journal lines are the evidence).
//
// Real: the built bundle as a child process, SIGKILL, Azurite. The proxy
// between them forwards everything, except that it kills azcp at the fifth
// Delete Blob and drops that one request, so exactly four deletions happened
// before the kill.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startProxiedAzurite, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { buildPrivateBundle, startBundle, type PrivateBundle, type RunningAzcp } from './helpers/bundle.ts';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { jsonReport } from './helpers/json-lines.ts';

const FILES = 20;
const EXTRAS = 12;
const KILL_AT_DELETE = 5;
let env: ProxiedAzurite;
let bundle: PrivateBundle;
let work: string;
let src: string;
let sourceBytes = 0;

before(async () => {
  bundle = await buildPrivateBundle();
  env = await startProxiedAzurite();
  work = tempDir('whole-job');
  src = join(work, 'src');
  mkdirSync(src);
  for (let i = 0; i < FILES; i++) {
    const body = `file ${i}\n`.repeat(10 + i);
    sourceBytes += Buffer.byteLength(body);
    writeFileSync(join(src, `f${String(i).padStart(2, '0')}.txt`), body);
  }
});

after(async () => {
  await env?.stop();
  bundle?.cleanup();
});

test('after a kill -9 during a sync\'s deletions, the resumed report counts what both runs transferred and deleted', async () => {
  const { proxy, service } = env;
  const container = service.getContainerClient('whole');
  await container.create();
  for (let i = 0; i < EXTRAS; i++) await container.getBlockBlobClient(`zz-extra-${i}.txt`).upload('old\n', 4);
  const jobDir = join(work, 'jobs');

  let run: RunningAzcp | undefined;
  let deletes = 0;
  proxy.setDecide((info) => {
    if (info.method === 'DELETE' && ++deletes === KILL_AT_DELETE) {
      run!.child.kill('SIGKILL');
      return { kind: 'reset' };
    }
    return { kind: 'forward' };
  });
  run = startBundle(bundle.entry, ['sync', src, `${proxy.serviceUrl}/whole`, '--delete-destination', 'true', '--max-delete', '100%', '--concurrency', '1', '--output-type', 'json', '--job-dir', jobDir]);
  const killed = await run.done;
  proxy.setDecide(() => ({ kind: 'forward' }));
  assert.equal(killed.signal, 'SIGKILL', `the sync ended before the kill: ${killed.stderr}`);
  await proxy.idle();
  const [jobId] = readdirSync(jobDir);
  const journal = readFileSync(join(jobDir, jobId, 'transfers.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

  const resumed = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir]);
  assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
  const report = jsonReport(resumed.stdout);
  assert.equal(report.status, 'Completed');
  assert.deepEqual(report.counts, { total: FILES, transferred: FILES, skipped: 0, failed: 0, deleted: EXTRAS, bytes: sourceBytes, overwroteNewerAtDestination: 0 });
  assert.deepEqual(report.resume, { completedEarlier: FILES, bytesEarlier: sourceBytes, deletedEarlier: KILL_AT_DELETE - 1 });
  // What made that possible: a Deleted line is written at once (and with it
  // every line before it), so a kill loses none of them.
  assert.equal(journal.filter((r) => r.status === 'Completed').length, FILES, 'every upload was journalled before the deletions began');
  assert.equal(journal.filter((r) => r.status === 'Deleted').length, KILL_AT_DELETE - 1, 'every deletion done before the kill is in the journal');
  assert.equal(report.message, `Completed: ${FILES} transferred, 0 skipped, ${EXTRAS} deleted; the destination matches the source.`);
  const names: string[] = [];
  for await (const b of container.listBlobsFlat()) names.push(b.name);
  assert.equal(names.length, FILES);

  // The text summary says where the counts came from.
  const text = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir, '--output-type', 'text']);
  assert.equal(text.code, 0, text.stderr + text.stdout);
  assert.match(text.stdout, new RegExp(`transferred ${FILES} \\(.*\\) · skipped 0 · deleted ${EXTRAS} ·`));
  assert.match(text.stdout, new RegExp(`resumed: earlier runs of this job did ${FILES} of the transfers and ${EXTRAS} of the deletions, and sent \\S+ \\S+ of the bytes`));
});
