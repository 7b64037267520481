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

const TYPES = new Set(['Init', 'Info', 'Warning', 'Error', 'Progress', 'Dryrun', 'ListObject', 'EndOfJob']);
const DOCUMENTS = new Set(['Init', 'Progress', 'Dryrun', 'ListObject', 'EndOfJob']);

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

/** A command that is not a job (jobs list, jobs show, login status) prints one
 *  EndOfJob line, as AzCopy does: its document, after checking stdout holds that line and nothing else. */
export function jsonDocument(stdout: string): any {
  const all = parseJsonLines(stdout);
  if (all.length !== 1 || all[0].MessageType !== 'EndOfJob') throw new Error(`expected one EndOfJob line, got:\n${stdout.slice(0, 2000)}`);
  return all[0].content;
}
