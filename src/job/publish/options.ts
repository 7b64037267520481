// The static-site inputs of parseJobOptions: header rules (a file, or the
// rules inline), the header flags, blob tags, upload-last globs and the CDN
// purge. Same rules and messages for every host.
import { readFileSync } from 'node:fs';
import { UsageError } from '../../contract/errors.ts';
import { PURGE_FAILURE, type JobOptions, type RawInputs } from '../../contract/options.ts';
import type { InputKey } from '../../contract/inputs.ts';
import { parseHeaderRules } from '../../engine/header-rules.ts';
import { globProblem } from '../../engine/glob-check.ts';
import type { HeaderRules } from '../../contract/headers.ts';

/** An ARM id of an Azure Front Door Standard/Premium endpoint or a classic Azure CDN endpoint. */
export const CDN_ENDPOINT_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Cdn\/profiles\/[^/]+\/(afdEndpoints|endpoints)\/[^/]+$/i;

/** Rules text that is the rules themselves, not a file name: more than one line, or a line shaped like a rule. */
const looksInline = (v: string) => /[\r\n]/.test(v) || /^\s*\S+\s+[^\s:]+\s*:/.test(v);

/**
 * --header-rules FILE, or (any host) the rules inline. A file is read here,
 * while checking the inputs, so a bad rule is exit 2 before anything is written.
 */
export function parseHeaderRulesInput(raw: RawInputs, flag: string): HeaderRules | undefined {
  const v = raw.headerRules;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  if (looksInline(v)) return parseHeaderRules(v, flag);
  const path = v.trim();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${flag} "${path}" cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseHeaderRules(text, path);
}

export function parseGlobList(list: string[], flag: string): string[] {
  for (const g of list) {
    const problem = globProblem(g);
    if (problem) throw new UsageError(`${flag} "${g}" ${problem}`);
  }
  return list;
}

export function parsePurge(raw: RawInputs, endpoints: string[], destinationRemote: boolean, f: (k: InputKey) => string, bool: (k: InputKey, d: boolean) => boolean): JobOptions['purge'] {
  if (endpoints.length === 0) return undefined;
  // A CDN serves a container; a download has nothing of it to purge.
  if (!destinationRemote) throw new UsageError(`${f('purgeCdn')} purges what a job writes to a container: the ${f('destination')} must be a container URL`);
  for (const id of endpoints) {
    if (!CDN_ENDPOINT_ID.test(id)) {
      throw new UsageError(
        `${f('purgeCdn')} "${id}" is not the ARM id of a CDN endpoint: /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Cdn/profiles/PROFILE/afdEndpoints/NAME (Front Door Standard/Premium) or .../endpoints/NAME (classic CDN)`,
      );
    }
  }
  const maxText = typeof raw.purgeMaxPaths === 'string' ? raw.purgeMaxPaths.trim() : '';
  let maxPaths = 100;
  if (maxText !== '') {
    if (!/^\d+$/.test(maxText) || Number(maxText) < 1 || Number(maxText) > 10_000) throw new UsageError(`${f('purgeMaxPaths')} must be a whole number from 1 to 10000; got "${maxText}"`);
    maxPaths = Number(maxText);
  }
  const failText = typeof raw.purgeFailure === 'string' ? raw.purgeFailure.trim().toLowerCase() : '';
  if (failText !== '' && !(PURGE_FAILURE as readonly string[]).includes(failText)) throw new UsageError(`${f('purgeFailure')} must be one of ${PURGE_FAILURE.join(', ')}; got "${raw.purgeFailure}"`);
  return { endpoints, wait: bool('purgeWait', true), maxPaths, failure: (failText || 'fail') as 'fail' | 'warn' };
}
