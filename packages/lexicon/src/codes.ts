/** An ASCII letter, by character code: the tokenizer and the number reader ask it of every character they read. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** An ASCII digit, by character code. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * `classify` (0 to 254) of each character of the Basic Multilingual Plane, asked once a character
 * and kept: for tests read on every character of a text whose answer takes a pattern or a new string.
 */
export function memoizedByCode(classify: (character: string) => number): (code: number) => number {
  const known = new Uint8Array(0x10000)
  return (code) => {
    let value = known[code] as number
    if (value === 0) {
      value = classify(String.fromCharCode(code)) + 1
      known[code] = value
    }
    return value - 1
  }
}
