// A strict reader for the YAML that workflow and Dependabot files are
// written in: block mappings and sequences, plain and quoted scalars,
// literal (|) and folded (>) block scalars, flow sequences of scalars,
// and flow mappings of scalars, with comments. Anything else (anchors,
// aliases, tags, several documents, nested flow collections) is an error
// rather than a guess, so a file it cannot read fails the test instead of
// being half-checked. No YAML package is among the project's dependencies;
// this covers what the project's own files use.
//
// Scalars stay strings except where YAML 1.2's core schema makes them
// something else and GitHub reads them so: true/false, null/~, integers.

export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  indent: number;
  text: string; // without indent and trailing comment
  no: number; // 1-based
  raw: string;
}

export class YamlError extends Error {}

function stripComment(s: string): string {
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && s[i + 1] === "'") i++;
        else quote = undefined;
      } else if (c === '\\' && quote === '"') i++;
    } else if (c === "'" || c === '"') {
      // A quote opens a quoted scalar only at the start of a value.
      const before = s.slice(0, i).trimEnd();
      if (before === '' || before.endsWith(':') || before.endsWith('-') || before.endsWith('[') || before.endsWith(',') || before.endsWith('{')) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) {
      return s.slice(0, i).trimEnd();
    }
  }
  if (quote) throw new YamlError(`unterminated ${quote} quote`);
  return s.trimEnd();
}

