import type {Quantity} from '@tidings/core'
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

// Numbers with thousands separators first, then words (hyphenated and with apostrophes), then any other character.
const tokenPattern = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(tokenPattern)) {
    const first = match[0].charCodeAt(0)
    const kind = first >= 48 && first <= 57 ? 'number' : /^[\p{L}\p{M}]/u.test(match[0]) ? 'word' : 'symbol'
    tokens.push({kind, text: match[0], lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length})
  }
  return tokens
}

export interface Extractor {
  /** Quantities of one sentence, offsets shifted by `offset`; `blocked` spans (dates, times) hold none. */
  find(sentence: string, offset: number, blocked: ReadonlyArray<{start: number; end: number}>): Quantity[]
}

interface Phrase {
  /** Token index after the last token of the phrase. */
  next: number
  value: number
}

export function createExtractor(lexicon: QuantityLexicon, units: ReadonlyArray<UnitDefinition>): Extractor {
  const suffixes = new Map<string, UnitDefinition>()
  const prefixes = new Map<string, UnitDefinition>()
  for (const unit of units) {
    for (const surface of unit.surfaces) if (!suffixes.has(surface)) suffixes.set(surface, unit)
    for (const surface of unit.prefixes ?? []) if (!prefixes.has(surface)) prefixes.set(surface, unit)
  }
  const longestSurface = Math.max(...[...suffixes.keys()].map((surface) => surface.split(' ').length))
  const stopWords = new Set(lexicon.stopWords)
  const perUnits = new Set(lexicon.perUnits)
  const labels = new Set(lexicon.labels)
  const increases = new Set(lexicon.increases)
  const decreases = new Set(lexicon.decreases)
  const boundPhrases = Object.keys(lexicon.bounds).map((phrase) => phrase.split(' '))
  const vaguePhrases = Object.keys(lexicon.vague).map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length)

  function wordNumber(tokens: Token[], index: number): Phrase | undefined {
    const token = tokens[index]
    if (!token || token.kind !== 'word') return undefined
    const [head, tail] = token.lower.split('-')
    let value = lexicon.numbers[head ?? '']
    if (value === undefined || value < 1) return undefined
    if (tail !== undefined) {
      const unitsDigit = lexicon.numbers[tail]
      if (unitsDigit === undefined || unitsDigit >= 10 || value < 20) return undefined
      value += unitsDigit
    } else if (value >= 20 && value < 100 && value % 10 === 0) {
      const next = lexicon.numbers[tokens[index + 1]?.lower ?? '']
      if (next !== undefined && next < 10 && next >= 1) return {next: index + 2, value: value + next}
    }
    return {next: index + 1, value}
  }

  /** A number at `index`: digits with a fraction, or number words, then magnitude words. */
  function numberAt(tokens: Token[], index: number, glued: boolean): Phrase | undefined {
    const token = tokens[index]
    if (!token) return undefined
    let phrase: Phrase | undefined
    if (token.kind === 'number') {
      phrase = {next: index + 1, value: Number(token.text.replace(/,/g, ''))}
      // "2 1/2"
      const [numerator, slash, denominator] = [tokens[index + 1], tokens[index + 2], tokens[index + 3]]
      if (numerator?.kind === 'number' && slash?.text === '/' && denominator?.kind === 'number' && Number(numerator.text) < Number(denominator.text) && Number(denominator.text) <= 16) {
        phrase = {next: index + 4, value: phrase.value + Number(numerator.text) / Number(denominator.text)}
      }
    } else if ((token.lower === 'a' || token.lower === 'an') && lexicon.magnitudes[tokens[index + 1]?.lower ?? ''] && tokens[index + 1]?.kind === 'word') {
      phrase = {next: index + 1, value: 1}
    } else {
      phrase = wordNumber(tokens, index)
    }
    if (!phrase) return undefined
    // "two and a half", "one and a half million"
    if (tokens[phrase.next]?.lower === 'and' && tokens[phrase.next + 1]?.lower === 'a' && tokens[phrase.next + 2]?.lower === 'half') {
      phrase = {next: phrase.next + 3, value: phrase.value + 0.5}
    }
    for (let scale = tokens[phrase.next]; scale && scale.kind === 'word'; scale = tokens[phrase.next]) {
      const factor = lexicon.magnitudes[scale.lower]
      const adjacent = scale.start === tokens[phrase.next - 1]?.end
      // A one-letter magnitude ("5m", "$3bn") must touch the number, and "m" is a magnitude only for money.
      if (factor === undefined || (scale.text.length <= 2 && !adjacent) || (scale.lower === 'm' && !glued)) break
      if (scale.lower === 'hundred' && tokens[phrase.next + 1]?.lower === 'thousand') {
        phrase = {next: phrase.next + 2, value: phrase.value * 100_000}
        continue
      }
      phrase = {next: phrase.next + 1, value: phrase.value * factor}
    }
    return phrase
  }

  function unitAt(tokens: Token[], index: number, afterNumberEnd: number): {unit: UnitDefinition; next: number} | undefined {
    const first = tokens[index]
    if (!first) return undefined
    for (let size = Math.min(longestSurface + 2, tokens.length - index); size >= 1; size--) {
      const slice = tokens.slice(index, index + size)
      const spaced = slice.map((token) => token.lower).join(' ')
      const tight = slice.map((token) => token.lower).join('')
      const unit = suffixes.get(spaced) ?? (size > 1 ? suffixes.get(tight) : undefined)
      if (!unit) continue
      const glued = first.start === afterNumberEnd
      // One-letter symbols ("m", "g", "C") only when they touch the number, in their own case: "5m", "30C", not "5G".
      if (tight.length === 1 && tight !== '%' && tight !== '°' && (!glued || !unit.symbol.endsWith(first.text))) continue
      return {unit, next: index + size}
    }
    return undefined
  }

  function boundBefore(tokens: Token[], index: number): {bound: Quantity['bound']; start: number} | undefined {
    for (const words of boundPhrases.sort((a, b) => b.length - a.length)) {
      const from = index - words.length
      if (from < 0) continue
      if (words.every((word, offset) => tokens[from + offset]?.lower === word)) {
        return {bound: lexicon.bounds[words.join(' ')] as Quantity['bound'], start: from}
      }
    }
    return undefined
  }

  function changeNear(tokens: Token[], start: number, next: number): Quantity['change'] {
    // "shares were up 5%", "16,369 up 58 points": up and down qualify only the figure right after them.
    const before = tokens[start - 1]?.lower
    if (before === 'up' || before === 'down') {
      const head = tokens[start - 2]
      if (!head || head.kind === 'number' || head.text === ',' || /^(?:is|are|was|were|be|been|being|closed|ended|finished|now)$/.test(head.lower)) {
        return before === 'up' ? 'increase' : 'decrease'
      }
    }
    for (let index = start - 1; index >= Math.max(0, start - 4); index--) {
      const word = tokens[index]?.lower ?? ''
      if (word === 'to' || word === 'at' || tokens[index]?.kind === 'number' || word === ',') break
      if (increases.has(word)) return 'increase'
      if (decreases.has(word)) return 'decrease'
    }
    const after = tokens[next]?.lower ?? ''
    if (/^(?:increase|rise|gain|jump|growth|hike|higher|more)$/.test(after)) return 'increase'
    if (/^(?:decrease|drop|decline|fall|cut|loss|lower|less|fewer)$/.test(after)) return 'decrease'
    return undefined
  }

  /** What a count counts: the last word of the noun phrase after the number. */
  function countedAfter(tokens: Token[], index: number): {of: string; next: number} | undefined {
    const run: Token[] = []
    for (let at = index; at < Math.min(tokens.length, index + 4); at++) {
      const token = tokens[at] as Token
      if (token.kind !== 'word' || stopWords.has(token.lower)) break
      const capital = token.text[0] !== token.lower[0]
      // Capitalized words may qualify the noun ("10 Ukrainian missiles", "two S-300 missiles"), not follow it.
      if (capital && run.some((word) => word.text[0] === word.lower[0])) break
      run.push(token)
      if (!capital && /[^s]s$/.test(token.lower)) break
    }
    const nouns = run.filter((token) => token.text[0] === token.lower[0])
    const plural = [...nouns].reverse().find((token) => /[^s]s$/.test(token.lower))
    const noun = plural ?? (nouns.length === 1 ? nouns[0] : undefined)
    if (!noun) return undefined
    return {of: noun.text, next: run.indexOf(noun) + index + 1}
  }

  function isProperName(tokens: Token[], index: number): boolean {
    const [first, second] = [tokens[index], tokens[index + 1]]
    const capital = (token: Token | undefined) => token?.kind === 'word' && token.text[0] !== token.lower[0]
    return capital(first) && (capital(second) || !second || second.kind === 'symbol')
  }

  return {
    find(sentence, offset, blocked) {
      const tokens = tokenize(sentence)
      const found: Quantity[] = []
      let index = 0
      while (index < tokens.length) {
        const quantity = quantityAt(index)
        if (quantity) {
          found.push(quantity.value)
          index = quantity.next
        } else index++
      }
      return found

      function quantityAt(start: number): {value: Quantity; next: number} | undefined {
        const token = tokens[start] as Token
        const previous = tokens[start - 1]
        const vague = vaguePhrases.find((words) => words.every((word, at) => tokens[start + at]?.lower === word))
        if (vague) {
          const [low, high] = lexicon.vague[vague.join(' ')] as [number, number]
          let next = start + vague.length
          if (tokens[next]?.lower === 'of') next++
          const counted = countedAfter(tokens, next)
          const unit = counted ? undefined : unitAt(tokens, next, -1)
          return build(start, counted?.next ?? unit?.next ?? start + vague.length, low, [low, high], unit?.unit, counted?.of, undefined)
        }
        // Currency written before the number: "$64 billion", "US$5", "€5m".
        let prefix: UnitDefinition | undefined
        let first = start
        if (token.kind !== 'number' && token.kind !== 'word') return undefined
        if (previous && prefixes.has(previous.lower) && (previous.end === token.start || previous.kind === 'symbol')) {
          prefix = prefixes.get(previous.lower)
          first = start - 1
          // "US$", "C$", also written "c $"
          const country = tokens[start - 2]
          if (country && prefixes.has(`${country.lower}${previous.lower}`) && (previous.start === country.end || country.text !== country.lower)) {
            prefix = prefixes.get(`${country.lower}${previous.lower}`)
            first = start - 2
          }
        } else if (previous?.kind === 'word' && prefixes.has(previous.lower) && previous.text === previous.text.toUpperCase() && previous.text.length === 3) {
          prefix = prefixes.get(previous.lower)
          first = start - 1
        }
        const compound = hyphenated(start)
        if (compound) return compound
        const number = fraction(start) ?? numberAt(tokens, start, prefix !== undefined)
        if (!number) return undefined
        if (!prefix && isExcluded(start, number)) return undefined
        let next = number.next
        let unit = prefix
        let range: [number, number] | undefined
        let of: string | undefined
        // "640-mile", "30-year-old"
        const hyphen = tokens[next]?.text === '-' && tokens[next]?.start === tokens[next - 1]?.end
        const afterNumber = tokens[next - 1]?.end ?? 0
        if (!unit) {
          const found = unitAt(tokens, hyphen ? next + 1 : next, hyphen ? -1 : afterNumber)
          if (found) {
            unit = found.unit
            next = found.next
          }
        }
        // Ranges: "252-287 miles", "5 to 10 km", "between 5 and 10".
        const joiner = tokens[next]
        const rangeWord = joiner?.text === '-' || joiner?.text === '–' || joiner?.lower === 'to' || (joiner?.lower === 'and' && tokens[start - 1]?.lower === 'between')
        if (rangeWord && joiner) {
          const upper = numberAt(tokens, next + 1, prefix !== undefined) ?? (tokens[next + 1] && prefixes.has(tokens[next + 1]!.lower) ? numberAt(tokens, next + 2, true) : undefined)
          const trailing = upper ? unitAt(tokens, upper.next, tokens[upper.next - 1]?.end ?? 0) : undefined
          const upperPrefix = upper && tokens[next + 1] && prefixes.has(tokens[next + 1]!.lower) ? prefixes.get(tokens[next + 1]!.lower) : undefined
          const upperUnit = trailing?.unit ?? upperPrefix
          // One range, one unit: "5 to 10 km", "5-10%", "$5 to $10"; not "7% to $2.3 billion".
          const sameUnit = upperUnit ? !unit || upperUnit.id === unit.id : !unit || joiner.text !== 'to'
          if (upper && upper.value > number.value && sameUnit) {
            range = [number.value, upper.value]
            next = trailing?.next ?? upper.next
            unit = upperUnit ?? unit
          }
        }
        let dimension: string | undefined
        let rate: string | undefined
        const per = tokens[next]?.lower
        if (unit && (per === 'per' || per === 'a' || per === 'an') && perUnits.has((tokens[next + 1]?.lower ?? '').replace(/s$/, ''))) {
          rate = (tokens[next + 1]?.lower ?? '').replace(/s$/, '')
          next += 2
        }
        // "30 years old", "a 30-year-old", "28 - year - old": an age.
        if (unit?.dimension === 'time' && tokens[next]?.text === '-' && tokens[next + 1]?.lower === 'old') {
          dimension = 'age'
          next += 2
        }
        const aged = /^(.+)-old$/.exec(tokens[hyphen ? next + 1 : next]?.lower ?? '')
        if (!unit && aged && suffixes.get(aged[1] as string)?.dimension === 'time') {
          unit = suffixes.get(aged[1] as string)
          dimension = 'age'
          next += hyphen ? 2 : 1
        } else if (unit?.dimension === 'time' && tokens[next]?.lower === 'old') {
          dimension = 'age'
          next++
        }
        // Currency words after the amount: "5 million dollars".
        if (!unit) {
          const counted = countedAfter(tokens, next)
          if (counted) {
            of = counted.of
            next = counted.next
          }
        }
        const bounded = boundBefore(tokens, first)
        const change = changeNear(tokens, bounded?.start ?? first, next)
        const rated = unit && rate ? {...unit, id: `${unit.id}/${rate}`, name: `${unit.name} per ${rate}`, symbol: `${unit.symbol}/${rate}`, dimension: 'rate', convert: undefined, factor: undefined, currency: undefined} : unit
        return build(bounded?.start ?? first, next, number.value, range, rated, of, bounded?.bound, change, dimension)
      }

      /** "six-mile", "a three-foot trip": a number word and a unit in one hyphenated word. */
      function hyphenated(start: number): {value: Quantity; next: number} | undefined {
        const token = tokens[start] as Token
        const parts = token.kind === 'word' ? /^([\p{L}]+)-(.+)$/u.exec(token.lower) : null
        if (!parts) return undefined
        const value = lexicon.numbers[parts[1] as string]
        const aged = /^(.+)-old$/.exec(parts[2] as string)
        const unit = suffixes.get(aged ? (aged[1] as string) : (parts[2] as string))
        if (value === undefined || value < 1 || !unit || unit.surfaces[0]?.length === 1) return undefined
        return build(start, start + 1, value, undefined, unit, undefined, boundBefore(tokens, start)?.bound, undefined, aged ? 'age' : undefined)
      }

      /** "1/4 mile": a fraction on its own. */
      function fraction(start: number): Phrase | undefined {
        const [numerator, slash, denominator] = [tokens[start], tokens[start + 1], tokens[start + 2]]
        if (numerator?.kind !== 'number' || slash?.text !== '/' || denominator?.kind !== 'number') return undefined
        if (slash.start !== numerator.end || denominator.start !== slash.end) return undefined
        const [top, bottom] = [Number(numerator.text), Number(denominator.text)]
        return top < bottom && bottom <= 16 ? {next: start + 3, value: top / bottom} : undefined
      }

      function isExcluded(start: number, number: Phrase): boolean {
        const token = tokens[start] as Token
        const previous = tokens[start - 1]
        const following = tokens[number.next]
        const at = offset + token.start
        if (blocked.some((span) => span.start <= at && at < span.end)) return true
        if (token.kind === 'number') {
          // Ordinals, model names ("S-300" is one word), times, phone numbers and codes.
          if (following && following.start === token.end && /^(?:st|nd|rd|th|s)$/.test(following.lower)) return true
          if (following && following.start === token.end && following.kind === 'word' && !suffixes.has(following.lower) && !lexicon.magnitudes[following.lower]) return true
          if (following?.text === ':' || /^[ap]\.?m\.?$/.test(following?.lower ?? '')) return true
          if (following?.text === '/' && tokens[number.next + 1]?.kind === 'number') return true
          if (following?.text === '-' && tokens[number.next + 1]?.kind === 'number' && tokens[number.next + 2]?.text === '-') return true
          if (previous && (previous.text === '-' || previous.text === '/' || previous.text === '.') && previous.start === tokens[start - 2]?.end) return true
          if (previous?.text === '#') return true
          const year = /^(?:1[89]|20)\d\d$/.test(token.text)
          const unitFollows = following && (suffixes.has(following.lower) || following.text === '%')
          if (year && !unitFollows) return true
        }
        if (previous && labels.has(previous.lower)) return true
        const unitFollows = following && (suffixes.has(following.lower) || following.text === '%' || following.text === '-')
        // "Boeing 747", "Big 12", "38 North Program": a number inside a name.
        if (!unitFollows && previous?.kind === 'word' && previous.text[0] !== previous.lower[0] && start > 1 && !lexicon.bounds[previous.lower]) return true
        if (!unitFollows && isProperName(tokens, number.next)) return true
        // "787 Dreamliner", "12 Mini deal": a capitalized name right after the number, unless it qualifies a plural noun.
        const qualifies = /^[\p{Ll}]+[^s]s$/u.test(tokens[number.next + 1]?.text ?? '')
        if (!unitFollows && following?.kind === 'word' && following.text[0] !== following.lower[0] && !qualifies && !/^[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|ch|i|s)$/u.test(following.text)) return true
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
          bound: bound ?? (range && !unit ? 'approximate' : 'exact')
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

/** The value in its dimension's SI unit (currencies: their ISO code). */
export function normalize(value: number, unit: UnitDefinition): {value: number; unit: string} | undefined {
  if (unit.currency) return {value, unit: unit.currency}
  const si = siUnits[unit.dimension]
  if (!si) return undefined
  if (unit.factor !== undefined) return {value: withoutFloatNoise(value * unit.factor), unit: si}
  if (!unit.convert) return undefined
  return {value: withoutFloatNoise(convert(value).from(unit.convert as never).to(si as never)), unit: si}
}

/** Metric conversions multiply by powers of ten; twelve digits drop the binary noise (0.30000000000000004). */
function withoutFloatNoise(value: number): number {
  return Number(value.toPrecision(12))
}
