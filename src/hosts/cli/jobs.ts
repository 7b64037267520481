// azcp jobs list | show | resume | clean: reading and reusing job folders.
import { printable } from '../../job/printable.ts';
import type { Counts } from '../../job/types.ts';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../contract/errors.ts';
import type { RawInputs } from '../../contract/options.ts';
import { listJobIds, readManifest, readReport, readTransfers, removeJob, UnreadableJobFile } from '../../job/evidence/journal.ts';
import { JobLockedError, describeOwner, lockedMessage, readLock, type LockState } from '../../job/evidence/lock.ts';
import { formatBytes } from '../../job/evidence/format.ts';
import { INPUTS } from '../../contract/inputs.ts';
import { JOBS_FLAGS } from './commands.ts';
import { parseFlags } from './args.ts';
import { JOBS_HELP } from './help.ts';
import { runWithInputs, type CliIo } from './run.ts';
import { documentLines, jobShowContent, jobsListContent, jobTransfersContent } from './jobs-json.ts';
import type { TransferRecord } from '../../job/evidence/journal.ts';

export async function jobsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const parsed = parseFlags(rest, JOBS_FLAGS, `jobs ${sub ?? ''}`.trim());
  if (!sub || parsed.help || sub === '--help' || sub === '-h') {
    io.out(JOBS_HELP + '\n');
    return 0;
  }
  const root = String(parsed.raw.jobDir ?? io.env.AZCP_JOB_DIR ?? join(homedir(), '.azcp', 'jobs'));
  const json = parsed.raw.outputType === 'json';
  switch (sub) {
    case 'list': {
      const rows: JobRow[] = [];
      for (const id of await listJobIds(root)) rows.push(jobRow(root, id));
      // Oldest first, by when each job started (ids of one second do not sort by time).
      rows.sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.jobId.localeCompare(b.jobId));
      // JSON: AzCopy's one EndOfJob line (ListJobsResponse), azcp's rows in it.
      if (json) io.out(documentLines(undefined, jobsListContent(rows)));
      else if (rows.length === 0) io.out(`no jobs in ${root}\n`);
      else
        for (const r of rows) {
          if (r.status === 'Unreadable') {
            io.out(`${r.jobId}  ${'?'.padEnd(6)} ${r.status.padEnd(19)} ${r.problem}; jobs clean leaves this folder alone\n`);
            continue;
          }
          const note = r.lockNote ? `  (${r.lockNote})` : '';
          io.out(`${r.jobId}  ${r.command.padEnd(6)} ${r.status.padEnd(19)} ${r.startedAt}  ${r.total} in scope: ${r.transferred} transferred, ${r.skipped} skipped, ${r.failed} failed, ${r.deleted} deleted, ${formatBytes(r.bytes)}${note}\n`);
        }
      return 0;
    }
    case 'show': {
      const id = parsed.positionals[0];
      if (!id) throw new UsageError('jobs show needs a JOB_ID (see azcp jobs list)');
      const m = readManifest(root, id);
      const status = parsed.raw.withStatus ? String(parsed.raw.withStatus) : undefined;
      if (status) {
        const allowed = INPUTS.withStatus.values;
        const match = allowed.find((a) => a.toLowerCase() === status.toLowerCase());
        if (!match) throw new UsageError(`--with-status must be one of ${allowed.join(', ')}`);
        // JSON: AzCopy's ListJobTransfersResponse is one document, so the records are gathered first.
        const picked: TransferRecord[] = [];
        for await (const t of readTransfers(root, id)) {
          if (t.status !== match) continue;
          // Text: the journal keeps names exact; printed, they are escaped as every line is.
          if (json) picked.push(t);
          else io.out(`${t.status}\t${printable(t.path)}\t${t.size}${t.error ? `\t${printable(t.error)}` : t.reason ? `\t${printable(t.reason)}` : ''}\n`);
        }
        if (json) io.out(documentLines('ListJobTransfers', jobTransfersContent(id, picked)));
        return 0;
      }
      const r = readReport(root, id);
      const lock = readLock(join(root, id));
      const running = lock.state === 'running' || lock.state === 'unreadable';
      if (running && r) io.err(`note: job ${id} is running now (${describeOwner(lock)}); this is the report of its previous run\n`);
      const shown = r ?? { jobId: id, status: running ? 'Running' : 'Interrupted', ...(running ? { lock } : {}), manifest: m };
      // Text: the report as report.json has it. JSON: AzCopy's GetJobSummary and EndOfJob lines (ListJobSummaryResponse), the report under AzcpReport.
      if (json) io.out(documentLines('GetJobSummary', jobShowContent(id, r, shown)));
      else io.out(JSON.stringify(shown, null, 2) + '\n');
      return 0;
    }
    case 'resume': {
      const id = parsed.positionals[0];
      if (!id) throw new UsageError('jobs resume needs a JOB_ID (see azcp jobs list)');
      const m = readManifest(root, id);
      // Said before anything else; the lock taken when the job starts is
      // what makes it hold against a resume started at the same moment.
      const lock = readLock(join(root, id));
      if (lock.state === 'running' || lock.state === 'unreadable') throw new JobLockedError(lockedMessage(id, lock, 'resume'), lock);
      // --output-type given to resume says how to print this run, whatever the first run used.
      const inputs: RawInputs = { ...m.inputs, jobDir: root, ...(parsed.raw.outputType !== undefined ? { outputType: parsed.raw.outputType } : {}) };
      for (const side of ['source', 'destination'] as const) {
        const sas = parsed.raw[`${side}Sas`];
        if (typeof sas === 'string' && sas) inputs[side] = `${String(inputs[side]).split('?')[0]}?${sas.replace(/^\?/, '')}`;
        else if (m.sasStripped[side] && !io.env.AZCP_SAS_TOKEN) {
          io.err(`note: the ${side} had a SAS that was not stored; pass --${side}-sas if access fails\n`);
        }
      }
      // A merge is done again from its shards' folders, as a new job: its
      // journal is theirs, copied anew, and deletions already done count as done.
      if (m.inputs.mode === 'merge') {
        io.err(`note: job ${id} is a merge; merging its shards again as a new job\n`);
        return runWithInputs(inputs, io);
      }
      return runWithInputs(inputs, io, id);
    }
    case 'merge': {
      // The folders of the N shards of one job: the merge guards, deletes and reconciles once for all.
      if (!parsed.positionals.length) throw new UsageError('jobs merge needs the shard job folders: azcp jobs merge FOLDER... (or one folder that holds them)');
      const inputs: RawInputs = {
        mode: 'merge',
        shardsFrom: parsed.positionals.join('\n'),
        jobDir: root,
        commandLine: ['azcp', 'jobs', ...args].map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' '),
      };
      for (const k of ['sourceSas', 'destinationSas', 'outputType', 'authType', 'logLevel'] as const) if (parsed.raw[k] !== undefined) inputs[k] = parsed.raw[k];
      return runWithInputs(inputs, io);
    }
    case 'clean': {
      const days = parsed.raw.olderThanDays !== undefined ? Number(parsed.raw.olderThanDays) : 0;
      if (!Number.isFinite(days) || days < 0) throw new UsageError('--older-than-days must be a number of days');
      const cutoff = Date.now() - days * 86_400_000;
      let removed = 0;
      const skipped: string[] = [];
      for (const id of await listJobIds(root)) {
        let ended: number;
        try {
          const r = readReport(root, id);
          ended = r ? Date.parse(r.endedAt) : Date.parse(readManifest(root, id).createdAt);
        } catch (e) {
          if (!(e instanceof UnreadableJobFile)) throw e;
          // Its age and state are unknown: removing it would delete evidence unseen.
          skipped.push(`skipped ${id}: ${e.message}; remove ${join(root, id)} by hand if it is not needed`);
          continue;
        }
        if (ended > cutoff) continue;
        try {
          await removeJob(root, id);
          removed++;
        } catch (e) {
          if (!(e instanceof JobLockedError)) throw e;
          skipped.push(`skipped ${id}: ${e.lock.state === 'unreadable' ? `its lock file cannot be read (${e.lock.path})` : `it is running (${describeOwner(e.lock)})`}`);
        }
      }
      io.out(`removed ${removed} job folder(s) from ${root}${skipped.length ? `; skipped ${skipped.length}` : ''}\n`);
      for (const line of skipped) io.out(line + '\n');
      return 0;
    }
    default:
      throw new UsageError(`unknown jobs command "${sub}"; use list, show, resume, merge or clean`);
  }
}

