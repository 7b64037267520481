// zsh and fish for the completion tests, on any Debian-family machine and
// without root: their Debian packages are fetched with `apt-get download`
// (the same way as AzCopy's libraries, test/helpers/azcopy.ts) and unpacked
// with `dpkg-deb -x` into a cache in the temp folder; nothing is installed
// on the system. The shells run from there: fish with LD_LIBRARY_PATH for
// its PCRE2 and its function path pointed into the tree, zsh with
// module_path and fpath pointed into the tree. If they cannot be had, the
// test fails saying why; nothing is skipped.
//
// zsh completes only inside its line editor, which needs a terminal:
// `script` (util-linux) gives it one, the line is typed with a Tab once the
// line editor says it is reading (a mark file, never a fixed pause: under a
// loaded CI run zsh dropped keys typed ahead of it), and compadd is wrapped
// to write each match to a file.
//
// AZCP_TEST_SHELL_CACHE moves the cache.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadDebs } from './azcopy.ts';
import { tempDir } from './temp.ts';

const PACKAGES = ['zsh', 'zsh-common', 'fish', 'fish-common', 'libpcre2-32-0'];

function root(): string {
  const cache = process.env.AZCP_TEST_SHELL_CACHE || join(tmpdir(), 'azcp-test-shells-cache');
  const tree = join(cache, 'root');
  if (existsSync(join(tree, 'bin', 'zsh')) && existsSync(join(tree, 'usr', 'bin', 'fish'))) return tree;
  if (spawnSync('apt-get', ['--version']).error || spawnSync('dpkg-deb', ['--version']).error) {
    throw new Error('the completion tests need zsh and fish: this is not a Debian-family system (no apt-get/dpkg-deb); install zsh and fish');
  }
  const work = join(cache, `.fetch-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  downloadDebs(PACKAGES, work, cache);
  mkdirSync(tree, { recursive: true });
  for (const deb of readdirSync(work).filter((f) => f.endsWith('.deb'))) {
    const x = spawnSync('dpkg-deb', ['-x', join(work, deb), tree], { encoding: 'utf8' });
    if (x.status !== 0) throw new Error(`dpkg-deb -x ${deb} failed: ${x.stderr}`);
  }
  rmSync(work, { recursive: true, force: true });
  return tree;
}

const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** fish's completions of `line` (as `complete -C` gives them: the word, without descriptions), with `script` sourced. */
export function fishComplete(script: string, line: string): string[] {
  const r = root();
  const dir = tempDir('fish');
  const file = join(dir, 'azcp.fish');
  writeFileSync(file, script);
  const cmd = `set -g fish_function_path ${sq(join(r, 'usr', 'share', 'fish', 'functions'))} $fish_function_path; source ${sq(file)}; complete -C ${sq(line)}`;
  const out = spawnSync(join(r, 'usr', 'bin', 'fish'), ['--no-config', '-c', cmd], {
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), LD_LIBRARY_PATH: join(r, 'usr', 'lib', 'x86_64-linux-gnu') },
    timeout: 20_000,
  });
  if (out.status !== 0 || out.stderr) throw new Error(`fish failed (${out.status}): ${out.stderr}`);
  return out.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
}

/** zsh's completions of `line` (the matches its completion system adds, deduplicated), with `script` sourced after compinit. */
export function zshComplete(script: string, line: string): string[] {
  const r = root();
  const dir = tempDir('zsh');
  const file = join(dir, 'azcp.zsh');
  const matches = join(dir, 'matches.txt');
  const ready = join(dir, 'ready');
  const completed = join(dir, 'completed');
  const done = join(dir, 'done');
  writeFileSync(file, script);
  // The interactive zsh reads this as its .zshrc (ZDOTDIR), so it is loaded
  // before the first prompt and nothing has to be typed ahead of it.
  writeFileSync(
    join(dir, '.zshrc'),
    [
      `module_path=(${sq(join(r, 'usr', 'lib', 'x86_64-linux-gnu', 'zsh', '5.9'))})`,
      `fpath=(${sq(join(r, 'usr', 'share', 'zsh', 'functions'))}/**/*(/N))`,
      'autoload -U compinit; compinit -u -D',
      `source ${sq(file)}`,
      // Each match the completion system adds, one a line, then added as usual.
      `compadd () { local -a __hits __dscr; builtin compadd -A __hits -D __dscr "$@"; local h; for h in $__hits; do print -r -- "$h" >> ${sq(matches)}; done; builtin compadd "$@" }`,
      // Tab completes, then says so: a completion with no match writes no
      // match, so the end of the completion needs its own mark.
      `azcp-test-complete () { zle complete-word; : >| ${sq(completed)} }`,
      'zle -N azcp-test-complete',
      "bindkey '^I' azcp-test-complete",
      // The line editor is reading: keys typed from now on are not dropped.
      `zle-line-init () { : >| ${sq(ready)} }`,
      'zle -N zle-line-init',
      "PROMPT='> '",
      '',
    ].join('\n'),
  );
  if (spawnSync('script', ['--version']).error) throw new Error('the zsh completion test needs `script` (util-linux) for a terminal');
  // Typed into the terminal, each step once zsh has shown it is ready for it
  // (a fixed pause lost keys on a loaded machine): the line and a Tab once the
  // line editor reads, then (once the completion has ended) erase it, say
  // done and leave.
  const waitFor = (f: string) => `i=0; while [ ! -e ${sq(f)} ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done`;
  const feed = [waitFor(ready), `printf '%s' ${sq(`${line}\t`)}`, waitFor(completed), `printf '%s' ${sq(`\x15: > ${sq(done)}; exit\n`)}`, 'sleep 0.5'].join('; ');
  const out = spawnSync('sh', ['-c', `(${feed}) | script -qfec ${sq(`${sq(join(r, 'bin', 'zsh'))} -d -i`)} /dev/null`], {
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, ZDOTDIR: dir, TERM: 'dumb' },
    timeout: 90_000,
  });
  if (!existsSync(ready)) throw new Error(`zsh's line editor never started (status ${out.status}): ${out.stdout}${out.stderr}`);
  if (!existsSync(completed)) throw new Error(`zsh did not complete the line (status ${out.status}): ${out.stdout}${out.stderr}`);
  if (!existsSync(done)) throw new Error(`zsh did not finish the line (status ${out.status}): ${out.stdout}${out.stderr}`);
  return existsSync(matches) ? [...new Set(readFileSync(matches, 'utf8').split('\n').filter(Boolean))] : [];
}
