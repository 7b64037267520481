// azcp jobs list | show | resume | clean: reading and reusing job folders.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../job/errors.ts';
import type { RawInputs } from '../job/options.ts';
import { listJobIds, readManifest, readReport, readTransfers, removeJob } from '../job/journal.ts';
import { formatBytes } from '../job/report.ts';
import { parseFlags, type FlagSpec } from './cli-args.ts';
import type { CliIo } from './cli.ts';

const JOB_FLAGS: FlagSpec[] = [
  { name: 'job-dir', kind: 'string', help: 'Where job folders are (env AZCP_JOB_DIR).' },
  { name: 'with-status', kind: 'string', help: 'show: only transfers with this status (Failed, Skipped, Completed, Deleted, DryRun, Cancelled).' },
  { name: 'source-sas', kind: 'string', help: 'resume: the SAS for the source URL (SAS tokens are never stored in the job folder).' },
  { name: 'destination-sas', kind: 'string', help: 'resume: the SAS for the destination URL.' },
  { name: 'older-than-days', kind: 'string', help: 'clean: only jobs that ended at least this many days ago.' },
  { name: 'output-type', kind: 'string', help: 'text | json.' },
];

export const JOBS_HELP = `Usage:
  azcp jobs list                      Every job: id, command, status, start, counts.
  azcp jobs show JOB_ID [--with-status Failed|Skipped|Completed]
                                      A job's report, or its transfers with that status.
  azcp jobs resume JOB_ID [--source-sas SAS] [--destination-sas SAS]
                                      Run the job again: what completed is skipped, what failed
                                      or was in flight is retried; large uploads send only the
                                      blocks the destination does not already hold.
  azcp jobs clean [--older-than-days N]
                                      Remove job folders.
Options: --job-dir DIR (env AZCP_JOB_DIR; default ~/.azcp/jobs), --output-type text|json`;

export async function jobsCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const parsed = parseFlags(rest, JOB_FLAGS, `jobs ${sub ?? ''}`.trim());
  if (!sub || parsed.help || sub === '--help' || sub === '-h') {
    io.out(JOBS_HELP + '\n');
    return 0;
  }
  const root = String(parsed.raw.jobDir ?? io.env.AZCP_JOB_DIR ?? join(homedir(), '.azcp', 'jobs'));
  const json = parsed.raw.outputType === 'json';
  switch (sub) {
    case 'list': {
      const rows = [];
      for (const id of await listJobIds(root)) {
        const m = readManifest(root, id);
        const r = readReport(root, id);
        rows.push({
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
        });
      }
      // Oldest first, by when each job started (ids of one second do not sort by time).
      rows.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
      if (json) io.out(JSON.stringify(rows, null, 2) + '\n');
      else if (rows.length === 0) io.out(`no jobs in ${root}\n`);
      else for (const r of rows) io.out(`${r.jobId}  ${r.command.padEnd(6)} ${r.status.padEnd(19)} ${r.startedAt}  ${r.total} in scope: ${r.transferred} transferred, ${r.skipped} skipped, ${r.failed} failed, ${r.deleted} deleted, ${formatBytes(r.bytes)}\n`);
      return 0;
    }
    case 'show': {
      const id = parsed.positionals[0];
      if (!id) throw new UsageError('jobs show needs a JOB_ID (see azcp jobs list)');
      const m = (() => {
        try {
          return readManifest(root, id);
        } catch (e) {
          throw new UsageError((e as Error).message);
        }
      })();
      const status = parsed.raw.withStatus ? String(parsed.raw.withStatus) : undefined;
      if (status) {
        const allowed = ['Failed', 'Skipped', 'Completed', 'Deleted', 'DryRun', 'Cancelled'];
        const match = allowed.find((a) => a.toLowerCase() === status.toLowerCase());
        if (!match) throw new UsageError(`--with-status must be one of ${allowed.join(', ')}`);
        for await (const t of readTransfers(root, id)) {
          if (t.status !== match) continue;
          io.out(json ? JSON.stringify(t) + '\n' : `${t.status}\t${t.path}\t${t.size}${t.error ? `\t${t.error}` : t.reason ? `\t${t.reason}` : ''}\n`);
        }
        return 0;
      }
      const r = readReport(root, id);
      io.out(JSON.stringify(r ?? { jobId: id, status: 'Interrupted', manifest: m }, null, 2) + '\n');
      return 0;
    }
    case 'resume': {
      const id = parsed.positionals[0];
      if (!id) throw new UsageError('jobs resume needs a JOB_ID (see azcp jobs list)');
      let m;
      try {
        m = readManifest(root, id);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const inputs: RawInputs = { ...m.inputs, jobDir: root };
      for (const side of ['source', 'destination'] as const) {
        const sas = parsed.raw[`${side}Sas`];
        if (typeof sas === 'string' && sas) inputs[side] = `${String(inputs[side]).split('?')[0]}?${sas.replace(/^\?/, '')}`;
        else if (m.sasStripped[side] && !io.env.AZCP_SAS_TOKEN) {
          io.err(`note: the ${side} had a SAS that was not stored; pass --${side}-sas if access fails\n`);
        }
      }
      const { runWithInputs } = await import('./cli.ts');
      return runWithInputs(inputs, io, id);
    }
    case 'clean': {
      const days = parsed.raw.olderThanDays !== undefined ? Number(parsed.raw.olderThanDays) : 0;
      if (!Number.isFinite(days) || days < 0) throw new UsageError('--older-than-days must be a number of days');
      const cutoff = Date.now() - days * 86_400_000;
      let removed = 0;
      for (const id of await listJobIds(root)) {
        const r = readReport(root, id);
        const ended = r ? Date.parse(r.endedAt) : Date.parse(readManifest(root, id).createdAt);
        if (ended <= cutoff) {
          await removeJob(root, id);
          removed++;
        }
      }
      io.out(`removed ${removed} job folder(s) from ${root}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown jobs command "${sub}"; use list, show, resume or clean`);
  }
}
