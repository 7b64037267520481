// The benchmark's WAN profile: which flags select it and what it runs, and
// how its runs become the report (WAN targets, in-flight table, cost columns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, WAN_SCENARIOS } from '../bench/lib/config.mjs';
import { summarize, renderMarkdown } from '../bench/lib/report.mjs';

const MiB = 1024 * 1024;

test('--profile wan runs the four WAN scenarios on WAN-sized datasets through a 20 ms link, without the loopback extras', () => {
  const c = loadConfig(['--profile', 'wan'], {});
  assert.deepEqual(c.wan, { latencyMs: 20, connectRtts: 1 });
  assert.deepEqual(c.scenarios.map((s: { id: string }) => s.id).sort(), [...WAN_SCENARIOS].sort());
  assert.equal(c.datasets.small.count, 1000);
  assert.deepEqual([c.datasets.large.count, c.datasets.large.size], [2, 64 * MiB]);
  assert.equal(c.datasets.tiny.count, 5000);
  assert.equal(c.extras, false);
  assert.equal(loadConfig(['--wan', '--quick'], {}).datasets.small.count, 200);
  assert.equal(loadConfig([], { BENCH_PROFILE: 'wan' }).profile, 'wan');
});

test('--latency-ms sets the delay each way and implies the WAN profile; the loopback default has no link', () => {
  assert.deepEqual(loadConfig(['--latency-ms', '50'], {}).wan, { latencyMs: 50, connectRtts: 1 });
  assert.deepEqual(loadConfig(['--wan', '--connect-rtts=3'], {}).wan, { latencyMs: 20, connectRtts: 3 });
  assert.equal(loadConfig([], {}).wan, undefined);
  assert.equal(loadConfig([], {}).profile, 'full');
});

test('bad WAN flags are refused with what to write instead', () => {
  assert.throws(() => loadConfig(['--latency-ms', 'fast'], {}), /--latency-ms 20/);
  assert.throws(() => loadConfig(['--wan', '--connect-rtts', '1.5'], {}), /--connect-rtts 2/);
  assert.throws(() => loadConfig(['--profile', 'lan'], {}), /wan or loopback/);
  assert.throws(() => loadConfig(['--wan', '--scenarios', 'copy-small'], {}), /no WAN scenario matches/);
});

function run(tool: string, wallS: number, peak: number, connections: number) {
  return {
    scenario: 'upload-small', tool, round: 1, ok: true, wallS, cpuS: 2, peakRssMB: 100, files: 1000, bytes: 2 ** 29,
    link: { sampleMs: 100, harnessCpuS: 0.5, peak, median: peak, connections, requests: 1000, samples: [0, peak, peak, 0] },
  };
}

test('a WAN report judges the WAN targets only, and shows in-flight, connections and CPU per GiB and per 1,000 files', () => {
  const result = {
    wan: { latencyMs: 20, connectRtts: 1, sampleMs: 100 },
    tools: ['azcp', 'azcopy', 'rclone'].map((id) => ({ id, label: id, auth: 'sas', available: true })),
    datasets: { small: { count: 1000, bytes: 2 ** 29 } },
    scenarios: [{ id: 'upload-small', dataset: 'small', rounds: 1, skipped: [], runs: [run('azcp', 2, 16, 17), run('azcopy', 5, 20, 20), run('rclone', 2.5, 32, 32)] }],
    extras: {},
  };
  const summary = summarize(result);
  const verdicts = summary.targets.filter((t) => t.scenario === 'upload-small').map((t) => [t.peer, t.limit, +t.value.toFixed(2), t.verdict]);
  assert.deepEqual(verdicts, [['azcopy', 0.6, 0.4, 'PASS'], ['rclone', 0.7, 0.8, 'FAIL']]);
  assert.ok(summary.targets.every((t) => /WAN/.test(t.text)), 'no loopback target in a WAN report');
  const azcp = summary.scenarios[0].rows.find((r: { tool: string }) => r.tool === 'azcp');
  assert.equal(azcp.cpuSPerGiB, 4); // 2 s over 0.5 GiB
  assert.equal(azcp.cpuSPer1kFiles, 2);
  assert.deepEqual([azcp.link.peakInFlight, azcp.link.connections, azcp.link.sparkline], [16, 17, '▁██▁']);
  const md = renderMarkdown(result, summary);
  assert.match(md, /\| azcp \| 16 \| 16\.0 \| 17 \| 1000 \| 0\.50 \| `▁██▁`/);
  assert.match(md, /CPU s\/GiB \| CPU s\/1k files/);
  assert.match(md, /20 ms each way/);
});
