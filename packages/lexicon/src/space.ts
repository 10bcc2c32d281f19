/** Offsets into a text: `text.slice(start, end)`. The same shape as `Span` in `@tidings/core`. */
export interface TextSpan {
  start: number
  end: number
}

/**
 * White space where the segmenter, the tree and `trimSpan` cut: ASCII spaces and controls 9 to 13,
 * the no-break space, the byte-order mark (a stray one inside scraped text) and the Unicode line and
 * paragraph separators. By character code, because it is asked of every character of the text. A
 * stage that must agree with its own regexes reads `isWhiteSpace`, the wider set of `\s`.
 */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029
}

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

/** Narrow a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let {start, end} = span
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return {start, end}
}

/** `value` without any of `characters` at its end ("Reuters -" less " -" is "Reuters"). */
export function trimEnd(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value[end - 1] as string)) end--
  return value.slice(0, end)
}
