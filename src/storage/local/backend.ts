// The local file system as a backend: what backends.ts needs to know of it.
import type { LocalLocation } from '../../contract/location.ts';
import type { Backend } from '../side.ts';
import { parseLocalLocation } from './location.ts';
import { LocalSide } from './side.ts';

export const localBackend: Backend = {
  kind: 'local',
  parse: (text) => parseLocalLocation(text),
  // The registry only hands this backend the locations it parsed.
  open: (loc, role) => new LocalSide(loc as LocalLocation, role),
};
