// Reads azcp's --output-type json: AzCopy's JSON lines. Every line must be
// one envelope {TimeStamp, MessageType, MessageContent: string, ...}; the
// helpers throw on anything else on stdout, so every test that reads a
// report this way also checks that stdout carried nothing but JSON lines.
import type { ListedObject } from '../../src/job/types.ts';

export interface JsonLine {
  TimeStamp: string;
  MessageType: string;
  MessageContent: string;
  /** MessageContent parsed, when it is a JSON document (Init, Progress, Dryrun, ListObject, EndOfJob). */
  content: any;
}

const DOCUMENTS = new Set(['Init', 'Progress', 'Dryrun', 'ListObject', 'EndOfJob', 'GetJobSummary', 'ListJobTransfers', 'LoginStatusInfo']);
const TYPES = new Set(['Info', 'Warning', 'Error', ...DOCUMENTS]);

export function parseJsonLines(stdout: string): JsonLine[] {
  const lines = stdout.split('\n');
  if (lines.at(-1) !== '') throw new Error(`stdout does not end with a newline: ${JSON.stringify(stdout.slice(-200))}`);
  return lines.slice(0, -1).map((text, i) => {
    let o: any;
    try {
      o = JSON.parse(text);
    } catch {
      throw new Error(`stdout line ${i + 1} is not JSON: ${JSON.stringify(text.slice(0, 300))}`);
    }
    if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new Error(`line ${i + 1} is not an object`);
    if (typeof o.TimeStamp !== 'string' || Number.isNaN(Date.parse(o.TimeStamp)) || !o.TimeStamp.endsWith('Z')) throw new Error(`line ${i + 1}: TimeStamp ${o.TimeStamp}`);
    if (!TYPES.has(o.MessageType)) throw new Error(`line ${i + 1}: MessageType ${o.MessageType}`);
    if (typeof o.MessageContent !== 'string') throw new Error(`line ${i + 1}: MessageContent is not a string`);
    return { ...o, content: DOCUMENTS.has(o.MessageType) ? JSON.parse(o.MessageContent) : o.MessageContent };
  });
}

/** The one EndOfJob line's AzCopy summary. */
export function endOfJob(stdout: string): any {
  const ends = parseJsonLines(stdout).filter((l) => l.MessageType === 'EndOfJob');
  if (ends.length !== 1) throw new Error(`expected one EndOfJob line, found ${ends.length} in:\n${stdout.slice(0, 2000)}`);
  return ends[0].content;
}

/** azcp's report (a JobReport), from the EndOfJob line; untyped, as JSON.parse's result is. */
export function jsonReport(stdout: string): any {
  return endOfJob(stdout).AzcpReport;
}

/** A listing's objects, from its ListObject lines, in azcp's ListedObject shape. */
export function listedObjects(stdout: string): ListedObject[] {
  return parseJsonLines(stdout)
    .filter((l) => l.MessageType === 'ListObject')
    .map(({ content: c }) => ({ name: c.Path, size: Number(c.ContentLength), lastModified: c.LastModifiedTime, tier: c.BlobAccessTier, md5: c.ContentMD5, contentType: c.ContentType }));
}

/** A command that is not a job prints as AzCopy does: jobs list one EndOfJob
 *  line; jobs show a GetJobSummary (or, --with-status, ListJobTransfers) line,
 *  login status a LoginStatusInfo line, then EndOfJob with the same document.
 *  Checks stdout holds those lines and nothing else; returns the document. */
export function jsonDocument(stdout: string, type?: 'GetJobSummary' | 'ListJobTransfers' | 'LoginStatusInfo'): any {
  const all = parseJsonLines(stdout);
  const want = [...(type ? [type] : []), 'EndOfJob'];
  if (JSON.stringify(all.map((l) => l.MessageType)) !== JSON.stringify(want)) throw new Error(`expected lines ${want.join(', ')}, got:\n${stdout.slice(0, 2000)}`);
  if (type && all[0].MessageContent !== all[1].MessageContent) throw new Error(`the ${type} line and EndOfJob differ:\n${stdout.slice(0, 2000)}`);
  return all.at(-1)!.content;
}
