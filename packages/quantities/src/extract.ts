import {escapeRegExp, type Quantity} from '@tidings/core'
import convert from 'convert-units'
import type {QuantityLexicon} from './lexicon.js'
import {siUnits, type UnitDefinition} from './units.js'

interface Token {
  kind: 'number' | 'word' | 'symbol'
  text: string
  lower: string
  start: number
  end: number
}

// Numbers with thousands separators (Indian "12,34,567", and "10, 000" as tokenized text writes it), plain numbers,
// decimals without a leading zero after a space or bracket (".534", not "v1.5" nor "..5"),
// words (hyphenated and with apostrophes; letters stop at a digit, so "USD10m" and "RAV4" come apart), any other character.
const tokenPattern = /\d{1,2}(?:,\d\d){1,3},\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3}|, 000(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|(?<=^|[\s(])\.\d+(?![.\d])|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}\p{N}]+(?:\.\d+)?)*|\S/gu

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // An exec loop, not matchAll: it runs on every sentence with a figure, and the iterator costs a fifth more.
  tokenPattern.lastIndex = 0
  for (let match = tokenPattern.exec(text); match; match = tokenPattern.exec(text)) {
    const value = match[0]
    const kind = tokenKind(value)
    tokens.push({kind, text: value, lower: kind === 'word' ? value.toLowerCase() : value, start: match.index, end: match.index + value.length})
  }
  return tokens
}

function tokenKind(value: string): Token['kind'] {
  const first = value.charCodeAt(value.charCodeAt(0) === 46 ? 1 : 0)
  if (first >= 48 && first <= 57) return 'number'
  if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) return 'word'
  return first < 128 ? 'symbol' : /^[\p{L}\p{M}]/u.test(value) ? 'word' : 'symbol'
}

export interface Extractor {
  /** Quantities of one sentence, offsets shifted by `offset`; `blocked` spans (dates, times) hold none. */
  find(sentence: string, offset: number, blocked: ReadonlyArray<{start: number; end: number}>): Quantity[]
}

interface Phrase {
  /** Token index after the last token of the phrase. */
  next: number
  value: number
  /** The product of the magnitude words applied ("5 million": 1e6). */
  scale: number
  /** "sub-7": a bound the number carries itself. */
  bound?: Quantity['bound']
}

interface UnitMatch {
  unit: UnitDefinition
  next: number
  /** "barrel-a-day": what the unit is per. */
  rate?: string
  /** "30 MUSD": a magnitude written into the unit. */
  factor?: number
}

type Bound = NonNullable<Quantity['bound']>

const capitalized = (token: Token | undefined) => token?.kind === 'word' && token.text[0] !== token.lower[0]
const glued = (left: Token | undefined, right: Token | undefined) => left !== undefined && right !== undefined && left.end === right.start
// Letters with case: a one-letter symbol in them ("m", "C") is ambiguous; "元" is not.
const letters = /^[\p{Lu}\p{Ll}]$/u
// "30 MUSD", "MEUR 120": millions (M) or thousands (K) of a currency code.
const scaledCode = /^([MK])([A-Z]{3})$/

