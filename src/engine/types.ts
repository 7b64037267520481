// The shapes the engine works on. The engine is pure: it sees sorted
// listings and async functions, never a storage SDK or a CI library.

/** One object on either side of a job: a local file or a blob. */
export interface Entry {
  /** Path relative to the job's root, '/'-separated, never starting with '/'. */
  name: string;
  size: number;
  /** Last modified time in milliseconds since the epoch. For blobs that
   *  azcp uploaded, this is the source file's mtime (kept in metadata). */
  mtimeMs: number;
  /** Base64 Content-MD5 where known (blobs that carry one; local files only
   *  when hashing was asked for). */
  md5?: string;
  /** Access tier of a blob, for listings. */
  tier?: string;
}

/** What the planner decided for one name. */
export type Action =
  | {
      kind: 'transfer';
      source: Entry;
      destination?: Entry;
      reason: 'missing' | 'newer' | 'size' | 'hash' | 'overwrite' | 'mirror';
      /** A sync replaces a destination object newer than its source (the
       *  default rule: the destination is made to match the source). */
      overwritesNewer?: boolean;
    }
  | {
      kind: 'skip';
      source: Entry;
      destination?: Entry;
      reason: string;
      /** sync --overwrite ifSourceNewer: the destination differs and is not
       *  older than the source, so it is kept (AzCopy's rule) and differs by choice. */
      keptNewer?: boolean;
    }
  | { kind: 'delete'; destination: Entry };

