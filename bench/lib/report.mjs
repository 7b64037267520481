// Turns the raw runs into tables (Markdown, printed and saved) and the
// PASS/FAIL verdicts for the targets.
import { median, spread, roundRatios } from './stats.mjs';
import { WAN_TARGETS } from './config.mjs';
import { sparkline } from './inflight.mjs';

/** Tools that authenticate with the shared key; every other one uses a SAS. */
const KEY_AUTH = new Set(['azcp-key', 'rclone']);
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const GiB = 2 ** 30;
const SPARK_WIDTH = 50;

/**
 * What the latency proxy saw for one tool's runs: medians over the runs of
 * the per-run peak and median in flight, connections and requests; and the
 * in-flight curve of the run whose wall time is nearest the median.
 */
function linkSummary(good) {
  const withLink = good.filter((r) => r.link);
  if (withLink.length === 0) return undefined;
  const mid = median(withLink.map((r) => r.wallS));
  const typical = withLink.reduce((a, b) => (Math.abs(b.wallS - mid) < Math.abs(a.wallS - mid) ? b : a));
  const spark = sparkline(typical.link.samples, { width: SPARK_WIDTH });
  return {
    peakInFlight: median(withLink.map((r) => r.link.peak)),
    medianInFlight: median(withLink.map((r) => r.link.median)),
    connections: median(withLink.map((r) => r.link.connections)),
    requests: median(withLink.map((r) => r.link.requests)),
    proxyCpuS: median(withLink.map((r) => r.link.harnessCpuS)),
    sparkline: spark.line,
    sparkRound: typical.round,
    sparkSecondsPerChar: (spark.perChar * typical.link.sampleMs) / 1000,
    sparkTop: Math.max(0, ...typical.link.samples),
  };
}

/**
 * The targets, as [{scenario, peer, metric, limit, text}]: azcp/peer must be ≤ limit.
 * The WAN profile has its own (config.mjs); the rest are loopback targets.
 */
export function targetList({ wan } = {}) {
  if (wan) return WAN_TARGETS.map((t) => ({ ...t, text: `${t.text} (${wan.latencyMs} ms each way)` }));
  const t = [];
  for (const s of ['upload-small', 'upload-large', 'download-small', 'download-large']) {
    t.push({ scenario: s, peer: 'azcopy', metric: 'wallS', limit: 0.7, text: 'wall ≤ 0.7× AzCopy' });
    t.push({ scenario: s, peer: 'rclone', metric: 'wallS', limit: 0.7, text: 'wall ≤ 0.7× rclone' });
    t.push({ scenario: s, peer: 'azcopy', metric: 'cpuS', limit: 0.3, text: 'client CPU ≤ 0.3× AzCopy' });
  }
  // ≥ 90 % of the ceiling's throughput ⇔ azcp wall ≤ ceiling wall / 0.9.
  t.push({ scenario: 'upload-small', peer: 'raw', metric: 'wallS', limit: 1 / 0.9, text: 'throughput ≥ 90% of raw PUT (wall ≤ 1.11×)' });
  t.push({ scenario: 'sync-noop-tiny', peer: 'azcopy', metric: 'wallS', limit: 0.5, text: 'no-op sync wall ≤ 0.5× AzCopy' });
  return t;
}

/**
 * Client CPU for a verified GiB (download-large, Content-MD5 checked by
 * default) against the cost of MD5 alone over a GiB: ≤ 2×.
 */
export function md5FloorTarget(floor, scenarios) {
  const row = scenarios.find((s) => s.id === 'download-large')?.rows.find((r) => r.tool === 'azcp' && r.ok > 0);
  const value = row && Number.isFinite(floor.cpuSPerGiB) ? row.cpuSPerGiB / floor.cpuSPerGiB : NaN;
  const note = floor.error ?? (row ? `${row.cpuSPerGiB.toFixed(2)} s a GiB vs MD5 alone ${floor.cpuSPerGiB.toFixed(2)} s` : 'download-large did not run');
  return { text: 'client CPU for a verified GiB ≤ 2× MD5 alone', scenario: 'download-large', azcp: row ? 'azcp' : undefined, value, limit: 2, unit: '×', digits: 2, verdict: Number.isFinite(value) ? (value <= 2 ? 'PASS' : 'FAIL') : 'n/a', note };
}

/** Which azcp run a peer is paired with: the one using the same auth where there is one. */
export function azcpFor(peer, toolsRan) {
  if (peer === 'rclone' && toolsRan.has('azcp-key')) return 'azcp-key';
  return 'azcp';
}

