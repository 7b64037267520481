// Job ids name folders under the job root, so only the shape azcp makes is
// accepted: `jobs show ..` once read the parent folder's job.json. A job
// folder whose job.json (or report.json) is corrupt is listed as unreadable,
// with the file's path, without breaking the listing; `jobs clean` leaves it
// and says so.
//
// The job folders are made by the code that makes them for real jobs
// (JobFolder), with no storage behind them: these commands only read folders.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JobFolder } from '../src/job/evidence/journal.ts';
import { jsonDocument } from './helpers/json-lines.ts';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';

let root: string;
let good: string;
let corrupt: string;
let corruptReport: string;

async function makeJob(id: string): Promise<string> {
  const f = JobFolder.create(root, { mode: 'copy', source: '/data', destination: 'https://a.blob.core.windows.net/c' }, 'test', id);
  await f.close();
  return id;
}

before(async () => {
  const parent = tempDir('ids');
  root = join(parent, 'jobs');
  mkdirSync(root);
  // What `jobs show ..` used to read: a job.json one level up.
  writeFileSync(join(parent, 'job.json'), JSON.stringify({ jobId: 'outside', createdAt: '2025-01-01T00:00:00Z', inputs: { mode: 'copy', source: 'SECRET-PARENT' } }));
  good = await makeJob('20250101-000000Z-aaaaaa');
  corrupt = await makeJob('20250102-000000Z-bbbbbb');
  writeFileSync(join(root, corrupt, 'job.json'), '{"jobId": "20250102-000000Z-bbb');
  corruptReport = await makeJob('20250103-000000Z-cccccc');
  writeFileSync(join(root, corruptReport, 'report.json'), '');
});

test('job ids that are not of the shape azcp makes are usage errors (exit 2) and read nothing', async () => {
  for (const id of ['..', '../jobs', '.', '/etc', 'a/b', '..\\x', '20250101-000000Z-aaaaaa/..']) {
    for (const sub of ['show', 'resume']) {
      const r = await azcp(['jobs', sub, id, '--job-dir', root]);
      assert.equal(r.code, 2, `${sub} ${id}: ${r.stderr}${r.stdout}`);
      assert.equal(r.stderr, `azcp: "${id}" is not a job id: ids look like 20250102-030405Z-a1b2c3 (see: azcp jobs list)\n`);
      assert.doesNotMatch(r.stdout, /SECRET-PARENT|outside/);
    }
  }
});

test('a corrupt job.json or report.json is listed as unreadable with its path; the other jobs are listed as usual', async () => {
  const r = await azcp(['jobs', 'list', '--job-dir', root]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 3, r.stdout);
  assert.match(lines.find((l) => l.startsWith(good))!, /^\S+ +copy +Interrupted /);
  const bad = lines.find((l) => l.startsWith(corrupt))!;
  assert.ok(bad.includes(`${join(root, corrupt, 'job.json')} cannot be read: `), bad);
  assert.match(bad, /Unreadable .*; jobs clean leaves this folder alone$/);
  assert.ok(lines.find((l) => l.startsWith(corruptReport))!.includes(`${join(root, corruptReport, 'report.json')} cannot be read: `));

  const json = jsonDocument((await azcp(['jobs', 'list', '--job-dir', root, '--output-type', 'json'])).stdout).AzcpJobs;
  assert.deepEqual(json.map((x: { status: string }) => x.status).sort(), ['Interrupted', 'Unreadable', 'Unreadable']);

  const show = await azcp(['jobs', 'show', corrupt, '--job-dir', root]);
  assert.equal(show.code, 1);
  assert.match(show.stderr, new RegExp(`^azcp: ${join(root, corrupt, 'job.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read: `));
});

test('jobs clean removes what it can read, and names each folder it leaves because it cannot read it', async () => {
  const r = await azcp(['jobs', 'clean', '--job-dir', root]);
  assert.equal(r.code, 0, r.stderr);
  const [head, ...rest] = r.stdout.trim().split('\n');
  assert.equal(head, `removed 1 job folder(s) from ${root}; skipped 2`);
  assert.equal(rest.length, 2);
  for (const id of [corrupt, corruptReport]) {
    const line = rest.find((l) => l.startsWith(`skipped ${id}: `)) ?? assert.fail(r.stdout);
    assert.ok(line.endsWith(`; remove ${join(root, id)} by hand if it is not needed`), line);
    assert.ok(existsSync(join(root, id)));
  }
  assert.equal(existsSync(join(root, good)), false);
});
