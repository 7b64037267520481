// A file or blob name is data, and can be hostile: a carriage return and an
// escape sequence wipe the FAILED line a name stands in on a terminal, and
// a newline followed by "::error::" becomes a workflow command in a CI log.
// Every printed or logged line writes such characters as \xNN.
//
// Real: azcp (in-process CLI), Azurite. The hostile name is a local file
// whose name is too long for a blob, so its transfer fails (before any
// request) and the name is printed in the failure lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, type Azurite } from './helpers/trees.ts';
import { printable } from '../src/job/printable.ts';

let az: Azurite;
before(async () => {
  az = await startAzurite();
});
after(async () => {
  await az?.stop();
});

const HOSTILE = 'x\r\u001b[2KCompleted: all fine\u001b[8m\n::error::forged \u202e';

test('printable() writes control characters and bidi overrides as escapes and keeps the rest', () => {
  assert.equal(printable('a\tb\r\nc\u001b[2K\u0085\u202eé😀'), 'a\\x09b\\x0d\\x0ac\\x1b[2K\\x85\\u202eé😀');
});

test('a hostile name in a failed transfer is printed and logged with its control characters escaped', async () => {
  const work = tempDir('hostile-names');
  const src = join(work, 'src');
  const deep = join(src, ...Array.from({ length: 5 }, (_, i) => `${String(i).repeat(200)}`));
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, HOSTILE), 'payload');
  const jobDir = join(work, 'jobs');
  assert.equal((await azcp(['make', `${az.serviceUrl}/hostile`, '--job-dir', jobDir])).code, 0);
  const r = await azcp(['copy', `${src}/*`, `${az.serviceUrl}/hostile`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  const printed = r.stdout + r.stderr;
  assert.match(printed, /\\x1b\[2KCompleted: all fine/, 'the name is shown, escaped');
  for (const [what, text] of [['printed output', printed], ['azcp.log', readFileSync(join(jobDir, readdirSync(jobDir)[0], 'azcp.log'), 'utf8')]] as const) {
    assert.doesNotMatch(text, /[\r\u001b\u202e]/, `${what} holds a raw control character`);
    assert.doesNotMatch(text, /^::error::forged/m, `${what} holds a forged workflow command line`);
  }
});
