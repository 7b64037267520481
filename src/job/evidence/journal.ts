// The job folder: JOB_DIR/JOB_ID/ with job.json (what was asked, for
// resume), transfers.jsonl (one line per object as it ends), azcp.log and,
// at the end, report.json and summary.md. Everything written here passes
// through redact().
import { createReadStream, openSync, writeSync, closeSync, existsSync, renameSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { redact } from '../../auth/redact.ts';
import { SECRET_INPUTS } from '../options.ts';
import type { RawInputs } from '../../contract/options.ts';
import { acquireLock, type JobLock } from './lock.ts';
import type { JobReport } from '../types.ts';
import { UsageError } from '../../contract/errors.ts';
import { journalMaxBytes, logRotateBytes } from '../../contract/env.ts';
import { ensureFolderSync, FolderError } from '../../storage/folders.ts';

export interface TransferRecord {
  path: string;
  size: number;
  status: 'Completed' | 'Failed' | 'Skipped' | 'Deleted' | 'DryRun' | 'Cancelled';
  /** What was done or planned: upload, download, copy, delete. */
  action?: string;
  reason?: string;
  error?: string;
  /** With header rules or header flags: the headers and metadata written, and what set each (`RULES:LINE`, flag, guessed). */
  headers?: Record<string, string>;
  setBy?: Record<string, string>;
  at?: string;
}

export interface JobManifest {
  jobId: string;
  createdAt: string;
  /** The inputs as given, with secrets removed: a resume asks for them again. */
  inputs: RawInputs;
  /** Which sides carried a SAS in their URL (stripped above). */
  sasStripped: { source: boolean; destination: boolean };
  version: string;
}

/** azcp.log rotates at logRotateBytes() (AZCP_LOG_ROTATE_BYTES), keeping this many files in all
 *  (azcp.log, azcp.1.log, azcp.2.log). */
export const LOG_KEEP = 3;

/** The shape of the ids newJobId makes: 20250102-030405Z-a1b2c3. A job id
 *  names a folder under the job root, so nothing else is accepted: "..",
 *  a path separator or an absolute path would reach outside it. */
const JOB_ID = /^\d{8}-\d{6}Z-[0-9a-f]{6}$/;

export function isJobId(id: string): boolean {
  return JOB_ID.test(id);
}

/** A job id from the command line, or a UsageError saying what one looks like. */
export function checkJobId(id: string): string {
  if (!isJobId(id)) {
    throw new UsageError(`"${id}" is not a job id: ids look like 20250102-030405Z-a1b2c3 (see: azcp jobs list)`);
  }
  return id;
}

export function newJobId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** A URL without its query string (the SAS), for the manifest. */
function stripSas(value: string | boolean | undefined): { value: string | boolean | undefined; had: boolean } {
  if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return { value, had: false };
  const q = value.indexOf('?');
  return q < 0 ? { value, had: false } : { value: value.slice(0, q), had: true };
}


/**
 * Appends lines to a file in batches: one write per line cost as much CPU
 * as a small file's whole upload. A batch waits at most FLUSH_MS; an urgent
 * line (a large transfer that just completed) is written at once. Writes are
 * synchronous appends to an open descriptor, so a line is in the file before
 * azcp moves on, whatever kills the process next — and the file exists from
 * the start (a rotation can always rename it).
 */
class LineBatcher {
  private pending: string[] = [];
  private pendingBytes = 0;
  private timer?: NodeJS.Timeout;
  private fd: number;
  static readonly FLUSH_MS = 50;
  static readonly MAX_BYTES = 64 * 1024;

  constructor(path: string, flags: 'a' | 'w') {
    this.fd = openSync(path, flags);
  }

  write(text: string, urgent = false): void {
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (urgent || this.pendingBytes >= LineBatcher.MAX_BYTES) this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), LineBatcher.FLUSH_MS);
      this.timer.unref();
    }
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Flushes and closes; with a path, goes on writing to a new file there. */
  reopen(path?: string): void {
    this.flush();
    closeSync(this.fd);
    if (path) this.fd = openSync(path, 'w');
  }
}

/**
 * transfers.jsonl stops taking routine lines (Completed, Skipped, DryRun)
 * at this size, and every line at JOURNAL_HARD_SLACK beyond it: a nightly
 * sync of millions of unchanged files would otherwise grow the job folder
 * by gigabytes. Failed, Cancelled and Deleted lines go on being written up
 * to the hard limit; the report counts what was left out. A resume stays
 * correct without the dropped Completed lines: it recognises what an
 * earlier run wrote by its size and time at the destination.
 * AZCP_JOURNAL_MAX_BYTES overrides it (tests, small disks); the size is
 * journalMaxBytes() in contract/env.ts.
 */
