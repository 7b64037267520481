// The job folder stays bounded: azcp.log rotates (azcp.log, azcp.1.log,
// azcp.2.log) at AZCP_LOG_ROTATE_BYTES (32 MiB by default), through a whole
// job and across a resume of the same job; transfers.jsonl stops growing at
// AZCP_JOURNAL_MAX_BYTES. No server needed: a job's log is
// written by the JobFolder alone, which these tests drive directly.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { JobFolder, LOG_KEEP, completedPaths } from '../src/job/evidence/journal.ts';
import { logRotateBytes } from '../src/contract/env.ts';
import { tempDir } from './helpers/temp.ts';
import { registerSecret } from '../src/auth/redact.ts';
import { assertNoSecrets } from './helpers/secrets.ts';

const root = tempDir('rotation');
after(() => rmSync(root, { recursive: true, force: true }));

test('the rotation size defaults to 32 MiB and takes AZCP_LOG_ROTATE_BYTES', () => {
  assert.equal(logRotateBytes({}), 32 * 1024 * 1024);
  assert.equal(logRotateBytes({ AZCP_LOG_ROTATE_BYTES: '65536' }), 65536);
  assert.equal(logRotateBytes({ AZCP_LOG_ROTATE_BYTES: 'lots' }), 32 * 1024 * 1024, 'garbage falls back to the default');
  assert.equal(logRotateBytes({ AZCP_LOG_ROTATE_BYTES: '10' }), 32 * 1024 * 1024, 'absurdly small values are ignored');
});

test('azcp.log rotates at the threshold and keeps three files; the folder stays bounded', async () => {
  const limit = 16 * 1024;
  process.env.AZCP_LOG_ROTATE_BYTES = String(limit);
  try {
    const folder = JobFolder.create(root, { mode: 'copy', source: 'a', destination: 'b' }, 'test', 'rotating-job');
    const line = (i: number) => `2026-01-01T00:00:00.000Z INFO    line ${String(i).padStart(6, '0')} ${'x'.repeat(180)}`;
    for (let i = 0; i < 2000; i++) folder.writeLog(line(i)); // ~400 KiB: 25 rotations' worth
    await folder.close();
    const logs = readdirSync(folder.dir).filter((n) => /^azcp(\.\d+)?\.log$/.test(n)).sort();
    assert.deepEqual(logs, ['azcp.1.log', 'azcp.2.log', 'azcp.log'].slice(0, LOG_KEEP));
    for (const n of logs) assert.ok(statSync(join(folder.dir, n)).size <= limit, `${n} is ${statSync(join(folder.dir, n)).size} bytes`);
    // The newest lines survive, in order, across the rotated files.
    const text = readFileSync(join(folder.dir, 'azcp.2.log'), 'utf8') + readFileSync(join(folder.dir, 'azcp.1.log'), 'utf8') + readFileSync(join(folder.dir, 'azcp.log'), 'utf8');
    const numbers = [...text.matchAll(/line (\d{6})/g)].map((m) => Number(m[1]));
    assert.equal(numbers.at(-1), 1999, 'the last line written is in azcp.log');
    for (let i = 1; i < numbers.length; i++) assert.equal(numbers[i], numbers[i - 1] + 1, 'no line lost or reordered inside the kept files');
    assert.ok(numbers.length > 100);
  } finally {
    delete process.env.AZCP_LOG_ROTATE_BYTES;
  }
});

test('a resumed job appends to its log and rotates by the size already there', async () => {
  const limit = 8 * 1024;
  process.env.AZCP_LOG_ROTATE_BYTES = String(limit);
  try {
    const first = JobFolder.create(root, { mode: 'copy' }, 'test', 'resumed-job');
    for (let i = 0; i < 30; i++) first.writeLog(`first run ${i} ${'y'.repeat(200)}`); // ~6.5 KiB: no rotation yet
    await first.close();
    assert.equal(existsSync(join(first.dir, 'azcp.1.log')), false);
    const second = JobFolder.create(root, { mode: 'copy' }, 'test', 'resumed-job');
    for (let i = 0; i < 30; i++) second.writeLog(`second run ${i} ${'z'.repeat(200)}`);
    await second.close();
    assert.ok(existsSync(join(second.dir, 'azcp.1.log')), 'the size from the first run counts toward the rotation');
    for (const n of ['azcp.log', 'azcp.1.log']) assert.ok(statSync(join(second.dir, n)).size <= limit);
    assert.match(readFileSync(join(second.dir, 'azcp.1.log'), 'utf8'), /first run 0 /);
  } finally {
    delete process.env.AZCP_LOG_ROTATE_BYTES;
  }
});

