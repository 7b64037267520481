// After the transfers: list both sides again and compare, name by name, in
// constant memory. This is the job's proof, not its assumption: what the
// report says matched is what the listings say now.
import { mergeJoin, decide, type PlanRules } from '../engine/diff.ts';
import type { Entry } from '../engine/types.ts';
import type { Reconciliation } from './types.ts';

const DIFFERENCES_KEPT = 50;

export interface ReconcileOptions {
  rules: PlanRules;
  /** Extra destination objects count against the result (sync that deletes). */
  extraIsDifference: boolean;
  /** Hash a source entry when both sides could be compared by MD5. */
  hashSource?: (e: Entry) => Promise<string | undefined>;
}

export async function reconcile(source: AsyncIterable<Entry>, destination: AsyncIterable<Entry>, o: ReconcileOptions): Promise<Reconciliation> {
  const r: Reconciliation = {
    sourceCount: 0,
    sourceBytes: 0,
    destinationCount: 0,
    destinationBytes: 0,
    matched: 0,
    missing: 0,
    sizeMismatch: 0,
    hashMismatch: 0,
    extra: 0,
    ok: true,
    differences: [],
  };
  const note = (path: string, problem: string) => {
    if (r.differences.length < DIFFERENCES_KEPT) r.differences.push({ path, problem });
  };
  for await (const pair of mergeJoin(source, destination)) {
    const { source: s, destination: d } = pair;
    if (s) {
      r.sourceCount++;
      r.sourceBytes += s.size;
    }
    if (d) {
      r.destinationCount++;
      r.destinationBytes += d.size;
    }
    if (s && !d) {
      r.missing++;
      note(pair.name, 'missing at the destination');
      continue;
    }
    if (!s && d) {
      r.extra++;
      if (o.extraIsDifference) note(pair.name, 'at the destination but not at the source');
      continue;
    }
    if (!s || !d) continue;
    // A copy told not to overwrite leaves a different file in place on
    // purpose: that is the user's policy, not a difference.
    const keptByPolicy = o.rules.command === 'copy' && decide(pair, o.rules)?.kind === 'skip';
    if (s.size !== d.size) {
      if (keptByPolicy) r.matched++;
      else {
        r.sizeMismatch++;
        note(pair.name, `size ${s.size} at the source, ${d.size} at the destination`);
      }
      continue;
    }
    let sourceMd5 = s.md5;
    if (sourceMd5 === undefined && d.md5 !== undefined && o.hashSource) sourceMd5 = await o.hashSource(s);
    if (sourceMd5 !== undefined && d.md5 !== undefined && sourceMd5 !== d.md5 && !keptByPolicy) {
      r.hashMismatch++;
      note(pair.name, `MD5 ${sourceMd5} at the source, ${d.md5} at the destination`);
      continue;
    }
    r.matched++;
  }
  r.ok = r.missing === 0 && r.sizeMismatch === 0 && r.hashMismatch === 0 && (!o.extraIsDifference || r.extra === 0);
  return r;
}
