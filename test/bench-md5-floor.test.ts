// The benchmark's MD5 floor (bench/lib/extras.mjs) and the target built on
// it: client CPU for a verified GiB (download-large, Content-MD5 checked by
// default) ≤ 2 × what MD5 alone costs over a GiB on the same machine. The
// floor is measured for real on a small amount; the target's arithmetic
// and its verdicts on synthetic runs. No time is asserted on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureMd5Floor } from '../bench/lib/extras.mjs';
import { summarize, renderMarkdown } from '../bench/lib/report.mjs';

test('the MD5 floor hashes in a process of its own and reports CPU seconds a GiB', () => {
  const floor = measureMd5Floor(2, 1 / 16);
  assert.equal(floor.error, undefined, floor.error);
  assert.equal(floor.runs, 2);
  assert.ok(floor.cpuSPerGiB > 0 && Number.isFinite(floor.cpuSPerGiB), String(floor.cpuSPerGiB));
  assert.ok(floor.minS <= floor.cpuSPerGiB && floor.cpuSPerGiB <= floor.maxS);
});

function resultWith(cpuS: number | undefined, md5Floor: { cpuSPerGiB: number; runs: number; gib: number; minS: number; maxS: number }) {
  const runs = cpuS === undefined ? [] : [{ scenario: 'download-large', tool: 'azcp', round: 1, ok: true, wallS: 3, cpuS, peakRssMB: 130, files: 4, bytes: 2 ** 30 }];
  return {
    tools: [{ id: 'azcp', label: 'azcp', auth: 'sas', available: true }],
    datasets: { large: { count: 4, bytes: 2 ** 30 } },
    scenarios: cpuS === undefined ? [] : [{ id: 'download-large', dataset: 'large', rounds: 1, skipped: [], runs }],
    extras: { md5Floor },
  };
}

const floor = { cpuSPerGiB: 2, runs: 3, gib: 1, minS: 1.9, maxS: 2.1 };
const target = (result: ReturnType<typeof resultWith>) => summarize(result).targets.find((t: { text: string }) => /verified GiB/.test(t.text));

test('the verified-GiB target is azcp’s CPU a GiB on download-large over the floor, judged against 2×', () => {
  const miss = target(resultWith(5.5, floor));
  assert.deepEqual([miss.value, miss.limit, miss.verdict], [2.75, 2, 'FAIL']);
  assert.match(miss.note, /5\.50 s a GiB vs MD5 alone 2\.00 s/);
  const met = target(resultWith(3.5, floor));
  assert.deepEqual([met.value, met.verdict], [1.75, 'PASS']);
  const r = resultWith(5.5, floor);
  const md = renderMarkdown(r, summarize(r));
  assert.match(md, /client CPU for a verified GiB ≤ 2× MD5 alone \| download-large \| .* \| 2\.75 × \| 2 × \| FAIL/);
  assert.match(md, /MD5 alone \(node:crypto, 1 GiB in 8 MiB updates, its own process\): median 2\.00 s of CPU a GiB over 3 runs/);
});

test('without a download-large run the verified-GiB target is not judged', () => {
  const t = target(resultWith(undefined, floor));
  assert.equal(t.verdict, 'n/a');
  assert.match(t.note, /download-large did not run/);
});
