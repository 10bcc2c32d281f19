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
  // The trie of the literals: `children` holds each state's steps, `childOf` finds one by state and symbol.
  const shift = Math.ceil(Math.log2(symbols))
  const childOf = new Map<number, number>()
  const children: number[][] = [[]]
  const bits: number[] = [0]
  for (const literal of literals) {
    let state = 0
    for (let index = 0; index < literal.text.length; index++) {
      const symbol = symbolOf[foldAscii(literal.text.charCodeAt(index))] as number
      const step = (state << shift) | symbol
      let child = childOf.get(step)
      if (child === undefined) {
        child = children.length
        children.push([])
        bits.push(0)
        childOf.set(step, child)
        ;(children[state] as number[]).push(symbol)
      }
      state = child
    }
    bits[state] = (bits[state] as number) | literal.bits
  }
  // Breadth first, each state's missing steps become those of its longest proper suffix in the
  // trie (a copy of its row: the set-up, run at start, once stepped through every symbol of every
  // state in script), and it finds what that suffix finds. No step leads anywhere but the root
  // on symbol 0, which no literal holds.
  const next = new Int32Array(children.length << shift)
  const found = new Int32Array(children.length)
  const suffixOf = new Int32Array(children.length)
  const queue: number[] = [0]
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number
    const suffix = suffixOf[state] as number
    found[state] = (bits[state] as number) | (state === 0 ? 0 : (found[suffix] as number))
    if (state !== 0) next.copyWithin(state << shift, suffix << shift, (suffix + 1) << shift)
    for (const symbol of children[state] as number[]) {
      const child = childOf.get((state << shift) | symbol) as number
      suffixOf[child] = state === 0 ? 0 : (next[(suffix << shift) | symbol] as number)
      next[(state << shift) | symbol] = child
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