test('completedPaths: Skipped lines neither add nor undo; Failed and Cancelled undo; deletions are kept apart', async () => {
  const f = JobFolder.create(root, { mode: 'sync' }, 'test', 'journal-job');
  f.recordTransfer({ path: 'a', size: 1, status: 'Completed' });
  f.recordTransfer({ path: 'a', size: 1, status: 'Skipped', reason: 'same size and time' });
  f.recordTransfer({ path: 'b', size: 2, status: 'Completed' });
  f.recordTransfer({ path: 'b', size: 2, status: 'Cancelled' });
  f.recordTransfer({ path: 'c', size: 3, status: 'Failed', error: 'x' });
  f.recordTransfer({ path: 'c', size: 3, status: 'Completed' });
  f.recordTransfer({ path: 'd', size: 4, status: 'Skipped', reason: 'exists' });
  f.recordTransfer({ path: 'gone', size: 5, status: 'Deleted', action: 'delete' });
  f.recordTransfer({ path: 'kept', size: 6, status: 'Deleted', action: 'delete' });
  f.recordTransfer({ path: 'kept', size: 6, status: 'Failed', action: 'delete', error: 'x' });
  await f.close();
  const done = await completedPaths(root, 'journal-job');
  assert.deepEqual([...done.transferred.entries()].sort(), [['a', 1], ['c', 3]]);
  // A deleted destination object is not a transferred source object of the same name.
  assert.deepEqual([...done.deleted.entries()].sort(), [['gone', 5]]);
});

test('transfers.jsonl stops taking routine lines at its cap and every line at 10% beyond; the drops are counted', async () => {
  const cap = 4096;
  process.env.AZCP_JOURNAL_MAX_BYTES = String(cap);
  try {
    const f = JobFolder.create(root, { mode: 'sync' }, 'test', 'capped-job');
    assert.equal(f.journalMaxBytes, cap);
    for (let i = 0; i < 200; i++) f.recordTransfer({ path: `ok/${i}`, size: i, status: i % 2 ? 'Completed' : 'Skipped', reason: 'same size and time' });
    // Failures still go in past the soft cap…
    f.recordTransfer({ path: 'bad/0', size: 1, status: 'Failed', error: 'refused' });
    for (let i = 1; i < 200; i++) f.recordTransfer({ path: `bad/${i}`, size: 1, status: 'Failed', error: 'refused' });
    await f.close();
    const text = readFileSync(join(f.dir, 'transfers.jsonl'), 'utf8');
    const lines = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const size = Buffer.byteLength(text);
    const routineBytes = text.split('\n').filter((l) => l.includes('"ok/')).reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
    assert.ok(routineBytes >= cap && routineBytes < cap + 200, `routine lines stop right after the cap (${routineBytes} bytes)`);
    assert.ok(lines.filter((l) => String(l.path).startsWith('ok/')).length < 200, 'some routine lines were left out');
    assert.ok(lines.some((l) => l.path === 'bad/0'), 'the first failure after the cap is in the journal');
    // …up to the hard limit, and no further.
    assert.ok(size < cap * 1.1 + 200, `the file stays under the hard limit (${size} bytes)`);
    assert.ok(!lines.some((l) => l.path === 'bad/199'), 'lines past the hard limit are left out');
    assert.equal(f.journalDropped, 400 - lines.length, 'every line left out is counted');
  } finally {
    delete process.env.AZCP_JOURNAL_MAX_BYTES;
  }
});

test('a journal line is redacted as written, whatever field the secret is in, even one JSON must escape', async () => {
  const plain = 'Zm9vYmFyYmF6cXV4c2VjcmV0MTIz';
  const quoted = 'pa"ss\\word-with-quote-and-backslash';
  registerSecret(plain);
  registerSecret(quoted);
  const f = JobFolder.create(root, { mode: 'copy' }, 'test', 'redacted-journal');
  f.recordTransfer({ path: `dir/${plain}.txt`, size: 1, status: 'Failed', error: `refused with ${quoted} and sig=abcdefghijklmnop` });
  await f.close();
  const text = readFileSync(join(f.dir, 'transfers.jsonl'), 'utf8');
  const line = JSON.parse(text);
  assert.equal(line.path, 'dir/REDACTED.txt');
  assert.equal(line.error, 'refused with REDACTED and sig=REDACTED');
  assertNoSecrets([text], [plain, quoted]);
});
