// dist/licenses.txt: the licence of every package whose code is inside the
// bundle, found from what esbuild actually put there (its metafile), with
// each licence's text. The bundle drops the packages' own comments
// (legalComments: 'none' keeps it small and reproducible), so this file is
// where their notices travel. The build fails on a package whose licence it
// cannot name: shipping code without knowing its terms is not an option.
//
// The output is the same bytes on every machine: packages sorted by name and
// version, no paths, no dates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;

/**
 * The package folders the bundle draws code from: for each input with bytes
 * in the output, the innermost node_modules/NAME (or @SCOPE/NAME) above it.
 * `root` is esbuild's absWorkingDir (input paths are relative to it).
 */
export function bundledPackageDirs(metafile, root) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (!bytesInOutput) continue;
      const at = input.lastIndexOf('node_modules/');
      if (at < 0) continue; // azcp's own source
      const rest = input.slice(at + 'node_modules/'.length).split('/');
      const name = rest[0].startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
      dirs.add(join(root, input.slice(0, at), 'node_modules', name));
    }
  }
  return [...dirs];
}

/** The SPDX expression a package.json declares (license, or the old licenses array). */
function declaredLicence(pkg) {
  if (typeof pkg.license === 'string' && pkg.license.trim()) return pkg.license.trim();
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses) && pkg.licenses.length) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return undefined;
}

/**
 * Packages whose published package.json names no licence, but whose terms
 * are known from their own repository. Each entry says where it was read;
 * only that exact version is covered (a new version is checked again).
 */
export const LICENCE_OVERRIDES = {
  // @actions/artifact -> unzip-stream -> binary -> buffers (artifact downloads).
  // Read in the upstream repository github.com/substack/node-buffers: its
  // LICENSE file is the MIT License, "Copyright (c) 2010 James Halliday
  // (mail@substack.net)", and its package.json (0.1.2) declares
  // "license": "MIT/X11"; 0.1.1 as published declares nothing and ships no
  // licence file, so the text goes here.
  'buffers@0.1.1': {
    licence: 'MIT',
    file: 'LICENSE (from github.com/substack/node-buffers)',
    text: [
      '(The MIT License)',
      '',
      'Copyright (c) 2010 James Halliday (mail@substack.net)',
      '',
      'Permission is hereby granted, free of charge, to any person obtaining',
      'a copy of this software and associated documentation files (the',
      '"Software"), to deal in the Software without restriction, including',
      'without limitation the rights to use, copy, modify, merge, publish,',
      'distribute, sublicense, and/or sell copies of the Software, and to',
      'permit persons to whom the Software is furnished to do so, subject to',
      'the following conditions:',
      '',
      'The above copyright notice and this permission notice shall be',
      'included in all copies or substantial portions of the Software.',
      '',
      'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,',
      'EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF',
      'MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND',
      'NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE',
      'LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION',
      'OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION',
      'WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
    ].join('\n'),
  },
};

/** One package: name, version, licence and the texts of its licence files. */
export function packageLicence(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const files = readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f))
    .sort();
  const texts = files.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n').trim() }));
  let licence = declaredLicence(pkg);
  if (licence && /^SEE LICEN[CS]E IN /i.test(licence)) licence = texts.length ? `see ${licence.replace(/^SEE LICEN[CS]E IN /i, '')}` : undefined;
  const known = LICENCE_OVERRIDES[`${pkg.name}@${pkg.version}`];
  if (!licence && known) return { name: pkg.name, version: pkg.version, licence: known.licence, texts: [...texts, { file: known.file, text: known.text }], dir };
  return { name: pkg.name, version: pkg.version, licence, texts, dir };
}

/** The whole dist/licenses.txt for the bundle's packages, plus azcp's own LICENSE at the top. */
export function licensesText(metafile, root) {
  const packages = new Map();
  for (const dir of bundledPackageDirs(metafile, root)) {
    if (!existsSync(join(dir, 'package.json'))) throw new Error(`no package.json in ${dir}`);
    const p = packageLicence(dir);
    packages.set(`${p.name}@${p.version}`, p);
  }
  const nameless = [...packages.values()].filter((p) => !p.licence);
  if (nameless.length) {
    throw new Error(
      `the bundle holds code whose licence is not named: ${nameless.map((p) => `${p.name}@${p.version}`).join(', ')}. ` +
        'Find its terms (package.json "license" or a LICENSE file) before shipping it.',
    );
  }
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const sorted = [...packages.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
  const rule = '-'.repeat(78);
  const parts = [
    `${own.name} ${own.version} (${own.license})`,
    '',
    readFileSync(join(root, 'LICENSE'), 'utf8').replace(/\r\n/g, '\n').trim(),
    '',
    `The bundle (dist/index.js and the parts beside it) also holds code from the ${sorted.length} packages below, under their own licences.`,
    '',
  ];
  for (const p of sorted) {
    parts.push(rule, `${p.name} ${p.version}`, `License: ${p.licence}`, '');
    if (!p.texts.length) parts.push(`(${p.name} ships no licence file; its package.json declares ${p.licence}.)`, '');
    for (const t of p.texts) parts.push(p.texts.length > 1 ? `${t.file}:\n\n${t.text}` : t.text, '');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}