function scalar(src: string, no: number): YamlValue {
  const s = src.trim();
  if (s === '') return null;
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2) throw new YamlError(`line ${no}: bad single-quoted scalar ${s}`);
    return s.slice(1, -1).replace(/''/g, "'");
  }
  if (s.startsWith('"')) {
    if (!s.endsWith('"') || s.length < 2) throw new YamlError(`line ${no}: bad double-quoted scalar ${s}`);
    return JSON.parse(s.replace(/\\'/g, "'"));
  }
  if (/^[&*!%@`]/.test(s)) throw new YamlError(`line ${no}: anchors, aliases, tags and reserved indicators are not supported: ${s}`);
  if (s.startsWith('[')) return flowSequence(s, no);
  if (s.startsWith('{')) return flowMapping(s, no);
  if (/^(true|True|TRUE)$/.test(s)) return true;
  if (/^(false|False|FALSE)$/.test(s)) return false;
  if (/^(null|Null|NULL|~)$/.test(s)) return null;
  if (/^[-+]?\d+$/.test(s)) return Number(s);
  if (/:\s/.test(s) || s.endsWith(':')) throw new YamlError(`line ${no}: a plain scalar may not hold ": " (quote it): ${s}`);
  return s;
}

function splitFlow(inner: string, no: number): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let cur = '';
  for (const c of inner) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    if (c === ',' && depth === 0 && !quote) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (depth !== 0 || quote) throw new YamlError(`line ${no}: unbalanced flow collection`);
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => p.trim()).filter((p, i, all) => p !== '' || i < all.length - 1);
}

function flowSequence(s: string, no: number): YamlValue[] {
  if (!s.endsWith(']')) throw new YamlError(`line ${no}: a flow sequence must end on its line: ${s}`);
  return splitFlow(s.slice(1, -1), no).map((p) => {
    if (/^[[{]/.test(p)) throw new YamlError(`line ${no}: nested flow collections are not supported`);
    return scalar(p, no);
  });
}

function flowMapping(s: string, no: number): { [key: string]: YamlValue } {
  if (!s.endsWith('}')) throw new YamlError(`line ${no}: a flow mapping must end on its line: ${s}`);
  const out: { [key: string]: YamlValue } = {};
  for (const p of splitFlow(s.slice(1, -1), no)) {
    const m = /^([^:]+?):\s+(.*)$/.exec(p) ?? /^([^:]+?):$/.exec(p);
    if (!m) throw new YamlError(`line ${no}: bad flow mapping entry ${p}`);
    if (m[2] && /^[[{]/.test(m[2])) throw new YamlError(`line ${no}: nested flow collections are not supported`);
    out[String(scalar(m[1], no))] = m[2] === undefined ? null : scalar(m[2], no);
  }
  return out;
}

/** key: rest — the key may be quoted; returns undefined when the text is not a mapping entry. */
function mappingEntry(text: string): { key: string; rest: string } | undefined {
  const m = /^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^'"\s#][^:#]*?)\s*:(?:\s+(.*))?$/.exec(text);
  if (!m) return undefined;
  const key = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1].startsWith('"') ? JSON.parse(m[1]) : m[1];
  return { key, rest: m[2] ?? '' };
}

export function parseYaml(source: string): YamlValue {
  const rawLines = source.replace(/\r\n/g, '\n').split('\n');
  const lines: Line[] = [];
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    if (/\t/.test(raw.match(/^\s*/)![0])) throw new YamlError(`line ${i + 1}: tabs in indentation`);
    if (/^(---|\.\.\.)(\s|$)/.test(raw)) {
      if (lines.length) throw new YamlError(`line ${i + 1}: several documents are not supported`);
      continue;
    }
    lines.push({ indent: raw.length - raw.trimStart().length, text: '', no: i + 1, raw });
  }
  let pos = 0;

  const significant = (l: Line) => {
    try {
      l.text = stripComment(l.raw.trimStart());
    } catch (err) {
      throw new YamlError(`line ${l.no}: ${(err as Error).message}`);
    }
    return l.text !== '';
  };
  const skipBlank = () => {
    while (pos < lines.length && !significant(lines[pos])) pos++;
  };

  /** A block scalar (| or >) whose header ended the line at `headerIndent`. */
  function blockScalar(header: string, parentIndent: number, no: number): string {
    const m = /^([|>])([+-]?)$/.exec(header);
    if (!m) throw new YamlError(`line ${no}: unsupported block scalar header ${header}`);
    const body: string[] = [];
    let indent = -1;
    while (pos < lines.length) {
      const l = lines[pos];
      const blank = l.raw.trim() === '';
      if (!blank) {
        if (l.indent <= parentIndent) break;
        if (indent < 0) indent = l.indent;
        if (l.indent < indent) throw new YamlError(`line ${l.no}: block scalar line indented less than its first line`);
      }
      body.push(blank ? '' : l.raw.slice(indent));
      pos++;
    }
    while (body.length && body[body.length - 1] === '') body.pop();
    let text: string;
    if (m[1] === '|') text = body.join('\n');
    else {
      text = '';
      for (let i = 0; i < body.length; i++) {
        const line = body[i];
        if (i === 0) text = line;
        else if (line === '' || /^\s/.test(line) || body[i - 1] === '' || /^\s/.test(body[i - 1])) text += `\n${line}`;
        else text += ` ${line}`;
      }
    }
    return m[2] === '-' ? text : `${text}\n`;
  }

  function value(rest: string, ownIndent: number, no: number): YamlValue {
    if (/^[|>][+-]?$/.test(rest)) return blockScalar(rest, ownIndent, no);
    if (rest !== '') return scalar(rest, no);
    skipBlank();
    if (pos < lines.length && lines[pos].indent > ownIndent) return node(lines[pos].indent);
    // A sequence may sit at the same indentation as its mapping key.
    if (pos < lines.length && lines[pos].indent === ownIndent && lines[pos].text.startsWith('- ')) return node(ownIndent);
    if (pos < lines.length && lines[pos].indent === ownIndent && lines[pos].text === '-') return node(ownIndent);
    return null;
  }

  function mapping(indent: number, first?: { key: string; rest: string; no: number }): { [key: string]: YamlValue } {
    const out: { [key: string]: YamlValue } = {};
    const add = (key: string, rest: string, no: number, keyIndent: number) => {
      if (Object.prototype.hasOwnProperty.call(out, key)) throw new YamlError(`line ${no}: duplicate key ${key}`);
      out[key] = value(rest, keyIndent, no);
    };
    if (first) add(first.key, first.rest, first.no, indent);
    for (;;) {
      skipBlank();
      if (pos >= lines.length) break;
      const l = lines[pos];
      if (l.indent < indent) break;
      if (l.indent > indent) throw new YamlError(`line ${l.no}: unexpected indentation`);
      if (l.text.startsWith('- ') || l.text === '-') break;
      const e = mappingEntry(l.text);
      if (!e) throw new YamlError(`line ${l.no}: expected "key: value", found ${l.text}`);
      pos++;
      add(e.key, e.rest, l.no, indent);
    }
    return out;
  }

  function sequence(indent: number): YamlValue[] {
    const out: YamlValue[] = [];
    for (;;) {
      skipBlank();
      if (pos >= lines.length) break;
      const l = lines[pos];
      if (l.indent !== indent || !(l.text.startsWith('- ') || l.text === '-')) {
        if (l.indent > indent) throw new YamlError(`line ${l.no}: unexpected indentation`);
        break;
      }
      pos++;
      const rest = l.text === '-' ? '' : l.text.slice(2).trimStart();
      const itemIndent = indent + (l.text.length - rest.length);
      // "- key: value" opens a mapping inside the item; a flow collection never does.
      const e = rest && !/^[[{]/.test(rest) ? mappingEntry(rest) : undefined;
      if (e) out.push(mapping(itemIndent, { ...e, no: l.no }));
      else if (rest === '') out.push(value('', indent, l.no));
      else if (/^[|>][+-]?$/.test(rest)) out.push(blockScalar(rest, indent, l.no));
      else out.push(scalar(rest, l.no));
    }
    return out;
  }

  function node(indent: number): YamlValue {
    skipBlank();
    const l = lines[pos];
    if (l.text.startsWith('- ') || l.text === '-') return sequence(indent);
    return mapping(indent);
  }

  skipBlank();
  if (pos >= lines.length) return null;
  if (lines[pos].indent !== 0) throw new YamlError(`line ${lines[pos].no}: the document must start at column 0`);
  const doc = node(0);
  skipBlank();
  if (pos < lines.length) throw new YamlError(`line ${lines[pos].no}: unexpected content`);
  return doc;
}
