// The tools being compared: how to find (or install) each one, how it
// authenticates, and the exact command line for each operation. A tool that
// cannot run says why, and the benchmark carries on without it.
import { spawnSync } from 'node:child_process';
import { existsSync, accessSync, chmodSync, constants, writeFileSync, cpSync, rmSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, DATA_DIR } from './config.mjs';

const require = createRequire(import.meta.url);
let AZCP = join(ROOT, 'dist', 'index.js');

/**
 * Runs azcp from a private copy of dist/: other people's `npm test` or
 * `npm run build` rebuild dist/ in place, which must not change (or remove)
 * the program halfway through a benchmark. Returns the bundle's sha256.
 */
export function snapshotAzcp() {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.js'))) return undefined;
  const copy = join(DATA_DIR, 'azcp-dist');
  rmSync(copy, { recursive: true, force: true });
  cpSync(dist, copy, { recursive: true });
  AZCP = join(copy, 'index.js');
  return createHash('sha256').update(readFileSync(AZCP)).digest('hex').slice(0, 16);
}
export const azcpPath = () => AZCP;

/**
 * The A build of an A/B (tool azcp-base): BENCH_AZCP_BASE names another
 * checkout's dist/ (e.g. main's, built in a second worktree). Snapshotted
 * like ours, so both builds run side by side, alternating within each round.
 */
let AZCP_BASE;
export function snapshotAzcpBase(env = process.env) {
  const dist = env.BENCH_AZCP_BASE;
  if (!dist || !existsSync(join(dist, 'index.js'))) return undefined;
  const copy = join(DATA_DIR, 'azcp-base-dist');
  rmSync(copy, { recursive: true, force: true });
  cpSync(dist, copy, { recursive: true });
  AZCP_BASE = join(copy, 'index.js');
  return createHash('sha256').update(readFileSync(AZCP_BASE)).digest('hex').slice(0, 16);
}
/** Extra azcp arguments for every azcp run (both builds), e.g. BENCH_AZCP_ARGS="--check-md5 NoCheck". */
const azcpExtraArgs = () => (process.env.BENCH_AZCP_ARGS ?? '').split(/\s+/).filter(Boolean);
/** Node flags for one side of an A/B only (e.g. BENCH_AZCP_NODE_FLAGS="--max-semi-space-size=32",
 *  BENCH_AZCP_BASE_NODE_FLAGS for the base build): to measure a launch flag on the same bundle. */
const nodeFlags = (id) => (process.env[id === 'azcp-base' ? 'BENCH_AZCP_BASE_NODE_FLAGS' : 'BENCH_AZCP_NODE_FLAGS'] ?? '').split(/\s+/).filter(Boolean);
const AZCOPY = join(ROOT, 'node_modules', '@azure-tools', 'azcopy-linux', 'dist', 'bin', 'azcopy_linux_amd64');
const NODE = process.execPath;
const BLOB_TO_BLOB_AZCOPY =
  "AzCopy's blob→blob (service-to-service) fails against Azurite (AuthorizationPermissionMismatch), so it is no peer there";

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 600_000, ...opts });
  return { ok: r.status === 0, status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trim() };
}

