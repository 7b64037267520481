// The product promise: sync any number of objects in constant memory.
// One million entries on each side go through plan() and runPool(), the
// same pipeline a real sync uses; the test checks every count exactly and
// that the heap stays flat.
//
// Heap is measured in a child process started with --expose-gc, so each
// sample follows a full collection and shows what is really retained, not
// garbage waiting to be collected. This file is both the test (parent) and
// the workload (child, when AZCP_MILLION_CHILD=1).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import type { Entry } from '../src/engine/types.ts';

const SLOTS_PER_DIR = 1000;
const DIRS = 1000;
const SAMPLE_EVERY = 50_000;
// Retaining the 1M destination entries in a Map (what a sync that indexes
// the destination does) costs about 150 MB of heap on Node 20; the plan
// must stay far below that (it measures under 1 MB).
const MAX_HEAP_GROWTH_BYTES = 16 * 1024 * 1024;

/**
 * What each of the 1,000,000 slots holds, spread evenly over 10 kinds so
 * each kind has exactly 100,000 slots. 'apart' slots hold a different name
 * on each side (one missing at the destination, one extra there), so both
 * sides still have exactly 1,000,000 entries.
 */
type Kind = 'apart' | 'size' | 'newer' | 'destNewer' | 'identical';
function kindOf(dir: number, slot: number): Kind {
  const k = (dir + slot) % 10;
  return k === 0 ? 'apart' : k === 1 ? 'size' : k === 2 ? 'newer' : k === 3 ? 'destNewer' : 'identical';
}

/**
 * Yields 1M entries in UTF-8 byte order: zero-padded numbers make the
 * string order the numeric order (dir000/file0000000 < dir000/file0001000 <
 * … < dir001/file0000001), and mergeJoin verifies the order of every entry
 * (it throws ListingOrderError otherwise), so a generator mistake fails loudly.
 */
async function* side(which: 'source' | 'destination'): AsyncGenerator<Entry> {
  for (let dir = 0; dir < DIRS; dir++) {
    const prefix = `dir${String(dir).padStart(3, '0')}/file`;
    for (let slot = 0; slot < SLOTS_PER_DIR; slot++) {
      const i = slot * DIRS + dir; // i % 1000 === dir: the brief's dir${i%1000}/file${i}
      const name = prefix + String(i).padStart(7, '0');
      const kind = kindOf(dir, slot);
      const src = which === 'source';
      if (kind === 'apart') yield { name: name + (src ? '.a' : '.b'), size: 1, mtimeMs: 1000 };
      else if (kind === 'size') yield { name, size: src ? 2 : 1, mtimeMs: 1000 };
      else if (kind === 'newer') yield { name, size: 1, mtimeMs: src ? 2000 : 1000 };
      else if (kind === 'destNewer') yield { name, size: 1, mtimeMs: src ? 1000 : 2000 };
      else yield { name, size: 1, mtimeMs: 1000 };
    }
  }
}

interface ChildReport {
  counts: Record<string, number>;
  sourceSeen: number;
  baselineHeap: number;
  peakHeap: number;
  samples: number;
  gcAvailable: boolean;
  elapsedMs: number;
}

async function runWorkload(): Promise<ChildReport> {
  const { plan } = await import('../src/engine/diff.ts');
  const { runPool } = await import('../src/engine/pool.ts');
  const gc = (globalThis as { gc?: () => void }).gc;
  const heapNow = () => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };

  const counts: Record<string, number> = {};
  let steps = 0;
  let sourceSeen = 0;
  let samples = 0;
  const baselineHeap = heapNow();
  let peakHeap = baselineHeap;
  const started = Date.now();

  const steps$ = plan(side('source'), side('destination'), {
    command: 'sync',
    overwrite: 'true',
    compareHash: 'none',
    mirrorMode: false,
    deleteDestination: false,
  });
  await runPool(steps$, 16, async (step) => {
    const key = step.kind === 'transfer' || step.kind === 'skip' ? `${step.kind}:${step.reason}` : step.kind;
    counts[key] = (counts[key] ?? 0) + 1;
    if (step.kind !== 'extra' && step.kind !== 'delete') sourceSeen++;
    if (++steps % SAMPLE_EVERY === 0) {
      peakHeap = Math.max(peakHeap, heapNow());
      samples++;
    }
  });
  return { counts, sourceSeen, baselineHeap, peakHeap, samples, gcAvailable: gc !== undefined, elapsedMs: Date.now() - started };
}

if (process.env.AZCP_MILLION_CHILD === '1') {
  const report = await runWorkload();
  process.stdout.write(JSON.stringify(report) + '\n');
} else {
  const { test } = await import('node:test');

  test('a sync of 1,000,000 entries a side is planned in constant memory with exact counts', { timeout: 120_000 }, async (t) => {
    const here = fileURLToPath(import.meta.url);
    const repo = resolve(dirname(here), '..');
    const report = await runChild(repo, here);

    assert.equal(report.gcAvailable, true, 'the child must run with --expose-gc for the heap samples to mean anything');
    assert.deepEqual(report.counts, {
      'transfer:missing': 100_000,
      'transfer:size': 100_000,
      'transfer:newer': 100_000,
      'skip:identical': 700_000, // 600,000 identical + 100,000 where the destination is newer
      extra: 100_000,
    });
    assert.equal(report.sourceSeen, 1_000_000, 'every source entry got exactly one action');
    assert.ok(report.samples >= 20, `only ${report.samples} heap samples`);
    const growth = report.peakHeap - report.baselineHeap;
    assert.ok(
      growth < MAX_HEAP_GROWTH_BYTES,
      `heap grew by ${(growth / 1048576).toFixed(1)} MB while planning 2M entries; limit ${MAX_HEAP_GROWTH_BYTES / 1048576} MB`,
    );
    t.diagnostic(`planned 2M entries in ${report.elapsedMs} ms; peak heap growth ${((report.peakHeap - report.baselineHeap) / 1048576).toFixed(1)} MB`);
  });
}

function runChild(cwd: string, script: string): Promise<ChildReport> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
      cwd,
      env: { ...process.env, AZCP_MILLION_CHILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`workload exited with ${code}: ${err}`));
      try {
        resolvePromise(JSON.parse(out.trim().split('\n').pop()!) as ChildReport);
      } catch (e) {
        reject(new Error(`workload printed no report: ${out}\n${err}`));
      }
    });
  });
}
