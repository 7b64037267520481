// Where a job reads or writes, as facts every layer may read. A backend
// extends these with its own fields (storage/blob/location.ts), but job/
// only ever asks whether a location is local or remote.

interface LocationBase {
  /** The backend that parsed it ('local', 'blob'). Only storage/ acts on it. */
  kind: string;
  /** What the user wrote (a URL with its SAS signature redacted), for reports. */
  display: string;
  /** Absolute local path, or the name or virtual folder inside the container, decoded, without leading '/'. May be ''. */
  path: string;
  /** '/*' was given: the folder's contents, not the folder itself. */
  contentsOnly: boolean;
  /** A picomatch pattern for the last segment ('logs/*.txt' → '*.txt'), literal characters escaped
   *  (a %2A in a URL is '\\*' here, an unescaped '*' is '*'). */
  wildcard?: string;
}

/** The account a remote location lives in: what credentials are resolved for. */
export interface AccountAddress {
  /** https://ACCOUNT.blob.core.windows.net or, path style, http://127.0.0.1:10000/ACCOUNT */
  serviceUrl: string;
  account: string;
  /** SAS query string without the leading '?', when one was given. */
  sas?: string;
}

export interface LocalLocation extends LocationBase {
  kind: 'local';
  remote: false;
}

export interface RemoteLocation extends LocationBase, AccountAddress {
  remote: true;
  /** The container (or share) the URL names. */
  container: string;
  /** The account is the first path segment (emulators, custom endpoints). */
  pathStyle: boolean;
}

export type Location = LocalLocation | RemoteLocation;
