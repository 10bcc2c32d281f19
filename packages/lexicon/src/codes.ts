/** An ASCII letter, by character code: the tokenizer and the number reader ask it of every character they read. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** An ASCII digit, by character code. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
