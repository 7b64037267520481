// The README's samples are copied from test runs: they must read as what
// azcp prints (every line of the JSON lines sample parses as AzCopy's
// envelope, with an Error only as the fatal line) and must not carry a path
// of the machine the tests ran on (a temp folder such as /tmp/azcp-test-…).
//
// Real: the README as committed; nothing is mocked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers/azcp.ts';
import { parseJsonLines } from './helpers/json-lines.ts';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

test('no README sample holds a test run\'s temp path', () => {
  const hits = readme.split('\n').filter((l) => /\/tmp\/azcp-test-|azcp-test-[A-Za-z0-9]{6}/.test(l));
  assert.deepEqual(hits, []);
});

test('the JSON lines sample parses line by line as AzCopy\'s envelope: Init first, an EndOfJob with the report, a failed transfer as Info and never as Error', () => {
  const section = readme.slice(readme.indexOf('### JSON lines for tools'));
  const block = section.match(/```json\n([\s\S]*?)```/);
  assert.ok(block, 'a ```json block in the section');
  const lines = parseJsonLines(block[1]);
  assert.equal(lines[0].MessageType, 'Init');
  assert.ok(lines.some((l) => l.MessageType === 'EndOfJob' && l.content.AzcpReport));
  assert.ok(lines.some((l) => l.MessageType === 'Info' && /failed:/.test(l.content)), 'a failed transfer as Info');
  assert.ok(!lines.some((l) => l.MessageType === 'Error' && /failed:/.test(l.content)), 'no failed transfer as Error');
});
