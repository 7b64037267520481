// The benchmark's no-op sync growth curve (bench/noop-growth.ts, run by
// bench/lib/extras.mjs): its wiring on tiny sizes, not its speed. Each size
// runs the real planner, pool and reconciler in a child process under GNU
// time; the test checks that every point reports its fields, that the run
// really was a no-op, that the ratios are the quotients of the points, and
// how the bench selects and reports it. No time is asserted on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { measureNoopGrowth, growthRatios } from '../bench/lib/extras.mjs';
import { loadConfig } from '../bench/lib/config.mjs';
import { summarize, renderMarkdown } from '../bench/lib/report.mjs';

test('the growth curve runs a real no-op sync per size and reports wall, CPU, RSS, heap and the ratios between sizes', { skip: existsSync('/usr/bin/time') ? false : 'needs GNU time at /usr/bin/time (the bench installs it)', timeout: 120_000 }, async () => {
  const g = await measureNoopGrowth([1000, 2000]);
  assert.deepEqual(g.sizes, [1000, 2000]);
  assert.equal(g.points.length, 2);
  for (const [i, p] of g.points.entries()) {
    assert.equal(p.error, undefined, `point ${i}: ${p.error}`);
    assert.equal(p.entries, [1000, 2000][i]);
    for (const k of ['wallS', 'cpuS', 'peakRssMB', 'engineS', 'heapPeakMB', 'heapRetainedGrowthMB'] as const) {
      assert.ok(Number.isFinite(p[k]), `${k} of ${p.entries}: ${p[k]}`);
    }
    assert.ok(p.peakRssMB > 0 && p.heapPeakMB > 0);
    // A no-op: one step per name, all matched by the planning proof.
    assert.equal(p.steps, p.entries);
    assert.deepEqual(p.reconciliation, { basis: 'planning', ok: true, matched: p.entries, sourceCount: p.entries, destinationCount: p.entries });
  }
  const [a, b] = g.points;
  const [step] = g.ratios.steps;
  assert.equal(g.ratios.steps.length, 1);
  assert.deepEqual([step.from, step.to, step.entries], [1000, 2000, 2]);
  assert.equal(step.wall, b.wallS / a.wallS);
  assert.equal(step.cpu, b.cpuS / a.cpuS);
  assert.equal(step.engine, b.engineS / a.engineS);
  assert.equal(step.rss, b.peakRssMB / a.peakRssMB);
  assert.equal(step.heapPeak, b.heapPeakMB / a.heapPeakMB);
  assert.deepEqual(g.ratios.overall, { from: 1000, to: 2000, rss: step.rss, heapPeak: step.heapPeak });

  // The report: two verdicts and the table, and nothing else on --only growth.
  const result = { only: 'growth', tools: [], scenarios: [], datasets: {}, rounds: 1, extras: { noopGrowth: g } };
  const summary = summarize(result);
  assert.deepEqual(summary.targets.map((t) => t.scenario), ['noop-growth', 'noop-growth']);
  assert.ok(summary.targets.every((t) => Number.isFinite(t.value)));
  const md = renderMarkdown(result, summary);
  assert.match(md, /\| 1,000 \| [\d.]+ \| [\d.]+ \| [\d.]+ \| \d+ \|/);
  assert.match(md, /\| 2,000 \/ 1,000 \| 2 \|/);
  assert.doesNotMatch(md, /### Tools|Medians per scenario/);
});

test('a failed point leaves its ratios unmeasured instead of dividing by nothing', () => {
  const r = growthRatios([
    { entries: 10, wallS: 1, cpuS: 1, engineS: 1, peakRssMB: 80, heapPeakMB: 5 },
    { entries: 100, error: 'exit 1' },
  ]);
  assert.ok(Number.isNaN(r.steps[0].wall) && Number.isNaN(r.steps[0].rss));
  assert.equal(r.overall, undefined);
});

test('--only growth selects the curve alone (--growth-anchor adds the real sync); --growth-sizes sets its sizes; the profiles have defaults', () => {
  assert.equal(loadConfig(['--only', 'growth'], {}).only, 'growth');
  assert.equal(loadConfig([], {}).only, undefined);
  assert.deepEqual(loadConfig([], {}).noopGrowthSizes, [10_000, 100_000, 1_000_000]);
  assert.deepEqual(loadConfig(['--quick'], {}).noopGrowthSizes, [1_000, 10_000, 100_000]);
  assert.deepEqual(loadConfig(['--only=growth', '--growth-sizes', '1000,2000'], {}).noopGrowthSizes, [1000, 2000]);
  assert.equal(loadConfig(['--only', 'growth', '--growth-anchor'], {}).growthAnchor, true);
  assert.equal(loadConfig(['--only', 'growth'], {}).growthAnchor, false);
  assert.throws(() => loadConfig(['--growth-anchor'], {}), /goes with --only growth/);
  assert.throws(() => loadConfig(['--only', 'upload'], {}), /--only takes growth/);
  assert.throws(() => loadConfig(['--growth-sizes', '1000'], {}), /two or more/);
  assert.throws(() => loadConfig(['--growth-sizes', '1000,many'], {}), /--growth-sizes 10000,100000,1000000/);
});
