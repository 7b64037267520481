// The benchmark's knobs: dataset sizes, rounds, which scenarios and tools run.
// Profiles: the full default and BENCH_QUICK=1 (or --quick), a smoke test
// that finishes in about a minute, both on loopback; and --profile wan, where
// every tool reaches the emulator through a latency proxy (20 ms each way by
// default), with its own smaller datasets and targets (--quick shrinks those
// too). Flags override any profile.
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
  listOfFilesPaths: 100_000,
  noopGrowthSizes: [10_000, 100_000, 1_000_000],
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
  listOfFilesPaths: 100_000,
  noopGrowthSizes: [1_000, 10_000, 100_000],
  versionRuns: 5,
};

/**
 * The WAN profile. Over a 40 ms round trip a tool that keeps k requests in
 * flight moves at most k/0.04 files a second, so a slow default (AzCopy's 32
 * workers, rclone's transfers, or a connection per request) takes ~1–5 s per
 * 1,000 small files instead of a fraction of one: 1,000 small files show the
 * difference in seconds, not minutes. 2 × 64 MiB is enough blocks in flight
 * to see whether large transfers keep the pipe full; 5,000 tiny files are one
 * listing page for the no-op sync, which is about round trips per page and
 * per file checked. Seeding goes to Azurite directly (not timed, not delayed).
 */
const WAN = {
  profile: 'wan',
  rounds: 3,
  datasets: {
    small: { kind: 'small', label: 'wan-small-1k', count: 1000, minSize: 1 * KiB, maxSize: 64 * KiB, seed: 1 },
    large: { kind: 'large', label: 'wan-large-2x64M', count: 2, size: 64 * MiB, seed: 2 },
    tiny: { kind: 'small', label: 'wan-tiny-5k', count: 5000, minSize: 16, maxSize: 512, seed: 3 },
  },
  plannerEntries: 100_000,
  listOfFilesPaths: 100_000,
  noopGrowthSizes: [10_000, 100_000, 1_000_000],
  versionRuns: 5,
};

const WAN_QUICK = {
  ...WAN,
  profile: 'wan-quick',
  rounds: 1,
  datasets: {
    small: { kind: 'small', label: 'wan-small-200', count: 200, minSize: 1 * KiB, maxSize: 64 * KiB, seed: 1 },
    large: { kind: 'large', label: 'wan-large-2x16M', count: 2, size: 16 * MiB, seed: 2 },
    tiny: { kind: 'small', label: 'wan-tiny-1k', count: 1000, minSize: 16, maxSize: 512, seed: 3 },
  },
};

/** The scenarios of the WAN profile (the others are loopback-only). */
export const WAN_SCENARIOS = ['upload-small', 'download-small', 'upload-large', 'sync-noop-tiny'];
export const DEFAULT_LATENCY_MS = 20;

/**
 * The WAN profile's targets, azcp/peer wall time (median of per-round
 * ratios), with default settings: where a round trip costs tens of ms, speed
 * is requests in flight over round-trip time, and azcp must keep enough in flight.
 */
export const WAN_TARGETS = WAN_SCENARIOS.flatMap((scenario) => [
  { scenario, peer: 'azcopy', metric: 'wallS', limit: 0.6, text: 'WAN wall ≤ 0.6× AzCopy' },
  { scenario, peer: 'rclone', metric: 'wallS', limit: 0.7, text: 'WAN wall ≤ 0.7× rclone' },
]);

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
  // Azure Files: upload to the in-memory stand-in (scripts/files-server.mjs),
  // azcp vs AzCopy. Reported without a target: the stand-in is not the service.
  { id: 'share-upload-small', op: 'upload-share', dataset: 'small', maxRounds: 2 },
  { id: 'share-upload-large', op: 'upload-share', dataset: 'large', maxRounds: 2 },
];

export const ALL_TOOLS = ['azcp', 'azcp-key', 'azcp-base', 'azcopy', 'rclone', 'sdk', 'raw'];
/** Tools that run only when named with --tools. */
const OPT_IN_TOOLS = ['azcp-base'];

