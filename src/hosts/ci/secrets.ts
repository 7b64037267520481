// What a CI step masks: every secret an input carries, registered with the
// host's masking and with azcp's own redaction before anything is printed.
import { registerSecret } from '../../auth/redact.ts';
import { secretPartsOf } from '../../auth/secrets.ts';
import { SECRET_INPUTS, SECRET_CARRIERS, type StepInput } from '../../contract/inputs.ts';

/**
 * Every secret that an input carries: the secret inputs themselves, their
 * parts (a SAS signature, an AccountKey inside a connection string) and a
 * SAS query string written straight into source or destination.
 */
export function secretValues(get: (name: StepInput) => string | undefined): string[] {
  const out: string[] = [];
  for (const name of [...SECRET_INPUTS, ...SECRET_CARRIERS]) {
    for (const part of secretPartsOf(name, get(name) ?? '')) if (!out.includes(part)) out.push(part);
  }
  return out;
}

/**
 * Masks one secret value with the host (`mask`: core.setSecret or
 * tl.setSecret) and registers it with azcp's redaction. Runners mask line by
 * line, so a multi-line value (a PEM) is masked per line; armour lines such
 * as -----BEGIN PRIVATE KEY----- are not secret and are left alone.
 */
export function maskValue(value: string, mask: (value: string) => void): void {
  const lines = value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('-----'));
  for (const line of lines) {
    if (line.length < 6) continue;
    mask(line);
    const encoded = encodeURIComponent(line);
    if (encoded !== line) mask(encoded);
    registerSecret(line);
  }
  if (lines.length > 1) registerSecret(value.trim());
}

/**
 * Registers every secret input with the host's masking (`mask`) and with
 * azcp's own redaction. Call it before anything is printed.
 */
export function maskSecrets(get: (name: StepInput) => string | undefined, mask: (value: string) => void): void {
  for (const v of secretValues(get)) maskValue(v, mask);
}
