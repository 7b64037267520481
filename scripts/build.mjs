// Builds the one shipped bundle, dist/index.js and the parts it loads when
// needed (see bundleOptions), from src/main.ts.
// The output must be byte-for-byte reproducible: CI rebuilds it and fails on
// any difference with the committed copy. So: no timestamps, no absolute
// paths, no source maps with machine paths.
import { build } from 'esbuild';
import { readFileSync, readdirSync, mkdirSync, copyFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { licensesText } from './licenses.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Modules the bundle never runs, replaced by a stub that throws if it ever
 * were. None now: @actions/artifact's download code (unzip-stream and the
 * packages under it) runs in the GitHub merge step, which downloads the
 * shards' artifacts. One of those packages, buffers 0.1.1, names no licence
 * in what it publishes; its terms are in scripts/licenses.mjs
 * (LICENCE_OVERRIDES), with where they were read.
 */
const LEFT_OUT = [];

const leaveOut = {
  name: 'azcp-leave-out',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (LEFT_OUT.includes(args.path) ? { path: args.path, namespace: 'azcp-left-out' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'azcp-left-out' }, (args) => ({
      contents: `const fail = () => { throw new Error(${JSON.stringify(`${args.path} is not part of the azcp bundle`)}); };\nexport default new Proxy({}, { get: fail });\n`,
      loader: 'js',
    }));
  },
};

/**
 * Lazily loaded parts of the bundle: files beside index.js named by esbuild
 * after their module and content (`artifact-3FQ2KZ7A.js`, `chunk-….js`),
 * so a file of that name always holds the same code. Only used to find
 * parts an earlier build left that this one no longer makes.
 */
const PART_FILE = /^[\w.-]+-[A-Z0-9]{8}\.js$/;

/**
 * esbuild settings for the bundle; tests that need a private copy reuse them.
 *
 * One entry, dist/index.js, split at the code's dynamic imports: what only
 * one host, one sign-in method or one command needs (the GitHub Action's
 * and the task's libraries, MSAL, the artifact client) sits in files beside
 * it that Node reads only when that path runs. Every CLI start used to
 * parse and compile all 6.4 MB (~130 ms here); a blob copy now reads about
 * a third of it. The parts sit in the same folder as index.js, so
 * `import.meta.url` (which some bundled packages read) names the same
 * folder in all of them.
 */
export function bundleOptions(outdir) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    absWorkingDir: root,
    entryPoints: { index: 'src/main.ts' },
    outdir,
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // The packages' notices go to dist/licenses.txt instead (scripts/licenses.mjs).
    legalComments: 'none',
    metafile: true,
    plugins: [leaveOut],
    logLevel: 'warning',
    // __dirname/__filename of CommonJS dependencies map to the bundle's own
    // (an ES module has none); other modules declare variables of those names.
    define: { AZCP_VERSION: JSON.stringify(pkg.version), __dirname: '__azcpDirnameValue', __filename: '__azcpFilenameValue' },
    // CommonJS dependencies inside an ES module bundle still call require()
    // and read __dirname (the task-lib loads lib.json beside itself).
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __azcpCreateRequire } from 'node:module';",
        "import { fileURLToPath as __azcpFileURLToPath } from 'node:url';",
        "import { dirname as __azcpDirname } from 'node:path';",
        'const require = __azcpCreateRequire(import.meta.url);',
        'const __azcpFilenameValue = __azcpFileURLToPath(import.meta.url);',
        'const __azcpDirnameValue = __azcpDirname(__azcpFilenameValue);',
      ].join('\n'),
    },
  };
}

/** Files that must sit beside the bundle. */
export function writeBundleSupportFiles(outdir) {
  // The Azure Pipelines task-lib reads its message catalogue from files next
  // to the code that loads it; in the bundle that is the bundle's folder.
  const taskLib = join(root, 'node_modules', 'azure-pipelines-task-lib');
  copyFileSync(join(taskLib, 'lib.json'), join(outdir, 'lib.json'));
  mkdirSync(join(outdir, 'Strings', 'resources.resjson', 'en-US'), { recursive: true });
  copyFileSync(
    join(taskLib, 'Strings', 'resources.resjson', 'en-US', 'resources.resjson'),
    join(outdir, 'Strings', 'resources.resjson', 'en-US', 'resources.resjson'),
  );
  // The bundle is ESM wherever it is copied (the task is unpacked alone).
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
}

async function main() {
  const outdir = join(root, 'dist');
  mkdirSync(outdir, { recursive: true });
  // Built into a folder of its own, then moved beside the old files: the
  // parts first (a name is its content, so an existing one is identical),
  // index.js last by rename. A process running dist/index.js at that moment
  // sees the old entry or the new one, never half of one, and the parts of
  // either are there. Parts no longer built are removed at the end.
  const temp = join(outdir, `.build-${process.pid}.tmp`);
  let licences;
  try {
    rmSync(temp, { recursive: true, force: true });
    const result = await build(bundleOptions(temp));
    // Before anything is replaced: a package without a nameable licence stops the build here.
    licences = licensesText(result.metafile, root);
    // Everything esbuild wrote is moved, whatever its name; the entry last.
    const built = readdirSync(temp);
    for (const name of built) if (name !== 'index.js') renameSync(join(temp, name), join(outdir, name));
    renameSync(join(temp, 'index.js'), join(outdir, 'index.js'));
    for (const name of readdirSync(outdir)) if (PART_FILE.test(name) && !built.includes(name)) rmSync(join(outdir, name));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const licencesTemp = join(outdir, `.licenses.txt.${process.pid}.tmp`);
  writeFileSync(licencesTemp, licences);
  renameSync(licencesTemp, join(outdir, 'licenses.txt'));
  writeBundleSupportFiles(outdir);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
