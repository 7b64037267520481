// Turns the raw runs into tables (Markdown, printed and saved) and the
// PASS/FAIL verdicts for the targets.
import { median, spread, roundRatios } from './stats.mjs';

/** Tools that authenticate with the shared key; every other one uses a SAS. */
const KEY_AUTH = new Set(['azcp-key', 'rclone']);
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');

/** The targets, as [{id, scenario, peer, metric, limit, dir}]: dir 'le' means azcp/peer must be ≤ limit. */
export function targetList() {
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
        problems: [
          ...runs.filter((r) => !r.ok).map((r) => `r${r.round}: ${r.error}`),
          ...runs.filter((r) => r.ok && r.retried).map((r) => `r${r.round}: ok on a second attempt (${r.retried})`),
        ],
      };
    });
    const ran = new Set(rows.filter((r) => r.ok > 0).map((r) => r.tool));
    const ratios = [];
    for (const peer of ['azcopy', 'rclone', 'sdk', 'raw']) {
      if (!byTool.has(peer)) continue;
      const azcp = azcpFor(peer, ran);
      for (const metric of ['wallS', 'cpuS']) {
        const rs = roundRatios(sc.runs, azcp, peer, metric);
        ratios.push({ azcp, peer, metric, n: rs.length, median: median(rs), ...spread(rs), values: rs });
      }
    }
    scenarios.push({ id: sc.id, dataset: sc.dataset, rounds: sc.rounds, skipped: sc.skipped, note: sc.note, rows, ratios });
  }
  const targets = targetList().map((t) => {
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
  if (ex.version) {
    const v = ex.version.medianMs;
    targets.push({ text: '`azcp --version` ≤ 300 ms (median of runs)', scenario: 'startup', value: v, limit: 300, unit: 'ms', verdict: Number.isFinite(v) ? (v <= 300 ? 'PASS' : 'FAIL') : 'n/a', note: ex.version.error });
  }
  return { scenarios, targets };
}

export function renderMarkdown(result, summary) {
  const out = [];
  const label = Object.fromEntries(result.tools.map((t) => [t.id, t.label]));
  out.push('### Tools');
  out.push('| tool | version | auth | status |', '|---|---|---|---|');
  for (const t of result.tools) out.push(`| ${t.label} | ${t.version ?? '–'} | ${t.auth} | ${t.available ? 'ran' : `skipped: ${t.reason}`} |`);
  out.push('');
  out.push('### Medians per scenario');
  out.push('Wall = elapsed seconds; CPU = user+sys seconds of the client process tree; RSS = peak resident set of its largest process.');
  for (const sc of summary.scenarios) {
    const ds = result.datasets[sc.dataset];
    out.push('', `#### ${sc.id} (${ds ? `${ds.count} files, ${(ds.bytes / 1e6).toFixed(1)} MB` : sc.dataset}; ${sc.rounds ?? result.rounds} round(s))`);
    if (sc.note) out.push(`_${sc.note}_`, '');
    if (sc.skipped?.length) out.push(...sc.skipped.map((s) => `- skipped ${label[s.tool] ?? s.tool}: ${s.reason}`), '');
    out.push('| tool | ok runs | wall s | CPU s | peak RSS MB | MB/s | files/s |', '|---|---|---|---|---|---|---|');
    for (const r of sc.rows) {
      out.push(`| ${label[r.tool] ?? r.tool} | ${r.ok}/${r.runs} | ${f(r.wallS)} | ${f(r.cpuS)} | ${f(r.peakRssMB, 0)} | ${f(r.mbPerS, 1)} | ${f(r.filesPerS, 0)} |`);
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
    const value = t.unit ? `${f(t.value, 0)} ${t.unit}` : t.n ? `${f(t.value)} [${f(t.min)}–${f(t.max)}] (n=${t.n})` : 'not measured';
    const limit = t.unit ? `${t.limit} ${t.unit}` : `≤ ${f(t.limit)}`;
    out.push(`| ${t.text} | ${t.scenario} | ${label[t.azcp] ?? '–'} | ${value} | ${limit} | ${t.verdict}${t.note ? ` (${t.note})` : ''} |`);
  }
  const ex = result.extras ?? {};
  if (ex.version || ex.planner) {
    out.push('', '### Extras');
    if (ex.version) out.push(`- \`node dist/index.js --version\`: median ${f(ex.version.medianMs, 0)} ms over ${ex.version.runs} runs (min ${f(ex.version.minMs, 0)}, max ${f(ex.version.maxMs, 0)})${ex.version.error ? ` — ${ex.version.error}` : ''}`);
    if (ex.planner) {
      const p = ex.planner;
      out.push(
        p.error
          ? `- sync planner: ${p.error}`
          : `- sync planner over ${p.entries.toLocaleString('en')} entries a side: peak RSS ${f(p.peakRssMB, 0)} MB (baseline: the same process draining both listings without plan(): ${f(p.baselineRssMB, 0)} MB), ${f(p.wallS, 1)} s wall, ${f(p.cpuS, 1)} s CPU; actions ${JSON.stringify(p.actions)}`,
      );
    }
  }
  return out.join('\n');
}
