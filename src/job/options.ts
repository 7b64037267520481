// One validated JobOptions from raw inputs, with the same rules and the same
// messages for every host. The CLI turns --kebab-case flags into these
// camelCase keys; the CI hosts read inputs by exactly these names
// (../INTERFACE.md). Nothing here touches the network or the disk beyond
// resolving paths.
import { cpus, homedir } from 'node:os';
import { join } from 'node:path';
import { globProblem } from '../engine/glob-check.ts';
import { parseLocation, destinationProblem } from '../storage/backends.ts';
import type { Location } from '../contract/location.ts';
import {
  ACCESS_TIERS, CHECK_MD5, COMPARE_HASH, FROM_TO, LOG_LEVELS, MODES, OUTPUT_TYPES, OVERWRITE,
  type AuthInputs, type AuthKind, type FilterOptions, type JobOptions, type MaxDelete, type RawInputs,
} from '../contract/options.ts';
import { registerInputSecrets } from '../auth/secrets.ts';
import { UsageError } from '../contract/errors.ts';
import { refuseOverlap } from './overlap.ts';
import { MAX_SHARDS, resolveShard } from './shard.ts';
import { SECRET_INPUTS, type InputKey } from '../contract/inputs.ts';
import { parseBlobTags } from './publish/blob-tags.ts';
import { parseGlobList, parseHeaderRulesInput, parsePurge } from './publish/options.ts';
import { uploadLastGlobs } from './publish/upload-last-globs.ts';

// Inputs whose values are secrets (masked by CI hosts, kept out of job.json,
// redacted everywhere else): derived from the input table.
export { SECRET_INPUTS };

export { MAX_SHARDS };

export const DEFAULT_CONCURRENCY = Math.min(64, Math.max(16, cpus().length * 16));

function str(raw: RawInputs, key: InputKey): string | undefined {
  const v = raw[key];
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

export function parseBool(raw: RawInputs, key: InputKey, fallback: boolean, flag: string = key): boolean {
  const v = raw[key];
  if (v === undefined || v === '') return fallback;
  if (typeof v === 'boolean') return v;
  const s = v.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(s)) return true;
  if (['false', 'no', '0', 'off'].includes(s)) return false;
  throw new UsageError(`${flag} must be true or false, not "${v}"`);
}

function oneOf<T extends string>(raw: RawInputs, key: InputKey, allowed: readonly T[], fallback: T, flag: string): T {
  const v = str(raw, key);
  if (v === undefined) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (!hit) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${v}"`);
  return hit;
}

/** Lists accept one item a line or ';'-separated. */
export function parseList(value: string | boolean | undefined): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return value
    .split(/[;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A number's text. A value given but blank (`--block-size-mb ''`) is a
 * mistake, not "use the default": CI hosts drop blank inputs before this,
 * so only a command line can bring one.
 */
function numberText(raw: RawInputs, key: InputKey, flag: string, example: string): string | undefined {
  const v = raw[key];
  if (typeof v === 'string' && v.trim() === '') throw new UsageError(`${flag} is empty: give a number, e.g. ${flag} ${example}, or leave the option out`);
  return str(raw, key);
}

function positiveInt(raw: RawInputs, key: InputKey, flag: string, min: number, max: number): number | undefined {
  const v = numberText(raw, key, flag, String(min));
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new UsageError(`${flag} must be from ${min} to ${max}; got ${n}`);
  return n;
}

function parseDate(raw: RawInputs, key: InputKey, flag: string): number | undefined {
  const v = str(raw, key);
  if (v === undefined) return undefined;
  // ISO 8601 only: Date.parse accepts many loose forms ("1", "May 3") that
  // would silently filter everything away.
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) {
    throw new UsageError(`${flag} must be an ISO 8601 date or time such as 2026-01-31 or 2026-01-31T12:00:00Z; got "${v}"`);
  }
  const t = Date.parse(v);
  // Date.parse rolls 2026-02-30 over to March 2nd: a date that is not on
  // the calendar is a typo, not a filter.
  const [y, m, d] = v.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(t) || day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
    throw new UsageError(`${flag} is not a real date: "${v}"`);
  }
  return t;
}

export const DEFAULT_SYNC_MAX_DELETE: MaxDelete = { percent: 50 };

