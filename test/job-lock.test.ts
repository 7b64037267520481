// A running job locks its folder (job.lock: pid, host, start): `jobs list`
// shows it Running, `jobs clean` leaves it, a second run of it (`jobs
// resume`) is refused naming the pid. A lock left by a process that no
// longer runs is stale: list says so and resume takes it over. A lock from
// another host is respected.
//
// Real: the built bundle as a child process (its pid is the lock's), Azurite,
// SIGKILL. Mocked, because it cannot be real here: a slow network — the
// fault proxy delays each upload so the job is still running while the test
// looks at it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { startProxiedAzurite, type FaultProxy, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { buildPrivateBundle, startBundle, type PrivateBundle, type RunningAzcp } from './helpers/bundle.ts';
import { jsonDocument } from './helpers/json-lines.ts';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';

const FILES = 24;
let env: ProxiedAzurite;
let proxy: FaultProxy;
let bundle: PrivateBundle;
let work: string;
let src: string;

before(async () => {
  bundle = await buildPrivateBundle();
  env = await startProxiedAzurite();
  proxy = env.proxy;
  work = tempDir('lock');
  src = join(work, 'src');
  mkdirSync(src);
  for (let i = 0; i < FILES; i++) writeFileSync(join(src, `f${String(i).padStart(2, '0')}.txt`), `file ${i}\n`.repeat(20 + i));
});

after(async () => {
  await env?.stop();
  bundle?.cleanup();
});

