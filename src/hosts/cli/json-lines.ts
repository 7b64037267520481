// --output-type json: AzCopy's JSON lines, so tools written for AzCopy's
// output read azcp's. One object a line on stdout:
//   {"TimeStamp": ISO 8601, "MessageType": "...", "MessageContent": "<string>", "PromptDetails": {...}}
// MessageContent is a plain string for Info, Warning and Error, and a JSON
// document serialised into that string for Init, Progress, Dryrun,
// ListObject and EndOfJob (as AzCopy does). The field names inside follow
// AzCopy's (common/output.go InitMsgJsonTemplate, common/rpc-models.go
// ListJobSummaryResponse, cmd/list.go AzCopyListObject, the copy command's
// DryrunTransfer), numbers as strings where AzCopy writes them as strings;
// what only azcp knows is under one key named Azcp… (AzcpReport on EndOfJob,
// AzcpProgress on Progress, Action and Reason on Dryrun).
//
// Every line is redacted twice: the content before it is wrapped (a secret
// inside a JSON string in a JSON string would otherwise be escaped twice and
// slip past the registered forms), and the whole line after.
import { redact } from '../../auth/redact.ts';
import type { Location } from '../../contract/location.ts';
import type { DryRunRecord, JobReport, JobStart, ListedObject, Progress } from '../../job/types.ts';
import { rateAndEta } from '../../job/evidence/progress-line.ts';