const HELP = `usage: node bench/run.mjs [options]   (npm run bench -- [options])
  --quick                 small datasets, 1 round (same as BENCH_QUICK=1)
  --profile wan, --wan    every tool reaches the emulator through a latency proxy
                          (BENCH_PROFILE=wan); WAN scenarios and targets, 1,000 small files,
                          2 × 64 MiB, 5,000 tiny (with --quick: 200, 2 × 16 MiB, 1,000);
                          reports requests in flight and TCP connections per run
  --latency-ms N          delay added each way to every chunk (BENCH_LATENCY_MS; default
                          ${DEFAULT_LATENCY_MS}, so a round trip is 2N); implies --profile wan
  --connect-rtts N        WAN: round trips a new connection pays before its first byte
                          (default 1, the TCP handshake; 2–3 models TLS to a real account)
  --rounds N              rounds per scenario (BENCH_ROUNDS; default 3, quick 1)
  --scenarios a,b         scenario ids or prefixes (BENCH_SCENARIOS), e.g. upload,sync-noop-tiny
  --tools a,b             subset of ${ALL_TOOLS.join(',')} (BENCH_TOOLS)
  --small-count N         files in the small dataset (scaled-down A/B runs)
  --large-mib N           size of each large file in MiB (e.g. 64 for 4 × 64 MiB)
  --tiny-count N          files in the tiny dataset (no-op sync)
  A/B of two builds: BENCH_AZCP_BASE=/other/checkout/dist with --tools azcp,azcp-base
                          (the base build runs as "azcp (base build)"; ratios azcp / base);
                          BENCH_AZCP_ARGS="--check-md5 NoCheck" adds arguments to every azcp run
  --no-extras             skip the --version timing, the planner RSS measurement and the
                          no-op sync growth curve (the WAN profile skips them unless --extras)
  --only growth           run only the no-op sync growth curve: time, CPU and peak RSS of
                          a synthetic no-op sync at each size (no emulator, no peers);
                          not with --record (RESULTS.md keeps whole runs)
  --growth-sizes a,b,c    entries a side for the growth curve (default 10000,100000,1000000;
                          quick 1000,10000,100000)
  --growth-anchor         with --only growth: also a real no-op sync of as many files as the
                          smallest size, azcp alone, local → Azurite through dist/ (the
                          sync-noop-tiny scenario), to set beside the synthetic point
  --keep-data             keep bench/.data (datasets) for the next run
  --no-install            do not apt-get missing peers; skip them instead
  --help
Scenarios: ${SCENARIOS.map((s) => s.id).join(', ')}
WAN scenarios: ${WAN_SCENARIOS.join(', ')}`;

export function loadConfig(argv = process.argv.slice(2), env = process.env) {
  const flags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}\n${HELP}`);
    const [k, inline] = a.slice(2).split('=', 2);
    if (['rounds', 'scenarios', 'tools', 'profile', 'latency-ms', 'connect-rtts', 'small-count', 'large-mib', 'tiny-count', 'only', 'growth-sizes'].includes(k)) flags.set(k, inline ?? argv[++i]);
    else flags.set(k, true);
  }
  if (flags.has('help')) {
    console.log(HELP);
    process.exit(0);
  }
  const quick = flags.has('quick') || /^(1|true|yes)$/i.test(env.BENCH_QUICK ?? '');
  const latencyGiven = flags.get('latency-ms') ?? env.BENCH_LATENCY_MS;
  const profileName = flags.has('wan') || latencyGiven !== undefined ? 'wan' : String(flags.get('profile') ?? env.BENCH_PROFILE ?? 'loopback');
  if (!['wan', 'loopback'].includes(profileName)) throw new Error(`--profile must be wan or loopback, not ${profileName}`);
  const wanProfile = profileName === 'wan';
  const base = structuredClone(wanProfile ? (quick ? WAN_QUICK : WAN) : quick ? QUICK : FULL);
  let wan;
  if (wanProfile) {
    const latencyMs = Number(latencyGiven ?? DEFAULT_LATENCY_MS);
    if (!Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > 1000) throw new Error('--latency-ms must be a number of milliseconds from 0 to 1000, e.g. --latency-ms 20');
    const connectRtts = Number(flags.get('connect-rtts') ?? 1);
    if (!Number.isInteger(connectRtts) || connectRtts < 0 || connectRtts > 5) throw new Error('--connect-rtts must be a whole number from 0 to 5, e.g. --connect-rtts 2');
    wan = { latencyMs, connectRtts };
  }
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
  const positive = (k) => {
    const n = Number(flags.get(k));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${k} must be a positive whole number`);
    return n;
  };
  if (flags.has('small-count')) base.datasets.small.count = positive('small-count');
  if (flags.has('large-mib')) base.datasets.large.size = positive('large-mib') * MiB;
  if (flags.has('tiny-count')) base.datasets.tiny.count = positive('tiny-count');
  if (flags.has('growth-sizes')) {
    const sizes = String(flags.get('growth-sizes')).split(',').map((x) => Number(x.trim()));
    if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--growth-sizes must be two or more positive whole numbers, e.g. --growth-sizes 10000,100000,1000000');
    base.noopGrowthSizes = sizes;
  }
  const only = flags.get('only');
  if (only !== undefined && only !== 'growth') throw new Error(`--only takes growth (the no-op sync growth curve), not ${only}`);
  if (flags.has('growth-anchor') && only !== 'growth') throw new Error('--growth-anchor goes with --only growth');
  const toolsGiven = flags.get('tools') ?? env.BENCH_TOOLS;
  return {
    ...base,
    quick,
    rounds,
    roundsExplicit: roundsGiven !== undefined,
    toolsExplicit: Boolean(flags.get('tools') ?? env.BENCH_TOOLS),
    scenarios: pick(flags.get('scenarios') ?? env.BENCH_SCENARIOS, wanProfile ? SCENARIOS.filter((s) => WAN_SCENARIOS.includes(s.id)) : SCENARIOS, wanProfile ? 'WAN scenario' : 'scenario'),
    tools: pick(toolsGiven, toolsGiven ? ALL_TOOLS : ALL_TOOLS.filter((t) => !OPT_IN_TOOLS.includes(t)), 'tool', false),
    extras: wanProfile ? flags.has('extras') : !flags.has('no-extras'),
    only,
    growthAnchor: flags.has('growth-anchor'),
    wan,
    keepData: flags.has('keep-data') || /^(1|true)$/i.test(env.BENCH_KEEP_DATA ?? ''),
    install: !flags.has('no-install'),
  };
}
