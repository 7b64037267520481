// The headers and metadata each object of a job gets: the flags as
// defaults, the header rules over them (engine/header-rules.ts), and for
// uploads the Content-Type guessed from the name (without an encoding
// suffix when a Content-Encoding is set: app.js.br is text/javascript).
import type { JobOptions } from '../../contract/options.ts';
import type { ObjectHeaders } from '../../contract/headers.ts';
import { HEADER_NAMES, headerDrift, resolveHeaders, type HeaderDefaults } from '../../engine/header-rules.ts';
import type { Direction, ObjectProperties, WriteProps } from '../../storage/side.ts';

export interface ObjectWrite {
  props: WriteProps;
  /** Header (or x-ms-meta-NAME) → who set it: `ORIGIN:LINE` of a rule, `flag`, or `guessed`. */
  setBy: Record<string, string>;
}

export interface PublishHeaders {
  /** Header rules or header flags were given: sync then compares the destination's headers (property drift). */
  readonly active: boolean;
  /** Header rules were given: transfers.jsonl names, per object, what set each header. */
  readonly rules: boolean;
  forWrite(name: string): ObjectWrite;
  /** The headers (and metadata) in which a destination object differs from what this job would set. */
  drift(name: string, destination: ObjectProperties): { write: ObjectWrite; differs: string[] };
}

/** Rules match a name without `namePrefix` (as the filters do): `assets/**` means the same whether a folder or its contents is copied. */
export function publishHeaders(o: JobOptions, direction: Direction, guessType: (name: string) => string | undefined, namePrefix = ''): PublishHeaders {
  const defaults: HeaderDefaults = { contentType: o.contentType, cacheControl: o.cacheControl, ...o.headers, metadata: o.metadata };
  const rules = o.headerRules;
  const metaRules = rules?.rules.some((r) => r.meta !== undefined) ?? false;
  const headerFlags = [o.contentType, o.cacheControl, o.headers.contentEncoding, o.headers.contentDisposition, o.headers.contentLanguage].some((v) => v !== undefined);
  const compareMetadata = Object.keys(o.metadata).length > 0 || metaRules;
  const forWrite = (name: string): ObjectWrite => {
    const r = resolveHeaders(namePrefix && name.startsWith(namePrefix) ? name.slice(namePrefix.length) : name, rules, defaults);
    const headers: ObjectHeaders = { ...r.headers };
    // Copies keep the source's type unless told otherwise; uploads guess it.
    if (direction === 'upload' && headers.contentType === undefined) {
      headers.contentType = (o.guessMimeType ? guessType(r.typeFrom) : undefined) ?? 'application/octet-stream';
      r.setBy[HEADER_NAMES.contentType] = o.guessMimeType ? 'guessed' : 'default';
    }
    return { props: { headers, metadata: r.metadata }, setBy: r.setBy };
  };
  return {
    active: direction === 'upload' && (rules !== undefined || headerFlags || compareMetadata),
    rules: rules !== undefined,
    forWrite,
    drift(name, destination) {
      const write = forWrite(name);
      const actual = { headers: { ...destination.headers, contentType: destination.contentType }, metadata: destination.metadata ?? {} };
      return { write, differs: headerDrift(write.props, actual, compareMetadata) };
    },
  };
}

/** What transfers.jsonl keeps of an object's headers: each value and who set it. */
export function headerRecord(w: ObjectWrite): { headers: Record<string, string>; setBy: Record<string, string> } {
  const headers: Record<string, string> = {};
  for (const [f, n] of Object.entries(HEADER_NAMES)) {
    const v = w.props.headers[f as keyof ObjectHeaders];
    if (v !== undefined) headers[n] = v;
  }
  for (const [k, v] of Object.entries(w.props.metadata)) headers[`x-ms-meta-${k}`] = v;
  return { headers, setBy: w.setBy };
}