// GetJobSummary, ListJobTransfers and LoginStatusInfo: AzCopy's lines for jobs show and login status (each followed by EndOfJob).
export const MESSAGE_TYPES = ['Init', 'Info', 'Warning', 'Error', 'Progress', 'Dryrun', 'ListObject', 'EndOfJob', 'GetJobSummary', 'ListJobTransfers', 'LoginStatusInfo'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** One line, with its newline. */
export function jsonLine(type: MessageType, content: string | object, now: Date = new Date()): string {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  const line = JSON.stringify({
    TimeStamp: now.toISOString(),
    MessageType: type,
    MessageContent: redact(text),
    // AzCopy's envelope always carries it; azcp never prompts.
    PromptDetails: { PromptType: '', ResponseOptions: null, PromptTarget: '' },
  });
  return redact(line) + '\n';
}

/** Init: AzCopy's InitMsgJsonTemplate; a merge (azcp jobs merge) also names the shard folders it finishes. */
export function initContent(s: JobStart, merge?: { folders: readonly string[] }): object {
  return { LogFileLocation: s.logPath, JobID: s.jobId, IsCleanupJob: false, AzcpJobFolder: s.jobFolder, ...(merge ? { AzcpMerge: { shardFolders: merge.folders } } : {}) };
}

/** What a merge's EndOfJob says of it beside the report: the folders it was given, the job's shard count, the shards it found. */
function mergeSummary(r: JobReport, merge: { folders: readonly string[] }): object {
  const rows = r.shards ?? [];
  return { shardFolders: merge.folders, shardCount: rows[0]?.count ?? 0, shardJobIds: rows.map((x) => x.jobId) };
}

/** AzCopy's JobStatus for an ended job (its names: Completed, CompletedWithSkipped,
 *  CompletedWithErrors, CompletedWithErrorsAndSkipped, Failed, Cancelled).
 *  A dry run that found nothing wrong is Completed; AzcpReport.status says DryRun. */
export function azcopyJobStatus(r: Pick<JobReport, 'status' | 'counts'>): string {
  if (r.status === 'Failed' || r.status === 'Cancelled') return r.status;
  const failed = r.counts.failed > 0 || r.status === 'CompletedWithErrors';
  const skipped = r.counts.skipped > 0;
  if (failed) return skipped ? 'CompletedWithErrorsAndSkipped' : 'CompletedWithErrors';
  return skipped ? 'CompletedWithSkipped' : 'Completed';
}

const n = (x: number | undefined) => String(x ?? 0);
const percent = (done: number, total: number) => (total > 0 ? Math.min(100, (done / total) * 100) : 0).toFixed(1);

/** Progress: AzCopy's ListJobSummaryResponse while the job runs, and azcp's own figures. */
export function progressContent(jobId: string, p: Progress, rate?: number): object {
  const total = p.total ?? p.scanned;
  const { bytesPerSecond, etaSeconds } = rateAndEta(p, rate);
  return {
    ErrorMsg: '',
    JobID: jobId,
    CompleteJobOrdered: !!p.listingComplete,
    JobStatus: 'InProgress',
    TotalTransfers: n(total),
    FileTransfers: n(total),
    FolderPropertyTransfers: '0',
    TransfersCompleted: n(p.transferred),
    TransfersFailed: n(p.failed),
    TransfersSkipped: n(p.skipped),
    BytesOverWire: n(p.bytes),
    TotalBytesTransferred: n(p.bytes),
    TotalBytesEnumerated: n(p.bytesPlanned),
    TotalBytesExpected: n(p.bytesPlanned),
    PercentComplete: percent(p.bytesPlanned > 0 ? p.bytes : p.transferred + p.skipped + p.failed, p.bytesPlanned > 0 ? p.bytesPlanned : total),
    FailedTransfers: [],
    SkippedTransfers: [],
    AzcpProgress: { ...p, bytesPerSecond, etaSeconds },
  };
}

/** EndOfJob: AzCopy's ListJobSummaryResponse (sync: ListSyncJobSummaryResponse), then azcp's whole report. */
export function endOfJobContent(r: JobReport, merge?: { folders: readonly string[] }): object {
  const c = r.counts;
  const base = {
    ErrorMsg: r.exitCode === 0 ? '' : r.message,
    JobID: r.jobId,
    CompleteJobOrdered: true,
    JobStatus: azcopyJobStatus(r),
    TotalTransfers: n(c.transferred + c.failed + c.skipped),
    FileTransfers: n(c.transferred + c.failed + c.skipped),
    FolderPropertyTransfers: '0',
    TransfersCompleted: n(c.transferred),
    TransfersFailed: n(c.failed),
    TransfersSkipped: n(c.skipped),
    BytesOverWire: n(c.bytes),
    TotalBytesTransferred: n(c.bytes),
    TotalBytesEnumerated: n(c.bytes),
    TotalBytesExpected: n(c.bytes),
    PercentComplete: r.exitCode === 0 ? (100).toFixed(1) : percent(c.transferred + c.skipped, c.total),
    FailedTransfers: r.failures.map((f) => ({ Src: f.path, Dst: '', IsFolderProperties: false, TransferStatus: 'Failed', TransferSize: '0', ErrorCode: '0', ErrorMessage: f.error })),
    SkippedTransfers: r.skipped.map((s) => ({ Src: s.path, Dst: '', IsFolderProperties: false, TransferStatus: 'SkippedEntityAlreadyExists', TransferSize: '0', ErrorCode: '0', ErrorMessage: s.reason })),
    IsCleanupJob: false,
  };
  const sync = r.command === 'sync' || r.command === 'remove' ? { DeleteTotalTransfers: n(c.deleted), DeleteTransfersCompleted: n(c.deleted) } : {};
  return { ...base, ...sync, ...(merge ? { AzcpMerge: mergeSummary(r, merge) } : {}), AzcpReport: r };
}

/** ListObject: AzCopy's AzCopyListObject, with ContentLength in bytes (its --machine-readable form). */
export function listObjectContent(o: ListedObject): object {
  return {
    Path: o.name,
    LastModifiedTime: o.lastModified,
    ...(o.tier ? { BlobAccessTier: o.tier } : {}),
    ...(o.contentType ? { ContentType: o.contentType } : {}),
    ...(o.md5 ? { ContentMD5: o.md5 } : {}),
    ContentLength: String(o.size),
  };
}

const KIND_NAMES: Record<string, string> = { local: 'Local', blob: 'Blob', file: 'File' };
const kindName = (l: Location) => KIND_NAMES[l.kind] ?? l.kind.charAt(0).toUpperCase() + l.kind.slice(1);

/** Where a location's relative names start, as the user wrote it (no query, no `/*`, no wildcard segment). */
function baseOf(l: Location): string {
  let s = l.display.split('?')[0];
  if (s.endsWith('/*')) s = s.slice(0, -2);
  else if (l.wildcard) s = s.slice(0, Math.max(0, s.lastIndexOf('/')));
  return s.replace(/\/+$/, '');
}

function under(l: Location, name: string): string {
  const base = baseOf(l);
  // A single object named by the location itself (a file, one blob).
  if (base === name || base.endsWith('/' + name)) return base;
  return `${base}/${name}`;
}

/** Dryrun: AzCopy's DryrunTransfer (EntityType, FromTo, Source, Destination, SourceSize), plus azcp's Action and Reason. */
export function dryrunContent(rec: DryRunRecord, source: Location, destination?: Location): object {
  const del = rec.action === 'delete';
  // sync deletes at the destination; remove at its one location.
  const at = del ? destination ?? source : source;
  return {
    EntityType: 'File',
    ...(del || !destination ? {} : destination.kind === 'blob' || source.kind === 'blob' ? { BlobType: 'BlockBlob' } : {}),
    FromTo: del ? `${kindName(at)}Trash` : `${kindName(source)}${destination ? kindName(destination) : ''}`,
    Source: under(at, rec.path),
    Destination: del || !destination ? '' : under(destination, rec.path),
    SourceSize: rec.size,
    Action: rec.action ?? '',
    ...(rec.reason ? { Reason: rec.reason } : {}),
  };
}