/** One job as `jobs list` shows it: its last run's counts, flat. */
interface JobRow extends Counts {
  jobId: string;
  command: string;
  /** The last run's status, Running while a process holds the lock, Unreadable for a corrupt folder. */
  status: string;
  startedAt: string;
  lock?: { state: LockState['state']; pid?: number; hostname?: string; startedAt?: string };
  lockNote?: string;
  /** Why the folder cannot be read (the file and the error). */
  problem?: string;
}

/** One line of jobs list: never throws for one bad folder. */
function jobRow(root: string, id: string): JobRow {
  const empty = { total: 0, transferred: 0, skipped: 0, failed: 0, deleted: 0, bytes: 0 };
  let m, r;
  try {
    m = readManifest(root, id);
    r = readReport(root, id);
  } catch (e) {
    if (!(e instanceof UnreadableJobFile)) throw e;
    return { jobId: id, command: '', status: 'Unreadable', startedAt: '', ...empty, problem: e.message };
  }
  const lock = readLock(join(root, id));
  const row: JobRow = {
    jobId: id,
    command: String(m.inputs.mode ?? ''),
    status: r?.status ?? 'Interrupted',
    startedAt: r?.startedAt ?? m.createdAt,
    total: r?.counts.total ?? 0,
    transferred: r?.counts.transferred ?? 0,
    skipped: r?.counts.skipped ?? 0,
    failed: r?.counts.failed ?? 0,
    deleted: r?.counts.deleted ?? 0,
    bytes: r?.counts.bytes ?? 0,
  };
  if (lock.state === 'free') return row;
  if (lock.state === 'unreadable') return { ...row, status: 'Running', lock: { state: lock.state }, lockNote: `lock file cannot be read: ${lock.path}` };
  row.lock = { state: lock.state, pid: lock.owner.pid, hostname: lock.owner.hostname, startedAt: lock.owner.startedAt };
  if (lock.state === 'stale') return { ...row, lockNote: `stale lock: pid ${lock.owner.pid} no longer runs; jobs resume takes it over` };
  // While it runs, the counts above are those of its previous run, if any.
  return { ...row, status: 'Running', startedAt: lock.owner.startedAt, lockNote: `${describeOwner(lock)}${r ? '; counts are from its previous run' : ''}` };
}
