// How a finished job becomes a CI step's outputs, its result and its summary.
import { join } from 'node:path';
import type { JobReport } from '../../job/types.ts';
import { redact } from '../../auth/redact.ts';

/** The step outputs (INTERFACE.md), as strings. */
export function stepOutputs(report: JobReport): Record<string, string> {
  return {
    jobId: report.jobId,
    status: report.status,
    filesTotal: String(report.counts.total),
    filesTransferred: String(report.counts.transferred),
    filesSkipped: String(report.counts.skipped),
    filesFailed: String(report.counts.failed),
    filesDeleted: String(report.counts.deleted),
    bytesTransferred: String(report.counts.bytes),
    // Property drift (sync with header rules or header flags); 0 otherwise.
    propertiesUpdated: String(report.counts.propertiesUpdated ?? 0),
    reconciled: String(report.reconciliation?.ok === true),
    reportPath: report.reportPath,
  };
}

export type StepResult = 'succeeded' | 'warning' | 'failed' | 'cancelled';

/**
 * How the step ends. It fails when the job's exit code is not 0, except when
 * failOnMismatch is false and the only problem is that the destination did
 * not reconcile: then it is a warning (SucceededWithIssues on Azure Pipelines).
 */
export function stepResult(report: JobReport, failOnMismatch: boolean): { result: StepResult; message: string } {
  const message = redact(report.message || `azcp ${report.command} ended ${report.status}`);
  const mismatch = report.reconciliation !== undefined && !report.reconciliation.ok;
  if (report.status === 'Cancelled') return { result: 'cancelled', message };
  if (report.exitCode === 0) return mismatch ? { result: 'warning', message } : { result: 'succeeded', message };
  const onlyMismatch = mismatch && report.counts.failed === 0 && report.failuresTotal === 0;
  if (!failOnMismatch && onlyMismatch) return { result: 'warning', message };
  return { result: 'failed', message };
}

/** The job folder's human summary. */
export function summaryPath(report: JobReport): string {
  return join(report.jobFolder, 'summary.md');
}
