// The few lines a terminal user reads when a job ends (summary.md is the
// CI hosts' fuller version, written by the job).
import type { JobReport } from '../../job/types.ts';
import { formatBytes, formatDuration, throughput } from '../../job/evidence/format.ts';
import { printable } from '../../job/printable.ts';
import { overwriteRuleSentences } from '../../job/evidence/report.ts';
import { publishedText } from '../../job/evidence/published.ts';

/** The few lines a terminal user reads at the end. */
export function summaryText(r: JobReport): string {
  const c = r.counts;
  const out: string[] = [];
  out.push(`Job ${r.jobId} ${r.status} in ${formatDuration(r.durationMs)} (${throughput(c.bytes - (r.resume?.bytesEarlier ?? 0), r.durationMs)})`);
  out.push(`  in scope ${c.total} · transferred ${c.transferred} (${formatBytes(c.bytes)}) · skipped ${c.skipped} · deleted ${c.deleted} · failed ${c.failed} · retries ${r.retries}`);
  if (r.resume) {
    // The counts above are the whole job's; this says how much of it came before this run.
    out.push(`  resumed: earlier runs of this job did ${r.resume.completedEarlier} of the transfers and ${r.resume.deletedEarlier ?? 0} of the deletions, and sent ${formatBytes(r.resume.bytesEarlier)} of the bytes`);
  }
  if (r.reconciliation) {
    const x = r.reconciliation;
    out.push(`  reconciliation${x.basis === 'planning' ? ' (from the planning listings: nothing was written)' : ''}: ${x.ok ? 'OK' : 'DIFFERENCES'} — source ${x.sourceCount} (${formatBytes(x.sourceBytes)}), destination ${x.destinationCount} (${formatBytes(x.destinationBytes)}); matched ${x.matched}, missing ${x.missing}, size ${x.sizeMismatch}, md5 ${x.hashMismatch}, extra ${x.extra}`);
    for (const d of x.differences.slice(0, 5)) out.push(`    ${d.path}: ${d.problem}`);
  }
  for (const para of overwriteRuleSentences(r)) {
    out.push(`  ${para.sentence}`);
    for (const p of para.paths.slice(0, 5)) out.push(`    ${p}`);
    if (para.total > Math.min(5, para.paths.length)) out.push(`    … ${para.total - Math.min(5, para.paths.length)} more in ${r.reportPath}`);
  }
  out.push(...publishedText(r));
  for (const f of r.failures.slice(0, 10)) out.push(`  FAILED ${f.path}: ${f.error}`);
  if (r.failuresTotal > 10) out.push(`  … ${r.failuresTotal - 10} more failures: azcp jobs show ${r.jobId} --with-status Failed`);
  for (const w of r.warnings.slice(0, 5)) out.push(`  warning: ${w}`);
  out.push(`  ${r.message}`);
  out.push(`  evidence: ${r.jobFolder}`);
  return out.map(printable).join('\n');
}
