// The seam every storage backend implements. job/ and the shared storage
// modules work with these types only; a backend's own fields, SDK clients
// and kind name stay inside its folder.
import type { Location } from '../contract/location.ts';

export type LocationRole = 'source' | 'destination' | 'target';

export interface Backend {
  kind: string;
  /** URL backends: whether this URL is theirs (checked in URL_BACKENDS order). */
  claims?(url: URL): boolean;
  /** The location the text names. `url` is the parsed URL for URL backends. */
  parse(text: string, url: URL | undefined, role: LocationRole): Location;
  /** Why an object cannot be written at `path` (a name too long for the service), if it cannot. */
  nameProblem?(path: string): string | undefined;
}
