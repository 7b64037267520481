// Which objects a job holds back until last (--upload-last): on its own,
// without the rest of upload-last.ts, so option parsing can ask it too.
import type { JobOptions } from '../../contract/options.ts';

export const STATIC_WEBSITE_CONTAINER = '$web';
export const DEFAULT_UPLOAD_LAST = ['**/*.html'];

/** The globs of the last group for this job: as given, else the default for a $web destination, else none. */
export function uploadLastGlobs(o: JobOptions): string[] {
  if (o.uploadLast) return o.uploadLast;
  const d = o.destination;
  return d?.remote && d.container === STATIC_WEBSITE_CONTAINER ? DEFAULT_UPLOAD_LAST : [];
}
