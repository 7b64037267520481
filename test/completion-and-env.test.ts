// azcp completion bash|zsh|fish (generated from the command and input
// tables) and azcp env (every AZCP_* variable; secrets only as set/unset).
// The bash script is sourced in a real bash and its completion function
// called the way bash calls it (COMP_WORDS, COMP_CWORD); the zsh script is
// loaded after compinit in a real zsh and a Tab typed in its line editor (in
// a terminal from `script`); the fish script is sourced in a real fish and
// asked with `complete -C`. zsh and fish come from Debian's packages,
// unpacked without root (test/helpers/shells.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { azcp, repoRoot } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { ENV_VARIABLES } from '../src/contract/env.ts';
import { assertNoSecrets } from './helpers/secrets.ts';
import { fishComplete, zshComplete } from './helpers/shells.ts';

async function bashComplete(words: string[]): Promise<string[]> {
  const script = join(tempDir('completion'), 'azcp.bash');
  writeFileSync(script, (await azcp(['completion', 'bash'])).stdout);
  const cmd = `source ${JSON.stringify(script)}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _azcp; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', cmd], { encoding: 'utf8', cwd: tempDir('completion-cwd') });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  return r.stdout.split('\n').filter(Boolean);
}

test('bash: the script, sourced in bash, completes commands, flags of the command, choice values and subcommands', async () => {
  assert.deepEqual(await bashComplete(['azcp', 'co']), ['copy', 'completion']);
  assert.deepEqual(await bashComplete(['azcp', 'copy', 'src', '--dry']), ['--dry-run']);
  // sync's own flag completes for sync, not for copy.
  assert.deepEqual(await bashComplete(['azcp', 'sync', '--delete-d']), ['--delete-destination']);
  assert.deepEqual(await bashComplete(['azcp', 'copy', '--delete-d']), []);
  assert.deepEqual(await bashComplete(['azcp', 'list', 'x', '--output-type', 'j']), ['json']);
  assert.deepEqual(await bashComplete(['azcp', 'login', '--service-p']), ['--service-principal']);
  assert.deepEqual(await bashComplete(['azcp', 'login', 'st']), ['status']);
  assert.deepEqual(await bashComplete(['azcp', 'completion', '']), ['bash', 'zsh', 'fish']);
});

for (const [shell, complete] of [
  ['zsh', zshComplete],
  ['fish', fishComplete],
] as const) {
  test(`${shell}: the script, loaded in a real ${shell}, completes commands, flags of the command, choice values and subcommands`, async () => {
    const script = (await azcp(['completion', shell])).stdout;
    const got = (line: string) => complete(script, line).sort();
    assert.deepEqual(got('azcp co'), ['completion', 'copy']);
    assert.deepEqual(got('azcp copy src --dry'), ['--dry-run']);
    assert.deepEqual(got('azcp sync --delete-d'), ['--delete-destination']);
    assert.deepEqual(got('azcp copy --delete-d'), [], 'copy has no --delete-destination');
    assert.deepEqual(got('azcp list x --output-type '), ['json', 'text']);
    assert.deepEqual(got('azcp login --service-p'), ['--service-principal']);
    assert.deepEqual(got('azcp login st'), ['status']);
    assert.deepEqual(got('azcp completion '), ['bash', 'fish', 'zsh']);
  });
}

test('zsh and fish scripts name every command and flag; an unknown shell is a usage error', async () => {
  const zsh = (await azcp(['completion', 'zsh'])).stdout;
  const fish = (await azcp(['completion', 'fish'])).stdout;
  assert.match(zsh, /^#compdef azcp/);
  assert.match(zsh, /'--output-type\[[^\]]*\]:value:\(text json\)'/);
  assert.match(fish, /complete -c azcp -n '__fish_seen_subcommand_from copy' -l dry-run/);
  assert.match(fish, /-l output-type -x -a 'text json'/);
  for (const c of ['copy', 'sync', 'list', 'make', 'remove', 'jobs', 'login', 'logout', 'env', 'completion']) {
    assert.match(zsh, new RegExp(`'${c}:`));
    assert.match(fish, new RegExp(`-a ${c} `));
  }
  const bad = await azcp(['completion', 'powershell']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /bash\|zsh\|fish/);
});

test('azcp env: each variable with its value or default; a secret\'s value never appears, only set/unset', async () => {
  const sas = 'sv=2024-01-01&sp=rl&sig=EnvSecretSignature0123456789%3D';
  const key = 'ZW52LWFjY291bnQta2V5LW5ldmVyLXByaW50ZWQ=';
  const env = { AZCP_SAS_TOKEN: sas, AZCP_ACCOUNT_KEY: key, AZCP_JOB_DIR: '/srv/azcp-jobs', AZCP_MAX_TRIES: '3' };
  const r = await azcp(['env'], env);
  assert.equal(r.code, 0, r.stderr);
  assertNoSecrets({ stdout: r.stdout, stderr: r.stderr }, [sas, key, 'EnvSecretSignature0123456789']);
  assert.match(r.stdout, /^AZCP_SAS_TOKEN +set \(secret: not shown\)$/m);
  assert.match(r.stdout, /^AZCP_ACCOUNT_KEY +set \(secret: not shown\)$/m);
  assert.match(r.stdout, /^AZCP_CONNECTION_STRING +unset$/m);
  assert.match(r.stdout, /^AZCP_JOB_DIR +\/srv\/azcp-jobs$/m);
  assert.match(r.stdout, /^AZCP_MAX_TRIES +3$/m);
  assert.match(r.stdout, /^AZCP_RETRY_DELAY_MS +unset \(default: 500\)$/m);
  for (const v of ENV_VARIABLES) assert.match(r.stdout, new RegExp(`^${v.name} `, 'm'));
});

test('azcp env lists every AZCP_* variable that src/ reads', () => {
  const read = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/AZCP_[A-Z0-9_]+/g)) read.add(m[0]);
    }
  };
  walk(join(repoRoot, 'src'));
  read.delete('AZCP_VERSION'); // the build's version constant, not the environment
  const listed = new Set(ENV_VARIABLES.map((v) => v.name));
  assert.deepEqual([...read].filter((n) => !listed.has(n)).sort(), []);
});

test('help for the new commands: azcp login --help, azcp help completion, azcp env --help, and the overview lists them', async () => {
  const login = await azcp(['login', '--help']);
  assert.equal(login.code, 0);
  assert.match(login.stdout, /azcp login --service-principal --application-id ID/);
  assert.match(login.stdout, /azcp login status/);
  assert.match(login.stdout, /azcp logout/);
  assert.match((await azcp(['help', 'completion'])).stdout, /azcp completion bash\|zsh\|fish/);
  assert.match((await azcp(['env', '--help'])).stdout, /shown only as set or unset/);
  const overview = (await azcp(['--help'])).stdout;
  for (const c of ['login', 'logout', 'env', 'completion']) assert.match(overview, new RegExp(`^  ${c} `, 'm'));
});
