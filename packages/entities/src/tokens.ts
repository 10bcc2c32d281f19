import type {Sentence} from 'nlcst'

/** A word or a mark of a sentence, as the tree cut it, with offsets into the article's text. */
export interface Token {
  value: string
  start: number
  end: number
  word: boolean
  /** White space stands between this token and the one before. */
  spaced: boolean
}

/** The sentence's words and marks in order; white space only sets `spaced` on the token after it. */
export function sentenceTokens(sentence: Sentence, text: string): Token[] {
  const tokens: Token[] = []
  let spaced = false
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') {
      spaced = true
      continue
    }
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    tokens.push({value: text.slice(start, end), start, end, word: child.type === 'WordNode', spaced})
    spaced = false
  }
  return tokens
}

/** Upper case first letter: "Kirby", "U.S.", "KN-23", "Élysée"; not "iPhone" nor "38". */
export function capitalised(value: string): boolean {
  const first = value.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Two or more letters, all upper case, maybe dotted: "NATO", "U.N.", "FBI". */
export function acronym(value: string): boolean {
  let letters = 0
  for (let index = 0; index < value.length; index++) {
    const character = value.charAt(index)
    if (character === '.') continue
    if (character === character.toLowerCase()) return false
    letters++
  }
  return letters >= 2
}

/** Letters and digits in one word: "KN-23", "F-16", "G7", "Covid-19"; a model or a code, not a name. */
export function codeName(value: string): boolean {
  let letters = false
  let digits = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 48 && code <= 57) digits = true
    else if (value.charAt(index) !== value.charAt(index).toLowerCase()) letters = true
  }
  return letters && digits
}

/** "Russia's" and "Russia’s" name Russia; "Jones'" names Jones. */
export function withoutPossessive(value: string): string {
  const last = value.length - 1
  if (value.charAt(last) === "'" || value.charAt(last) === '’') return value.slice(0, last)
  if (last >= 2 && (value.charAt(last) === 's' || value.charAt(last) === 'S') && (value.charAt(last - 1) === "'" || value.charAt(last - 1) === '’')) {
    return value.slice(0, last - 1)
  }
  return value
}
