// The saved sign-in says where to sign in (authorityHost) and with which
// certificate or federated token file. A session file that another user
// could plant or edit would make this user's next command send its client
// secret (AZCP_CLIENT_SECRET) or signed assertion to that user's server. So
// a session is read only from the user's own regular file, writable by
// nobody else, in a folder nobody else may write to (or a sticky one), and
// writing it never follows a link left at its temporary name.
//
// Real: the file system (the test runs as root or as a user; chown to
// another uid only where the test may).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp.ts';
import { readSession, writeSession, type Session } from '../src/auth/session.ts';
import { UsageError } from '../src/contract/errors.ts';

const session: Session = {
  version: 1, method: 'servicePrincipalSecret', tenantId: 't', clientId: 'c', authorityHost: 'https://login.microsoftonline.com',
  who: 'app', expiresOn: new Date().toISOString(), savedAt: new Date().toISOString(), tokenCache: 'none',
};
const posix = process.getuid !== undefined;

function place(): { dir: string; env: NodeJS.ProcessEnv; file: string } {
  const dir = join(tempDir('session-trust'), 'login');
  const env = { AZCP_LOGIN_DIR: dir };
  writeSession(session, env);
  return { dir, env, file: join(dir, 'session.json') };
}
const refused = (env: NodeJS.ProcessEnv) => assert.throws(() => readSession(env), (e: Error) => e instanceof UsageError && /is not used/.test(e.message));

test('the user\'s own session, in a folder of its own, is read', () => {
  const { env } = place();
  assert.equal(readSession(env)?.authorityHost, session.authorityHost);
});

test('a session file others may write to, or a link to one, is not used', { skip: !posix }, () => {
  const a = place();
  chmodSync(a.file, 0o666);
  refused(a.env);

  const b = place();
  const planted = join(tempDir('session-elsewhere'), 'planted.json');
  writeFileSync(planted, JSON.stringify({ ...session, authorityHost: 'https://attacker.example' }), { mode: 0o600 });
  rmSync(b.file);
  symlinkSync(planted, b.file);
  refused(b.env);
});

test('a session in a folder everyone may write to (not sticky) is neither read nor written', { skip: !posix }, () => {
  const a = place();
  chmodSync(a.dir, 0o777);
  refused(a.env);
  assert.throws(() => writeSession(session, a.env), (e: Error) => e instanceof UsageError && /AZCP_LOGIN_DIR/.test(e.message));
  // Group-writable (umask 002, a group of one's own) is the user's choice.
  chmodSync(a.dir, 0o775);
  assert.equal(readSession(a.env)?.method, session.method);
  // Sticky, as /tmp: others cannot replace the user's file there.
  chmodSync(a.dir, 0o1777);
  assert.equal(readSession(a.env)?.method, session.method);
});

test("a session file owned by another user is not used", { skip: !posix || process.getuid!() !== 0 }, () => {
  const a = place();
  chownSync(a.file, 65534, 65534);
  refused(a.env);
});

test('a link planted at the temporary name is not written through', { skip: !posix }, () => {
  const dir = join(tempDir('session-link'), 'login');
  mkdirSync(dir, { mode: 0o700 });
  const victim = join(tempDir('session-victim'), 'important.txt');
  writeFileSync(victim, 'precious');
  symlinkSync(victim, join(dir, `session.json.${process.pid}.tmp`));
  writeSession(session, { AZCP_LOGIN_DIR: dir });
  assert.equal(readFileSync(victim, 'utf8'), 'precious', 'the file the link pointed at was overwritten');
  assert.equal(readSession({ AZCP_LOGIN_DIR: dir })?.method, session.method);
});
