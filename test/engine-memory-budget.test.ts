// The memory budget that transfers' buffers share: byte-weighted, so small
// files are bounded by the job's concurrency and not by block slots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { MemoryBudget } from '../src/engine/limiter.ts';
import { memoryBudgetBytes } from '../src/storage/transfers.ts';

const MiB = 1024 * 1024;

async function peakInFlight(budget: MemoryBudget, weights: number[]): Promise<number> {
  let inFlight = 0;
  let peak = 0;
  await Promise.all(
    weights.map((w) =>
      budget.run(w, async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await sleep(5);
        inFlight--;
      }),
    ),
  );
  return peak;
}

test('small requests are not capped at the block count: 64 files of 4 KiB all run at once in a budget of 16 blocks', async () => {
  const budget = new MemoryBudget(memoryBudgetBytes(64));
  assert.equal(await peakInFlight(budget, Array(64).fill(4096)), 64);
  assert.equal(budget.inUse, 0, 'every byte is given back');
});

test('block-sized requests still stop at the budget: 16 blocks of 8 MiB at most', async () => {
  const budget = new MemoryBudget(memoryBudgetBytes(64));
  assert.equal(budget.capacity, 16 * 8 * MiB);
  assert.equal(await peakInFlight(budget, Array(40).fill(8 * MiB)), 16);
});

test('the bytes held never exceed the budget, whatever the mix', async () => {
  const budget = new MemoryBudget(10 * MiB);
  let max = 0;
  const weights = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 5) * MiB + 1000);
  await Promise.all(
    weights.map((w) =>
      budget.run(w, async () => {
        max = Math.max(max, budget.inUse);
        await sleep(1);
      }),
    ),
  );
  assert.ok(max <= 10 * MiB, `held ${max} bytes`);
});

test('waiters are served in order: a large request is not starved by small ones arriving after it', async () => {
  const budget = new MemoryBudget(10);
  const order: string[] = [];
  let release!: () => void;
  const holder = budget.run(6, () => new Promise<void>((r) => (release = r)));
  const big = budget.run(10, async () => void order.push('big'));
  const small = budget.run(1, async () => void order.push('small'));
  release();
  await Promise.all([holder, big, small]);
  assert.deepEqual(order, ['big', 'small']);
});

test('a request larger than the whole budget runs alone rather than never; a throwing one gives its bytes back', async () => {
  const budget = new MemoryBudget(10);
  assert.equal(await budget.run(1000, async () => budget.inUse), 10);
  await assert.rejects(budget.run(5, async () => Promise.reject(new Error('boom'))), /boom/);
  assert.equal(budget.inUse, 0);
});
