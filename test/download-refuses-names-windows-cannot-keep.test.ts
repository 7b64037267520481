// A download to Windows of a blob or share file named `CON`, `aux.txt`,
// `a.txt:hidden` or `report.` would write to a device, to a hidden stream
// of another file, or to another file's name, and be recorded Completed
// with no such file. Those names are refused with the reason when the
// local side is Windows (judged by the platform given: the rule is the
// same function a Windows runner calls), and allowed elsewhere, where they
// are ordinary names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unsafeNameReason } from '../src/storage/local/paths.ts';

test('on Windows: device names, stream colons, reserved characters and trailing dots or spaces are refused, in any segment', () => {
  for (const name of ['CON', 'docs/aux.txt', 'nul', 'a/COM1.log', 'LPT9', 'Con.tar.gz', 'a.txt:hidden', 'q?.txt', 'dir/report.', 'dir /x', 'x|y']) {
    assert.ok(unsafeNameReason(name, 'win32'), `${name} should be refused on Windows`);
  }
});

test('on Windows, ordinary names pass; elsewhere the Windows-only names are ordinary', () => {
  for (const name of ['console.txt', 'docs/auxiliary.txt', 'COM10', 'a.b/c.d', 'nul-not.txt']) assert.equal(unsafeNameReason(name, 'win32'), undefined, name);
  for (const name of ['CON', 'a.txt:hidden', 'dir/report.']) assert.equal(unsafeNameReason(name, 'linux'), undefined, name);
});
