// In a blob URL's wildcard, a percent-encoded character is literal — also
// inside a character class: ".../d/[a%5D]x" names "ax" and "]x". Decoded
// into the class unescaped, the %5D closed it early and the pattern became
// "[a]" followed by a literal "]x": a remove deleted "a]x", a blob the URL
// does not name, and left the two it does.
//
// Real: azcp (in-process CLI), Azurite. Nothing mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, putBlobs, listContainer, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let jobDir: string;

before(async () => {
  az = await startAzurite();
  jobDir = join(tempDir('url-class'), 'jobs');
});
after(async () => {
  await az?.stop();
});

test('remove ".../d/[a%5D]x" --recursive removes d/ax and d/]x, and never d/a]x', async () => {
  await putBlobs(az, 'class-rm', { 'd/ax': '1', 'd/]x': '2', 'd/a]x': '3', 'd/bx': '4' });
  const r = await azcp(['remove', `${az.serviceUrl}/class-rm/d/[a%5D]x`, '--recursive', '--job-dir', jobDir]);
  const left = (await listContainer(az, 'class-rm')).map((b) => b.name).sort();
  assert.ok(left.includes('d/a]x'), `d/a]x was removed by [a%5D]x (exit ${r.code}); left: ${left.join(', ')}`);
  assert.deepEqual(left, ['d/a]x', 'd/bx']);
});

test('remove ".../d/[!a]x" is refused (exit 2, nothing removed): a negated class would have been read as the members ! and a', async () => {
  await putBlobs(az, 'class-neg', { 'd/ax': '1', 'd/bx': '2' });
  const r = await azcp(['remove', `${az.serviceUrl}/class-neg/d/[!a]x`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /negated character class/);
  assert.deepEqual((await listContainer(az, 'class-neg')).map((b) => b.name).sort(), ['d/ax', 'd/bx']);
});
