// Lists the files under a folder: [{name ('/'-separated, relative), path, size, mtimeMs}].
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function walk(root) {
  const out = [];
  const visit = (dir, prefix) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, d.name);
      const name = prefix ? `${prefix}/${d.name}` : d.name;
      if (d.isDirectory()) visit(path, name);
      else if (d.isFile()) {
        const st = statSync(path);
        out.push({ name, path, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  visit(root, '');
  return out;
}

/** Splits http://host:port/account/container[/prefix]?sas into its parts. */
export function splitContainerUrl(text) {
  const u = new URL(text);
  const [, account, container, ...rest] = u.pathname.split('/');
  return {
    serviceUrl: `${u.protocol}//${u.host}/${account}`,
    container,
    prefix: rest.filter(Boolean).join('/'),
    sas: u.search.replace(/^\?/, ''),
  };
}
