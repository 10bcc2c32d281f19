/** Offsets into a text: `text.slice(start, end)`. The same shape as `Span` in `@tidings/core`. */
export interface TextSpan {
  start: number
  end: number
}

/**
 * White space as every stage counts it: ASCII spaces and controls 9 to 13, the no-break space,
 * the byte-order mark (a stray one inside scraped text) and the Unicode line and paragraph separators.
 * By character code, because it is asked of every character of the text.
 */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029
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