export function summarize(result) {
  const scenarios = [];
  for (const sc of result.scenarios) {
    const byTool = new Map();
    for (const r of sc.runs) {
      if (!byTool.has(r.tool)) byTool.set(r.tool, []);
      byTool.get(r.tool).push(r);
    }
    const rows = [...byTool.entries()].map(([tool, runs]) => {
      const good = runs.filter((r) => r.ok);
      return {
        tool,
        runs: runs.length,
        ok: good.length,
        wallS: median(good.map((r) => r.wallS)),
        cpuS: median(good.map((r) => r.cpuS)),
        peakRssMB: median(good.map((r) => r.peakRssMB)),
        mbPerS: median(good.map((r) => r.bytes / 1e6 / r.wallS)),
        filesPerS: median(good.map((r) => r.files / r.wallS)),
        // Cost lines: client CPU per unit of work, whatever the wall time.
        cpuSPerGiB: median(good.map((r) => r.cpuS / (r.bytes / GiB))),
        cpuSPer1kFiles: median(good.map((r) => r.cpuS / (r.files / 1000))),
        link: linkSummary(good),
        problems: [
          ...runs.filter((r) => !r.ok).map((r) => `r${r.round}: ${r.error}`),
          ...runs.filter((r) => r.ok && r.retried).map((r) => `r${r.round}: ok on a second attempt (${r.retried})`),
        ],
      };
    });
    const ran = new Set(rows.filter((r) => r.ok > 0).map((r) => r.tool));
    const ratios = [];
    for (const peer of ['azcp-base', 'azcopy', 'rclone', 'sdk', 'raw']) {
      if (!byTool.has(peer)) continue;
      const azcp = azcpFor(peer, ran);
      for (const metric of ['wallS', 'cpuS']) {
        const rs = roundRatios(sc.runs, azcp, peer, metric);
        ratios.push({ azcp, peer, metric, n: rs.length, median: median(rs), ...spread(rs), values: rs });
      }
    }
    scenarios.push({ id: sc.id, dataset: sc.dataset, rounds: sc.rounds, skipped: sc.skipped, note: sc.note, rows, ratios });
  }
  // A run of one extra (--only growth) is judged on that extra alone.
  const targets = (result.only ? [] : targetList({ wan: result.wan })).map((t) => {
    const sc = scenarios.find((s) => s.id === t.scenario);
    const ratio = sc?.ratios.find((r) => r.peer === t.peer && r.metric === t.metric);
    const value = ratio?.median;
    return { ...t, azcp: ratio?.azcp, value, min: ratio?.min, max: ratio?.max, n: ratio?.n ?? 0, verdict: Number.isFinite(value) ? (value <= t.limit ? 'PASS' : 'FAIL') : 'n/a' };
  });
  const ex = result.extras ?? {};
  if (ex.planner) {
    const v = ex.planner.peakRssMB;
    targets.push({ text: 'sync planner peak RSS ≤ 150 MB (1M entries a side)', scenario: 'planner', value: v, limit: 150, unit: 'MB', verdict: Number.isFinite(v) ? (v <= 150 ? 'PASS' : 'FAIL') : 'n/a', note: ex.planner.error });
  }
  if (ex.md5Floor) targets.push(md5FloorTarget(ex.md5Floor, scenarios));
  if (ex.noopGrowth) targets.push(...growthTargets(ex.noopGrowth));
  if (ex.version) {
    const v = ex.version.medianMs;
    targets.push({ text: '`azcp --version` ≤ 300 ms (median of runs)', scenario: 'startup', value: v, limit: 300, unit: 'ms', verdict: Number.isFinite(v) ? (v <= 300 ? 'PASS' : 'FAIL') : 'n/a', note: ex.version.error });
  }
  return { scenarios, targets };
}

/**
 * The growth curve's two verdicts. Linear time: the engine's time per entry
 * at the largest size is at most 1.2× its time per entry at the size before
 * (a linear engine is ≈ 1, below 1 while start-up costs are being spread).
 * Flat memory: peak RSS at the largest size ≤ 1.5× at the smallest.
 */
export function growthTargets(g) {
  const last = g.ratios.steps[g.ratios.steps.length - 1];
  const perEntry = last ? last.engine / last.entries : NaN;
  const rss = g.ratios.overall?.rss ?? NaN;
  const note = g.points.find((p) => p.error)?.error;
  const verdict = (v, limit) => (Number.isFinite(v) ? (v <= limit ? 'PASS' : 'FAIL') : 'n/a');
  return [
    { text: `no-op sync time linear: engine time per entry, ${last?.to.toLocaleString('en')} vs ${last?.from.toLocaleString('en')} entries ≤ 1.2×`, scenario: 'noop-growth', value: perEntry, limit: 1.2, unit: '×', digits: 2, verdict: verdict(perEntry, 1.2), note },
    { text: `no-op sync memory flat: peak RSS, ${g.ratios.overall?.to.toLocaleString('en')} vs ${g.ratios.overall?.from.toLocaleString('en')} entries ≤ 1.5×`, scenario: 'noop-growth', value: rss, limit: 1.5, unit: '×', digits: 2, verdict: verdict(rss, 1.5), note },
  ];
}

