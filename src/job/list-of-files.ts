// --list-of-files FILE|-: the relative paths to act on, one a line, read as
// a stream (a file or standard input) and sorted in the job folder in runs
// of LIST_RUN paths (an external merge sort), so a list of any length is
// planned in flat memory. The sorted list (list-of-files.txt) stays in the
// job folder: a resume, and the merge of a sharded job, read it again
// (standard input cannot be read twice).
import { createReadStream, createWriteStream, existsSync, rmSync, type WriteStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { compareUtf8 } from '../engine/order.ts';
import { UsageError } from '../contract/errors.ts';

/** Paths sorted in memory at once; each run beyond it goes to a file of its own. */
export const LIST_RUN = 20_000;
export const SORTED_LIST = 'list-of-files.txt';

export interface ListOfFiles {
  /** The sorted, de-duplicated list. */
  path: string;
  /** Distinct paths. */
  count: number;
  /** sha256 of the sorted list: the same list, in any order, on any runner, has one digest. */
  digest: string;
  /** The paths, ascending by compareUtf8; a fresh reader each call. */
  paths(): AsyncGenerator<string>;
}

/** A line as a relative path: '/'-separated, no leading './' or '/', no trailing '/'. Blank: none. */
export function listedPath(line: string): string | undefined {
  let p = line.replace(/\r$/, '').trim().replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  p = p.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\/{2,}/g, '/');
  return p === '' || p === '.' ? undefined : p;
}

async function* linesOf(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield line;
}

function write(out: WriteStream, text: string): Promise<void> | undefined {
  return out.write(text) ? undefined : new Promise((r) => out.once('drain', () => r()));
}

function end(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

/** The sorted list already in a job folder (a resume, a merge). */
export async function sortedList(path: string): Promise<ListOfFiles> {
  const hash = createHash('sha256');
  let count = 0;
  for await (const p of linesOf(path)) {
    hash.update(p + '\n');
    count++;
  }
  return { path, count, digest: hash.digest('hex'), paths: () => linesOf(path) };
}

/**
 * Reads `spec` ('-': `stdin`), sorts it into `dir`/list-of-files.txt and
 * returns it. A resumed job whose list came from standard input reads the
 * sorted copy it kept.
 */
export async function loadListOfFiles(spec: string, dir: string, flag: string, o: { resuming?: boolean; stdin?: Readable } = {}): Promise<ListOfFiles> {
  const target = join(dir, SORTED_LIST);
  if (spec === '-' && o.resuming && existsSync(target)) return sortedList(target);
  const stdin = o.stdin ?? process.stdin;
  let input: Readable;
  if (spec === '-') input = stdin;
  else {
    if (!existsSync(spec)) throw new UsageError(`${flag} "${spec}" does not exist`);
    input = createReadStream(spec);
  }
  const runs: string[] = [];
  let run: string[] = [];
  const spill = async () => {
    run.sort(compareUtf8);
    const file = join(dir, `list-of-files.run-${runs.length}`);
    const out = createWriteStream(file);
    for (const p of run) await write(out, p + '\n');
    await end(out);
    runs.push(file);
    run = [];
  };
  try {
    const rl = createInterface({ input, crlfDelay: Infinity });
    for await (const line of rl) {
      const p = listedPath(line);
      if (p === undefined) continue;
      run.push(p);
      if (run.length >= LIST_RUN) await spill();
    }
  } catch (e) {
    throw new UsageError(`${flag} ${spec === '-' ? 'standard input' : `"${spec}"`} cannot be read: ${(e as Error).message}`);
  }
  run.sort(compareUtf8);
  // Merge the runs (and the last one, still in memory) into one sorted file, each path once.
  const sources: Array<AsyncIterator<string>> = runs.map((f) => linesOf(f)[Symbol.asyncIterator]());
  sources.push((async function* () {
    yield* run;
  })());
  const heads: Array<string | undefined> = [];
  for (const s of sources) heads.push((await s.next()).value);
  const out = createWriteStream(target);
  const hash = createHash('sha256');
  let count = 0;
  let last: string | undefined;
  for (;;) {
    let min = -1;
    for (let i = 0; i < heads.length; i++) if (heads[i] !== undefined && (min < 0 || compareUtf8(heads[i]!, heads[min]!) < 0)) min = i;
    if (min < 0) break;
    const p = heads[min]!;
    if (p !== last) {
      await write(out, p + '\n');
      hash.update(p + '\n');
      count++;
      last = p;
    }
    heads[min] = (await sources[min].next()).value;
  }
  await end(out);
  for (const f of runs) rmSync(f, { force: true });
  return { path: target, count, digest: hash.digest('hex'), paths: () => linesOf(target) };
}
