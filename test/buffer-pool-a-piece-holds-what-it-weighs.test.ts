// A piece weighs its length in the job's memory budget, so the buffer it
// holds must not be larger: a file just over a block long must not hold a
// whole pooled block for its last few bytes (with 32 such files in flight
// that was 256 MiB the budget never saw). Full pieces are reused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { takePiece, giveBackPiece } from '../src/storage/buffer-pool.ts';

const PIECE = 3 * 1024 * 1024 + 7; // a size no other code in this process pools

test('a last, shorter piece holds a buffer of its own length, not a pooled block', () => {
  const tail = takePiece(PIECE, 10);
  assert.equal(tail.length, 10);
  assert.ok(tail.buffer.byteLength < PIECE, `a 10-byte piece holds ${tail.buffer.byteLength} bytes`);
  giveBackPiece(tail, PIECE); // not kept: the next full piece is a block of its own
  const full = takePiece(PIECE, PIECE);
  assert.equal(full.length, PIECE);
  assert.equal(full.buffer.byteLength, PIECE);
  assert.notEqual(full.buffer, tail.buffer);
});

test('a full piece given back is the next full piece taken', () => {
  const first = takePiece(PIECE, PIECE);
  giveBackPiece(first, PIECE);
  const second = takePiece(PIECE, PIECE);
  assert.equal(second.buffer, first.buffer);
});
