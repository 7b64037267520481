// SIGINT and SIGTERM to a running copy: azcp stops, writes report.json with
// status Cancelled, leaves a journal whose every line parses and never
// claims a blob that is not there, and `azcp jobs resume` finishes the job.
//
// Real: the built bundle as a child process, real signals, Azurite.
// Mocked, because it cannot be real here: a slow network — a proxy that
// delays each request by 150 ms so the job is still running when the
// signal arrives (it also tells the test when uploads are under way).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobServiceClient } from '@azure/storage-blob';
import { startProxiedAzurite, type FaultProxy, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { buildPrivateBundle, startBundle, type PrivateBundle, type RunningAzcp } from './helpers/bundle.ts';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';

const FILES = 40;
let env: ProxiedAzurite;
let proxy: FaultProxy;
let service: BlobServiceClient;
let bundle: PrivateBundle;
let work: string;
let src: string;

before(async () => {
  bundle = await buildPrivateBundle();
  env = await startProxiedAzurite();
  ({ proxy, service } = env);
  work = tempDir('cancel');
  src = join(work, 'src');
  mkdirSync(src);
  for (let i = 0; i < FILES; i++) writeFileSync(join(src, `f${String(i).padStart(2, '0')}.txt`), `file ${i}\n`.repeat(50 + i));
});

after(async () => {
  await env?.stop();
  bundle?.cleanup();
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} cancels a running copy cleanly; jobs resume finishes it`, async () => {
    const container = `cancel-${signal.toLowerCase()}`;
    const c = service.getContainerClient(container);
    await c.create();
    const jobDir = join(work, `jobs-${signal}`);
    let run: RunningAzcp | undefined;
    let puts = 0;
    let sent = false;
    proxy.setDecide((info) => {
      if (info.method === 'PUT' && ++puts === 8 && run && !sent) {
        sent = true;
        run.child.kill(signal);
      }
      return { kind: 'forward', delayMs: 150 };
    });
    run = startBundle(bundle.entry, ['copy', `${src}/*`, `${proxy.serviceUrl}/${container}`, '--concurrency', '3', '--job-dir', jobDir]);
    const r = await run.done;
    proxy.setDecide(() => ({ kind: 'forward' }));
    assert.ok(sent, `the job ended before the signal: ${r.stderr}`);
    assert.notEqual(r.code, 0, 'a cancelled job does not exit 0');
    assert.equal(r.signal, null, 'azcp handled the signal and exited by itself');
    assert.match(r.stderr, new RegExp(`${signal}: finishing in-flight requests and writing the report`));

    const [jobId] = readdirSync(jobDir);
    const report = JSON.parse(readFileSync(join(jobDir, jobId, 'report.json'), 'utf8'));
    assert.equal(report.status, 'Cancelled');
    assert.match(report.message, /^Cancelled after \d+ of \d+ transfers; resume to finish\.$/);
    assert.ok(report.counts.transferred < FILES);
    assert.ok(existsSync(join(jobDir, jobId, 'summary.md')));

    // The journal: every line parses; a Completed line means the blob is there.
    const lines = readFileSync(join(jobDir, jobId, 'transfers.jsonl'), 'utf8').split('\n').filter(Boolean);
    const records = lines.map((l) => JSON.parse(l));
    const present = new Set<string>();
    for await (const b of c.listBlobsFlat()) present.add(b.name);
    const completed = records.filter((x) => x.status === 'Completed');
    assert.equal(completed.length, report.counts.transferred, 'the report and the journal agree');
    for (const rec of completed) assert.ok(present.has(rec.path), `${rec.path} is journalled Completed but is not at the destination`);
    // Transfers in flight when the signal came are recorded as Cancelled, not Failed.
    assert.ok(records.some((x) => x.status === 'Cancelled'), `in-flight transfers are recorded as Cancelled: ${lines.join('\n')}`);
    assert.equal(records.filter((x) => x.status === 'Failed').length, 0);
    assert.equal(new Set(completed.map((x) => x.path)).size, completed.length, 'no object is journalled Completed twice');

    const resumed = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir]);
    assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
    const after: string[] = [];
    for await (const b of c.listBlobsFlat()) after.push(b.name);
    assert.equal(after.length, FILES);
    const final = JSON.parse(readFileSync(join(jobDir, jobId, 'report.json'), 'utf8'));
    assert.equal(final.status, 'Completed');
    assert.equal(final.counts.transferred, FILES, 'the resumed report covers the whole job');
    const sourceBytes = readdirSync(src).reduce((n, f) => n + readFileSync(join(src, f)).length, 0);
    assert.equal(final.counts.bytes, sourceBytes, 'and its bytes: what the cancelled run sent too');
    assert.equal(final.counts.skipped, 0, 'nothing the cancelled run sent is called skipped');
    assert.equal(final.resume.deletedEarlier, 0);
    // Done by the first run: every object it journalled Completed, plus any
    // whose write the server finished while the run was already stopping
    // (journalled Cancelled, found at the destination with the source's size
    // and time). Never more than that.
    const cancelled = records.filter((x) => x.status === 'Cancelled').length;
    assert.ok(final.resume.completedEarlier >= report.counts.transferred, JSON.stringify(final.resume));
    assert.ok(final.resume.completedEarlier <= report.counts.transferred + cancelled, JSON.stringify(final.resume));
    // After the resume the journal says Completed exactly once for every file.
    const journal = readFileSync(join(jobDir, jobId, 'transfers.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const completedPathsAfter = journal.filter((x) => x.status === 'Completed').map((x) => x.path);
    assert.equal(completedPathsAfter.length, FILES, 'one Completed line per file, no more');
    assert.equal(new Set(completedPathsAfter).size, FILES);
    assert.deepEqual(readdirSync(jobDir), [jobId], 'the resume used the same job folder');
  });
}
