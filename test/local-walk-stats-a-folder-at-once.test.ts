// The local walk stats a folder's entries several at a time; what it
// yields and reports must be what a one-at-a-time walk gives: every file
// with its own size and time, in byte order, and each problem reported once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, utimesSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkLocal } from '../src/storage/local/walk.ts';
import { compareUtf8 } from '../src/engine/order.ts';

test('a walk of a folder larger than the stats in flight gives each file its own size and time, in byte order', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'azcp-walk-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'sub'));
  const expected = new Map<string, { size: number; mtimeMs: number }>();
  for (let i = 0; i < 150; i++) {
    const name = i % 3 === 0 ? `sub/f${i}` : `f${i}.txt`;
    writeFileSync(join(root, name), 'x'.repeat(i));
    const mtime = 1_700_000_000 + i * 60; // seconds; distinct per file
    utimesSync(join(root, name), mtime, mtime);
    expected.set(name, { size: i, mtimeMs: mtime * 1000 });
  }
  // Two broken links: each reported once.
  symlinkSync(join(root, 'gone-a'), join(root, 'broken-a'));
  symlinkSync(join(root, 'gone-b'), join(root, 'broken-b'));

  const problems: string[] = [];
  const seen: Array<{ name: string; size: number; mtimeMs: number }> = [];
  for await (const e of walkLocal(root, '', { recursive: true, onProblem: (p) => problems.push(p.path) })) seen.push({ name: e.name, size: e.size, mtimeMs: e.mtimeMs });

  assert.deepEqual(seen.map((e) => e.name), [...expected.keys()].sort(compareUtf8));
  for (const e of seen) assert.deepEqual({ size: e.size, mtimeMs: e.mtimeMs }, expected.get(e.name), e.name);
  assert.deepEqual(problems.map((p) => p.slice(root.length + 1)).sort(), ['broken-a', 'broken-b']);
});