/** The growth curve as a table: one row per size, then the ratios between sizes. */
export function renderGrowth(g) {
  const out = [];
  out.push(
    `- no-op sync growth: plan() → runPool() with the job's Reconciler over two identical synthetic listings, one process per size (wall, CPU and peak RSS are the whole process's, node + tsx start-up included; engine s is the workload's own clock; retained = heap growth after a full GC):`,
    '',
    '| entries a side | wall s | CPU s | engine s | peak RSS MB | heap peak MB | retained MB |',
    '|---|---|---|---|---|---|---|',
  );
  for (const p of g.points) {
    out.push(p.error ? `| ${p.entries.toLocaleString('en')} | ${p.error} ||||||` : `| ${p.entries.toLocaleString('en')} | ${f(p.wallS)} | ${f(p.cpuS)} | ${f(p.engineS)} | ${f(p.peakRssMB, 0)} | ${f(p.heapPeakMB, 1)} | ${f(p.heapRetainedGrowthMB, 2)} |`);
  }
  out.push('', '| ratio | entries | wall | CPU | engine | peak RSS | heap peak |', '|---|---|---|---|---|---|---|');
  for (const r of g.ratios.steps) out.push(`| ${r.to.toLocaleString('en')} / ${r.from.toLocaleString('en')} | ${f(r.entries, 0)} | ${f(r.wall)} | ${f(r.cpu)} | ${f(r.engine)} | ${f(r.rss)} | ${f(r.heapPeak)} |`);
  const o = g.ratios.overall;
  if (o && g.ratios.steps.length > 1) out.push(`| ${o.to.toLocaleString('en')} / ${o.from.toLocaleString('en')} | ${f(o.to / o.from, 0)} | | | | ${f(o.rss)} | ${f(o.heapPeak)} |`);
  return out;
}

