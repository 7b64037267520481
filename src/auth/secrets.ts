// Which strings of an input are secrets, in one place: what the job
// registers for redaction, and what a CI host masks for each input.
import type { AuthInputs } from '../contract/options.ts';
import { registerSecret } from './redact.ts';

/**
 * A SAS (without '?'): the whole query and its signature. Registered in this
 * order, redaction writes a whole SAS as `REDACTED`; with `fieldsReadable`
 * the signature goes first, so it writes `…&sp=rl&sig=REDACTED` and what the
 * SAS allows stays readable (how a SAS in a URL has always been shown).
 */
export function sasParts(sas: string, fieldsReadable = false): string[] {
  const sig = new URLSearchParams(sas).get('sig');
  const parts = sig ? [sas, sig] : [sas];
  return fieldsReadable ? parts.reverse() : parts;
}

export function registerSas(sas: string | undefined, fieldsReadable = false): void {
  if (!sas) return;
  for (const part of sasParts(sas, fieldsReadable)) registerSecret(part);
}

/** What parseJobOptions registers: the sasToken (and its signature), the account key, the connection string and its AccountKey. */
export function registerInputSecrets(auth: AuthInputs): void {
  registerSas(auth.sasToken);
  registerSecret(auth.accountKey);
  registerSecret(auth.connectionString);
  if (auth.connectionString) registerSecret(/AccountKey=([^;]+)/i.exec(auth.connectionString)?.[1]);
}

/**
 * What a CI host masks for one input's value (trimmed, in this order):
 * sasToken: the value, without '?', its signature; accountKey: the value;
 * connectionString: the value, its AccountKey, its SharedAccessSignature;
 * source/destination: a URL's query and signature, when it has a signature.
 */
export function secretPartsOf(input: string, value: string): string[] {
  const v = value.trim();
  if (!v) return [];
  const out: Array<string | undefined | null> = [];
  if (input === 'source' || input === 'destination') {
    const q = /^https?:\/\//i.test(v) ? v.indexOf('?') : -1;
    if (q >= 0) {
      const query = v.slice(q + 1);
      const sig = new URLSearchParams(query).get('sig');
      if (sig) out.push(query, sig);
    }
  } else {
    out.push(v);
    if (input === 'sasToken') {
      const q = v.replace(/^\?/, '');
      out.push(q, new URLSearchParams(q).get('sig'));
    }
    if (input === 'connectionString') out.push(/AccountKey=([^;]+)/i.exec(v)?.[1], /SharedAccessSignature=([^;]+)/i.exec(v)?.[1]);
  }
  return out.filter((s): s is string => !!s && !!s.trim()).map((s) => s.trim());
}