let aptUpdated = false;
function aptInstall(pkg, log) {
  if (process.getuid?.() !== 0) return `not root, cannot apt-get install ${pkg}`;
  if (!aptUpdated) {
    log(`apt-get update (for ${pkg})`);
    const u = run('apt-get', ['update', '-qq'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (!u.ok) return `apt-get update failed: ${u.out.slice(-300)}`;
    aptUpdated = true;
  }
  log(`apt-get install -y ${pkg}`);
  const r = run('apt-get', ['install', '-y', '-qq', pkg], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.ok ? null : `apt-get install ${pkg} failed: ${r.out.slice(-300)}`;
}

/** GNU time is how every run is measured; install it if the machine lacks it. */
export function ensureGnuTime(haveIt, install, log) {
  if (haveIt()) return null;
  if (!install) return '/usr/bin/time missing (Debian package "time") and --no-install given';
  return aptInstall('time', log) ?? (haveIt() ? null : '/usr/bin/time still missing after install');
}

/** The share scenarios compare azcp and AzCopy only (the other tools speak Blob Storage). */
const SHARES_ONLY = 'share scenarios compare azcp and AzCopy only';
const SHARE_WITH_SAS = 'share scenarios run azcp with a SAS, as AzCopy';

const containerUrl = (ctx, container, { sas = true, contents = false } = {}) =>
  `${ctx.serviceUrl}/${container}${contents ? '/*' : ''}${sas ? `?${ctx.sas}` : ''}`;

function detectAzcp(bundle = AZCP) {
  if (!bundle) return { reason: 'BENCH_AZCP_BASE is not set to a built dist/ folder (the A build of an A/B)' };
  if (!existsSync(bundle)) return { reason: 'dist/index.js not built (npm run build)' };
  const v = run(NODE, [bundle, '--version']);
  if (!v.ok) return { reason: `node dist/index.js --version fails: ${v.out.slice(0, 200)}` };
  const h = run(NODE, [bundle, '--help']);
  if (!h.ok || !/copy/.test(h.out)) return { reason: `node dist/index.js --help does not show the CLI yet: ${h.out.slice(0, 200)}` };
  return { version: v.out.split('\n')[0] };
}

function azcpTool(id, useSas, { label = useSas ? 'azcp' : 'azcp (key)', bundle = () => AZCP } = {}) {
  return {
    id,
    label,
    auth: useSas ? 'account SAS in the URL' : 'shared key (dev account key, automatic on loopback)',
    detect: () => detectAzcp(bundle()),
    supports: (op) => (op === 'upload-share' && !useSas ? SHARE_WITH_SAS : true),
    command(op, ctx) {
      const env = { AZCP_JOB_DIR: join(ctx.scratch, 'azcp-jobs') };
      const o = { sas: useSas };
      const base = [...nodeFlags(id), bundle()];
      const extra = azcpExtraArgs();
      switch (op) {
        case 'upload':
          return { cmd: NODE, args: [...base, 'copy', `${ctx.localSrc}/*`, containerUrl(ctx, ctx.container, o), '--recursive', ...extra], env };
        case 'download':
          return { cmd: NODE, args: [...base, 'copy', containerUrl(ctx, ctx.container, { ...o, contents: true }), ctx.localDst, '--recursive', ...extra], env };
        case 'copy':
          return { cmd: NODE, args: [...base, 'copy', containerUrl(ctx, ctx.srcContainer, { ...o, contents: true }), containerUrl(ctx, ctx.container, o), '--recursive', ...extra], env };
        case 'sync-noop':
          return { cmd: NODE, args: [...base, 'sync', ctx.localSrc, containerUrl(ctx, ctx.container, o), '--recursive', ...extra], env };
        case 'upload-share':
          // The stand-in's path-style URL is a share by --from-to, as for AzCopy.
          return { cmd: NODE, args: [...base, 'copy', `${ctx.localSrc}/*`, containerUrl(ctx, ctx.container, o), '--recursive', '--from-to', 'LocalFile', ...extra], env };
      }
    },
  };
}

const azcopyTool = {
  id: 'azcopy',
  label: 'AzCopy',
  auth: 'account SAS in the URL',
  detect(install, log) {
    if (!existsSync(AZCOPY)) return { reason: 'npm package @azure-tools/azcopy-linux is not installed' };
    try {
      accessSync(AZCOPY, constants.X_OK);
    } catch {
      chmodSync(AZCOPY, 0o755); // the npm package ships it without the run bit
    }
    let v = run(AZCOPY, ['--version']);
    if (!v.ok && /libsecret/.test(v.out)) {
      if (!install) return { reason: 'needs Debian libsecret-1-0 (not installed; --no-install)' };
      const err = aptInstall('libsecret-1-0', log);
      if (err) return { reason: err };
      v = run(AZCOPY, ['--version']);
    }
    if (!v.ok) return { reason: `azcopy --version fails: ${v.out.slice(0, 200)}` };
    return { version: v.out.replace(/^azcopy version /, '') };
  },
  supports: (op) => (op === 'copy' ? BLOB_TO_BLOB_AZCOPY : true),
  command(op, ctx) {
    // Someone's `npm install` in the shared tree can put the binary back without its run bit.
    try {
      accessSync(AZCOPY, constants.X_OK);
    } catch {
      chmodSync(AZCOPY, 0o755);
    }
    const env = {
      AZCOPY_LOG_LOCATION: join(ctx.scratch, 'azcopy-logs'),
      AZCOPY_JOB_PLAN_LOCATION: join(ctx.scratch, 'azcopy-plans'),
      AZCOPY_DISABLE_SYSLOG: 'true',
    };
    switch (op) {
      case 'upload':
        return { cmd: AZCOPY, args: ['copy', `${ctx.localSrc}/*`, containerUrl(ctx, ctx.container), '--recursive', '--from-to', 'LocalBlob'], env };
      case 'download':
        return { cmd: AZCOPY, args: ['copy', containerUrl(ctx, ctx.container, { contents: true }), ctx.localDst, '--recursive', '--from-to', 'BlobLocal'], env };
      case 'sync-noop':
        return { cmd: AZCOPY, args: ['sync', ctx.localSrc, containerUrl(ctx, ctx.container), '--recursive', '--from-to', 'LocalBlob'], env };
      case 'upload-share':
        return { cmd: AZCOPY, args: ['copy', `${ctx.localSrc}/*`, containerUrl(ctx, ctx.container), '--recursive', '--from-to', 'LocalFile'], env };
    }
  },
};

const RCLONE_FLAGS = ['--transfers', '32', '--checkers', '32'];
const rcloneTool = {
  id: 'rclone',
  label: 'rclone',
  auth: 'shared key (use_emulator + endpoint: the only rclone 1.60 setup that works on Azurite)',
  detect(install, log) {
    let v = run('rclone', ['version']);
    if (!v.ok) {
      if (!install) return { reason: 'rclone not installed (Debian package rclone; --no-install)' };
      const err = aptInstall('rclone', log);
      if (err) return { reason: err };
      v = run('rclone', ['version']);
    }
    if (!v.ok) return { reason: `rclone version fails: ${v.out.slice(0, 200)}` };
    return { version: v.out.split('\n')[0].replace(/^rclone /, '') };
  },
  supports: (op) => (op === 'upload-share' ? SHARES_ONLY : true),
  command(op, ctx) {
    const config = join(ctx.scratch, 'rclone.conf');
    writeFileSync(config, '');
    const env = {
      RCLONE_CONFIG: config,
      RCLONE_CONFIG_AZ_TYPE: 'azureblob',
      RCLONE_CONFIG_AZ_USE_EMULATOR: 'true',
      RCLONE_CONFIG_AZ_ENDPOINT: ctx.serviceUrl,
    };
    const remote = (c) => `az:${c}`;
    switch (op) {
      case 'upload':
        return { cmd: 'rclone', args: ['copy', ctx.localSrc, remote(ctx.container), ...RCLONE_FLAGS], env };
      case 'download':
        return { cmd: 'rclone', args: ['copy', remote(ctx.container), ctx.localDst, ...RCLONE_FLAGS], env };
      case 'copy': // same remote, so rclone copies server-side
        return { cmd: 'rclone', args: ['copy', remote(ctx.srcContainer), remote(ctx.container), ...RCLONE_FLAGS], env };
      case 'sync-noop':
        return { cmd: 'rclone', args: ['sync', ctx.localSrc, remote(ctx.container), ...RCLONE_FLAGS], env };
    }
  },
};

const SDK_SCRIPT = join(ROOT, 'bench', 'tools', 'sdk.mjs');
const sdkTool = {
  id: 'sdk',
  label: 'SDK floor',
  auth: 'account SAS in the URL',
  detect() {
    try {
      const pkg = require('@azure/storage-blob/package.json');
      return { version: `@azure/storage-blob ${pkg.version}` };
    } catch (e) {
      return { reason: `@azure/storage-blob not installed: ${e.message}` };
    }
  },
  supports: (op) => (op === 'upload-share' ? SHARES_ONLY : true),
  command(op, ctx) {
    switch (op) {
      case 'upload':
        return { cmd: NODE, args: [SDK_SCRIPT, 'upload', ctx.localSrc, containerUrl(ctx, ctx.container)] };
      case 'download':
        return { cmd: NODE, args: [SDK_SCRIPT, 'download', containerUrl(ctx, ctx.container), ctx.localDst] };
      case 'copy':
        return { cmd: NODE, args: [SDK_SCRIPT, 'copy', containerUrl(ctx, ctx.srcContainer), containerUrl(ctx, ctx.container)] };
      case 'sync-noop':
        return { cmd: NODE, args: [SDK_SCRIPT, 'sync', ctx.localSrc, containerUrl(ctx, ctx.container)] };
    }
  },
};

const RAW_SCRIPT = join(ROOT, 'bench', 'tools', 'raw.mjs');
const rawTool = {
  id: 'raw',
  label: 'raw HTTP ceiling',
  auth: 'account SAS in the URL',
  detect: () => ({ version: `node ${process.version} http, 64 keep-alive sockets` }),
  supports: (op) => (op === 'sync-noop' ? 'no sync in the raw loop (it is a transfer ceiling)' : op === 'upload-share' ? SHARES_ONLY : true),
  command(op, ctx) {
    switch (op) {
      case 'upload':
        return { cmd: NODE, args: [RAW_SCRIPT, 'upload', ctx.localSrc, containerUrl(ctx, ctx.container)] };
      case 'download':
        return { cmd: NODE, args: [RAW_SCRIPT, 'download', containerUrl(ctx, ctx.container), ctx.localDst] };
      case 'copy':
        return { cmd: NODE, args: [RAW_SCRIPT, 'copy', containerUrl(ctx, ctx.srcContainer), containerUrl(ctx, ctx.container)] };
    }
  },
};

export const TOOLS = [azcpTool('azcp', true), azcpTool('azcp-key', false), azcpTool('azcp-base', true, { label: 'azcp (base build)', bundle: () => AZCP_BASE }), azcopyTool, rcloneTool, sdkTool, rawTool];

/** Detects every requested tool; returns [{...tool, available, version?, reason?}]. */
export function detectTools(ids, { install, log }) {
  return TOOLS.filter((t) => ids.includes(t.id)).map((t) => {
    const d = t.detect(install, log);
    return { ...t, available: !d.reason, version: d.version, reason: d.reason };
  });
}

