// The standard headers an upload writes, whatever the backend: the ones
// the job resolved for this object (header rules, with the flags as their
// defaults), or else the flags over a type guessed from the name. Each
// backend maps them to its SDK's field names.
import type { ObjectHeaders } from '../contract/headers.ts';
import type { WriteProps } from './side.ts';

export interface UploadHeaderSettings {
  contentType?: string;
  guessMimeType: boolean;
  cacheControl?: string;
  props?: WriteProps;
  guessType: (name: string) => string | undefined;
}

export function uploadHeaders(name: string, s: UploadHeaderSettings): ObjectHeaders & { contentType: string } {
  const h = s.props?.headers;
  if (h) return { ...h, contentType: h.contentType ?? 'application/octet-stream' };
  return {
    contentType: s.contentType ?? (s.guessMimeType ? s.guessType(name) : undefined) ?? 'application/octet-stream',
    cacheControl: s.cacheControl,
  };
}
