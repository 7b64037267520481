// The layers of src/, checked on every import: contract < engine, auth <
// storage < job < hosts < main. An import goes to a lower layer or stays in
// its own part; nothing imports in a circle; hosts never reach storage or
// the engine; storage backends do not know each other; the CI libraries
// load only inside their host, and lazily; job/ names no backend kind and
// no storage SDK; the Azure Files SDK loads only when a job uses a share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');
const RANK: Record<string, number> = { contract: 0, 'version.ts': 0, engine: 1, auth: 1, storage: 2, job: 3, hosts: 4, 'main.ts': 5 };
const PACKAGE_HOME: Array<[RegExp, RegExp]> = [
  [/^@azure\/storage-blob$/, /^storage\/blob\//],
  [/^@azure\/storage-file-share$/, /^storage\/file\//],
  [/^@azure\/core-rest-pipeline$/, /^storage\//],
  [/^@azure\/identity$/, /^auth\/identity\.ts$/],
  [/^@actions\//, /^hosts\/github\//],
  [/^azure-pipelines-task-lib/, /^hosts\/azure-pipelines\//],
  [/^mime$/, /^storage\//],
];
/** Loaded with import() or named as a type only: a static import would load it for every host. */
const LAZY_ONLY = /^(@actions\/|azure-pipelines-task-lib)/;
/** Violations accepted for now: none. A new entry needs a reason written beside it. */
const KNOWN = new Set<string>([
]);

interface Edge { from: string; to: string; spec: string; lazy: boolean; typeOnly: boolean }
const rel = (p: string) => relative(SRC, p).split(sep).join('/');
const part = (r: string) => r.split('/')[0];
const backendOf = (r: string) => /^storage\/([^/]+)\//.exec(r)?.[1];
const hostOf = (r: string) => /^hosts\/([^/]+)\//.exec(r)?.[1];
const code = (text: string) => text.replace(/^\s*\/\/.*$/gm, '').replace(/^\s*\/\*[\s\S]*?\*\//gm, '');
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : []; });
}
function edgesOf(file: string, text: string): Edge[] {
  const c = code(text);
  const out: Edge[] = [];
  const add = (spec: string, lazy: boolean, typeOnly: boolean) =>
    out.push({ from: file, to: spec.startsWith('.') ? rel(resolve(dirname(join(SRC, file)), spec)) : spec, spec, lazy, typeOnly });
  for (const m of c.matchAll(/^\s*import\s+(type\s+)?[\w*{}\s,$]*?\s+from\s+['"]([^'"]+)['"]/gm)) add(m[2], false, !!m[1]);
  for (const m of c.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) add(m[1], false, false);
  for (const m of c.matchAll(/^\s*export\s+(type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s*from\s+['"]([^'"]+)['"]/gm)) add(m[2], false, !!m[1]);
  for (const m of c.matchAll(/(typeof\s+)?\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[2], true, !!m[1]);
  return out;
}
const FILES = filesUnder(SRC).map(rel).sort();
const TEXT = new Map(FILES.map((f) => [f, readFileSync(join(SRC, f), 'utf8')]));
const EDGES = FILES.flatMap((f) => edgesOf(f, TEXT.get(f)!));
const LOCAL = EDGES.filter((e) => e.spec.startsWith('.'));
const PACKAGES = EDGES.filter((e) => !e.spec.startsWith('.') && !e.spec.startsWith('node:'));

const upward = () => LOCAL.filter((e) => part(e.from) !== part(e.to) && !(RANK[part(e.to)] < RANK[part(e.from)])).map((e) => `${e.from} -> ${e.to}`);
function crossings(): string[] {
  const bad: string[] = [];
  for (const e of LOCAL) {
    const [fb, tb, fh, th] = [backendOf(e.from), backendOf(e.to), hostOf(e.from), hostOf(e.to)];
    if (e.from.startsWith('hosts/') && (e.to.startsWith('storage/') || e.to.startsWith('engine/'))) bad.push(`${e.from} -> ${e.to} (a host reaches below the job)`);
    if (fb && tb && fb !== tb) bad.push(`${e.from} -> ${e.to} (one backend imports another)`);
    if (e.from.startsWith('storage/') && !fb && tb && !['storage/backends.ts', 'storage/transfers.ts'].includes(e.from)) bad.push(`${e.from} -> ${e.to} (a shared storage module imports a backend)`);
    if (fh && th && fh !== th && !(th === 'ci' && (fh === 'github' || fh === 'azure-pipelines'))) bad.push(`${e.from} -> ${e.to} (one host imports another)`);
    if (e.to.startsWith('job/commands/') && !e.from.startsWith('job/commands/') && e.from !== 'job/run.ts') bad.push(`${e.from} -> ${e.to} (only job/run.ts dispatches to commands)`);
  }
  return bad;
}
function cycles(): string[] {
  const next = new Map<string, string[]>(FILES.map((f) => [f, []]));
  for (const e of LOCAL) next.get(e.from)?.push(e.to);
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (f: string, path: string[]): void => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') return void found.push([...path.slice(path.indexOf(f)), f].join(' -> '));
    state.set(f, 'open');
    for (const t of next.get(f) ?? []) visit(t, [...path, f]);
    state.set(f, 'done');
  };
  for (const f of FILES) visit(f, []);
  return found;
}
function packages(): string[] {
  const bad: string[] = [];
  for (const e of PACKAGES) {
    for (const [pkg, home] of PACKAGE_HOME) if (pkg.test(e.spec) && !home.test(e.from)) bad.push(`${e.from} uses ${e.spec}`);
    if (LAZY_ONLY.test(e.spec) && !e.lazy && !e.typeOnly) bad.push(`${e.from} imports ${e.spec} statically`);
  }
  return bad;
}
function kindTests(): string[] {
  const bad: string[] = [];
  for (const f of FILES.filter((f) => f.startsWith('job/')))
    for (const m of code(TEXT.get(f)!).matchAll(/\.kind\s*[!=]==?\s*['"](local|blob|file|s3|adls)['"]|['"]@azure\/storage-[\w-]+['"]/g)) bad.push(`${f}: ${m[0]}`);
  return bad;
}
/** Files a job loads at start-up: main.ts, the host it picks (each of its import()s of hosts/), and their static imports (an import() elsewhere, or a type-only import, loads nothing then). */
function loadedAtStart(): Set<string> {
  const seen = new Set<string>();
  const todo = ['main.ts', ...LOCAL.filter((e) => e.from === 'main.ts' && e.lazy && e.to.startsWith('hosts/')).map((e) => e.to)];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const e of LOCAL) if (e.from === f && !e.lazy && !e.typeOnly) todo.push(e.to);
  }
  return seen;
}
/** The Azure Files SDK is half a megabyte of the bundle: it loads with a share's first connect(), not for every job. */
function eagerFilesSdk(): string[] {
  const start = loadedAtStart();
  return PACKAGES.filter((e) => e.spec === '@azure/storage-file-share' && !e.typeOnly && start.has(e.from)).map((e) => `${e.from} uses ${e.spec} and every job loads it at start-up`);
}
const none = (found: string[]) => assert.deepEqual(found.filter((v) => !KNOWN.has(v)), []);

test('the scanner sees every import TypeScript sees', () => {
  const ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');
  for (const f of FILES) {
    const theirs = ts.preProcessFile(TEXT.get(f)!, true, true).importedFiles.map((i) => i.fileName).sort();
    assert.deepEqual(edgesOf(f, TEXT.get(f)!).map((e) => e.spec).sort(), theirs, f);
  }
});
test('every relative import names a .ts file that exists', () => {
  for (const e of LOCAL) assert.ok(e.spec.endsWith('.ts') && existsSync(join(SRC, e.to)), `${e.from} imports ${e.spec}`);
});
test('imports point down the layers', () => none(upward()));
test('backends, hosts and commands keep to themselves', () => none(crossings()));
test('no import cycle in src/', () => none(cycles()));
test('packages only where they belong; CI libraries only lazily', () => none(packages()));
test('job/ tests no backend kind and names no storage SDK', () => none(kindTests()));
test('the Azure Files SDK loads only when a job connects to a share', () => {
  assert.ok(loadedAtStart().has('storage/file/side.ts'), 'the walk reaches the Files backend itself');
  none(eagerFilesSdk());
});
test('KNOWN lists only violations that still exist', () => {
  const all = new Set([...upward(), ...crossings(), ...cycles(), ...packages(), ...kindTests(), ...eagerFilesSdk()]);
  assert.deepEqual([...KNOWN].filter((v) => !all.has(v)), []);
});
