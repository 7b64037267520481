// The job's proof: both sides compared name by name, in constant memory.
// After a job that wrote anything, both sides are listed again and compared;
// what the report says matched is what the listings say now. A job that
// wrote nothing (a no-op sync) is reconciled from the listings it just made
// while planning — they are the current state, and listing a million blobs
// twice to prove that nothing changed would double the cost of every
// nightly sync.
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

export class Reconciler {
  private readonly r: Reconciliation = {
    basis: 'relisted',
    sourceCount: 0,
    sourceBytes: 0,
    destinationCount: 0,
    destinationBytes: 0,
    matched: 0,
    missing: 0,
    sizeMismatch: 0,
    hashMismatch: 0,
    extra: 0,
    extraIsDifference: false,
    ok: true,
    differences: [],
  };

  constructor(private readonly o: ReconcileOptions) {}

  private note(path: string, problem: string): void {
    if (this.r.differences.length < DIFFERENCES_KEPT) this.r.differences.push({ path, problem });
  }

  async add(name: string, s: Entry | undefined, d: Entry | undefined): Promise<void> {
    const r = this.r;
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
      this.note(name, 'missing at the destination');
      return;
    }
    if (!s && d) {
      r.extra++;
      if (this.o.extraIsDifference) this.note(name, 'at the destination but not at the source');
      return;
    }
    if (!s || !d) return;
    // A copy told not to overwrite leaves a different file in place on
    // purpose: that is the user's policy, not a difference.
    // So does a sync under --overwrite ifSourceNewer that keeps a
    // destination not older than its source: counted, and expected.
    const policy = this.o.rules.command === 'copy' || this.o.rules.overwrite === 'ifSourceNewer' ? decide({ name, source: s, destination: d }, this.o.rules) : undefined;
    const keptByPolicy = policy?.kind === 'skip' && (this.o.rules.command === 'copy' || policy.keptNewer === true);
    const kept = () => {
      r.matched++;
      if (this.o.rules.command === 'sync') r.keptNewerAtDestination = (r.keptNewerAtDestination ?? 0) + 1;
    };
    if (s.size !== d.size) {
      if (keptByPolicy) kept();
      else {
        r.sizeMismatch++;
        this.note(name, `size ${s.size} at the source, ${d.size} at the destination`);
      }
      return;
    }
    let sourceMd5 = s.md5;
    if (sourceMd5 === undefined && d.md5 !== undefined && this.o.hashSource) sourceMd5 = await this.o.hashSource(s);
    if (sourceMd5 !== undefined && d.md5 !== undefined && sourceMd5 !== d.md5) {
      if (keptByPolicy) return kept();
      r.hashMismatch++;
      this.note(name, `MD5 ${sourceMd5} at the source, ${d.md5} at the destination`);
      return;
    }
    r.matched++;
  }

  result(basis: Reconciliation['basis']): Reconciliation {
    const r = this.r;
    r.basis = basis;
    r.extraIsDifference = this.o.extraIsDifference;
    r.ok = r.missing === 0 && r.sizeMismatch === 0 && r.hashMismatch === 0 && (!r.extraIsDifference || r.extra === 0);
    return { ...r, differences: [...r.differences] };
  }
}

export async function reconcile(source: AsyncIterable<Entry>, destination: AsyncIterable<Entry>, o: ReconcileOptions): Promise<Reconciliation> {
  const rec = new Reconciler(o);
  for await (const pair of mergeJoin(source, destination)) await rec.add(pair.name, pair.source, pair.destination);
  return rec.result('relisted');
}
