// --output-type json for the commands that are not jobs (jobs list, jobs
// show, login status), as AzCopy prints them: jobs list one EndOfJob line
// with its ListJobsResponse; jobs show a GetJobSummary line with the job's
// ListJobSummaryResponse (--with-status: a ListJobTransfers line with its
// ListJobTransfersResponse), then EndOfJob with the same document; login
// status a LoginStatusInfo line (LoginStatusOutput), then EndOfJob (AzCopy's
// is empty; azcp's carries the same document, so every EndOfJob content is
// one). A tool reads them with the same parser as a job's lines. azcp's own
// fuller document rides along under a key named Azcp….
import type { JobReport } from '../../job/types.ts';
import type { TransferRecord } from '../../job/evidence/journal.ts';
import type { Session } from '../../auth/session.ts';
import { azcopyJobStatus, endOfJobContent, jsonLine, type MessageType } from './json-lines.ts';

/** What such a command prints: its document in a line of its own type (when AzCopy has one), then EndOfJob. */
export function documentLines(type: MessageType | undefined, content: object): string {
  return (type ? jsonLine(type, content) : '') + jsonLine('EndOfJob', content);
}

/** A job's status in AzCopy's words where it has them (a job running now is InProgress). */
function jobStatusOf(row: { status: string; transferred: number; skipped: number; failed: number; deleted: number; total: number; bytes: number }): string {
  if (row.status === 'Running') return 'InProgress';
  if (row.status === 'Interrupted' || row.status === 'Unreadable') return row.status;
  return azcopyJobStatus({ status: row.status as JobReport['status'], counts: row });
}

/** jobs list: AzCopy's ListJobsResponse (JobIDDetails: JobId, CommandString, StartTime in Unix seconds, JobStatus); azcp's rows under AzcpJobs. */
export function jobsListContent(rows: ReadonlyArray<{ jobId: string; command: string; status: string; startedAt: string; transferred: number; skipped: number; failed: number; deleted: number; total: number; bytes: number }>): object {
  return {
    ErrorMessage: '',
    JobIDDetails: rows.map((r) => ({
      JobId: r.jobId,
      CommandString: r.command,
      StartTime: r.startedAt ? Math.floor(Date.parse(r.startedAt) / 1000) : 0,
      JobStatus: jobStatusOf(r),
    })),
    AzcpJobs: rows,
  };
}

/** jobs show ID: the report as a job's EndOfJob shows it; a job with no report yet (running, or interrupted) says so. */
export function jobShowContent(id: string, report: JobReport | undefined, fallback: { status: string }): object {
  if (report) return endOfJobContent(report);
  return { ErrorMsg: '', JobID: id, CompleteJobOrdered: false, JobStatus: fallback.status === 'Running' ? 'InProgress' : fallback.status, AzcpReport: fallback };
}

const TRANSFER_STATUS: Record<TransferRecord['status'], string> = {
  Completed: 'Success',
  Deleted: 'Success',
  Failed: 'Failed',
  Skipped: 'SkippedEntityAlreadyExists',
  Cancelled: 'Cancelled',
  DryRun: 'NotStarted',
};

/** jobs show ID --with-status: AzCopy's ListJobTransfersResponse (Details: Src, Dst, TransferStatus…); each journal line under AzcpTransfer. */
export function jobTransfersContent(id: string, records: readonly TransferRecord[]): object {
  return {
    ErrorMsg: '',
    JobID: id,
    Details: records.map((t) => ({ Src: t.path, Dst: '', IsFolderProperties: false, TransferStatus: TRANSFER_STATUS[t.status] ?? t.status, TransferSize: t.size, ErrorCode: 0, AzcpTransfer: t })),
  };
}

/** AzCopy's names of its sign-in methods, for azcp's (AzCopy's AuthMethod in login status). */
const AUTH_METHOD: Record<string, string> = {
  deviceCode: 'Device',
  servicePrincipalSecret: 'SPN',
  servicePrincipalCertificate: 'SPN',
  managedIdentity: 'MSI',
  workloadIdentity: 'Workload',
  azureCli: 'AzCLI',
};

/** login status: AzCopy's LoginStatusOutput (valid, tenantID, AADEndpoint, authMethod); azcp's status under AzcpLoginStatus. */
export function loginStatusContent(s: Session | undefined, azcp: object): object {
  if (!s) return { valid: false, AzcpLoginStatus: azcp };
  const tenant = s.tokenTenantId ?? s.tenantId;
  return {
    // AzCopy: valid while a token can be had; azcp renews an expired one from the session on the next command.
    valid: true,
    ...(tenant ? { tenantID: tenant } : {}),
    AADEndpoint: s.authorityHost ?? 'https://login.microsoftonline.com',
    authMethod: AUTH_METHOD[s.method] ?? s.method,
    AzcpLoginStatus: azcp,
  };
}
