// Helpers to prove that no secret leaks into anything azcp prints or writes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The forms a secret travels in: raw, URL-encoded (once and twice), and with '+' as space. */
export function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret, encodeURIComponent(secret), encodeURIComponent(encodeURIComponent(secret))]);
  if (secret.includes('+')) forms.add(secret.replace(/\+/g, ' '));
  return [...forms].filter((f) => f.length >= 6);
}

/**
 * Fails if any of `secrets` (in any of the forms above) appears in any of
 * `texts`. The failure names the text and shows the surroundings with the
 * secret masked, so the assertion message itself never leaks it.
 */
export function assertNoSecrets(texts: string[] | Record<string, string>, secrets: string[]): void {
  const entries = Array.isArray(texts) ? texts.map((t, i) => [`text #${i}`, t] as const) : Object.entries(texts);
  assert.ok(secrets.length > 0, 'assertNoSecrets needs at least one secret to look for');
  const leaks: string[] = [];
  for (const [name, text] of entries) {
    for (const [si, secret] of secrets.entries()) {
      for (const form of secretForms(secret)) {
        const at = text.indexOf(form);
        if (at < 0) continue;
        const around = text.slice(Math.max(0, at - 60), at) + `<<SECRET #${si}>>` + text.slice(at + form.length, at + form.length + 60);
        leaks.push(`${name}: secret #${si} appears: …${around.replace(/\s+/g, ' ')}…`);
        break;
      }
    }
  }
  assert.deepEqual(leaks, [], `secrets leaked:\n${leaks.join('\n')}`);
}

/** Every file below a job folder (or the job root), by relative path → text. */
export function jobFolderTexts(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}
