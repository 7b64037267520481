// The shapes of header rules and of the headers a job sets on what it
// writes (engine/header-rules.ts parses and resolves them; JobOptions
// carries them from the options to the job).

/** The standard headers a blob carries, as the job sets them. */
export interface ObjectHeaders {
  cacheControl?: string;
  contentType?: string;
  contentEncoding?: string;
  contentLanguage?: string;
  contentDisposition?: string;
}
export type HeaderField = keyof ObjectHeaders;

export interface HeaderRule {
  /** 1-based line in its text. */
  line: number;
  glob: string;
  /** A standard header, or metadata (`x-ms-meta-NAME`, `meta` = NAME). */
  field?: HeaderField;
  meta?: string;
  value: string;
  matches: (path: string) => boolean;
}

export interface HeaderRules {
  /** Where the rules came from, as messages and the journal name it ("site.rules", "headerRules"). */
  origin: string;
  rules: HeaderRule[];
}

