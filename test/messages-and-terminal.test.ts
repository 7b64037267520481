// What users read: a blob that does not exist is said not to exist; a copy
// whose filters left nothing says the filters did it; an error printed while
// a progress line is drawn on a terminal starts on a line of its own; a
// closed stdout (`azcp list … | head -1`) ends the listing quietly.
//
// Real: Azurite, the CLI host in-process (with a terminal-like io, and a
// small terminal emulator to read what the screen shows) and the built
// bundle with a real pipe. Mocked, because it cannot be real here: a slow
// network (the fault proxy delays uploads so the progress line is up when
// the error comes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startProxiedAzurite, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { buildPrivateBundle, startBundle, type PrivateBundle } from './helpers/bundle.ts';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { runCli } from '../src/hosts/cli/main.ts';

let env: ProxiedAzurite;
let bundle: PrivateBundle;
let work: string;
let jobDir: string;

before(async () => {
  bundle = await buildPrivateBundle();
  env = await startProxiedAzurite();
  work = tempDir('messages');
  jobDir = join(work, 'jobs');
});

after(async () => {
  await env?.stop();
  bundle?.cleanup();
});

const url = (path: string) => `${env.proxy.serviceUrl}/${path}`;

test('remove of a blob that does not exist says it does not exist (exit 1); of a folder without --recursive, that it is a folder (exit 2)', async () => {
  const c = env.service.getContainerClient('rmtest');
  await c.create();
  await c.getBlockBlobClient('dir/a.txt').upload('a', 1);
  const missing = await azcp(['remove', url('rmtest/nope.txt'), '--job-dir', jobDir]);
  assert.equal(missing.code, 1, missing.stderr + missing.stdout);
  assert.match(missing.stdout, /"[^"]*rmtest\/nope\.txt" does not exist: there is no blob of that name, and none under it; nothing was removed/);
  assert.doesNotMatch(missing.stdout + missing.stderr, /recursive/);
  const folder = await azcp(['remove', url('rmtest/dir'), '--job-dir', jobDir]);
  assert.equal(folder.code, 2, folder.stderr + folder.stdout);
  assert.match(folder.stdout + folder.stderr, /"[^"]*rmtest\/dir" is not a blob but a folder; add --recursive to remove everything under it/);
  assert.ok(await c.getBlockBlobClient('dir/a.txt').exists(), 'nothing was removed');
});

test('a copy whose filters left out every source file says the filters did it, which and how many', async () => {
  const src = join(work, 'filtered');
  mkdirSync(src);
  for (const n of ['a.txt', 'b.txt', 'c.log']) writeFileSync(join(src, n), n);
  await env.service.getContainerClient('filtered').create();
  const r = await azcp(['copy', `${src}/*`, url('filtered'), '--include-pattern', '*.csv', '--exclude-pattern', '*.log', '--job-dir', jobDir]);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  assert.match(
    r.stdout,
    /the filters left out all 3 object\(s\) of the source \([^)]*\): --include-pattern "\*\.csv", --exclude-pattern "\*\.log" matched none of them; nothing was transferred\. Check the filters, or pass --allow-empty-source true/,
  );
  // A source that is really empty still says so.
  const empty = join(work, 'empty');
  mkdirSync(empty);
  const none = await azcp(['copy', `${empty}/*`, url('filtered'), '--job-dir', jobDir]);
  assert.equal(none.code, 1);
  assert.match(none.stdout, /the source has no files in scope/);
});

/** What a terminal shows for this output: '\r' returns to the start of the
 *  line (later characters overwrite earlier ones), '\n' starts a new one. */
function screen(text: string): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let col = 0;
  for (const ch of text) {
    if (ch === '\n') {
      lines.push(line.join('').trimEnd());
      line = [];
      col = 0;
    } else if (ch === '\r') col = 0;
    else line[col++] = ch;
  }
  if (line.length) lines.push(line.join('').trimEnd());
  return lines;
}

test('an error printed while the progress line is drawn on a terminal starts on a line of its own', async () => {
  const src = join(work, 'tty');
  mkdirSync(src);
  for (let i = 0; i < 12; i++) writeFileSync(join(src, `f${i}.txt`), `file ${i}\n`);
  await env.service.getContainerClient('tty').create();
  const ttyJobs = join(work, 'tty-jobs');
  env.proxy.setDecide((info) => ({ kind: 'forward', delayMs: info.method === 'PUT' ? 150 : 0 }));
  let err = '';
  let out = '';
  let progressShown!: () => void;
  const progress = new Promise<void>((r) => (progressShown = r));
  const running = runCli(['copy', `${src}/*`, url('tty'), '--concurrency', '1', '--job-dir', ttyJobs], {
    out: (t) => (out += t),
    err: (t) => {
      err += t;
      if (t.includes('[transferring]')) progressShown();
    },
    isTTY: true,
    columns: 100,
    env: process.env,
  });
  await progress;
  // The job folder vanishes under the running job (a disk clean-up, a
  // hand-made rm): writing its report fails, and that error is printed.
  rmSync(join(ttyJobs, readdirSync(ttyJobs)[0]), { recursive: true, force: true });
  const code = await running;
  env.proxy.setDecide(() => ({ kind: 'forward' }));
  assert.equal(code, 1);
  const shown = screen(err + out);
  const errorLine = shown.find((l) => l.includes('ENOENT')) ?? assert.fail(JSON.stringify(err));
  assert.match(errorLine, /^azcp: ENOENT/, `the error starts its own line: ${JSON.stringify(shown)}`);
  for (const l of shown.filter((x) => x.includes('[transferring]'))) assert.ok(l.length < 100, `the progress line is cut to the terminal's width: ${l}`);
});

test('azcp list | head -1: when the reader closes the pipe, the listing stops quietly (no EPIPE, no stack)', async () => {
  const c = env.service.getContainerClient('many');
  await c.create();
  const names = Array.from({ length: 3000 }, (_, i) => `blob-${String(i).padStart(5, '0')}-${'x'.repeat(40)}.txt`);
  for (let i = 0; i < names.length; i += 100) await Promise.all(names.slice(i, i + 100).map((n) => c.getBlockBlobClient(n).upload('x', 1)));
  const run = startBundle(bundle.entry, ['list', url('many'), '--job-dir', join(work, 'list-jobs')]);
  // head -1: read the first line, then close the pipe.
  await new Promise<void>((resolve) => {
    let seen = '';
    run.child.stdout!.on('data', (d: Buffer) => {
      seen += d;
      if (seen.includes('\n')) {
        run.child.stdout!.destroy();
        resolve();
      }
    });
  });
  const r = await run.done;
  assert.equal(r.signal, null);
  assert.equal(r.stderr, '', 'nothing on stderr');
  assert.equal(r.code, 141, 'the status of a process whose reader went away (128 + SIGPIPE)');
});
