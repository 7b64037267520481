// The benchmark's knobs: dataset sizes, rounds, which scenarios and tools run.
// Two profiles: the full default and BENCH_QUICK=1 (or --quick), a smoke test
// that finishes in about a minute. Flags override either profile.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const ROOT = dirname(BENCH_DIR);
export const DATA_DIR = join(BENCH_DIR, '.data');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
export const MiB = 1024 * 1024;
export const KiB = 1024;

const FULL = {
  profile: 'full',
  rounds: 3,
  datasets: {
    small: { kind: 'small', label: 'many-small', count: 5000, minSize: 1 * KiB, maxSize: 64 * KiB, seed: 1 },
    large: { kind: 'large', label: 'few-large', count: 4, size: 256 * MiB, seed: 2 },
    tiny: { kind: 'small', label: 'tiny-20k', count: 20000, minSize: 16, maxSize: 512, seed: 3 },
  },
  plannerEntries: 1_000_000,
  versionRuns: 10,
};

const QUICK = {
  profile: 'quick',
  rounds: 1,
  datasets: {
    small: { kind: 'small', label: 'many-small', count: 500, minSize: 1 * KiB, maxSize: 64 * KiB, seed: 1 },
    large: { kind: 'large', label: 'few-large', count: 2, size: 32 * MiB, seed: 2 },
    tiny: { kind: 'small', label: 'tiny-2k', count: 2000, minSize: 16, maxSize: 512, seed: 3 },
  },
  plannerEntries: 100_000,
  versionRuns: 5,
};

/**
 * Every scenario: which dataset and what operation. `exclude` lists tools left
 * out by default (unless named with --tools) and why; `maxRounds` caps the
 * default round count where a scenario carries no target, to keep the full run
 * near 20 minutes on 2 cores.
 */
const KEY_ONLY_FOR_TARGETS = 'azcp with shared key runs only where it is paired with rclone for a target (upload, download)';
export const SCENARIOS = [
  { id: 'upload-small', op: 'upload', dataset: 'small' },
  { id: 'upload-large', op: 'upload', dataset: 'large' },
  { id: 'download-small', op: 'download', dataset: 'small' },
  { id: 'download-large', op: 'download', dataset: 'large' },
  { id: 'copy-small', op: 'copy', dataset: 'small', maxRounds: 2, exclude: { 'azcp-key': KEY_ONLY_FOR_TARGETS, raw: 'the ceiling is a PUT loop; for blob→blob the SDK floor is the reference (--tools raw to add it)' } },
  { id: 'copy-large', op: 'copy', dataset: 'large', maxRounds: 2, exclude: { 'azcp-key': KEY_ONLY_FOR_TARGETS, raw: 'the ceiling is a PUT loop; for blob→blob the SDK floor is the reference (--tools raw to add it)' } },
  { id: 'sync-noop-small', op: 'sync-noop', dataset: 'small', exclude: { 'azcp-key': KEY_ONLY_FOR_TARGETS } },
  { id: 'sync-noop-large', op: 'sync-noop', dataset: 'large', exclude: { 'azcp-key': KEY_ONLY_FOR_TARGETS } },
  { id: 'sync-noop-tiny', op: 'sync-noop', dataset: 'tiny', exclude: { 'azcp-key': KEY_ONLY_FOR_TARGETS } },
];

export const ALL_TOOLS = ['azcp', 'azcp-key', 'azcopy', 'rclone', 'sdk', 'raw'];

const HELP = `usage: node bench/run.mjs [options]   (npm run bench -- [options])
  --quick                 small datasets, 1 round (same as BENCH_QUICK=1)
  --rounds N              rounds per scenario (BENCH_ROUNDS; default 3, quick 1)
  --scenarios a,b         scenario ids or prefixes (BENCH_SCENARIOS), e.g. upload,sync-noop-tiny
  --tools a,b             subset of ${ALL_TOOLS.join(',')} (BENCH_TOOLS)
  --no-extras             skip the --version timing and the planner RSS measurement
  --keep-data             keep bench/.data (datasets) for the next run
  --no-install            do not apt-get missing peers; skip them instead
  --help
Scenarios: ${SCENARIOS.map((s) => s.id).join(', ')}`;

export function loadConfig(argv = process.argv.slice(2), env = process.env) {
  const flags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}\n${HELP}`);
    const [k, inline] = a.slice(2).split('=', 2);
    if (['rounds', 'scenarios', 'tools'].includes(k)) flags.set(k, inline ?? argv[++i]);
    else flags.set(k, true);
  }
  if (flags.has('help')) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = flags.has('quick') || /^(1|true|yes)$/i.test(env.BENCH_QUICK ?? '');
  const base = structuredClone(quick ? QUICK : FULL);
  const roundsGiven = flags.get('rounds') ?? env.BENCH_ROUNDS;
  const rounds = Number(roundsGiven ?? base.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive integer');
  const pick = (list, all, what, prefix = true) => {
    if (!list) return all;
    const wanted = String(list).split(',').map((s) => s.trim()).filter(Boolean);
    const chosen = all.filter((x) => wanted.some((w) => (x.id ?? x) === w || (prefix && (x.id ?? x).startsWith(w))));
    if (chosen.length === 0) throw new Error(`no ${what} matches ${list}`);
    return chosen;
  };
  return {
    ...base,
    quick,
    rounds,
    roundsExplicit: roundsGiven !== undefined,
    toolsExplicit: Boolean(flags.get('tools') ?? env.BENCH_TOOLS),
    scenarios: pick(flags.get('scenarios') ?? env.BENCH_SCENARIOS, SCENARIOS, 'scenario'),
    tools: pick(flags.get('tools') ?? env.BENCH_TOOLS, ALL_TOOLS, 'tool', false),
    extras: !flags.has('no-extras'),
    keepData: flags.has('keep-data') || /^(1|true)$/i.test(env.BENCH_KEEP_DATA ?? ''),
    install: !flags.has('no-install'),
  };
}