async function waitFor(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function onlyJob(jobDir: string): string {
  const ids = existsSync(jobDir) ? readdirSync(jobDir) : [];
  assert.ok(ids.length <= 1, ids.join(', '));
  return ids[0];
}

/** Starts a slow upload (every PUT delayed) and waits until it holds its lock and is uploading. */
async function startSlowCopy(container: string, jobDir: string, args: string[] = []): Promise<{ run: RunningAzcp; jobId: string }> {
  await env.service.getContainerClient(container).createIfNotExists();
  let puts = 0;
  proxy.setDecide((info) => {
    if (info.method === 'PUT' && info.url.includes(`/${container}/`)) puts++;
    return { kind: 'forward', delayMs: info.method === 'PUT' ? 120 : 0 };
  });
  const run = args.length
    ? startBundle(bundle.entry, [...args, '--job-dir', jobDir])
    : startBundle(bundle.entry, ['copy', `${src}/*`, `${proxy.serviceUrl}/${container}`, '--concurrency', '2', '--job-dir', jobDir]);
  await waitFor('the job to start uploading', () => puts >= 2 && !!onlyJob(jobDir));
  return { run, jobId: onlyJob(jobDir) };
}

/** A pid that no process has: one that just ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(r.stdout.toString());
}

test('while a job runs: list shows it Running, clean leaves it, resume is refused naming its pid; the job completes', async () => {
  const jobDir = join(work, 'jobs-running');
  const { run, jobId } = await startSlowCopy('running', jobDir);
  const pid = run.child.pid!;
  const clean = await azcp(['jobs', 'clean', '--job-dir', jobDir]);
  assert.equal(clean.code, 0, clean.stderr);
  assert.ok(existsSync(join(jobDir, jobId, 'job.json')), 'clean left the running job folder');
  assert.match(clean.stdout, new RegExp(`^removed 0 job folder\\(s\\) from .*; skipped 1\\nskipped ${jobId}: it is running \\(pid ${pid} `));

  const resume = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir]);
  assert.equal(resume.code, 1, resume.stderr + resume.stdout);
  assert.match(resume.stderr, new RegExp(`^azcp: cannot resume job ${jobId}: it is running now \\(pid ${pid}, since [^)]+\\); wait for it to end, or stop that process first\\n$`));

  const list = await azcp(['jobs', 'list', '--job-dir', jobDir]);
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, new RegExp(`^${jobId} +copy +Running +.*\\(pid ${pid} \\(since `));
  const rows = jsonDocument((await azcp(['jobs', 'list', '--job-dir', jobDir, '--output-type', 'json'])).stdout).AzcpJobs;
  assert.equal(rows[0].status, 'Running');
  assert.equal(rows[0].lock.pid, pid);
  const lock = JSON.parse(readFileSync(join(jobDir, jobId, 'job.lock'), 'utf8'));
  assert.deepEqual({ pid: lock.pid, hostname: lock.hostname }, { pid, hostname: hostname() });
  assert.ok(!Number.isNaN(Date.parse(lock.startedAt)));

  const r = await run.done;
  proxy.setDecide(() => ({ kind: 'forward' }));
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const report = JSON.parse(readFileSync(join(jobDir, jobId, 'report.json'), 'utf8'));
  assert.equal(report.counts.transferred, FILES, 'counted once: no second run added to it');
  assert.equal(report.status, 'Completed');
  assert.equal(existsSync(join(jobDir, jobId, 'job.lock')), false, 'the lock is removed when the job ends');
  const after = await azcp(['jobs', 'list', '--job-dir', jobDir]);
  assert.match(after.stdout, new RegExp(`^${jobId} +copy +Completed `));
});

test('a job killed with SIGKILL leaves a stale lock: list says so, a resume takes it over, and a second resume meanwhile is refused', async () => {
  const jobDir = join(work, 'jobs-killed');
  const first = await startSlowCopy('killed', jobDir);
  first.run.child.kill('SIGKILL');
  await first.run.done;
  const { jobId } = first;
  const stale = JSON.parse(readFileSync(join(jobDir, jobId, 'job.lock'), 'utf8'));
  assert.equal(stale.pid, first.run.child.pid, 'kill -9 left the lock behind');

  const list = await azcp(['jobs', 'list', '--job-dir', jobDir]);
  assert.match(list.stdout, new RegExp(`^${jobId} +copy +Interrupted +.*\\(stale lock: pid ${stale.pid} no longer runs; jobs resume takes it over\\)\\n$`));

  // The resume runs slowly too; while it runs, a second resume is refused.
  const { run } = await startSlowCopy('killed', jobDir, ['jobs', 'resume', jobId]);
  const second = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir]);
  assert.equal(second.code, 1, second.stderr + second.stdout);
  assert.match(second.stderr, new RegExp(`cannot resume job ${jobId}: it is running now \\(pid ${run.child.pid},`));
  const r = await run.done;
  proxy.setDecide(() => ({ kind: 'forward' }));
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.match(r.stderr, new RegExp(`warning: job ${jobId} was locked by pid ${stale.pid} \\(since [^)]+\\), which no longer runs: it ended without unlocking \\(killed\\?\\); this run took the lock over`));
  const report = JSON.parse(readFileSync(join(jobDir, jobId, 'report.json'), 'utf8'));
  assert.equal(report.counts.transferred, FILES);
  assert.equal(existsSync(join(jobDir, jobId, 'job.lock')), false);
});

test('a lock written by a pid that does not exist is stale for list and resume', async () => {
  const jobDir = join(work, 'jobs-dead-pid');
  await env.service.getContainerClient('deadpid').createIfNotExists();
  const done = await azcp(['copy', `${src}/f00.txt`, `${proxy.serviceUrl}/deadpid`, '--job-dir', jobDir]);
  assert.equal(done.code, 0, done.stderr);
  const jobId = onlyJob(jobDir);
  const pid = deadPid();
  writeFileSync(join(jobDir, jobId, 'job.lock'), JSON.stringify({ pid, hostname: hostname(), startedAt: '2025-01-02T03:04:05.000Z' }));

  const list = await azcp(['jobs', 'list', '--job-dir', jobDir, '--output-type', 'json']);
  const [row] = jsonDocument(list.stdout).AzcpJobs;
  assert.equal(row.status, 'Completed', 'a stale lock does not make a job Running');
  assert.deepEqual(row.lock, { state: 'stale', pid, hostname: hostname(), startedAt: '2025-01-02T03:04:05.000Z' });

  const resumed = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir]);
  assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
  assert.match(resumed.stderr, new RegExp(`was locked by pid ${pid} \\(since 2025-01-02T03:04:05.000Z\\), which no longer runs`));
  assert.equal(existsSync(join(jobDir, jobId, 'job.lock')), false);
  const cleaned = await azcp(['jobs', 'clean', '--job-dir', jobDir]);
  assert.match(cleaned.stdout, /^removed 1 job folder\(s\)/);
});

test('a lock from another host is respected: list shows Running there, clean skips it, resume is refused naming the host and the file', async () => {
  const jobDir = join(work, 'jobs-elsewhere');
  await env.service.getContainerClient('elsewhere').createIfNotExists();
  const done = await azcp(['copy', `${src}/f01.txt`, `${proxy.serviceUrl}/elsewhere`, '--job-dir', jobDir]);
  assert.equal(done.code, 0, done.stderr);
  const jobId = onlyJob(jobDir);
  const lockPath = join(jobDir, jobId, 'job.lock');
  writeFileSync(lockPath, JSON.stringify({ pid: process.pid, hostname: 'build-agent-7', startedAt: '2025-01-02T03:04:05.000Z' }));

  const list = await azcp(['jobs', 'list', '--job-dir', jobDir]);
  assert.match(list.stdout, new RegExp(`^${jobId} +copy +Running .*\\(pid ${process.pid} on host build-agent-7 \\(since 2025-01-02T03:04:05.000Z\\); counts are from its previous run\\)`));
  const clean = await azcp(['jobs', 'clean', '--job-dir', jobDir]);
  assert.match(clean.stdout, new RegExp(`skipped ${jobId}: it is running \\(pid ${process.pid} on host build-agent-7`));
  assert.ok(existsSync(lockPath));
  const resume = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir]);
  assert.equal(resume.code, 1);
  assert.equal(
    resume.stderr,
    `azcp: cannot resume job ${jobId}: it is locked by pid ${process.pid} on host build-agent-7 (since 2025-01-02T03:04:05.000Z), which cannot be checked from here; if it no longer runs there, remove ${lockPath} and try again\n`,
  );
});

test('a lock whose pid now belongs to another process (same pid, another start time) is stale, not Running', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
  const jobDir = join(work, 'jobs-reused-pid');
  await env.service.getContainerClient('reusedpid').createIfNotExists();
  const done = await azcp(['copy', `${src}/f02.txt`, `${proxy.serviceUrl}/reusedpid`, '--job-dir', jobDir]);
  assert.equal(done.code, 0, done.stderr);
  const jobId = onlyJob(jobDir);
  // This test's own pid runs, but it is not the process that wrote the lock: the start differs.
  writeFileSync(join(jobDir, jobId, 'job.lock'), JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2025-01-02T03:04:05.000Z', processStart: '1' }));
  const list = await azcp(['jobs', 'list', '--job-dir', jobDir, '--output-type', 'json']);
  const [row] = jsonDocument(list.stdout).AzcpJobs;
  assert.equal(row.status, 'Completed', `a reused pid made the job look Running: ${list.stdout}`);
  assert.equal(row.lock.state, 'stale');
  const clean = await azcp(['jobs', 'clean', '--job-dir', jobDir]);
  assert.match(clean.stdout, /^removed 1 job folder\(s\)/);
});
