// A file name is the source's to choose, and may hold an escape sequence
// or a newline; printed raw, `\e[2J` clears the user's terminal and a
// newline followed by `::error::` becomes a CI workflow command. Every
// text line azcp prints escapes them (job/printable.ts); `jobs show
// --with-status` did not.
//
// Real: Azurite, local folders, the CLI host in-process.
import { test, before, after } from 'node:test';
import { startAzurite } from '../scripts/azurite.mjs';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { azcp } from './helpers/azcp.ts';
import { createContainer, tempDir, writeTree, type Azurite } from './helpers/trees.ts';
import { jsonReport } from './helpers/json-lines.ts';

let az: Azurite;
before(async () => {
  az = await startAzurite();
});
after(async () => {
  await az?.stop();
});

const HOSTILE = 'a\u001b[2Jb\n::error::x.txt';
const raw = (text: string) => text.includes('\u001b') || text.includes('\n::error::');

test('jobs show --with-status prints a hostile name escaped', async () => {
  const src = tempDir('hostile-src');
  writeTree(src, { 'plain.txt': 'y' });
  const jobDir = join(tempDir('hostile-jobs'), 'jobs');
  await createContainer(az, 'hostile');
  const r = await azcp(['copy', `${src}/*`, `${az.serviceUrl}/hostile`, '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = jsonReport(r.stdout);
  const id = report.jobId;
  // The line a source holding that name leaves in the journal (Azure
  // allows the name; Azurite answers 500 to it, so it is written here).
  appendFileSync(join(report.jobFolder, 'transfers.jsonl'), JSON.stringify({ path: HOSTILE, size: 1, status: 'Completed', action: 'upload' }) + '\n');
  const shown = await azcp(['jobs', 'show', id, '--with-status', 'Completed', '--job-dir', jobDir]);
  assert.equal(shown.code, 0, shown.stderr);
  assert.ok(shown.stdout.includes('plain.txt'));
  assert.ok(!raw(shown.stdout), `printed raw: ${JSON.stringify(shown.stdout)}`);
  assert.ok(shown.stdout.includes('a\\x1b[2Jb\\x0a::error::x.txt'), 'escaped as elsewhere');
});
