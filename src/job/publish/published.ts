// What a deploy published, for the report and the summary's "Published"
// section: files by the header rule that set their headers, the property
// updates, the upload-last group, and the CDN purge (paths and result).
// Also collects the URL paths the job changed, for the purge, up to a cap.

export interface PurgeOutcome {
  endpoint: string;
  status: 'Succeeded' | 'Failed' | 'Started' | 'DryRun';
  /** The ARM operation that tracks it (Azure-AsyncOperation), when it was not waited for. */
  operation?: string;
  error?: string;
}

export interface PublishedReport {
  /** Header → rule (`ORIGIN:LINE`, `flag`, `guessed`) → objects it set that header on. */
  byRule?: Record<string, Record<string, number>>;
  propertiesUpdated?: number;
  uploadLast?: { globs: string[]; held: number; written: number; withheld?: string };
  purge?: { paths: string[]; everything: boolean; changed: number; results: PurgeOutcome[] };
}

export class Published {
  readonly report: PublishedReport = {};
  private readonly paths = new Set<string>();
  private overflow = false;
  changed = 0;

  constructor(private readonly maxPaths = 100) {}

  /** An object written or deleted: its name inside the container, as the CDN serves it (/NAME). */
  touched(nameInContainer: string): void {
    this.changed++;
    const add = (p: string) => {
      if (this.overflow || this.paths.has(p)) return;
      if (this.paths.size >= this.maxPaths) {
        // Past the cap, the purge is everything: no need to hold more names.
        this.overflow = true;
        this.paths.clear();
        return;
      }
      this.paths.add(p);
    };
    const path = '/' + nameInContainer.split('/').map(encodeURIComponent).join('/');
    add(path);
    // A folder's index page is also served at the folder's own URL.
    if (/(^|\/)index\.html?$/i.test(nameInContainer)) add(path.replace(/index\.html?$/i, ''));
  }

  /** The paths to purge: exactly those changed, or /* past the cap. */
  purgePaths(): { paths: string[]; everything: boolean } {
    return this.overflow ? { paths: ['/*'], everything: true } : { paths: [...this.paths].sort(), everything: false };
  }

  countRule(setBy: Record<string, string>): void {
    const byRule = (this.report.byRule ??= {});
    for (const [header, by] of Object.entries(setBy)) {
      const m = (byRule[header] ??= {});
      m[by] = (m[by] ?? 0) + 1;
    }
  }
}