const JOURNAL_HARD_SLACK = 0.1;
const ROUTINE: ReadonlySet<TransferRecord['status']> = new Set(['Completed', 'Skipped', 'DryRun']);

/** A transfer this large costs far more than a write: its line goes out at once. */
const URGENT_RECORD_BYTES = 4 * 1024 * 1024;

/** Makes the job folder, or refuses the job before anything is transferred
 *  (exit 2): a job without its folder would have no journal and no report. */
function openJobFolder(dir: string): void {
  try {
    ensureFolderSync(dir);
  } catch (err) {
    if (err instanceof FolderError) throw new UsageError(`the job folder cannot be created: ${err.message}. Choose another place with --job-dir (AZCP_JOB_DIR).`);
    throw err;
  }
}

export class JobFolder {
  readonly dir: string;
  private transfers: LineBatcher;
  private log: LineBatcher;
  private logBytes = 0;
  private readonly rotateAt = logRotateBytes();
  private transfersBytes = 0;
  private readonly journalMax = journalMaxBytes();
  /** Lines left out of transfers.jsonl by its size cap. */
  journalDropped = 0;

  /** Held from creation to close(): no other process runs, resumes or
   *  cleans this job meanwhile (see lock.ts). */
  readonly lock: JobLock;

  private constructor(readonly jobId: string, readonly root: string, doing: 'run' | 'resume') {
    this.dir = join(root, jobId);
    openJobFolder(this.dir);
    // Before anything is written: a second run of a running job stops here.
    this.lock = acquireLock(this.dir, jobId, doing);
    this.transfers = new LineBatcher(join(this.dir, 'transfers.jsonl'), 'a');
    this.log = new LineBatcher(join(this.dir, 'azcp.log'), 'a');
    this.logBytes = sizeOf(join(this.dir, 'azcp.log'));
    this.transfersBytes = sizeOf(join(this.dir, 'transfers.jsonl'));
  }

  get journalMaxBytes(): number {
    return this.journalMax;
  }

  static create(root: string, inputs: RawInputs, version: string, jobId?: string): JobFolder {
    const id = jobId ?? newJobId();
    const folder = new JobFolder(id, root, jobId ? 'resume' : 'run');
    if (!jobId || !existsSync(join(folder.dir, 'job.json'))) {
      const clean: RawInputs = {};
      const sasStripped = { source: false, destination: false };
      for (const [k, v] of Object.entries(inputs)) {
        if ((SECRET_INPUTS as readonly string[]).includes(k)) continue;
        const { value, had } = stripSas(v);
        if (k === 'source' || k === 'destination') sasStripped[k] = had;
        clean[k] = typeof value === 'string' ? redact(value) : value;
      }
      const manifest: JobManifest = { jobId: id, createdAt: new Date().toISOString(), inputs: clean, sasStripped, version };
      writeFileSync(join(folder.dir, 'job.json'), JSON.stringify(manifest, null, 2) + '\n');
    }
    return folder;
  }

  writeLog(line: string): void {
    const text = redact(line) + '\n';
    const n = Buffer.byteLength(text);
    if (this.logBytes > 0 && this.logBytes + n > this.rotateAt) this.rotateLog();
    this.logBytes += n;
    this.log.write(text);
  }

  private rotateLog(): void {
    const base = join(this.dir, 'azcp.log');
    this.log.flush();
    for (let i = LOG_KEEP - 1; i >= 1; i--) {
      const from = i === 1 ? base : join(this.dir, `azcp.${i - 1}.log`);
      if (existsSync(from)) renameSync(from, join(this.dir, `azcp.${i}.log`));
    }
    // The open descriptor followed the rename; the next lines start a new file.
    this.log.reopen(base);
    this.logBytes = 0;
  }

  /** Appends one line (batched: see LineBatcher). */
  recordTransfer(rec: TransferRecord): void {
    const limit = ROUTINE.has(rec.status) ? this.journalMax : this.journalMax * (1 + JOURNAL_HARD_SLACK);
    if (this.transfersBytes >= limit) {
      this.journalDropped++;
      return;
    }
    // One redaction pass over the whole line, not one per field: this runs
    // for every object of the job. (Secrets are registered in their
    // JSON-escaped form too, so the serialised line is safe to scan.)
    const line = redact(JSON.stringify({ ...rec, at: rec.at ?? new Date().toISOString() })) + '\n';
    this.transfersBytes += Buffer.byteLength(line);
    // A deletion cannot be redone, so its line is the only evidence of it a
    // resume after a kill will ever have: it goes out at once, not batched.
    this.transfers.write(line, rec.size >= URGENT_RECORD_BYTES || rec.status === 'Deleted');
  }

