// How another service reads an object of this one in a server-side copy:
// its URL with the source's SAS, with a read SAS signed with the account
// key, or with a bearer token. The same for every remote backend; only the
// signing of the SAS is the backend's own (its SDK), passed in.
//
// A credential for the source is made once and reused while it has this
// much life left: every new one is registered for redaction, and the set of
// registered secrets is scanned on every redact() — one per object would
// slow a job down as it goes (and a token per object would start, with the
// Azure CLI credential, one `az` process per object).
import { registerSecret } from '../auth/redact.ts';
import { registerSas } from '../auth/secrets.ts';
import type { StorageAuth } from '../auth/credential.ts';
import type { CopySource } from './side.ts';

const RENEW_BEFORE_MS = 60 * 60_000;
const SAS_LIFETIME_MS = 24 * 60 * 60_000;
const TOKEN_RENEW_BEFORE_MS = 5 * 60_000;

interface Cached {
  query?: string;
  bearer?: string;
  expiresAt: number;
}
/** Per connection (the key: a backend's connection object), so one job's sources share one credential. */
const cache = new WeakMap<object, Cached>();

export interface SourceAccessRequest {
  /** What the credential is cached under: the source side's connection. */
  owner: object;
  auth: StorageAuth;
  /** The object's URL, without a query. */
  url: string;
  /** With account-key auth: a read-only SAS query for the container (share), valid from `startsOn` to `expiresOn`. */
  signReadSas(startsOn: Date, expiresOn: Date): string;
  /** 'blob' or 'file', for messages. */
  noun: string;
}

export async function sourceAccess(r: SourceAccessRequest): Promise<Pick<CopySource, 'url' | 'authorization'>> {
  switch (r.auth.kind) {
    case 'sas':
      return { url: `${r.url}?${r.auth.sas}` };
    case 'key': {
      let cached = cache.get(r.owner);
      if (!cached?.query || cached.expiresAt - Date.now() < RENEW_BEFORE_MS) {
        const expiresAt = Date.now() + SAS_LIFETIME_MS;
        const query = r.signReadSas(new Date(Date.now() - 5 * 60_000), new Date(expiresAt));
        // Registered for redaction before it exists anywhere else.
        registerSas(query);
        cache.set(r.owner, (cached = { query, expiresAt }));
      }
      return { url: `${r.url}?${cached.query}` };
    }
    case 'token': {
      let cached = cache.get(r.owner);
      if (!cached?.bearer || cached.expiresAt - Date.now() < TOKEN_RENEW_BEFORE_MS) {
        const token = await r.auth.credential.getToken('https://storage.azure.com/.default');
        if (!token) throw new Error(`could not get a token to read the source ${r.noun}`);
        registerSecret(token.token);
        cache.set(r.owner, (cached = { bearer: token.token, expiresAt: token.expiresOnTimestamp }));
      }
      return { url: r.url, authorization: { scheme: 'Bearer', value: cached.bearer! } };
    }
    default:
      return { url: r.url };
  }
}
