// The local file system as a backend: what backends.ts needs to know of it.
import type { Backend } from '../side.ts';
import { parseLocalLocation } from './location.ts';

export const localBackend: Backend = {
  kind: 'local',
  parse: (text) => parseLocalLocation(text),
};
