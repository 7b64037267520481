// dist/licenses.txt carries the licence of every package whose code is in
// dist/index.js, found from what esbuild really bundled (its metafile), with
// the licence texts; it is current (a fresh build of the sources yields the
// same bytes); and a package whose licence cannot be named stops the build.
// Nothing is mocked: the bundle is built again here with the shipped settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { bundleOptions } from '../scripts/build.mjs';
import { bundledPackageDirs, licensesText, packageLicence, LICENCE_OVERRIDES } from '../scripts/licenses.mjs';
import { assertBuilt, ROOT } from './helpers/ci-harness.ts';
import { tempDir } from './helpers/temp.ts';

const shipped = () => readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8');

async function freshMetafile(): Promise<Metafile> {
  const result = await build({ ...bundleOptions(tempDir('bundle')), logLevel: 'error' });
  return result.metafile!;
}

test('dist/licenses.txt names every bundled package with its licence and text, and matches a fresh build', async () => {
  assertBuilt();
  const metafile = await freshMetafile();
  const text = shipped();
  assert.equal(licensesText(metafile, ROOT), text, 'dist/licenses.txt is what the sources build: run `npm run build` and commit dist/');
  const packages = bundledPackageDirs(metafile, ROOT).map(packageLicence);
  assert.ok(packages.length > 50, `${packages.length} packages`);
  for (const p of packages) {
    const at = text.indexOf(`\n${p.name} ${p.version}\nLicense: ${p.licence}\n`);
    assert.ok(at >= 0, `${p.name}@${p.version} (${p.licence}) is listed`);
    for (const t of p.texts) assert.ok(text.includes(t.text), `${p.name}'s ${t.file} is included`);
  }
  assert.match(text, /^azcp \d+\.\d+\.\d+ \(MIT\)\n\nMIT License\n/, "azcp's own LICENSE comes first");
  assert.ok(!text.includes(ROOT), 'no machine paths');
  // The packages the bundle really uses are there (spot checks across the dependency tree).
  for (const name of ['@azure/storage-blob', '@azure/identity', '@actions/core', 'azure-pipelines-task-lib', 'picomatch']) assert.match(text, new RegExp(`\\n${name.replace('/', '\\/')} \\d`), name);
});

test('a package that names no licence stops the build, naming it', () => {
  const root = tempDir('licroot');
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  copyFileSync(join(ROOT, 'LICENSE'), join(root, 'LICENSE'));
  const named = join(root, 'node_modules', 'named');
  const nameless = join(root, 'node_modules', '@scope', 'nameless');
  mkdirSync(named, { recursive: true });
  mkdirSync(nameless, { recursive: true });
  writeFileSync(join(named, 'package.json'), JSON.stringify({ name: 'named', version: '1.0.0', license: 'ISC' }));
  writeFileSync(join(nameless, 'package.json'), JSON.stringify({ name: '@scope/nameless', version: '0.1.1' }));
  const metafile = {
    inputs: {},
    outputs: {
      'dist/index.js': {
        bytes: 1,
        imports: [],
        exports: [],
        inputs: {
          'node_modules/named/index.js': { bytesInOutput: 10 },
          'node_modules/@scope/nameless/lib/a.js': { bytesInOutput: 10 },
          'node_modules/unused/index.js': { bytesInOutput: 0 },
        },
      },
    },
  } as unknown as Metafile;
  assert.throws(() => licensesText(metafile, root), /licence is not named: @scope\/nameless@0\.1\.1\./);
  // With a licence file it can be named.
  writeFileSync(join(nameless, 'LICENSE'), 'Permission to use, copy ...');
  writeFileSync(join(nameless, 'package.json'), JSON.stringify({ name: '@scope/nameless', version: '0.1.1', license: 'SEE LICENSE IN LICENSE' }));
  const text = licensesText(metafile, root);
  assert.match(text, /\n@scope\/nameless 0\.1\.1\nLicense: see LICENSE\n\nPermission to use, copy \.\.\.\n/);
  assert.match(text, /\nnamed 1\.0\.0\nLicense: ISC\n\n\(named ships no licence file; its package.json declares ISC\.\)\n/);
  assert.ok(!text.includes('unused'), 'a package with no bytes in the bundle is not listed');
});

test('the artifact download code is bundled (the GitHub merge step downloads shard artifacts); buffers 0.1.1, which publishes no licence, carries the MIT terms read in its repository', () => {
  const text = shipped();
  for (const name of ['unzip-stream', 'binary', 'buffers']) assert.match(text, new RegExp(`\\n${name} \\d`), `${name} is bundled and listed`);
  assert.match(text, /\nbuffers 0\.1\.1\nLicense: MIT\n/);
  assert.ok(text.includes('Copyright (c) 2010 James Halliday (mail@substack.net)'), "buffers' licence text travels with the bundle");
  // The override names one version: another version without a licence still stops the build.
  assert.deepEqual(Object.keys(LICENCE_OVERRIDES), ['buffers@0.1.1']);
  const root = tempDir('licroot-override');
  const dir = join(root, 'node_modules', 'buffers');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'buffers', version: '0.1.2' }));
  assert.equal(packageLicence(dir).licence, undefined);
});
