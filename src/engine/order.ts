// Blob listings come back in the UTF-8 byte order of the full name. The merge
// join only works if every listing uses exactly that order, so this is the
// one comparison used everywhere.
//
// JavaScript compares strings by UTF-16 code units, which equals code point
// (and therefore UTF-8 byte) order except where a surrogate (U+D800–DFFF,
// standing for a code point above U+FFFF) meets a unit in U+E000–FFFF. Only
// that case needs fixing, so the common path stays a plain loop.
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
