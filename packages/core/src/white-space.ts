/**
 * White space as JavaScript's `\s` and `String.prototype.trim` read it: Unicode's White_Space
 * characters (tab to carriage return, space, no-break space, the Ogham space mark U+1680, the
 * spaces U+2000 to U+200A, the line and paragraph separators, the narrow no-break, medium
 * mathematical and ideographic spaces) and the byte-order mark U+FEFF, but not the next-line
 * control U+0085. A stage that reads a text by character code must see the spaces its regexes
 * and `trim` see, or a line it finds evenly spaced is one a `\s+` folds. The byte-order mark is
 * white space there, and a stray one inside scraped text (files joined together) sits between
 * words; U+0085 in news text is most often an ellipsis of Windows-1252 read as Latin-1.
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}