export function renderMarkdown(result, summary) {
  const out = [];
  const label = Object.fromEntries(result.tools.map((t) => [t.id, t.label]));
  // --only growth ran no tool and no scenario (unless --growth-anchor): just its targets and table.
  const scenariosRan = !result.only || result.scenarios.length > 0;
  if (scenariosRan) {
    out.push('### Tools');
    out.push('| tool | version | auth | status |', '|---|---|---|---|');
    for (const t of result.tools) out.push(`| ${t.label} | ${t.version ?? '–'} | ${t.auth} | ${t.available ? 'ran' : `skipped: ${t.reason}`} |`);
  }
  out.push('');
  if (result.wan) {
    out.push(
      '### WAN profile',
      `Every tool reached the emulator through a latency proxy that delays each chunk ${result.wan.latencyMs} ms each way (round trip ${2 * result.wan.latencyMs} ms) without reordering or serializing, and charges a new connection ${result.wan.connectRtts} round trip(s) before its first byte. "In flight" counts HTTP requests sent but not yet fully answered, sampled every ${result.wan.sampleMs} ms; its median is over the busy span (first to last sample with a request in flight).`,
      '',
    );
  }
  if (scenariosRan) out.push('### Medians per scenario');
  if (scenariosRan) out.push('Wall = elapsed seconds; CPU = user+sys seconds of the client process tree; RSS = peak resident set of its largest process; CPU s/GiB and CPU s/1k files = client CPU per GiB moved and per 1,000 files.');
  for (const sc of summary.scenarios) {
    const ds = result.datasets[sc.dataset];
    out.push('', `#### ${sc.id} (${ds ? `${ds.count} files, ${(ds.bytes / 1e6).toFixed(1)} MB` : sc.dataset}; ${sc.rounds ?? result.rounds} round(s))`);
    if (sc.note) out.push(`_${sc.note}_`, '');
    if (sc.skipped?.length) out.push(...sc.skipped.map((s) => `- skipped ${label[s.tool] ?? s.tool}: ${s.reason}`), '');
    out.push('| tool | ok runs | wall s | CPU s | peak RSS MB | MB/s | files/s | CPU s/GiB | CPU s/1k files |', '|---|---|---|---|---|---|---|---|---|');
    for (const r of sc.rows) {
      out.push(`| ${label[r.tool] ?? r.tool} | ${r.ok}/${r.runs} | ${f(r.wallS)} | ${f(r.cpuS)} | ${f(r.peakRssMB, 0)} | ${f(r.mbPerS, 1)} | ${f(r.filesPerS, 0)} | ${f(r.cpuSPerGiB, 1)} | ${f(r.cpuSPer1kFiles, 2)} |`);
    }
    const linked = sc.rows.filter((r) => r.link);
    if (linked.length) {
      out.push('', '| tool | peak in flight | median in flight | TCP connections | requests | proxy CPU s | in flight over time (▁ = none, █ = that run\'s top sample) |', '|---|---|---|---|---|---|---|');
      for (const r of linked) {
        const l = r.link;
        out.push(`| ${label[r.tool] ?? r.tool} | ${f(l.peakInFlight, 0)} | ${f(l.medianInFlight, 1)} | ${f(l.connections, 0)} | ${f(l.requests, 0)} | ${f(l.proxyCpuS)} | \`${l.sparkline}\` r${l.sparkRound}, ${f(l.sparkSecondsPerChar, 1)} s/char, top ${l.sparkTop} |`);
      }
    }
    const problems = sc.rows.flatMap((r) => r.problems.map((p) => `- ${label[r.tool] ?? r.tool} ${p}`));
    if (problems.length) out.push('', 'Failed, incorrect or retried runs:', ...problems);
    const ratios = sc.ratios.filter((r) => r.n > 0);
    if (ratios.length) {
      out.push('', '| ratio (per round) | wall: median [min–max] | CPU: median [min–max] |', '|---|---|---|');
      for (const peer of [...new Set(ratios.map((r) => r.peer))]) {
        const w = ratios.find((r) => r.peer === peer && r.metric === 'wallS');
        const c = ratios.find((r) => r.peer === peer && r.metric === 'cpuS');
        const cell = (r) => (r ? `${f(r.median)} [${f(r.min)}–${f(r.max)}] (n=${r.n})` : '–');
        const azcp = w?.azcp ?? c?.azcp;
        const differs = KEY_AUTH.has(azcp) !== KEY_AUTH.has(peer) ? ' (auth differs: SAS vs shared key)' : '';
        out.push(`| ${label[azcp] ?? 'azcp'} / ${label[peer] ?? peer}${differs} | ${cell(w)} | ${cell(c)} |`);
      }
    }
  }
  out.push('', '### Targets (azcp/peer, median of per-round ratios)');
  out.push('| target | scenario | azcp run | value [min–max] | limit | verdict |', '|---|---|---|---|---|---|');
  for (const t of summary.targets) {
    const value = t.unit ? `${f(t.value, t.digits ?? 0)} ${t.unit}` : t.n ? `${f(t.value)} [${f(t.min)}–${f(t.max)}] (n=${t.n})` : 'not measured';
    const limit = t.unit ? `${t.limit} ${t.unit}` : `≤ ${f(t.limit)}`;
    out.push(`| ${t.text} | ${t.scenario} | ${label[t.azcp] ?? '–'} | ${value} | ${limit} | ${t.verdict}${t.note ? ` (${t.note})` : ''} |`);
  }
  const ex = result.extras ?? {};
  if (ex.version || ex.planner || ex.noopGrowth || ex.md5Floor) {
    out.push('', '### Extras');
    if (ex.md5Floor) out.push(ex.md5Floor.error ? `- MD5 alone: ${ex.md5Floor.error}` : `- MD5 alone (node:crypto, ${ex.md5Floor.gib} GiB in 8 MiB updates, its own process): median ${f(ex.md5Floor.cpuSPerGiB)} s of CPU a GiB over ${ex.md5Floor.runs} runs (${f(ex.md5Floor.minS)}–${f(ex.md5Floor.maxS)})`);
    if (ex.version) out.push(`- \`node dist/index.js --version\`: median ${f(ex.version.medianMs, 0)} ms over ${ex.version.runs} runs (min ${f(ex.version.minMs, 0)}, max ${f(ex.version.maxMs, 0)})${ex.version.error ? ` — ${ex.version.error}` : ''}`);
    if (ex.planner) {
      const p = ex.planner;
      out.push(
        p.error
          ? `- sync planner: ${p.error}`
          : `- sync planner over ${p.entries.toLocaleString('en')} entries a side: peak RSS ${f(p.peakRssMB, 0)} MB (baseline: the same process draining both listings without plan(): ${f(p.baselineRssMB, 0)} MB), ${f(p.wallS, 1)} s wall, ${f(p.cpuS, 1)} s CPU; actions ${JSON.stringify(p.actions)}`,
      );
    }
    if (ex.noopGrowth) out.push(...renderGrowth(ex.noopGrowth));
  }
  return out.join('\n');
}
