/**
 * Which of many strings a text holds, found in one reading of it: an Aho-Corasick automaton over
 * UTF-16 code units. A rule finder asks this of every line and sentence of every page, for the
 * strings one of which a group of patterns needs (`requiredLiterals`): one reading stands for an
 * `includes` or a regex of each string, which read the line once a string, and it finds forty
 * strings as fast as one, where a joined regex of the patterns themselves tried them all at every
 * character.
 */

/** A string to look for, and the bits it sets in `scan`'s answer when found. */
export interface ScannedLiteral {
  text: string
  bits: number
}

export interface LiteralScanner {
  /** The bits of every literal `text.slice(start, end)` holds (0 when it holds none). */
  scan(text: string, start?: number, end?: number): number
}

// The automaton's symbols are counted in a byte; more distinct code units than this and the scanner is not made.
const maxSymbols = 255

/**
 * The scanner of `literals`, or undefined when they hold too many distinct code units. ASCII
 * letters are read in either case, for literals of exact case too: the scanner then finds one
 * where the text holds it in another case, which costs only the test its caller makes next,
 * never a miss.
 */
export function literalScanner(literals: ReadonlyArray<ScannedLiteral>): LiteralScanner | undefined {
  const symbolOf = new Uint8Array(0x10000)
  let symbols = 1
  for (const {text} of literals) {
    for (let index = 0; index < text.length; index++) {
      const unit = foldAscii(text.charCodeAt(index))
      if (symbolOf[unit] !== 0) continue
      if (symbols === maxSymbols) return undefined
      symbolOf[unit] = symbols
      if (unit >= 97 && unit <= 122) symbolOf[unit - 32] = symbols
      symbols++
    }
  }
  // The trie of the literals: row `state` of `goto` holds the state after each symbol, 0 for none yet.
  const shift = Math.ceil(Math.log2(symbols))
  const rows: Int32Array[] = [new Int32Array(1 << shift)]
  const bits: number[] = [0]
  for (const literal of literals) {
    let state = 0
    for (let index = 0; index < literal.text.length; index++) {
      const symbol = symbolOf[foldAscii(literal.text.charCodeAt(index))] as number
      let next = (rows[state] as Int32Array)[symbol] as number
      if (next === 0) {
        next = rows.length
        rows.push(new Int32Array(1 << shift))
        bits.push(0)
        ;(rows[state] as Int32Array)[symbol] = next
      }
      state = next
    }
    bits[state] = (bits[state] as number) | literal.bits
  }
  // Breadth first, each state's missing steps become those of its longest proper suffix in the
  // trie, and it finds what that suffix finds.
  const next = new Int32Array(rows.length << shift)
  const found = new Int32Array(rows.length)
  const suffixOf = new Int32Array(rows.length)
  const queue: number[] = [0]
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number
    const row = rows[state] as Int32Array
    const suffix = suffixOf[state] as number
    found[state] = (bits[state] as number) | (state === 0 ? 0 : (found[suffix] as number))
    for (let symbol = 0; symbol < 1 << shift; symbol++) {
      const child = row[symbol] as number
      const fallback = state === 0 ? 0 : (next[(suffix << shift) | symbol] as number)
      if (child === 0 || symbol === 0) {
        next[(state << shift) | symbol] = symbol === 0 ? 0 : fallback
        continue
      }
      next[(state << shift) | symbol] = child
      suffixOf[child] = fallback
      queue.push(child)
    }
  }
  return {
    scan(text, start = 0, end = text.length) {
      let state = 0
      let holds = 0
      for (let index = start; index < end; index++) {
        state = next[(state << shift) | (symbolOf[text.charCodeAt(index)] as number)] as number
        holds |= found[state] as number
      }
      return holds
    }
  }
}

function foldAscii(unit: number): number {
  return unit >= 65 && unit <= 90 ? unit + 32 : unit
}
