// The "Published" part of a deploy's summary: which rule set which header
// on how many files, the property-only updates, the upload-last group, and
// the CDN purge (its paths and each endpoint's result). summary.md gets
// the markdown; the terminal gets the short form.
import type { JobReport } from '../types.ts';

const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function publishedMarkdown(r: JobReport): string[] {
  const p = r.published;
  if (!p) return [];
  const dry = r.status === 'DryRun';
  const out: string[] = ['### Published', ''];
  if (p.byRule && Object.keys(p.byRule).length) {
    out.push('| Header | Set by | Files |', '|---|---|---:|');
    for (const [header, by] of Object.entries(p.byRule).sort()) {
      for (const [rule, n] of Object.entries(by).sort()) out.push(`| ${cell(header)} | \`${cell(rule)}\` | ${n} |`);
    }
    out.push('');
  }
  const updated = r.counts.propertiesUpdated;
  if (updated !== undefined) out.push(`- Properties updated (headers set in place, no upload): ${updated}${dry ? ' (would be)' : ''}`);
  const last = p.uploadLast;
  if (last) {
    const globs = last.globs.map((g) => `\`${cell(g)}\``).join(', ');
    out.push(
      last.withheld
        ? `- Upload last (${globs}): ${last.held} object(s) NOT written because ${cell(last.withheld)}; the live pages still reference only what is there`
        : `- Upload last (${globs}): ${last.held} object(s) held back${dry ? '' : `, ${last.written} written after everything else`}`,
    );
  }
  const purge = p.purge;
  if (purge) {
    const what = purge.everything ? `\`/*\` (${purge.changed} paths changed, more than --purge-max-paths)` : `${purge.paths.length} path(s)`;
    if (purge.changed === 0) out.push('- CDN purge: nothing changed, nothing purged');
    else {
      out.push(`- CDN purge${dry ? ' (would purge)' : ''}: ${what}`);
      for (const x of purge.results) out.push(`  - \`${cell(x.endpoint)}\`: ${x.status}${x.error ? ` — ${cell(x.error)}` : ''}`);
      if (!purge.everything) {
        for (const path of purge.paths.slice(0, 20)) out.push(`  - \`${cell(path)}\``);
        if (purge.paths.length > 20) out.push(`  - … ${purge.paths.length - 20} more in report.json`);
      }
    }
  }
  out.push('');
  return out;
}

export function publishedText(r: JobReport): string[] {
  const p = r.published;
  if (!p) return [];
  const out: string[] = [];
  if (r.counts.propertiesUpdated !== undefined) out.push(`  properties updated (no upload): ${r.counts.propertiesUpdated}`);
  if (p.uploadLast) {
    const l = p.uploadLast;
    out.push(`  upload last (${l.globs.join(', ')}): ${l.withheld ? `${l.held} NOT written: ${l.withheld}` : `${l.held} held, ${l.written} written last`}`);
  }
  if (p.purge && p.purge.changed > 0) {
    const res = p.purge.results.map((x) => `${x.endpoint.split('/').pop()} ${x.status}`).join(', ');
    out.push(`  CDN purge: ${p.purge.everything ? '/*' : `${p.purge.paths.length} path(s)`}${res ? ` — ${res}` : ''}`);
  }
  return out;
}