  writeFile(name: string, content: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, redact(content));
    return path;
  }

  async close(): Promise<void> {
    try {
      this.transfers.reopen();
      this.log.reopen();
    } finally {
      this.lock.release();
    }
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A file of the job folder that exists but cannot be read or parsed. */
export class UnreadableJobFile extends Error {
  override name = 'UnreadableJobFile';
  constructor(readonly path: string, cause: unknown) {
    super(`${path} cannot be read: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

function readJsonFile<T>(path: string, valid: (v: T) => boolean): T {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as T;
    if (!value || typeof value !== 'object' || !valid(value)) throw new Error('not what azcp writes there');
    return value;
  } catch (e) {
    throw new UnreadableJobFile(path, e);
  }
}

/** job.json of a job: UsageError when there is no such job, UnreadableJobFile when it is corrupt. */
export function readManifest(root: string, jobId: string): JobManifest {
  const path = join(root, checkJobId(jobId), 'job.json');
  if (!existsSync(path)) throw new UsageError(`no job "${jobId}" in ${root} (see: azcp jobs list)`);
  return readJsonFile<JobManifest>(path, (m) => typeof m.inputs === 'object' && m.inputs !== null && typeof m.createdAt === 'string');
}

/** report.json of a job, if it ended once; UnreadableJobFile when it is corrupt. */
export function readReport(root: string, jobId: string): JobReport | undefined {
  const path = join(root, jobId, 'report.json');
  return existsSync(path) ? readJsonFile<JobReport>(path, (r) => typeof r.status === 'string' && typeof r.counts === 'object') : undefined;
}

/** Streams the transfer lines of a job. */
export async function* readTransfers(root: string, jobId: string): AsyncGenerator<TransferRecord> {
  const path = join(root, jobId, 'transfers.jsonl');
  if (!existsSync(path)) return;
  yield* readJsonLines<TransferRecord>(path);
}

/** Streams a JSON-lines file of the job folder (transfers, planned deletions).
 *  A line cut short by a crash is skipped: as far as we know it did not happen. */
export async function* readJsonLines<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line) as T;
    } catch {
      // see above
    }
  }
}

/** What earlier runs of a job did, from its journal: the paths whose latest
 *  decisive record is Completed (transferred) or Deleted, with their sizes.
 *  A resume skips the first and counts both, so its report covers the whole
 *  job. A Skipped or DryRun line decides nothing (the object was left as it
 *  was); Failed and Cancelled undo an earlier Completed (or, for a delete,
 *  an earlier Deleted). */
export interface EarlierRuns {
  transferred: Map<string, number>;
  deleted: Map<string, number>;
}

export async function completedPaths(root: string, jobId: string): Promise<EarlierRuns> {
  const transferred = new Map<string, number>();
  const deleted = new Map<string, number>();
  for await (const rec of readTransfers(root, jobId)) {
    if (rec.status === 'Completed') transferred.set(rec.path, rec.size);
    else if (rec.status === 'Deleted') deleted.set(rec.path, rec.size);
    else if (rec.status === 'Failed' || rec.status === 'Cancelled') (rec.action === 'delete' ? deleted : transferred).delete(rec.path);
  }
  return { transferred, deleted };
}

/** The job folders under root: folders named like a job id that hold a job.json
 *  (anything else there is not azcp's, and jobs clean leaves it alone). */
export async function listJobIds(root: string): Promise<string[]> {
  try {
    const names = await readdir(root, { withFileTypes: true });
    return names.filter((d) => d.isDirectory() && isJobId(d.name) && existsSync(join(root, d.name, 'job.json'))).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Removes a job folder, holding its lock meanwhile: a job that runs (or
 *  starts in the meantime) keeps its folder. Throws JobLockedError then. */
export async function removeJob(root: string, jobId: string): Promise<{ replaced?: { pid: number } }> {
  const dir = join(root, checkJobId(jobId));
  const lock = acquireLock(dir, jobId, 'remove');
  try {
    // Out of sight first, while the lock is held: rm deletes job.lock before
    // the folder, and a resume starting in between would lock a folder half
    // gone. A renamed folder is no job (its name is no job id) for anyone.
    const trash = join(root, `.removing-${jobId}-${process.pid}`);
    renameSync(dir, trash);
    await rm(trash, { recursive: true, force: true });
  } finally {
    lock.release();
  }
  return { replaced: lock.replaced };
}