export function createExtractor(lexicon: QuantityLexicon, units: ReadonlyArray<UnitDefinition>): Extractor {
  const unitById = new Map<string, UnitDefinition>()
  for (const unit of units) if (!unitById.has(unit.id)) unitById.set(unit.id, unit)
  const suffixes = new Map<string, UnitDefinition>()
  const prefixes = new Map<string, UnitDefinition>()
  for (const unit of units) {
    for (const surface of unit.surfaces) if (!suffixes.has(surface)) suffixes.set(surface, unit)
    for (const surface of unit.prefixes ?? []) if (!prefixes.has(surface)) prefixes.set(surface, unit)
  }
  // The first token of each unit surface, with the most tokens a surface starting with it has: most words start none.
  const surfaceStarts = new Map<string, number>()
  for (const surface of suffixes.keys()) {
    const words = tokenize(surface)
    const first = words[0]?.lower
    if (first !== undefined) surfaceStarts.set(first, Math.max(surfaceStarts.get(first) ?? 0, words.length))
  }
  const stopWords = new Set(lexicon.stopWords)
  const perUnits = new Set(lexicon.perUnits)
  const notRates = new Set(lexicon.notRates)
  const labels = new Set(lexicon.labels)
  const increases = new Set(lexicon.increases)
  const decreases = new Set(lexicon.decreases)
  const plurals = new Set(lexicon.plurals)
  const directionLeads = new Set(lexicon.directionLeads)
  const partitives = new Set(lexicon.partitives)
  const ageLeads = lexicon.ageLeads
  const relativeTimeWords = new Set(lexicon.relativeTimeWords)
  const pronounOne = new Set(lexicon.pronounOne)
  const addedWords = new Set(lexicon.addedWords)
  const coordinators = new Set(lexicon.coordinators)
  const levelWords = new Set(lexicon.levelWords)
  const notElided = new Set(lexicon.notElided)
  // The words before the number of each numbered name, by that number: "500" -> ["s&p", "sp", ...].
  const namesByNumber = new Map<string, string[]>()
  for (const name of lexicon.numberedNames) {
    const cut = name.lastIndexOf(' ')
    const number = name.slice(cut + 1)
    namesByNumber.set(number, [...(namesByNumber.get(number) ?? []), name.slice(0, cut + 1).toLowerCase()])
  }
  const boundPhrases = Object.keys(lexicon.bounds)
    .map((phrase) => phrase.split(' '))
    .sort((a, b) => b.length - a.length)
  // Bound phrases by their last word, longest first: a number looks up only the word before it.
  const boundsEndingWith = new Map<string, string[][]>()
  for (const words of boundPhrases) boundsEndingWith.set(words.at(-1) as string, [...(boundsEndingWith.get(words.at(-1) as string) ?? []), words])
  const vaguePhrases = Object.keys(lexicon.vague)
    .map((phrase) => phrase.split(' '))
    .sort((a, b) => b.length - a.length)
  const vagueStarts = new Set(vaguePhrases.map((words) => words[0] as string))
  // A sentence with no digit and none of the words a quantity is written with holds none, and most
  // sentences of an article are skipped with one scan. Short magnitudes ("m", "bn") only follow digits.
  const quantityWords = [...Object.keys(lexicon.numbers), ...Object.keys(lexicon.magnitudes).filter((word) => word.length > 3), ...Object.keys(lexicon.fractions), ...vagueStarts]
  const lettered = quantityWords.filter((word) => /^\p{L}/u.test(word)).map(escapeRegExp)
  const signs = quantityWords.filter((word) => !/^\p{L}/u.test(word)).map(escapeRegExp)
  const wordsPattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${lettered.join('|')})|fold(?![\\p{L}\\p{M}])${signs.map((sign) => `|${sign}`).join('')}`, 'iu')
  const mayHoldQuantity = (sentence: string) => digit.test(sentence) || wordsPattern.test(sentence)
  const numberWords = new Set(Object.keys(lexicon.numbers))
  /** Whether a word can open a quantity: checked first, so the other readings run on few words. "a" opens one only before a number word ("a third", "a million", "a half hour"). */
  const startsQuantity = (word: string, next: string) => {
    if (word === 'a' || word === 'an') return numberWords.has(next) || lexicon.magnitudes[next] !== undefined || lexicon.fractions[next] !== undefined
    const dash = word.indexOf('-')
    const head = dash < 0 ? word : word.slice(0, dash)
    return numberWords.has(head) || head === 'minus' || head === 'sub' || word.endsWith('fold')
  }
  // "-s" makes a plural, but not in "-ss", "-ous" ("previous", "various") nor after a consonant and "u" ("virus", "bonus").
  const isPlural = (token: Token) => plurals.has(token.lower) || (/[^s]s$/.test(token.lower) && !/(?:ou|[^aeiou]u)s$/.test(token.lower) && !stopWords.has(token.lower))
  const isChange = (word: string | undefined) => (increases.has(word ?? '') ? 'increase' : decreases.has(word ?? '') ? 'decrease' : undefined)

  function wordNumber(tokens: Token[], index: number): Phrase | undefined {
    const token = tokens[index]
    if (!token || token.kind !== 'word') return undefined
    const [head, tail] = token.lower.split('-')
    let value = lexicon.numbers[head ?? '']
    if (value === undefined) return undefined
    // "half", "quarter" are numbers only before a magnitude ("quarter million", "half a million") or after "a", before
    // a unit ("a half hour", "a quarter mile"); "a half marathon" is a race, "half of them" a fraction phrase.
    const ofUnit = value < 1 && tail === undefined && tokens[index - 1]?.lower === 'a' && suffixes.has(tokens[index + 1]?.lower ?? '')
    const halfA = head === 'half' && tail === undefined && /^an?$/.test(tokens[index + 1]?.lower ?? '') && lexicon.magnitudes[tokens[index + 2]?.lower ?? ''] && tokens[index + 2]?.kind === 'word'
    if (halfA) return {next: index + 2, value, scale: 1}
    if (value < 1 && (tail !== undefined || (!lexicon.magnitudes[tokens[index + 1]?.lower ?? ''] && !ofUnit))) return undefined
    if (value === 0) return undefined
    if (tail !== undefined) {
      const unitsDigit = lexicon.numbers[tail]
      if (unitsDigit === undefined || unitsDigit >= 10 || unitsDigit < 1 || value < 20) return undefined
      value += unitsDigit
    } else if (value >= 20 && value < 100 && value % 10 === 0) {
      const next = lexicon.numbers[tokens[index + 1]?.lower ?? '']
      if (next !== undefined && next < 10 && next >= 1) return {next: index + 2, value: value + next, scale: 1}
    }
    return {next: index + 1, value, scale: 1}
  }

  /** "m" after a number is a million before what is counted ("35m tonnes", "5m people", "12m of them"), else a metre. */
  function millionM(tokens: Token[], index: number): boolean {
    const scale = tokens[index] as Token
    if (scale.text === 'M') return true
    const after = tokens[index + 1]
    if (!after || after.kind !== 'word' || !glued(tokens[index - 1], scale)) return false
    return after.lower === 'of' || (after.text.length > 1 && suffixes.has(after.lower)) || (!capitalized(after) && isPlural(after))
  }

  /** A number at `index`: digits with a fraction, or number words, then magnitude words. */
  function numberAt(tokens: Token[], index: number, money: boolean): Phrase | undefined {
    const token = tokens[index]
    if (!token) return undefined
    let phrase: Phrase | undefined
    const signed = token.kind === 'word' ? /^(minus|sub)-(\d+(?:\.\d+)?)$/.exec(token.lower) : null
    if (token.kind === 'number') {
      phrase = {next: index + 1, value: Number(token.text.replace(/[, ]/g, '')), scale: 1}
      // "2 1/2", "2½"
      const [numerator, slash, denominator] = [tokens[index + 1], tokens[index + 2], tokens[index + 3]]
      const vulgar = lexicon.numbers[numerator?.text ?? '']
      if (numerator?.kind === 'number' && (slash?.text === '/' || slash?.text === '⁄') && denominator?.kind === 'number' && Number(numerator.text) < Number(denominator.text) && Number(denominator.text) <= 16) {
        phrase = {next: index + 4, value: phrase.value + Number(numerator.text) / Number(denominator.text), scale: 1}
      } else if (numerator?.kind === 'symbol' && vulgar !== undefined && glued(token, numerator)) {
        phrase = {next: index + 2, value: phrase.value + vulgar, scale: 1}
      }
    } else if (token.kind === 'symbol') {
      const vulgar = lexicon.numbers[token.text]
      if (vulgar === undefined) return undefined
      phrase = {next: index + 1, value: vulgar, scale: 1}
    } else if (signed) {
      // "minus-5 yards", "sub-7 nanometre chips"
      const magnitude = Number(signed[2])
      phrase = signed[1] === 'minus' ? {next: index + 1, value: -magnitude, scale: 1} : {next: index + 1, value: magnitude, scale: 1, bound: 'lessThan'}
    } else if ((token.lower === 'a' || token.lower === 'an') && lexicon.magnitudes[tokens[index + 1]?.lower ?? ''] && tokens[index + 1]?.kind === 'word' && (tokens[index + 1]?.text.length ?? 0) > 2) {
      // "a million", "a dozen"; not "a k a", where a one-letter magnitude stands alone.
      phrase = {next: index + 1, value: 1, scale: 1}
    } else {
      phrase = wordNumber(tokens, index)
    }
    if (!phrase) return undefined
    // "two and a half", "one and a half million"
    if (tokens[phrase.next]?.lower === 'and' && tokens[phrase.next + 1]?.lower === 'a' && tokens[phrase.next + 2]?.lower === 'half') {
      phrase = {...phrase, next: phrase.next + 3, value: phrase.value + 0.5}
    }
    let wordScale = 0
    for (let scale = tokens[phrase.next]; scale && scale.kind === 'word'; scale = tokens[phrase.next]) {
      const factor = lexicon.magnitudes[scale.lower]
      const adjacent = scale.start === tokens[phrase.next - 1]?.end
      // A one-letter magnitude ("5m", "$3bn") must touch the number; "m" is a magnitude only for money or what is
      // counted, "t" only for money ("$2.1T"; "5t" is five tonnes).
      if (factor === undefined || (scale.text.length <= 2 && !adjacent) || (scale.lower === 'm' && !money && !millionM(tokens, phrase.next)) || (scale.lower === 't' && !money)) break
      if (scale.lower === 'hundred' && tokens[phrase.next + 1]?.lower === 'thousand') {
        phrase = {...phrase, next: phrase.next + 2, value: phrase.value * 100_000, scale: phrase.scale * 100_000}
        wordScale = 1000
        continue
      }
      phrase = {...phrase, next: phrase.next + 1, value: phrase.value * factor, scale: phrase.scale * factor}
      if (scale.text.length > 2) wordScale = factor
    }
    // "twenty-eight thousand six hundred forty-two", "one hundred and five": smaller number words add up.
    if (wordScale > 1 && token.kind === 'word') {
      const and = tokens[phrase.next]?.lower === 'and' ? 1 : 0
      const rest = tokens[phrase.next + and]?.kind === 'word' ? numberAt(tokens, phrase.next + and, money) : undefined
      if (rest && rest.value < wordScale && rest.value >= 1) phrase = {...phrase, next: rest.next, value: phrase.value + rest.value}
    }
    return phrase
  }

  function unitAt(tokens: Token[], index: number, afterNumberEnd: number): UnitMatch | undefined {
    const first = tokens[index]
    if (!first) return undefined
    const touching = first.start === afterNumberEnd
    for (let size = Math.min(surfaceStarts.get(first.lower) ?? 0, tokens.length - index); size >= 1; size--) {
      const slice = tokens.slice(index, index + size)
      const spaced = slice.map((token) => token.lower).join(' ')
      // Written without spaces only when the text has none: "km/h", "km2", not "m 2".
      const tight = size > 1 && slice.every((token, at) => at === 0 || glued(slice[at - 1], token)) ? slice.map((token) => token.lower).join('') : undefined
      const unit = suffixes.get(spaced) ?? (tight ? suffixes.get(tight) : undefined)
      if (!unit) continue
      if (size === 1 && first.text.length === 1) {
        // One-letter symbols ("m", "g", "C") only when they touch the number, in their own case: "5m", "30C", not "5G".
        // Spaced, they stand only in a compound measure: "12 m 2 dm", "5 m 30 cm".
        if (letters.test(first.text) && (!unit.symbol.endsWith(first.text) || (!touching && !compoundMeasure(tokens, index, unit)))) continue
        // "5 $10 bills": a sign before a number belongs to that number.
        if (!letters.test(first.text) && tokens[index + 1]?.kind === 'number' && first.text !== '%') continue
      }
      return {unit, next: index + size}
    }
    // "52,000 barrel-a-day", "a 12-cent-a-share dividend", "43.4 percent-owned"
    const [base, per, rate] = first.lower.split('-')
    const lead = first.kind === 'word' && per !== undefined && (base?.length ?? 0) > 1 ? suffixes.get(base ?? '') : undefined
    // "year-old" is an age, which the caller reads; not a unit "year".
    if (lead && !rate && per !== 'old' && per !== 'olds') return {unit: lead, next: index + 1}
    const rated = first.kind === 'word' && rate && (per === 'a' || per === 'an' || per === 'per') ? suffixes.get(base ?? '') : undefined
    if (rated && perUnits.has(rate ?? '')) return {unit: rated, next: index + 1, rate}
    const code = scaledCode.exec(first.text)
    const currency = code ? suffixes.get((code[2] as string).toLowerCase()) : undefined
    if (code && currency?.currency) return {unit: currency, next: index + 1, factor: code[1] === 'M' ? 1e6 : 1e3}
    return undefined
  }

  function compoundMeasure(tokens: Token[], index: number, unit: UnitDefinition): boolean {
    const [number, next] = [tokens[index + 1], tokens[index + 2]]
    if (number?.kind !== 'number' || !next || next.text.length < 2) return false
    return unitAt(tokens, index + 2, number.end)?.unit.dimension === unit.dimension
  }

  /** A currency sign or code before the number at `start`: "$64", "US$5", "$US5", "c $ 16", "USD 50", "MEUR 120". */
  function prefixBefore(tokens: Token[], start: number): {unit: UnitDefinition; first: number; factor?: number} | undefined {
    const [token, one, two] = [tokens[start] as Token, tokens[start - 1], tokens[start - 2]]
    if (!one) return undefined
    const touching = glued(one, token) || one.kind === 'symbol'
    // "u.s $ 5": the letter that ends an abbreviation is no country of its own ("S$").
    const abbreviated = two?.text.length === 1 && tokens[start - 3]?.text === '.' && glued(tokens[start - 3], two)
    const pair = two && touching && !abbreviated ? prefixes.get(two.lower + one.lower) : undefined
    // "HK $", "c $": a country before a spaced sign; never "a $5 bill".
    if (pair && two && (glued(two, one) || (two.kind === 'word' && one.kind === 'symbol' && two.lower !== 'a' && two.lower !== 'i'))) {
      return {unit: pair, first: start - 2}
    }
    const single = prefixes.get(one.lower)
    if (single && touching) return {unit: single, first: start - 1}
    // "magnitude 6.4": a word that names a measure before its figure.
    if (single && !single.currency && one.kind === 'word') return {unit: single, first: start - 1}
    if (single && one.kind === 'word' && one.text.length === 3 && single.currency) return {unit: single, first: start - 1}
    const code = scaledCode.exec(one.text)
    const currency = code ? prefixes.get((code[2] as string).toLowerCase()) : undefined
    if (code && currency?.currency) return {unit: currency, first: start - 1, factor: code[1] === 'M' ? 1e6 : 1e3}
    return undefined
  }

  function boundBefore(tokens: Token[], index: number): {bound: Bound; start: number} | undefined {
    for (const words of boundsEndingWith.get(tokens[index - 1]?.lower ?? '') ?? []) {
      const from = index - words.length
      if (from < 0) continue
      if (words.every((word, offset) => tokens[from + offset]?.lower === word)) {
        return {bound: lexicon.bounds[words.join(' ')] as Bound, start: from}
      }
    }
    return undefined
  }

  function changeNear(tokens: Token[], start: number): Quantity['change'] {
    // "shares were up 5%", "16,369 up 58 points": up and down qualify only the figure right after them.
    const before = tokens[start - 1]?.lower
    if (before === 'up' || before === 'down') {
      const head = tokens[start - 2]
      if (!head || head.kind === 'number' || head.text === ',' || directionLeads.has(head.lower)) return before === 'up' ? 'increase' : 'decrease'
    }
    // "rose 5%", "fell by 2%", "dropped to 49.5": a verb before the figure, not a noun with its complement ("an increase of 5%").
    for (let index = start - 1; index >= Math.max(0, start - 4); index--) {
      const token = tokens[index] as Token
      if (token.lower === 'to') break
      if (token.kind === 'number' || /^(?:at|of|in|,)$/.test(token.lower)) break
      const change = isChange(token.lower)
      if (change) return change
    }
    return undefined
  }

  /** What a count counts: the noun phrase after the number ("five NBA teams", "300 people", "one proposal"). */
  function countedAfter(tokens: Token[], index: number, single: boolean): {of: string; next: number} | undefined {
    const run: Token[] = []
    let namePlural: Token | undefined
    // Words in the run, and the lower-case ones among them; a name's numbers and "and" count as neither.
    let wordCount = 0
    let lowerCase = 0
    for (let at = index; at < Math.min(tokens.length, index + 7); at++) {
      const token = tokens[at] as Token
      // A name may hold a number or an "and" ("Model 3 sedans", "Model S and Model X vehicles").
      // "two new 737 Max jets": a number before a name, after the count, is a model; the noun it qualifies must follow.
      const model = token.kind === 'number' && capitalized(tokens[at + 1]) && !glued(token, tokens[at + 1])
      const inName = (model || (run.length > 0 && run.every(capitalized))) && tokens[at + 1]?.kind === 'word' && (token.kind === 'number' || (token.lower === 'and' && capitalized(tokens[at + 1])))
      if (inName) {
        run.push(token)
        // "Model 3s", "F-16s": the name's plural ends the phrase.
        const plural = tokens[at + 1] as Token
        if (token.kind === 'number' && plural.lower === 's' && glued(token, plural)) {
          run.push(plural)
          namePlural = plural
          break
        }
        continue
      }
      if (token.kind !== 'word' || stopWords.has(token.lower) || wordCount >= 5) break
      const capital = capitalized(token)
      // Capitalized words may qualify the noun ("10 Ukrainian missiles", "two S-300 missiles"), not follow it.
      if (capital && lowerCase > 0 && run.at(-1)?.kind !== 'number' && !(capitalized(run.at(-1)) && run.at(-2)?.kind === 'number')) break
      run.push(token)
      wordCount++
      if (!capital) lowerCase++
      if (!capital && isPlural(token)) break
    }
    let common = commonWords(run)
    const joiner = run.findIndex((token) => token.kind === 'number' || token.lower === 'and')
    // A name that qualifies no plural noun ("12 Democrats and Republicans voted") stops before the "and".
    if (joiner >= 0 && !common.some(isPlural) && !namePlural) {
      run.length = joiner
      common = commonWords(run)
    }
    // A name's own plural ("Model 3s") is what is counted.
    let head = namePlural
    if (!head && single) {
      // "one proposal asks", "one proposal passed": the noun agrees with one; a verb may follow it.
      const verb = common.findIndex((token, at) => at > 0 && (isPlural(token) || /(?:ed|ing)$/.test(token.lower)))
      head = verb > 0 ? common[verb - 1] : common.at(-1)
    } else if (!head) {
      // "1,307,000 Americans": a people named by a capitalized plural.
      head = common.find(isPlural) ?? (common.length === 0 && run.length === 1 && isPlural(run[0] as Token) ? run[0] : undefined)
      // "a 12 page document", "a 3 cylinder engine": the first of two nouns is what is counted; not a verb ("3 blamed
      // energy", "2 voting members").
      const verb = /^\p{L}{3,}(?:[^e]ed|ing)$/u.test((run[0] as Token | undefined)?.lower ?? '')
      if (!head && !verb && common.length >= 2 && run[0] === common[0] && run[1] === common[1]) {
        return {of: (run[0] as Token).text, next: index + 1}
      }
    }
    if (!head) return undefined
    // The words right before the noun that qualify it, stopping at a hyphenated one ("air-launched", "S-300").
    let from = run.indexOf(head)
    while (from > 0 && !(run[from - 1] as Token).text.includes('-')) from--
    const at = index + run.indexOf(head)
    // Written as the text has it: "Model 3s", "Model S and Model X vehicles".
    const words = run.slice(from, run.indexOf(head) + 1)
    return {of: words.map((token, place) => (place > 0 && !glued(words[place - 1], token) ? ' ' : '') + token.text).join(''), next: at + 1}
  }

  /** The lower-case words of a noun phrase, without the numbers and "and" a name may hold. */
  function commonWords(run: Token[]): Token[] {
    return run.filter((token) => token.kind === 'word' && token.lower !== 'and' && !capitalized(token))
  }

  function isProperName(tokens: Token[], index: number): boolean {
    const [first, second] = [tokens[index], tokens[index + 1]]
    return capitalized(first) && (capitalized(second) || !second || second.kind === 'symbol')
  }

  return {
    find(sentence, offset, blocked) {
      if (!mayHoldQuantity(sentence)) return []
      const tokens = tokenize(sentence)
      const found: Quantity[] = []
      let index = 0
      // Tokens up to here belong to a quantity already found: "10 rmb 20 usd" is 10 yuan, then 20 dollars.
      let claimed = 0
      while (index < tokens.length) {
        const quantity = quantityAt(index)
        if (quantity) {
          const previous = found.at(-1)
          if (previous) restates(previous, quantity.value)
          found.push(quantity.value)
          index = quantity.next
          claimed = index
        } else index++
      }
      for (let at = found.length - 2; at >= 0; at--) {
        shareSuspendedUnit(found[at] as Quantity, found[at + 1] as Quantity)
        joinSuspendedRange(at)
      }
      for (const [at, quantity] of found.entries()) carryUnit(at, quantity)
      return found

      /** "a 7- or 8-inch screen", "four-, five- and six-cylinder engines": a number left hanging on a hyphen takes the unit of the compound that completes it. */
      function shareSuspendedUnit(quantity: Quantity, next: Quantity): void {
        if (!isBare(quantity)) return
        if (!/^-(?:,?\s(?:or|and|to)\s|,\s)$/.test(sentence.slice(quantity.end - offset, next.start - offset))) return
        // The next figure completes the compound ("8-inch"), or hangs on its own hyphen and took the unit of the one after.
        if (!/^[\p{L}\d.,]+-\p{L}/u.test(next.text) && !sentence.startsWith('-', next.end - offset)) return
        takeUnit(quantity, next)
      }

      /** "an 8- to 16-metre telescope": a figure left hanging on a hyphen and the compound after "to" are one range. */
      function joinSuspendedRange(at: number): void {
        const [low, high] = [found[at] as Quantity, found[at + 1] as Quantity]
        if (!low.unit || low.unit.id !== high.unit?.id || high.range || high.value <= low.value) return
        if (!/^-\s+to\s+$/.test(sentence.slice(low.end - offset, high.start - offset))) return
        const range: Quantity = {...high, start: low.start, text: sentence.slice(low.start - offset, high.end - offset), value: low.value, range: [low.value, high.value], bound: low.bound}
        if (low.normalized) range.normalized = low.normalized
        found.splice(at, 2, range)
      }

      /** "rose 64 points to 4,577.10", "460 vehicles compared with 63", "16,369 up 58 points": a bare figure takes the unit of the figure it is measured against. */
      function carryUnit(at: number, quantity: Quantity): void {
        if (!isBare(quantity)) return
        const words = sentence.slice(Math.max(0, quantity.start - offset - 24), quantity.start - offset).trimEnd().toLowerCase().split(' ').slice(-2)
        const next = found[at + 1]
        const measured = next && /^\s*(?:up|down)\s*$/.test(sentence.slice(quantity.end - offset, next.start - offset)) && next.dimension !== 'percentage' ? next : undefined
        // "to 3.9 million headsets, up from 2.4 million": the figure a change started from.
        const compared = words.at(-1) === 'to' || words.at(-1) === 'versus' || (words[0] === 'compared' && words[1] === 'with') || (words[1] === 'from' && (words[0] === 'up' || words[0] === 'down'))
        const source = measured ?? (compared ? found.slice(Math.max(0, at - 4), at).reverse().find((other) => (other.unit && other.dimension !== 'percentage') || other.of) : undefined)
        if (source) takeUnit(quantity, source)
        else if (quantity.value < 10 && sentence.endsWith('or ', quantity.start - offset) && orAfterOne(quantity)) return
        else if (at > 0) {
          // The figure before, passing over amounts of time, which are seldom left out ("68400 people out of work for two years and 95800 for three").
          let earlier: Quantity | undefined
          for (let back = at - 1; back >= Math.max(0, at - 4) && !earlier; back--) {
            const other = found[back] as Quantity
            if (other.dimension !== 'time' && other.dimension !== 'age') earlier = other
          }
          if (earlier && ((earlier.unit && !earlier.range) || earlier.of) && elided(found[at - 1] as Quantity, quantity)) takeUnit(quantity, earlier)
        }
      }

      /** "a day or two", "another pick or two": a small number after "or" counts or measures the noun one of which came before. */
      function orAfterOne(quantity: Quantity): boolean {
        const [article, noun, or] = sentence.slice(Math.max(0, quantity.start - offset - 32), quantity.start - offset).trimEnd().split(' ').slice(-3)
        if (or?.toLowerCase() !== 'or' || !noun || !/^(?:a|an|another|one)$/i.test(article ?? '') || !/^\p{Ll}+$/u.test(noun)) return false
        const unit = suffixes.get(noun)
        if (unit && noun.length > 1 && !unit.currency) {
          quantity.unit = {id: unit.id, name: unit.name, symbol: unit.symbol}
          quantity.dimension = unit.dimension
          const normalized = normalize(quantity.value, unit)
          if (normalized) quantity.normalized = normalized
        } else if (!unit && !stopWords.has(noun)) quantity.of = noun
        return true
      }

      /**
       * "435 homes by sale and 187 by tender", "84.75 cents, while the lowest is 74.07": a bare figure a few words after a
       * coordinator that follows the figure before it leaves out that figure's unit; not a level ("and closed at 3,210").
       */
      function elided(previous: Quantity, quantity: Quantity): boolean {
        const between = sentence.slice(previous.end - offset, quantity.start - offset)
        if (between.length > 60 || /[;:()]/.test(between)) return false
        // A preposition, a verb or the end may follow ("and 187 by tender", "and 5 were"); not a noun of its own ("and two
        // new ones"), the number itself ("and 32 is the total") nor a part of a group ("while two of the teams").
        const following = /^\s*(?:(\p{L}+)|\d)/u.exec(sentence.slice(quantity.end - offset, quantity.end - offset + 16))
        if (following && (following[1] === undefined || notElided.has(following[1].toLowerCase()) || !stopWords.has(following[1].toLowerCase()))) return false
        const words = between.toLowerCase().split(/[\s,]+/)
        let lead = -1
        for (let at = words.length - 1; at >= Math.max(0, words.length - 5); at--) {
          if (coordinators.has(words[at] as string)) {
            lead = at
            break
          }
        }
        return lead >= 0 && words.slice(lead + 1).every((word) => !levelWords.has(word))
      }

      /** A figure with no unit and nothing counted, which may take them from a figure beside it. */
      function isBare(quantity: Quantity): boolean {
        return !quantity.unit && !quantity.of && !quantity.range && quantity.dimension === 'count'
      }

      /** `quantity` measured as `source` is: in its unit (with its own SI value), or counting what it counts. A rate's unit is not in the vocabulary and passes on nothing. */
      function takeUnit(quantity: Quantity, source: Quantity): void {
        const unit = source.unit ? unitById.get(source.unit.id) : undefined
        if (unit && source.unit) {
          quantity.unit = {...source.unit}
          quantity.dimension = source.dimension
          const normalized = normalize(quantity.value, unit)
          if (normalized) quantity.normalized = normalized
        } else if (source.of && !source.unit) quantity.of = source.of
      }

      /** "lost 190 points, or 0.6%", "more than 7.5 million crowns ($1.1 million)": the second figure restates the first's rise or fall, and its bound. */
      function restates(previous: Quantity, quantity: Quantity): void {
        const between = sentence.slice(previous.end - offset, quantity.start - offset)
        if (!/^\s*\(\s*$/.test(between) && !/^,?\s*or\s*$/.test(between)) return
        if (!quantity.change && previous.change) quantity.change = previous.change
        // A comparison carries over ("more than 7.5 million crowns ($1.1 million)"); "about" does not: the
        // restatement is a conversion, stated as a figure of its own ("some seven miles (11 km)").
        if (quantity.bound === 'exact' && previous.bound !== 'exact' && previous.bound !== 'approximate' && !quantity.range) quantity.bound = previous.bound
      }

      function quantityAt(start: number): {value: Quantity; next: number} | undefined {
        const token = tokens[start] as Token
        const vague = vagueStarts.has(token.lower) ? vaguePhrases.find((words) => words.every((word, at) => tokens[start + at]?.lower === word)) : undefined
        if (vague) {
          const [low, high] = lexicon.vague[vague.join(' ')] as [number, number]
          let next = start + vague.length
          if (tokens[next]?.lower === 'of') next++
          const counted = countedAfter(tokens, next, false)
          const unit = counted ? undefined : unitAt(tokens, next, -1)
          return build(start, counted?.next ?? unit?.next ?? start + vague.length, low, [low, high], unit?.unit, counted?.of, undefined)
        }
        if (token.kind === 'symbol' && lexicon.numbers[token.text] === undefined) return undefined
        // Most words start no quantity; only number words ("two-thirds", "sixfold"), "a", "minus-" and "sub-" can.
        if (token.kind === 'word' && !startsQuantity(token.lower, tokens[start + 1]?.lower ?? '')) return undefined
        const sign = prefixBefore(tokens, start)
        const prefixed = sign && sign.first >= claimed ? sign : undefined
        let prefix = prefixed?.unit
        const minus = !prefixed && start - 1 >= claimed && isMinusSign(start)
        const first = prefixed?.first ?? (minus ? start - 1 : start)
        const [dash, after] = [tokens[start + 1], tokens[start + 2]]
        const spaced = numberWords.has(token.lower) && dash?.text === '-' && !glued(token, dash) && after?.kind === 'word' && !glued(dash, after) && !numberWords.has(after.lower)
        if (spaced) return hyphenated(start, true)
        const compound = hyphenated(start, false) ?? spokenFraction(start)
        if (compound) return compound
        const number = fraction(start) ?? numberAt(tokens, start, prefix !== undefined)
        if (!number) return undefined
        // "eight more picks", "two more weeks": what is added is counted or measured past the word that adds it.
        const afterAdded = tokens[number.next + 1]
        const added = !prefix && addedWords.has(tokens[number.next]?.lower ?? '') && afterAdded?.kind === 'word' && !stopWords.has(afterAdded.lower) && !capitalized(afterAdded) ? 1 : 0
        // The unit right after the number, read once for the exclusions and for the quantity.
        const unitAfter = !prefix && tokens[number.next] ? unitAt(tokens, number.next + added, added ? -1 : (tokens[number.next - 1]?.end ?? 0)) : undefined
        if (!prefix && isExcluded(start, number, unitAfter)) return undefined
        let value = number.value * (prefixed?.factor ?? 1) * (minus ? -1 : 1)
        let next = number.next
        let range: [number, number] | undefined
        let of: string | undefined
        let rate: string | undefined
        let dimension: string | undefined
        // "640-mile", "30-year-old"
        // "30 - year bonds": tokenized text spaces the hyphen of a compound; "30 - 40" stays a range.
        const hyphen = tokens[next]?.text === '-' && (glued(tokens[next - 1], tokens[next]) || (tokens[next + 1]?.kind === 'word' && tokens[next + 2]?.kind === 'word'))
        if (!prefix) {
          const found = (hyphen ? unitAt(tokens, next + 1, -1) : unitAfter) ?? (number.value < 1 ? unitOfOne(next) : undefined) ?? bracketedUnit(next) ?? inchesAfterFeet(next)
          if (found) {
            prefix = found.unit
            next = found.next
            rate = found.rate
            value *= found.factor ?? 1
          }
        }
        const stated = prefix
        // "75 USD million"
        const lateScale = stated?.currency ? lexicon.magnitudes[tokens[next]?.lower ?? ''] : undefined
        if (lateScale && (tokens[next] as Token).text.length > 2) {
          value *= lateScale
          next++
        }
        // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50."
        if (stated?.currency && !stated.factor) {
          const and = tokens[next]?.lower === 'and' ? 1 : 0
          const minor = tokens[next + and]?.kind === 'symbol' ? undefined : numberAt(tokens, next + and, false)
          const after = minor ? tokens[minor.next] : undefined
          const minorUnit = after ? suffixes.get(after.lower) : undefined
          if (minor && Number.isInteger(minor.value) && minor.value < 100 && minor.scale === 1) {
            if (minorUnit?.factor === 0.01 && minorUnit.currency) {
              value += minor.value / 100
              next = minor.next + 1
            } else if (!after || /^[.,;!?]$/.test(after.text)) {
              value += minor.value / 100
              next = minor.next
            }
          }
        }
        const bounded = boundBefore(tokens, first)
        const signedValue = minus ? -number.value : number.value
        // Ranges: "252-287 miles", "5 to 10 km", "between $62 and $68", "from 208 pounds to 193".
        const from = tokens[(bounded?.start ?? first) - 1]?.lower === 'from'
        const joiner = tokens[next]
        const rangeWord = joiner?.text === '-' || joiner?.text === '–' || joiner?.lower === 'to' || (joiner?.lower === 'and' && tokens[first - 1]?.lower === 'between')
        // "0-to-60-mph", "a 5-to-10-year term": the rest of the range is one hyphenated word.
        const joined = joiner?.text === '-' && glued(tokens[next - 1], joiner) && glued(joiner, tokens[next + 1]) ? joinedRangeEnd.exec(tokens[next + 1]?.lower ?? '') : null
        const joinedUnit = joined?.[2] === undefined ? undefined : suffixes.get(joined[2])
        if (joined && !prefix && Number(joined[1]) > value && (joined[2] === undefined || joinedUnit)) {
          range = [value, Number(joined[1])]
          prefix = joinedUnit
          next += 2
        } else if (rangeWord && joiner) {
          const upper = upperAt(next + 1, prefix !== undefined)
          const upperUnit = upper?.unit
          // One range, one unit: "5 to 10 km", "5-10%", "$5 to $10"; not "7% to $2.3 billion".
          const sameUnit = upperUnit ? !prefix || upperUnit.id === prefix.id : !prefix || joiner.text !== 'to' || from
          const ordered = upper && (from ? upper.phrase.value !== signedValue : upper.phrase.value > signedValue)
          // "fell 3.5p to 412p", "rose $5 to $50": after a rise or fall, a figure with its unit "to" another is the change, then the level.
          const changeThenLevel = !from && joiner.lower === 'to' && stated !== undefined && upperUnit !== undefined && changeNear(tokens, bounded?.start ?? first) !== undefined
          if (upper && ordered && sameUnit && !changeThenLevel) {
            // "$89 to $93 billion", "5 to 10 million": the magnitude of the upper end is the lower end's too.
            const shared = number.scale === 1 && upper.phrase.scale > 1 && value * upper.phrase.scale <= upper.phrase.value * 100
            const low = shared ? value * upper.phrase.scale : value
            range = [low, upper.phrase.value * (upper.factor ?? 1)]
            value = low
            next = upper.next
            prefix = upperUnit ?? prefix
            rate = upper.rate ?? rate
          }
        }
        if (prefix && !rate) {
          const per = perAfter(next)
          if (per) {
            rate = per.rate
            next = per.next
            const upper = from && !range ? rateRangeEnd(next, prefix, rate, value) : undefined
            if (upper) {
              range = [value, upper.value]
              next = upper.next
            }
          }
        }
        // "30 years old", "a 30-year-old", "28 - year - old": an age.
        if (prefix?.dimension === 'time' && tokens[next]?.text === '-' && /^olds?$/.test(tokens[next + 1]?.lower ?? '')) {
          dimension = 'age'
          next += 2
        }
        const spacedAge = !prefix && tokens[next]?.text === '-' && suffixes.get(tokens[next + 1]?.lower ?? '')?.dimension === 'time' && tokens[next + 2]?.text === '-' && /^olds?$/.test(tokens[next + 3]?.lower ?? '')
        const aged = prefix ? undefined : agedAt(hyphen ? next + 1 : next)
        if (spacedAge) {
          prefix = suffixes.get(tokens[next + 1]?.lower ?? '')
          dimension = 'age'
          next += 4
        } else if (aged) {
          prefix = aged.unit
          value *= aged.scale
          dimension = 'age'
          next += hyphen ? 2 : 1
        } else if (prefix?.dimension === 'time' && tokens[next]?.lower === 'old') {
          dimension = 'age'
          next++
        } else if (!prefix && (isAppositiveAge(start, number) || isStatedAge(start, number))) {
          // "Maddon, 66, said", "a man aged 45": an age.
          prefix = suffixes.get('year')
          dimension = 'age'
        }
        if (!prefix) {
          // "two of the victims", "35m of its devices": a part of a group counts the group's members.
          const partOf = tokens[next]?.lower === 'of' && partitives.has(tokens[next + 1]?.lower ?? '')
          const counted = countedAfter(tokens, next + (next === number.next ? added : 0), value <= 1 && !range) ?? (partOf ? wholeGroup(next + 2) : undefined)
          if (counted) {
            of = counted.of
            next = counted.next
          } else if (tokens[next]?.kind === 'number') of = measuredCount(next)
        }
        // A range from one figure to another states both ends: no bound, no rise or fall of its own.
        const bound = from && range ? undefined : (bounded?.bound ?? number.bound)
        const change = from && range ? undefined : changeNear(tokens, bounded?.start ?? first)
        const rated = prefix && rate ? {...prefix, id: `${prefix.id}/${rate}`, name: `${prefix.name} per ${rate}`, symbol: `${prefix.symbol}/${rate}`, dimension: 'rate', convert: undefined, factor: undefined, currency: undefined} : prefix
        return build(bounded?.start ?? first, next, value, range, rated, of, bound, change, dimension)
      }

      /**
       * "-18 °C", "−5C", "GDP -2%", "minus 12C": a minus sign touching the number at `index`, or the word, not a hyphen
       * between two words or numbers ("F-16", "5-10") nor a subtraction ("10 minus 3").
       */
      function isMinusSign(index: number): boolean {
        const [before, sign, number] = [tokens[index - 2], tokens[index - 1], tokens[index]]
        if (number?.kind !== 'number' || !sign || before?.kind === 'number') return false
        if (sign.lower === 'minus') return true
        return (sign.text === '-' || sign.text === '\u2212') && glued(sign, number) && !glued(before, sign)
      }

      /** "year-old", "million-year-old": the word of an age, with the magnitude it may hold ("400 million-year-old bedrock"). */
      function agedAt(index: number): {unit: UnitDefinition; scale: number} | undefined {
        const words = agedWord.exec(tokens[index]?.lower ?? '')
        const scale = words?.[1] === undefined ? 1 : lexicon.magnitudes[words[1]]
        const unit = words && scale !== undefined ? suffixes.get(words[2] as string) : undefined
        return unit?.dimension === 'time' ? {unit, scale: scale as number} : undefined
      }

      /**
       * What the quantity ending before `index` is per: "$70 a share", "500,000 barrels a day", "$70-a-share",
       * "50 km/ms", "37.8 micrograms per gram", "2.4 billion gallons of jet fuel a year"; not "$5 billion a year earlier".
       */
      function perAfter(index: number): {rate: string; next: number} | undefined {
        const word = tokens[index]?.lower
        const slash = word === '/' && glued(tokens[index - 1], tokens[index])
        const at = word === '-' && /^(?:a|an|per)$/.test(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.text === '-' ? index + 3 : word === 'per' || word === 'a' || word === 'an' || slash ? index + 1 : -1
        // "a year earlier" may be a time; "per year" never is.
        if (at > 0 && word !== 'per' && !slash && notRates.has(tokens[at + 1]?.lower ?? '')) return undefined
        const perWord = (tokens[at]?.lower ?? '').replace(/s$/, '')
        if (at > 0 && perUnits.has(perWord)) return {rate: lexicon.perSynonyms[perWord] ?? perWord, next: at + 1}
        if (word === 'per' || slash) {
          const divisor = unitAt(tokens, at, slash ? (tokens[index]?.end ?? 0) : -1)
          if (divisor && !divisor.unit.currency && !divisor.rate) return {rate: divisor.unit.name, next: divisor.next}
        }
        if (word !== 'of') return undefined
        // A substance between the unit and the time it is per: at most three words, none of them a stop word.
        for (let after = index + 1; after <= index + 4; after++) {
          const token = tokens[after]
          if (!token || token.kind !== 'word' || capitalized(token)) return undefined
          if (after > index + 1 && (token.lower === 'a' || token.lower === 'per')) {
            const time = tokens[after + 1]?.lower ?? ''
            const rate = lexicon.perSynonyms[time] ?? time
            return suffixes.get(rate)?.dimension === 'time' && !notRates.has(tokens[after + 2]?.lower ?? '') ? {rate, next: after + 2} : undefined
          }
          if (stopWords.has(token.lower)) return undefined
        }
        return undefined
      }

      /**
       * "eight million 250ml bottles", "2.9 million 9 liter cases": a measure between a count and the plural noun it
       * counts belongs to what is counted. The measure stays a quantity of its own.
       */
      function measuredCount(index: number): string | undefined {
        const measure = numberAt(tokens, index, false)
        const unit = measure ? unitAt(tokens, measure.next, tokens[measure.next - 1]?.end ?? 0) : undefined
        const counted = unit && !unit.rate ? countedAfter(tokens, unit.next, false) : undefined
        return counted ? sentence.slice((tokens[index] as Token).start, (tokens[counted.next - 1] as Token).end) : undefined
      }

      /** The group after "of the": not when it holds a quantity of its own ("five of the three-ton satellites"). */
      function wholeGroup(index: number): {of: string; next: number} | undefined {
        const counted = countedAfter(tokens, index, false)
        if (!counted) return undefined
        for (let at = index; at < counted.next; at++) {
          const token = tokens[at] as Token
          if (token.kind === 'number' || lexicon.numbers[token.lower.split('-')[0] as string] !== undefined) return undefined
        }
        return counted
      }

      /** "from $350 per kg to $680 per kg": the other end of a range of rates, each end written whole; the rate before ends at `index`. */
      function rateRangeEnd(index: number, unit: UnitDefinition, rate: string, value: number): {value: number; next: number} | undefined {
        if (tokens[index]?.lower !== 'to') return undefined
        const upper = upperAt(index + 1, unit.currency !== undefined)
        if (!upper) return undefined
        const per = upper.unit?.id === unit.id ? perAfter(upper.next) : undefined
        const end = upper.phrase.value * (upper.factor ?? 1)
        return per?.rate === rate && end !== value ? {value: end, next: per.next} : undefined
      }

      /**
       * The upper end of a range at `index` and its unit: a unit after it ("5 to 10 km", what a rate is per included), else
       * the currency sign it may repeat ("$5 to $10"). `next` is the token after both.
       */
      function upperAt(index: number, money: boolean): {phrase: Phrase; unit?: UnitDefinition; factor?: number; rate?: string; next: number} | undefined {
        const figure = upperFigureAt(index, money)
        if (!figure) return undefined
        const trailing = unitAt(tokens, figure.phrase.next, tokens[figure.phrase.next - 1]?.end ?? 0)
        return {phrase: figure.phrase, unit: trailing?.unit ?? figure.prefix, factor: figure.factor, rate: trailing?.rate, next: trailing?.next ?? figure.phrase.next}
      }

      /** The number at the upper end of a range, with the currency sign it may repeat. */
      function upperFigureAt(index: number, money: boolean): {phrase: Phrase; prefix?: UnitDefinition; factor?: number} | undefined {
        const bare = numberAt(tokens, index, money)
        if (bare) return {phrase: bare}
        // "from -18 °C to -34 °C"
        const negative = isMinusSign(index + 1) ? numberAt(tokens, index + 1, money) : undefined
        if (negative) return {phrase: {...negative, value: -negative.value}}
        for (const at of [index + 1, index + 2]) {
          const signed = tokens[at] ? prefixBefore(tokens, at) : undefined
          const phrase = signed?.first === index ? numberAt(tokens, at, true) : undefined
          if (phrase && signed) return {phrase, prefix: signed.unit, factor: signed.factor}
        }
        return undefined
      }

      /** "six-mile", "a three-foot trip", "sixfold", "a four-cylinder engine": a number word and a unit or noun in one word. */
      function hyphenated(start: number, spaced: boolean): {value: Quantity; next: number} | undefined {
        const token = tokens[start] as Token
        // Tokenized text spaces the hyphen ("one - time", "two - door"): the three tokens are the one word.
        const end = spaced ? start + 3 : start + 1
        const lower = spaced ? `${token.lower}-${(tokens[start + 2] as Token).lower}` : token.lower
        const noun = spaced ? (tokens[start + 2] as Token).text : token.text.slice(token.text.indexOf('-') + 1)
        const parts = token.kind === 'word' ? (/^(\p{L}+)-(\p{L}.*)$/u.exec(lower) ?? /^(\p{L}+?)(fold)$/u.exec(lower)) : null
        if (!parts) return undefined
        const value = lexicon.numbers[parts[1] as string]
        const aged = /^(.+)-olds?$/.exec(parts[2] as string)
        const unit = suffixes.get(aged ? (aged[1] as string) : (parts[2] as string))
        if (value === undefined || value < 1) return undefined
        const counted = parts[2] as string
        // "one-time", "one-off" are idioms; "four-cylinder engine", "two-door car" count what the next noun has.
        if (!unit && value >= 2 && /^\p{Ll}+$/u.test(counted) && lexicon.numbers[counted] === undefined && !lexicon.fractions[counted] && tokens[end]?.kind === 'word' && !stopWords.has(tokens[end]?.lower ?? '')) {
          return build(start, end, value, undefined, undefined, noun, boundBefore(tokens, start)?.bound)
        }
        if (!unit || unit.surfaces[0]?.length === 1) return undefined
        // "a five-year plan", "a two-month contract" name a kind of thing, not an amount of time.
        if (unit.dimension === 'time' && !aged) return undefined
        const bounded = boundBefore(tokens, start)
        return build(bounded?.start ?? start, end, value, undefined, unit, undefined, bounded?.bound, undefined, aged ? 'age' : undefined)
      }

      /** "a third of", "two-thirds of", "half of": a spoken fraction of something. */
      function spokenFraction(start: number): {value: Quantity; next: number} | undefined {
        const token = tokens[start] as Token
        if (token.kind !== 'word' || /^(?:the|first|second|other|last|latter|former|next)$/.test(tokens[start - 1]?.lower ?? '')) return undefined
        if (blocked.some((span) => span.start <= offset + token.start && offset + token.start < span.end)) return undefined
        const parts = /^(\p{L}+)-(\p{L}+)$/u.exec(token.lower)
        let numerator = 1
        let denominator: number | undefined
        let next = start + 1
        if (parts) {
          numerator = lexicon.numbers[parts[1] as string] ?? 0
          denominator = lexicon.fractions[parts[2] as string]
        } else if (token.lower === 'half') {
          denominator = 2
        } else {
          numerator = token.lower === 'a' || token.lower === 'an' ? 1 : (lexicon.numbers[token.lower] ?? 0)
          denominator = lexicon.fractions[tokens[start + 1]?.lower ?? '']
          next = start + 2
        }
        // "two-thirds of", "a sixth the size", and "is one sixth." at the end of a clause; not "a third time", nor "three quarters" of a year.
        const ending = (parts !== null || (token.lower !== 'half' && lexicon.numbers[token.lower] !== undefined)) && denominator !== 4 && (!tokens[next] || tokens[next]?.kind === 'symbol')
        // "half the time" is an idiom more often than an amount.
        const ofWhole = tokens[next]?.lower === 'of' || (token.lower !== 'half' && partitives.has(tokens[next]?.lower ?? ''))
        if (!denominator || numerator < 1 || numerator >= denominator || !(ofWhole || ending)) return undefined
        const bounded = boundBefore(tokens, start)
        const unit = unitOfOne(next)
        return build(bounded?.start ?? start, unit?.next ?? next, numerator / denominator, undefined, unit?.unit, undefined, bounded?.bound, undefined, unit ? undefined : 'fraction')
      }

      /** "20 (kg)", "20 [kg]": a unit in brackets, as tables write it. */
      function bracketedUnit(index: number): UnitMatch | undefined {
        const close = {'(': ')', '[': ']', '{': '}', '<': '>'}[tokens[index]?.text ?? '']
        const unit = close ? unitAt(tokens, index + 1, -1) : undefined
        return unit && tokens[unit.next]?.text === close ? {...unit, next: unit.next + 1} : undefined
      }

      /** "6 ft 2 in": inches after feet, where "in" is no preposition ("6 ft 2 in the rain"). */
      function inchesAfterFeet(index: number): UnitMatch | undefined {
        const feet = found.at(-1)
        if (tokens[index]?.lower !== 'in' || feet?.unit?.id !== 'ft' || !/^\s*$/.test(sentence.slice(feet.end - offset, (tokens[index - 1] as Token).start))) return undefined
        // A determiner, a number or a name after "in" makes it the preposition.
        const after = tokens[index + 1]
        if (after && (after.kind === 'number' || (after.kind === 'word' && (partitives.has(after.lower) || /^an?$/.test(after.lower) || capitalized(after))))) return undefined
        const inch = unitById.get('in')
        return inch ? {unit: inch, next: index + 1} : undefined
      }

      /** "a third of a mile", "1/16 of a pint": a fraction of one unit is an amount in that unit. */
      function unitOfOne(index: number): UnitMatch | undefined {
        if (tokens[index]?.lower !== 'of' || !/^an?$/.test(tokens[index + 1]?.lower ?? '')) return undefined
        const unit = unitAt(tokens, index + 2, -1)
        return unit && !unit.unit.currency && unit.unit.surfaces[0]!.length > 1 ? unit : undefined
      }

      /** "1/4 mile": a fraction on its own. */
      function fraction(start: number): Phrase | undefined {
        const [numerator, slash, denominator] = [tokens[start], tokens[start + 1], tokens[start + 2]]
        if (numerator?.kind !== 'number' || (slash?.text !== '/' && slash?.text !== '⁄') || denominator?.kind !== 'number') return undefined
        if (slash.start !== numerator.end || denominator.start !== slash.end) return undefined
        const [top, bottom] = [Number(numerator.text), Number(denominator.text)]
        // "3/16" could be a date; "1⁄128", with the fraction slash, cannot.
        return top < bottom && (bottom <= 16 || slash.text === '⁄') ? {next: start + 3, value: top / bottom, scale: 1} : undefined
      }

      function afterEra(index: number): boolean {
        const token = tokens[index] as Token
        return /(?:\bA\.?D\.?|\bB\.?C\.?E?\.?)\s*$/.test(sentence.slice(Math.max(0, token.start - 7), token.start))
      }

      /** "Maddon, 66, said", "(Smith, 34)": a whole number between commas after a name. */
      function isAppositiveAge(start: number, number: Phrase): boolean {
        const token = tokens[start] as Token
        if (token.kind !== 'number' || !/^\d{1,3}$/.test(token.text) || number.value < 1 || number.value > 120 || number.next !== start + 1) return false
        return tokens[start - 1]?.text === ',' && capitalized(tokens[start - 2]) && /^[,)]$/.test(tokens[start + 1]?.text ?? '')
      }

      /** "aged 45", "at age 18", "at the age of 62", "turned 70": words that make a bare whole number an age. */
      function isStatedAge(start: number, number: Phrase): boolean {
        if (!Number.isInteger(number.value) || number.value < 1 || number.value > 120 || number.next !== start + 1) return false
        const words = tokens.slice(Math.max(0, start - 3), start).map((token) => token.lower).join(' ')
        // "who was 10.", not "who was 2 goals behind": a noun after the number is what it counts.
        const after = tokens[start + 1]
        const noun = after?.kind === 'word' && !capitalized(after) && !stopWords.has(after.lower)
        return ageLeads.some((lead) => words === lead || words.endsWith(` ${lead}`)) && !suffixes.has(after?.lower ?? '') && !noun
      }

      function isExcluded(start: number, number: Phrase, unitAfter: UnitMatch | undefined): boolean {
        const token = tokens[start] as Token
        const previous = tokens[start - 1]
        const following = tokens[number.next]
        const at = offset + token.start
        // "Nine days later" is a date, and an amount of time the dates stage does not report as one.
        const elapsed = unitAfter?.unit.dimension === 'time' && relativeTimeWords.has(tokens[unitAfter.next]?.lower ?? '')
        if (!elapsed && blocked.some((span) => span.start <= at && at < span.end)) return true
        if (token.kind === 'number') {
          // Ordinals, model names ("S-300" is one word, "RAV4" two), times, phone numbers and codes.
          if (glued(token, following) && /^(?:st|nd|rd|th|s)$/.test(following?.lower ?? '')) return true
          if (glued(tokens[number.next - 1], following) && following?.kind === 'word' && !unitAfter && !suffixes.has(following.lower) && !inchesAfterFeet(number.next)) return true
          if (glued(previous, token) && previous?.kind === 'word') return true
          if (following?.text === ':' || /^[ap]\.?m\.?$/.test(following?.lower ?? '')) return true
          if (previous?.text === ':' && glued(previous, token) && tokens[start - 2]?.kind === 'number') return true
          if (following?.text === '/' && tokens[number.next + 1]?.kind === 'number') return true
          if (following?.text === '-' && tokens[number.next + 1]?.kind === 'number' && tokens[number.next + 2]?.text === '-') return true
          if (previous && (previous.text === '-' || previous.text === '/' || previous.text === '.') && previous.start === tokens[start - 2]?.end) return true
          if (previous?.text === '#') return true
          if (number.next === start + 1 && isNumberedName(token)) return true
          // "COVID -19", "MH -17": a name in capitals with its number hyphenated after a space ("GDP -2%" has a unit).
          if (previous?.text === '-' && glued(previous, token) && !unitAfter && /^\p{Lu}{2,}$/u.test(tokens[start - 2]?.text ?? '')) return true
          // "Prescott (4)": a bare number in brackets is a reference.
          if (previous?.text === '(' && following?.text === ')' && number.next === start + 1) return true
          // Years, unless they count something ("1900 people") or carry a unit.
          const year = /^(?:1[89]|2[01])\d\d$/.test(token.text) && number.next === start + 1
          if (year && !unitAfter && !(following && !capitalized(following) && following.kind === 'word' && isPlural(following))) return true
          // "between 1600 and 1900", "from 1950 to 1970": a span of years.
          const span = /^[12]\d{3}$/.test(token.text) && /^(?:and|to|-|–)$/.test(following?.lower ?? '') && /^[12]\d{3}$/.test(tokens[number.next + 1]?.text ?? '')
          if (span && !unitAt(tokens, number.next + 2, tokens[number.next + 1]?.end ?? 0) && /^(?:between|from|in|since)$/.test(previous?.lower ?? '')) return true
          const spanEnd = /^[12]\d{3}$/.test(token.text) && /^(?:and|to|-|–)$/.test(previous?.lower ?? '') && /^[12]\d{3}$/.test(tokens[start - 2]?.text ?? '')
          if (spanEnd && !unitAfter && /^(?:between|from|in|since)$/.test(tokens[start - 3]?.lower ?? '')) return true
          // "A.D. 1000", and the end of its span: "between A.D. 1000 and 1260".
          if (afterEra(start) || (/^(?:and|to|-|–)$/.test(previous?.lower ?? '') && tokens[start - 2]?.kind === 'number' && afterEra(start - 2))) return true
        }
        // "each one", "that one"; but "said that one of the computers" and "that one mile" count.
        const pronoun = pronounOne.has(previous?.lower ?? '') && !(previous?.lower === 'that' && (following?.lower === 'of' || unitAfter))
        if (token.lower === 'one' && (pronoun || following?.kind === 'number')) return true
        if (previous && labels.has(previous.lower)) return true
        const unitFollows = unitAfter !== undefined || (following?.text === '-' && unitAt(tokens, number.next + 1, -1) !== undefined) || agedAt(number.next) !== undefined
        // "Boeing 747", "Big 12", "iPhone 12", "38 North Program": a number inside a name.
        const named = previous?.kind === 'word' && (capitalized(previous) ? start > 1 : /\p{Lu}/u.test(previous.text))
        if (!unitFollows && named && !lexicon.bounds[previous.lower]) return true
        // "63,150 Model 3s", "about 63000 Model 3 sedans": an amount written as one, or bounded, is no model number.
        if (/[,.]/.test(token.text) || boundBefore(tokens, start)) return false
        // "the 8088 chip", "a 1040 form": a count of hundreds names a plural; before one thing, three digits are a model.
        const single = following?.kind === 'word' && following.text.length > 2 && !capitalized(following) && !stopWords.has(following.lower) && !isPlural(following) && !lexicon.magnitudes[following.lower]
        const thenPlural = tokens[number.next + 1]?.kind === 'word' && (isPlural(tokens[number.next + 1] as Token) || suffixes.has(tokens[number.next + 1]?.lower ?? ''))
        if (!unitFollows && /^\d{3,}$/.test(token.text) && number.next === start + 1 && single && !thenPlural) return true
        // "787 Dreamliner", "12 Mini deal": a capitalized name right after the number, unless it qualifies
        // a plural noun ("27000 Model S and Model X vehicles").
        if (unitFollows || qualifiesPlural(number.next)) return false
        if (isProperName(tokens, number.next)) return true
        return capitalized(following) && !/^[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|ch|i|s)$/u.test(following?.text ?? '')
      }

      /** "the sp 500", "FTSE 100": the number of a name in `numberedNames`, which case alone may not show. */
      function isNumberedName(token: Token): boolean {
        return (namesByNumber.get(token.text) ?? []).some((words) => {
          const from = token.start - words.length
          return from >= 0 && sentence.slice(from, token.start).toLowerCase() === words && (from === 0 || !/[\p{L}\p{N}]/u.test(sentence[from - 1] as string))
        })
      }

      /** Names and model letters, joined by "and", before a lower-case plural noun, or a name in the plural; a number among them ("737 Max 8 jets") makes a model name. */
      function qualifiesPlural(index: number): boolean {
        for (let at = index; at < Math.min(tokens.length, index + 6); at++) {
          const token = tokens[at] as Token
          if (at > index && token.kind === 'word' && !capitalized(token) && token.lower !== 'and') return isPlural(token)
          // "40 Model 3s": the name in the plural.
          if (at > index && token.kind === 'number' && tokens[at + 1]?.lower === 's' && glued(token, tokens[at + 1])) return true
          if (!capitalized(token) && token.lower !== 'and') return false
        }
        return false
      }

      function build(
        startToken: number,
        nextToken: number,
        value: number,
        range: [number, number] | undefined,
        unit: UnitDefinition | undefined,
        of: string | undefined,
        bound: Quantity['bound'] | undefined,
        change?: Quantity['change'],
        dimension?: string
      ): {value: Quantity; next: number} {
        const start = (tokens[startToken] as Token).start
        const end = (tokens[nextToken - 1] as Token).end
        const quantity: Quantity = {
          start: offset + start,
          end: offset + end,
          text: sentence.slice(start, end),
          value,
          dimension: dimension ?? unit?.dimension ?? 'count',
          bound: bound ?? 'exact'
        }
        if (range) quantity.range = range
        if (unit) quantity.unit = {id: unit.id, name: unit.name, symbol: unit.symbol}
        if (of) quantity.of = of
        if (change) quantity.change = change
        const normalized = unit ? normalize(value, unit) : undefined
        if (normalized) quantity.normalized = normalized
        return {value: quantity, next: nextToken}
      }
    }
  }
}

const digit = /\d/
const agedWord = /^(?:(\p{L}{3,})-)?(\p{L}+)-olds?$/u
const joinedRangeEnd = /^to-(\d+(?:\.\d+)?)(?:-(\p{L}+))?$/u

/** The value in its dimension's SI unit (currencies: their ISO code, cents and pence in their currency). */
export function normalize(value: number, unit: UnitDefinition): {value: number; unit: string} | undefined {
  if (unit.currency) return {value: withoutFloatNoise(value * (unit.factor ?? 1)), unit: unit.currency}
  const si = siUnits[unit.dimension]
  if (!si) return undefined
  if (unit.factor !== undefined) return {value: withoutFloatNoise(value * unit.factor), unit: si}
  if (!unit.convert) return undefined
  // Temperatures have an offset; every other unit is a factor, asked of convert-units once.
  if (unit.dimension === 'temperature') return {value: withoutFloatNoise(convert(value).from(unit.convert as never).to(si as never)), unit: si}
  let factor = convertFactors.get(unit.convert)
  if (factor === undefined) {
    factor = convert(1).from(unit.convert as never).to(si as never)
    convertFactors.set(unit.convert, factor)
  }
  return {value: withoutFloatNoise(value * factor), unit: si}
}

const convertFactors = new Map<string, number>()

/** Metric conversions multiply by powers of ten; twelve digits drop the binary noise (0.30000000000000004). */
function withoutFloatNoise(value: number): number {
  return Number(value.toPrecision(12))
}