export function parseMaxDelete(value: string | undefined, flag = '--max-delete'): MaxDelete {
  if (value === undefined) return DEFAULT_SYNC_MAX_DELETE;
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(value.trim());
  if (!m) throw new UsageError(`${flag} must be a count (e.g. 100) or a percentage of the destination (e.g. 10%); got "${value}"`);
  const n = Number(m[1]);
  if (m[2]) {
    if (n < 0 || n > 100) throw new UsageError(`${flag} percentage must be from 0% to 100%; got ${value}`);
    return { percent: n };
  }
  if (!Number.isInteger(n)) throw new UsageError(`${flag} count must be a whole number; got ${value}`);
  return { count: n };
}

/** Printable ASCII (and tab): what an HTTP header value can carry as is. */
function headerSafe(value: string | undefined, what: string): void {
  if (value === undefined) return;
  const bad = /[^\t\x20-\x7e]/.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new UsageError(`${what} can hold only printable ASCII characters (it travels as an HTTP header); found U+${code}`);
  }
}

const RESERVED_METADATA = ['mtime', 'is_symlink'];

export function parseMetadata(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of parseList(value)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--metadata entries are key=value; got "${pair}"`);
    const key = pair.slice(0, eq).trim();
    // Metadata names must be valid C# identifiers (Azure's rule).
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new UsageError(`--metadata key "${key}" must start with a letter or '_' and hold only letters, digits and '_'`);
    // Metadata names are case-insensitive to the service: "Team" and "team"
    // are one name, and which value wins would be an accident.
    // azcp's own markers: `mtime` carries the source time that sync compares,
    // `is_symlink` makes a download create a link (--preserve-symlinks).
    // Set by hand they would forge either, so they are not the user's to set.
    if (RESERVED_METADATA.includes(key.toLowerCase())) throw new UsageError(`--metadata key "${key}" is one azcp sets itself (${RESERVED_METADATA.join(', ')}); choose another name`);
    const twin = Object.keys(out).find((k) => k.toLowerCase() === key.toLowerCase());
    if (twin !== undefined) throw new UsageError(`--metadata key "${key}" is given twice${twin === key ? '' : ` (as "${twin}": metadata names ignore case)`}; give each key once`);
    out[key] = pair.slice(eq + 1).trim();
  }
  return out;
}

function validRegexes(list: string[], flag: string): string[] {
  for (const r of list) {
    try {
      new RegExp(r);
    } catch (e) {
      throw new UsageError(`${flag} "${r}" is not a valid regular expression: ${(e as Error).message}`);
    }
  }
  return list;
}

/** Include/exclude globs must compile to what they say (engine/glob-check.ts). */
function validGlobs(list: string[], flag: string): string[] {
  for (const p of list) {
    const problem = globProblem(p);
    if (problem) throw new UsageError(`${flag} "${p}" ${problem}`);
  }
  return list;
}

const FROM_TO_KIND: Record<string, string> = { Local: 'local', Blob: 'blob', File: 'file' };

/** The backend kinds --from-to names (AzCopy's values). Trash is the one target of remove, list and make. */
function fromToKinds(fromTo: string, twoSided: boolean, command: string, flag: string): { source: string; destination?: string } {
  const [, from, to] = /^(Local|Blob|File)(Local|Blob|File|Trash)$/.exec(fromTo)!;
  if (twoSided === (to === 'Trash')) {
    throw new UsageError(twoSided ? `${flag} ${fromTo} is for remove, list and make; ${command} takes a pair such as LocalFile or FileBlob` : `${command} takes one URL: give ${flag} ${from}Trash, not ${fromTo}`);
  }
  return { source: FROM_TO_KIND[from], destination: to === 'Trash' ? undefined : FROM_TO_KIND[to] };
}

const AUTH_ALIASES: Record<string, AuthKind> = {
  auto: 'auto',
  sas: 'sas',
  key: 'key',
  'connection-string': 'connection-string',
  connectionstring: 'connection-string',
  'workload-identity': 'workload-identity',
  workloadidentity: 'workload-identity',
  oidc: 'oidc',
  'managed-identity': 'managed-identity',
  managedidentity: 'managed-identity',
  'azure-cli': 'azure-cli',
  azurecli: 'azure-cli',
  login: 'login',
};

/**
 * Validates raw inputs into JobOptions. `flagName` maps a camelCase key to
 * how this host spells it in messages (--include-pattern on the CLI,
 * includePattern in a CI step), so errors point at what the user typed.
 */
export function parseJobOptions(raw: RawInputs, flagName: (key: string) => string = (k) => k): JobOptions {
  const f = flagName;
  const mode = oneOf(raw, 'mode', MODES, 'copy', f('mode'));
  // A merge's options are its shards' (job/merge-options.ts reads their folders).
  if (mode === 'merge') throw new UsageError(`${f('mode')} merge takes its options from the shards' job folders: azcp jobs merge FOLDER... (CI: shardsFrom)`);
  const command = mode;
  const twoSided = command === 'copy' || command === 'sync';

  const sourceText = str(raw, 'source');
  if (!sourceText) {
    throw new UsageError(twoSided ? `${f('source')} is missing: say what to ${command} from` : `${f('source')} is missing: give the blob URL to ${command}`);
  }
  const fromTo = str(raw, 'fromTo') === undefined ? undefined : oneOf(raw, 'fromTo', FROM_TO, 'LocalBlob', f('fromTo'));
  const kinds = fromTo ? fromToKinds(fromTo, twoSided, command, f('fromTo')) : undefined;
  const source = parseLocation(sourceText, twoSided ? 'source' : 'target', kinds && { kind: kinds.source, said: `${f('fromTo')} ${fromTo}` });
  let destination: Location | undefined;
  if (twoSided) {
    const destText = str(raw, 'destination');
    if (!destText) throw new UsageError(`${f('destination')} is missing: say where to ${command} to`);
    destination = parseLocation(destText, 'destination', kinds && { kind: kinds.destination!, said: `${f('fromTo')} ${fromTo}` });
    if (!source.remote && !destination.remote) {
      throw new UsageError(`both ${f('source')} and ${f('destination')} are local paths; one of them must be a blob URL`);
    }
    // Every name written goes at or below this path: if it is already
    // too long, no name can be right.
    const problem = destinationProblem(destination);
    if (problem) throw new UsageError(`the ${f('destination')} cannot be written: ${problem}`);
  } else {
    if (str(raw, 'destination')) throw new UsageError(`${command} takes one URL; ${f('destination')} is not used`);
    if (!source.remote) throw new UsageError(`${command} works on a blob URL, not a local path: "${source.display}"`);
  }

  const filters: FilterOptions = {
    includePattern: validGlobs(parseList(raw.includePattern), f('includePattern')),
    excludePattern: validGlobs(parseList(raw.excludePattern), f('excludePattern')),
    includePath: parseList(raw.includePath).map((p) => p.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '')),
    excludePath: parseList(raw.excludePath).map((p) => p.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '')),
    includeRegex: validRegexes(parseList(raw.includeRegex), f('includeRegex')),
    excludeRegex: validRegexes(parseList(raw.excludeRegex), f('excludeRegex')),
    includeAfter: parseDate(raw, 'includeAfter', f('includeAfter')),
    includeBefore: parseDate(raw, 'includeBefore', f('includeBefore')),
  };
  if (filters.includeAfter !== undefined && filters.includeBefore !== undefined && filters.includeAfter > filters.includeBefore) {
    throw new UsageError(`${f('includeAfter')} is later than ${f('includeBefore')}: nothing could match`);
  }

  const deleteDestination = parseBool(raw, 'deleteDestination', false, f('deleteDestination'));
  if (deleteDestination && command !== 'sync') throw new UsageError(`${f('deleteDestination')} only applies to sync`);
  if (destination) refuseOverlap(source, destination, command as 'copy' | 'sync', deleteDestination, f);
  const compareHash = oneOf(raw, 'compareHash', COMPARE_HASH, 'none', f('compareHash'));
  const mirrorMode = parseBool(raw, 'mirrorMode', false, f('mirrorMode'));
  if (mirrorMode && compareHash === 'md5') throw new UsageError(`${f('mirrorMode')} copies everything; it cannot be combined with ${f('compareHash')} md5`);
  // sync: true (the default) makes the destination match the source;
  // ifSourceNewer is AzCopy's rule (newer wins). Never-overwrite is a copy.
  const overwrite = oneOf(raw, 'overwrite', OVERWRITE, 'true', f('overwrite'));
  if (command === 'sync' && overwrite === 'false') {
    throw new UsageError(`${f('overwrite')} false does not apply to sync: use copy ${f('overwrite')} false to add only what is missing, or sync ${f('overwrite')} ifSourceNewer to keep destination objects newer than their source`);
  }
  if (command === 'sync' && overwrite === 'ifSourceNewer' && mirrorMode) {
    throw new UsageError(`${f('mirrorMode')} transfers everything, which contradicts ${f('overwrite')} ifSourceNewer (keep a newer destination): choose one`);
  }
  if (command !== 'sync' && (str(raw, 'compareHash') || raw.mirrorMode !== undefined)) {
    throw new UsageError(`${f(str(raw, 'compareHash') ? 'compareHash' : 'mirrorMode')} only applies to sync`);
  }

  const blockSizeMb = numberText(raw, 'blockSizeMb', f('blockSizeMb'), '8');
  let blockSize: number | undefined;
  if (blockSizeMb !== undefined) {
    // Decimal only: Number() also reads '0x10', '1e3' and ' ' as numbers.
    const n = /^\d+(?:\.\d+)?$/.test(blockSizeMb) ? Number(blockSizeMb) : NaN;
    if (!Number.isFinite(n) || n <= 0 || n > 4000) throw new UsageError(`${f('blockSizeMb')} must be a number of MiB above 0 and at most 4000; got "${blockSizeMb}"`);
    blockSize = Math.round(n * 1024 * 1024);
    if (blockSize < 1) throw new UsageError(`${f('blockSizeMb')} is too small`);
  }

  const envConcurrency = process.env.AZCP_CONCURRENCY;
  let concurrency = positiveInt(raw, 'concurrency', f('concurrency'), 1, 1024);
  if (concurrency === undefined && envConcurrency) {
    concurrency = positiveInt({ concurrency: envConcurrency }, 'concurrency', 'AZCP_CONCURRENCY', 1, 1024);
  }

  const shardText = numberText(raw, 'shard', f('shard'), '2/4');
  // A shard's deletions wait for the merge, which finishes copies and syncs
  // only; a remove split N ways would apply its guard N times.
  if (shardText && !twoSided) throw new UsageError(`${f('shard')} splits a copy or sync over N machines; ${command} runs whole`);
  const shard: JobOptions['shard'] = shardText ? resolveShard(shardText, f('shard')) : undefined;
  // A shard stops before its deletions and the purge (they follow the
  // whole job, at the merge), and the merge does not purge yet: refuse the
  // pair rather than deploy with a CDN that silently keeps old files.
  if (shard && parseList(raw.purgeCdn).length > 0) throw new UsageError(`${f('purgeCdn')} cannot be combined with ${f('shard')}: purge the CDN in a step after the merge (a later sync with --purge-cdn, or the CDN's own purge)`);
  if (str(raw, 'listOfFiles') && !twoSided) throw new UsageError(`${f('listOfFiles')} applies to copy and sync`);

  const authText = (str(raw, 'authType') ?? str({ authType: raw.auth }, 'authType') ?? 'auto').toLowerCase();
  const authKind = AUTH_ALIASES[authText];
  if (!authKind) throw new UsageError(`${f('authType')} must be one of auto, sas, key, connection-string, workload-identity, managed-identity, azure-cli, login; got "${authText}"`);
  const auth: AuthInputs = {
    kind: authKind,
    clientId: str(raw, 'clientId'),
    tenantId: str(raw, 'tenantId'),
    audience: str(raw, 'audience'),
    sasToken: str(raw, 'sasToken')?.replace(/^\?/, ''),
    accountKey: str(raw, 'accountKey'),
    connectionString: str(raw, 'connectionString'),
  };
  registerInputSecrets(auth);

  const accessTierText = str(raw, 'accessTier');
  const accessTier = accessTierText ? oneOf(raw, 'accessTier', ACCESS_TIERS, 'Hot', f('accessTier')) : undefined;

  const followSymlinks = parseBool(raw, 'followSymlinks', false, f('followSymlinks'));
  const preserveSymlinks = parseBool(raw, 'preserveSymlinks', false, f('preserveSymlinks'));
  if (followSymlinks && preserveSymlinks) {
    throw new UsageError(`${f('followSymlinks')} and ${f('preserveSymlinks')} exclude each other: follow links to copy what they point at, or preserve them to copy the links themselves`);
  }

  const jobDir = str(raw, 'jobDir') ?? process.env.AZCP_JOB_DIR ?? join(homedir(), '.azcp', 'jobs');

  const options: JobOptions = {
    command,
    fromTo,
    source,
    destination,
    // sync works on whole trees by default (as AzCopy's sync does); copy asks.
    recursive: parseBool(raw, 'recursive', command === 'sync', f('recursive')),
    filters,
    overwrite,
    dryRun: parseBool(raw, 'dryRun', false, f('dryRun')),
    deleteDestination,
    maxDelete: numberText(raw, 'maxDelete', f('maxDelete'), '10%') === undefined ? undefined : parseMaxDelete(str(raw, 'maxDelete'), f('maxDelete')),
    allowEmptySource: parseBool(raw, 'allowEmptySource', false, f('allowEmptySource')),
    compareHash,
    mirrorMode,
    followSymlinks,
    preserveSymlinks,
    // Every blob azcp writes carries Content-MD5 unless told otherwise, so that
    // any later download can be verified.
    putMd5: parseBool(raw, 'putMd5', true, f('putMd5')),
    checkMd5: oneOf(raw, 'checkMd5', CHECK_MD5, 'FailIfDifferent', f('checkMd5')),
    blockSize,
    concurrency: concurrency ?? DEFAULT_CONCURRENCY,
    accessTier,
    contentType: str(raw, 'contentType'),
    guessMimeType: !parseBool(raw, 'noGuessMimeType', false, f('noGuessMimeType')),
    cacheControl: str(raw, 'cacheControl'),
    metadata: parseMetadata(str(raw, 'metadata')),
    headers: { contentEncoding: str(raw, 'contentEncoding'), contentDisposition: str(raw, 'contentDisposition'), contentLanguage: str(raw, 'contentLanguage') },
    headerRules: twoSided ? parseHeaderRulesInput(raw, f('headerRules')) : undefined,
    blobTags: parseBlobTags(str(raw, 'blobTags'), f('blobTags')),
    s2sPreserveProperties: parseBool(raw, 's2sPreserveProperties', true, f('s2sPreserveProperties')),
    s2sPreserveAccessTier: parseBool(raw, 's2sPreserveAccessTier', false, f('s2sPreserveAccessTier')),
    uploadLast: raw.uploadLast === undefined || parseList(raw.uploadLast).length === 0 ? undefined : parseGlobList(parseList(raw.uploadLast), f('uploadLast')),
    purge: twoSided ? parsePurge(raw, parseList(raw.purgeCdn), destination?.remote === true, f, (k, d) => parseBool(raw, k, d, f(k))) : undefined,
    shard,
    listOfFiles: str(raw, 'listOfFiles'),
    auth,
    jobDir,
    outputType: oneOf(raw, 'outputType', OUTPUT_TYPES, 'text', f('outputType')),
    logLevel: oneOf(raw, 'logLevel', LOG_LEVELS, 'info', f('logLevel')),
    failOnMismatch: parseBool(raw, 'failOnMismatch', true, f('failOnMismatch')),
    commandLine: String(raw.commandLine ?? ''),
    // job.json keeps the shard this run resolved (--shard auto): a resume
    // on another runner is the same shard.
    inputs: shard && String(raw.shard).trim().toLowerCase() === 'auto' ? { ...raw, shard: `${shard.index}/${shard.count}` } : raw,
  };
  // These travel as HTTP headers: a character a header cannot carry would
  // fail every upload of the job, one file at a time.
  headerSafe(options.contentType, f('contentType'));
  headerSafe(options.cacheControl, f('cacheControl'));
  headerSafe(options.headers.contentEncoding, f('contentEncoding'));
  headerSafe(options.headers.contentDisposition, f('contentDisposition'));
  headerSafe(options.headers.contentLanguage, f('contentLanguage'));
  for (const [key, value] of Object.entries(options.metadata)) headerSafe(value, `${f('metadata')} value of "${key}"`);
  // Each shard writes its upload-last group when its own part is done, not
  // when the whole job's is: pages would go live before the other shards
  // wrote what they reference. A site deploy runs as one job.
  const last = shard ? uploadLastGlobs(options) : [];
  if (last.length) {
    const why = options.uploadLast ? '' : ' (the default for a $web container)';
    throw new UsageError(`${f('uploadLast')} ${JSON.stringify(last.join(';'))}${why} cannot be combined with ${f('shard')}: each shard would put its pages live before the other shards had written what they reference; deploy the site as one job, without ${f('shard')}`);
  }
  if (options.accessTier === 'Archive' && command === 'sync') {
    throw new UsageError(`${f('accessTier')} Archive cannot be used with sync: archived blobs cannot be read back to compare`);
  }
  if (options.blockSize !== undefined && options.blockSize > 4000 * 1024 * 1024) {
    throw new UsageError(`${f('blockSizeMb')} is above Azure's 4000 MiB block limit`);
  }
  return options;
}
