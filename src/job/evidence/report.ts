// Turns a finished job into its evidence: report.json (machine-readable),
// summary.md (what the CI step publishes) and the one-line verdict.
import type { JobReport, Counts, Reconciliation, JobStatus } from '../types.ts';
import { formatBytes, formatDuration, throughput } from './format.ts';
import { printable } from '../printable.ts';
import { publishedMarkdown } from './published.ts';

export const REPORT_LIST_CAP = 1000;

/** Status and exit code from what happened. Only a clean, reconciled job is 0. */
export function verdict(input: {
  cancelled: boolean;
  dryRun: boolean;
  fatal?: string;
  counts: Counts;
  reconciliation?: Reconciliation;
  /** Source paths that could not be read: what they held was not moved. */
  unreadable?: number;
  /** The message of a clean run, for commands that say it their own way. */
  success?: string;
  /** Downloads that could not be verified against a Content-MD5. */
  notVerifiedByMd5?: number;
  /** A CDN purge that failed (purgeFailure fail). */
  purgeFailed?: string;
}): { status: JobStatus; exitCode: number; message: string } {
  const { counts, reconciliation } = input;
  if (input.cancelled) return { status: 'Cancelled', exitCode: 1, message: `Cancelled after ${counts.transferred} of ${counts.total} transfers; resume to finish.` };
  if (input.fatal) return { status: 'Failed', exitCode: 1, message: input.fatal };
  if (input.dryRun) return { status: 'DryRun', exitCode: 0, message: `Dry run: nothing was changed.` };
  const problems: string[] = [];
  if (counts.failed > 0) problems.push(`${counts.failed} failed`);
  // An unreadable folder drops out of both listings, so the reconciliation
  // cannot see what it held: it has to be counted here.
  if (input.unreadable) problems.push(`${input.unreadable} source path(s) could not be read, so what they hold was not copied`);
  if (reconciliation && !reconciliation.ok) {
    const r = reconciliation;
    const parts = [
      r.missing && `${r.missing} missing at the destination`,
      r.sizeMismatch && `${r.sizeMismatch} with a different size`,
      r.hashMismatch && `${r.hashMismatch} with a different MD5`,
      r.extraIsDifference && r.extra && `${r.extra} extra at the destination`,
    ].filter(Boolean);
    problems.push(`reconciliation found ${parts.join(', ')}`);
  }
  if (input.purgeFailed) problems.push(input.purgeFailed);
  if (problems.length === 0) {
    if (input.success) return { status: 'Completed', exitCode: 0, message: input.success };
    // Objects only at the destination are fine when nothing asked to delete
    // them, but "matches" would then overstate what was checked.
    const extra = reconciliation && !reconciliation.extraIsDifference ? reconciliation.extra : 0;
    let outcome = extra > 0
      ? `every source object is at the destination, which also keeps ${extra} object(s) the source does not have`
      : 'the destination matches the source';
    // Kept by --overwrite ifSourceNewer: expected, but not "matches".
    const kept = counts.keptNewerAtDestination ?? 0;
    if (kept > 0) outcome += `, except ${kept} object(s) newer at the destination, kept by overwrite ifSourceNewer`;
    if (input.notVerifiedByMd5) outcome += ` (${input.notVerifiedByMd5} download(s) not verified against a Content-MD5: see the warning)`;
    return { status: 'Completed', exitCode: 0, message: `Completed: ${counts.transferred} transferred, ${counts.skipped} skipped, ${counts.deleted} deleted; ${outcome}.` };
  }
  const status: JobStatus = counts.transferred > 0 || counts.skipped > 0 || counts.deleted > 0 ? 'CompletedWithErrors' : 'Failed';
  return { status, exitCode: 1, message: `${status === 'Failed' ? 'Failed' : 'Completed with errors'}: ${problems.join('; ')}.` };
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function summaryMarkdown(r: JobReport): string {
  const icon = r.exitCode === 0 ? '✅' : r.status === 'Cancelled' ? '⏹️' : '❌';
  const lines: string[] = [];
  lines.push(`## ${icon} azcp ${r.command}: ${r.status}`);
  lines.push('');
  lines.push(r.message);
  lines.push('');
  lines.push(`- Source: \`${r.source}\``);
  if (r.destination) lines.push(`- Destination: \`${r.destination}\``);
  lines.push(`- Job: \`${r.jobId}\` · ${formatDuration(r.durationMs)} · ${throughput(r.counts.bytes, r.durationMs)}`);
  lines.push('');
  lines.push('| In scope | Transferred | Skipped | Deleted | Failed | Bytes | Retries |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  const c = r.counts;
  lines.push(`| ${c.total} | ${c.transferred} | ${c.skipped} | ${c.deleted} | ${c.failed} | ${formatBytes(c.bytes)} | ${r.retries} |`);
  lines.push('');
  if (r.reconciliation) {
    const x = r.reconciliation;
    lines.push(`### Reconciliation: ${x.ok ? 'matched' : 'DIFFERENCES FOUND'}`);
    lines.push('');
    lines.push(x.basis === 'planning' ? '_Nothing was written, so the listings made while planning are the proof._' : '_Both sides were listed again: the source once every transfer had started, the destination after they all ended._');
    lines.push('');
    lines.push('| | Objects | Bytes |');
    lines.push('|---|---:|---:|');
    lines.push(`| Source | ${x.sourceCount} | ${formatBytes(x.sourceBytes)} |`);
    lines.push(`| Destination | ${x.destinationCount} | ${formatBytes(x.destinationBytes)} |`);
    lines.push('');
    lines.push(`Matched ${x.matched} · missing ${x.missing} · size differs ${x.sizeMismatch} · MD5 differs ${x.hashMismatch} · extra at destination ${x.extra}`);
    if (x.differences.length) {
      lines.push('');
      for (const d of x.differences.slice(0, 20)) lines.push(`- \`${escapeCell(d.path)}\`: ${escapeCell(d.problem)}`);
    }
    lines.push('');
  } else if (r.shard && r.status !== 'DryRun') {
    lines.push(`### Reconciliation: by the merge (this is shard ${r.shard.index} of ${r.shard.count})`);
    lines.push('');
    const d = r.shardPlan?.deferredDeletions.count ?? 0;
    lines.push(`_This shard did its transfers${d ? ` and wrote down ${d} deletion(s) without doing them` : ''}; \`azcp jobs merge\` applies the delete guards, deletes and reconciles once for the whole job._`);
    lines.push('');
  } else if (r.status !== 'DryRun' && (r.command === 'copy' || r.command === 'sync')) {
    lines.push('### Reconciliation: not done (the job did not get that far)');
    lines.push('');
  }
  if (r.shards?.length) {
    lines.push(`### Shards (${r.shards.length})`);
    lines.push('');
    lines.push('| Shard | Job | Status | Files | Transferred | Failed | Bytes | Duration | Retries | Deletions planned | Runner |');
    lines.push('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const s of r.shards) {
      lines.push(`| ${s.index}/${s.count} | \`${s.jobId}\` | ${s.status} | ${s.files} | ${s.transferred} | ${s.failed} | ${formatBytes(s.bytes)} | ${formatDuration(s.durationMs)} | ${s.retries} | ${s.deferredDeletions} | ${escapeCell(s.runner)} |`);
    }
    lines.push('');
  }
  for (const para of overwriteRuleSentences(r)) {
    lines.push(para.sentence);
    lines.push('');
    for (const p of para.paths.slice(0, 20)) lines.push(`- \`${escapeCell(p)}\``);
    if (para.total > Math.min(20, para.paths.length)) lines.push(`- … ${para.total - Math.min(20, para.paths.length)} more in report.json`);
    if (para.paths.length) lines.push('');
  }
  lines.push(...publishedMarkdown(r));
  if (r.failuresTotal > 0) {
    lines.push(`### Failures (${r.failuresTotal})`);
    lines.push('');
    lines.push('| Path | Error |');
    lines.push('|---|---|');
    for (const f of r.failures.slice(0, 20)) lines.push(`| \`${escapeCell(f.path)}\` | ${escapeCell(f.error)} |`);
    if (r.failuresTotal > 20) lines.push(`| … | ${r.failuresTotal - 20} more in report.json and transfers.jsonl |`);
    lines.push('');
  }
  if (r.warnings.length) {
    lines.push('### Warnings');
    lines.push('');
    for (const w of r.warnings.slice(0, 20)) lines.push(`- ${escapeCell(w)}`);
    lines.push('');
  }
  return lines.map(printable).join('\n') + '\n';
}

/** One warning for every download not verified end to end: "matches" must not claim more than was checked. */
export function unverifiedWarning(v: { endToEnd: number; inTransit: number; none: number }, checkMd5: string): string {
  const parts: string[] = [];
  if (v.inTransit) parts.push(`${v.inTransit} download(s) had no Content-MD5 to verify against: their bytes were checked range by range in transit only (use --check-md5 FailIfDifferentOrMissing to fail them instead)`);
  if (v.none) parts.push(`${v.none} download(s) were not verified at all${checkMd5 === 'NoCheck' ? ' (--check-md5 NoCheck)' : ' (the service sent a range without its MD5)'}`);
  return parts.join('; ');
}

/**
 * What a sync's --overwrite rule left different from the source, or
 * replaced, in plain sentences (both summaries use these): objects kept
 * because the destination is newer (ifSourceNewer), and transfers that
 * replaced a destination newer than its source (the default rule).
 */
export function overwriteRuleSentences(r: JobReport): Array<{ sentence: string; paths: string[]; total: number }> {
  const out: Array<{ sentence: string; paths: string[]; total: number }> = [];
  const kept = r.counts.keptNewerAtDestination ?? 0;
  const dry = r.status === 'DryRun';
  if (kept > 0) {
    out.push({
      sentence: `${kept} object${kept === 1 ? '' : 's'} ${dry ? 'would differ' : kept === 1 ? 'differs' : 'differ'} from the source by choice: the destination was newer and --overwrite ifSourceNewer keeps it.`,
      paths: r.keptNewerAtDestination ?? [],
      total: kept,
    });
  }
  const replaced = r.counts.overwroteNewerAtDestination ?? 0;
  if (replaced > 0) {
    out.push({
      sentence: `${replaced} transfer${replaced === 1 ? '' : 's'} ${dry ? 'would replace' : 'replaced'} a destination newer than its source (sync makes the destination match; --overwrite ifSourceNewer keeps a newer destination).`,
      paths: r.overwroteNewerAtDestination ?? [],
      total: replaced,
    });
  }
  return out;
}
