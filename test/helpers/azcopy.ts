// Starts AzCopy (the independent checker some tests compare azcp with) on
// any Debian-family machine, fresh or not, without root. AzCopy's Linux
// build links libsecret and GLib, which a minimal Debian lacks. When the
// dynamic loader cannot find a library AzCopy needs, this fetches the
// Debian package that holds it with `apt-get download` (no root needed: it
// uses its own package lists when the system has none), unpacks it with
// `dpkg-deb -x` into a cache under node_modules/.cache, and starts AzCopy
// with LD_LIBRARY_PATH pointing there. Nothing is installed on the system,
// and nothing is skipped: if the libraries cannot be had, the test fails
// with a message saying what is missing.
//
// AZCP_TEST_LIB_CACHE moves the cache (the fresh-machine proof uses an empty one).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './ci-harness.ts';

export const AZCOPY_BIN = join(ROOT, 'node_modules', '@azure-tools', 'azcopy-linux', 'dist', 'bin', 'azcopy_linux_amd64');

/** The Debian package (bookworm and later, amd64) that ships each library AzCopy loads. */
const PACKAGE_OF: Record<string, string> = {
  'libsecret-1.so.0': 'libsecret-1-0',
  'libglib-2.0.so.0': 'libglib2.0-0',
  'libgio-2.0.so.0': 'libglib2.0-0',
  'libgobject-2.0.so.0': 'libglib2.0-0',
  'libgmodule-2.0.so.0': 'libglib2.0-0',
  'libgcrypt.so.20': 'libgcrypt20',
  'libgpg-error.so.0': 'libgpg-error0',
  'libpcre2-8.so.0': 'libpcre2-8-0',
  'libmount.so.1': 'libmount1',
  'libblkid.so.1': 'libblkid1',
  'libselinux.so.1': 'libselinux1',
  'libffi.so.8': 'libffi8',
  'libz.so.1': 'zlib1g',
};

function cacheDir(): string {
  return process.env.AZCP_TEST_LIB_CACHE || join(ROOT, 'node_modules', '.cache', 'azcp-azcopy-libs');
}

function libraryPath(root: string): string {
  return [join(root, 'usr', 'lib', 'x86_64-linux-gnu'), join(root, 'lib', 'x86_64-linux-gnu')].join(':');
}

/** Libraries the loader cannot find for `bin` with this LD_LIBRARY_PATH. */
export function missingLibraries(bin: string, ldLibraryPath?: string): string[] {
  const env = { ...process.env, LD_LIBRARY_PATH: [ldLibraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
  const r = spawnSync('ldd', [bin], { env, encoding: 'utf8' });
  if (r.error) throw new Error(`cannot run ldd to check AzCopy's libraries: ${r.error.message}`);
  return [...`${r.stdout}${r.stderr}`.matchAll(/^\s*(\S+) => not found$/gm)].map((m) => m[1]);
}

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Downloads the .deb files of `packages` into `dir`: with the system's package lists, else with private ones. */
export function downloadDebs(packages: string[], dir: string, cache: string): void {
  if (run('apt-get', ['download', ...packages], dir).status === 0) return;
  // A fresh machine has no package lists (and updating the system's needs root): keep private ones.
  const state = join(cache, 'apt');
  for (const d of [join(state, 'lists', 'partial'), join(state, 'cache', 'archives', 'partial')]) mkdirSync(d, { recursive: true });
  const options = ['-o', `Dir::State::Lists=${join(state, 'lists')}`, '-o', `Dir::Cache=${join(state, 'cache')}`, '-o', 'Debug::NoLocking=1'];
  // As root apt hands downloads to the _apt user, who cannot write into this cache.
  if (process.getuid?.() === 0) options.push('-o', 'APT::Sandbox::User=root');
  const update = run('apt-get', [...options, 'update'], dir);
  if (update.status !== 0) throw new Error(`apt-get update (private lists) failed:\n${update.stdout}${update.stderr}`);
  const download = run('apt-get', [...options, 'download', ...packages], dir);
  if (download.status !== 0) throw new Error(`apt-get download ${packages.join(' ')} failed:\n${download.stdout}${download.stderr}`);
}

let ensured: Record<string, string> | undefined;

/**
 * The environment additions AzCopy needs here ({} when the system has every
 * library, else LD_LIBRARY_PATH into the cache), after fetching what was
 * missing. Throws, never skips, when that is impossible.
 */
export function azcopyLibraryEnv(): Record<string, string> {
  if (ensured) return ensured;
  if (!existsSync(AZCOPY_BIN)) throw new Error(`AzCopy is missing at ${AZCOPY_BIN}: run npm ci (it comes with the dev dependency @azure-tools/azcopy-linux)`);
  try {
    accessSync(AZCOPY_BIN, constants.X_OK);
  } catch {
    chmodSync(AZCOPY_BIN, 0o755); // the npm package ships it without the run bit
  }
  const cache = cacheDir();
  const root = join(cache, 'root');
  const path = libraryPath(root);
  for (let round = 0; round < 4; round++) {
    const missing = missingLibraries(AZCOPY_BIN, existsSync(root) ? path : undefined);
    if (!missing.length) return (ensured = existsSync(root) ? { LD_LIBRARY_PATH: [path, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') } : {});
    const unknown = missing.filter((lib) => !PACKAGE_OF[lib]);
    if (unknown.length) throw new Error(`AzCopy needs ${unknown.join(', ')}, which no known Debian package provides here: install them with the system's package manager`);
    if (spawnSync('apt-get', ['--version']).error || spawnSync('dpkg-deb', ['--version']).error) {
      throw new Error(`AzCopy needs ${missing.join(', ')} and this is not a Debian-family system (no apt-get/dpkg-deb): install ${[...new Set(missing.map((l) => PACKAGE_OF[l]))].join(' ')} or their equivalents`);
    }
    const packages = [...new Set(missing.map((lib) => PACKAGE_OF[lib]))];
    const work = join(cache, `.fetch-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    downloadDebs(packages, work, cache);
    mkdirSync(root, { recursive: true });
    for (const deb of readdirSync(work).filter((f) => f.endsWith('.deb'))) {
      const x = run('dpkg-deb', ['-x', join(work, deb), root], work);
      if (x.status !== 0) throw new Error(`dpkg-deb -x ${deb} failed: ${x.stderr}`);
    }
    rmSync(work, { recursive: true, force: true });
  }
  throw new Error(`AzCopy still misses ${missingLibraries(AZCOPY_BIN, path).join(', ')} after fetching them into ${root}`);
}

/** Runs AzCopy with the libraries it needs; every test starts AzCopy through this. */
export function runAzCopy(args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  const env = { ...(opts.env ?? process.env), ...azcopyLibraryEnv() };
  return spawnSync(AZCOPY_BIN, args, { env, encoding: 'utf8', timeout: opts.timeoutMs ?? 60_000 });
}

