import {isAsciiLetter, isDigit} from './codes.js'
import {type NumberWords, numberWords} from './numbers.js'

/** A number read from text: its value, where it sits, and how it was written. */
export interface NumberReading {
  value: number
  start: number
  end: number
  /** "twenty-three", "3,000", "5bn": a count; "twenty-first", "3rd": a rank; "two-thirds", "½": a part. */
  kind: 'cardinal' | 'ordinal' | 'fraction'
  /** True when written in words, false when in figures (with or without a word after: "1.5 million"). */
  spelled: boolean
}

// Sticky patterns, tried at one offset. Each alternative consumes a different shape and the
// repetitions cannot overlap, so a failed match costs at most one pass over the digits.
const figures = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y
const ordinalSuffix = /st|nd|rd|th/iy

type Last = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'magnitude'

/**
 * The number that starts at `start` in `text`, in figures ("1,200", "3.5bn", "21st", "2½") or in
 * words ("twenty-three", "two hundred and five", "a dozen", "one and a half", "two-thirds",
 * "twenty-first"), with a sign word before it ("minus five"); undefined when none starts there or
 * `start` is inside a word. Reads one word at a time, with no regular expression over the words,
 * so its cost is linear in what it reads.
 */
export function readNumber(text: string, start: number, words: NumberWords = numberWords): NumberReading | undefined {
  if (start > 0 && isWordCode(text.charCodeAt(start - 1))) return undefined
  let sign = 1
  let from = start
  const first = wordAt(text, start)
  const signValue = first ? words.signs[first.lower] : undefined
  if (first && signValue !== undefined && text.charCodeAt(first.end) === 32) {
    sign = signValue
    from = first.end + 1
  } else if ((text[start] === '-' || text[start] === '−') && isDigit(text.charCodeAt(start + 1))) {
    sign = -1
    from = start + 1
  }
  const symbol = words.fractionSymbols[text[from] as string]
  if (symbol !== undefined) return {value: sign * symbol, start, end: from + 1, kind: 'fraction', spelled: false}
  const reading = isDigit(text.charCodeAt(from)) ? readFigures(text, from, words) : readWords(text, from, words)
  if (!reading) return undefined
  return {...reading, value: sign * reading.value, start}
}

function readFigures(text: string, start: number, words: NumberWords): NumberReading | undefined {
  figures.lastIndex = start
  const match = figures.exec(text)
  if (!match) return undefined
  let end = start + match[0].length
  let value = Number(match[0].replace(/,/g, ''))
  if (!match[0].includes('.')) {
    ordinalSuffix.lastIndex = end
    if (ordinalSuffix.test(text) && !isWordCode(text.charCodeAt(end + 2))) return {value, start, end: end + 2, kind: 'ordinal', spelled: false}
  }
  const fraction = words.fractionSymbols[text[end] as string]
  if (fraction !== undefined) return {value: value + fraction, start, end: end + 1, kind: 'cardinal', spelled: false}
  if (isDigit(text.charCodeAt(end)) || text[end] === ',' && isDigit(text.charCodeAt(end + 1))) return undefined
  // "5bn", "$3m": a short magnitude right after the figure; "5 bn" with a space for the ones that
  // are no English word; "1.5 million", "3 dozen" for the words.
  const glued = wordAt(text, end)
  const gluedValue = glued ? words.figureMagnitudes[glued.lower] : undefined
  if (glued && gluedValue !== undefined) return {value: value * gluedValue, start, end: glued.end, kind: 'cardinal', spelled: false}
  if (text.charCodeAt(end) === 32) {
    const next = wordAt(text, end + 1)
    const nextValue = next ? (words.magnitudes[next.lower] ?? (next.text.length > 1 ? words.figureMagnitudes[next.lower] : undefined)) : undefined
    if (next && nextValue !== undefined) {
      value *= nextValue
      end = next.end
    }
  }
  return {value, start, end, kind: 'cardinal', spelled: false}
}

function readWords(text: string, start: number, words: NumberWords): NumberReading | undefined {
  let total = 0
  let group = 0
  let last: Last = 'none'
  let largest = Infinity
  let end = start
  let cursor = start
  const result = (value: number, kind: NumberReading['kind'], to: number): NumberReading => ({value, start, end: to, kind, spelled: true})
  for (;;) {
    const word = wordAt(text, cursor)
    if (!word) break
    const {lower} = word
    const cardinal = words.cardinals[lower]
    const ordinal = words.ordinals[lower]
    const magnitude = words.magnitudes[lower]
    const denominator = words.fractions[lower]
    if (last === 'none' && (lower === 'a' || lower === 'an')) {
      const next = text.charCodeAt(word.end) === 32 ? wordAt(text, word.end + 1) : undefined
      if (!next) break
      const singular = words.fractions[next.lower] !== undefined && !next.lower.endsWith('s')
      if (singular) return result(1 / (words.fractions[next.lower] as number), 'fraction', next.end)
      if (words.magnitudes[next.lower] === undefined) break
      last = 'a'
      group = 1
      cursor = word.end + 1
      continue
    }
    if (cardinal !== undefined && canTake(last, cardinal)) {
      group += cardinal
      last = cardinal < 10 ? 'unit' : cardinal < 20 ? 'teen' : 'tens'
    } else if (ordinal !== undefined && (last === 'tens' ? ordinal < 10 : ordinal < 100 && canTake(last, ordinal))) {
      return result(total + group + ordinal, 'ordinal', word.end)
    } else if (ordinal !== undefined && ordinal >= 100 && last === 'none') {
      return result(ordinal, 'ordinal', word.end)
    } else if (denominator !== undefined && (last === 'unit' || last === 'teen' || last === 'tens') && total === 0) {
      return result(group / denominator, 'fraction', word.end)
    } else if (magnitude === 100 && (last === 'a' || last === 'unit' || last === 'teen' || last === 'tens') && group < 100) {
      group *= 100
      last = 'hundred'
    } else if (magnitude !== undefined && magnitude !== 100 && last !== 'none' && magnitude < largest) {
      total += group * magnitude
      group = 0
      largest = magnitude
      last = 'magnitude'
    } else {
      break
    }
    end = word.end
    // What may join the next word: one space or a hyphen ("twenty-three"), or " and " after a
    // hundred or a thousand ("two hundred and five") or before "a half" ("one and a half").
    const separator = text.charCodeAt(end)
    if (separator === 45 || separator === 32) cursor = end + 1
    else break
    const next = wordAt(text, cursor)
    if (next?.lower === 'and' && separator === 32 && text.charCodeAt(next.end) === 32) {
      const after = wordAt(text, next.end + 1)
      if (after?.lower === 'a' && text.charCodeAt(after.end) === 32 && wordAt(text, after.end + 1)?.lower === 'half') {
        return result(total + group + 0.5, 'cardinal', (wordAt(text, after.end + 1) as Word).end)
      }
      if ((last === 'hundred' || last === 'magnitude') && after && words.cardinals[after.lower] !== undefined) cursor = next.end + 1
    }
  }
  if (last === 'none' || last === 'a') return undefined
  return result(total + group, 'cardinal', end)
}

/** Whether a cardinal word of `value` may follow what came before: "twenty" then "three", not "three" then "twenty". */
function canTake(last: Last, value: number): boolean {
  if (last === 'none' || last === 'hundred' || last === 'magnitude') return true
  return last === 'tens' && value > 0 && value < 10
}

interface Word {
  text: string
  lower: string
  end: number
}

/** The run of ASCII letters at `start`, when it is a whole word (no letter or digit of any script right after it). */
function wordAt(text: string, start: number): Word | undefined {
  let end = start
  while (isAsciiLetter(text.charCodeAt(end))) end++
  if (end === start || isWordCode(text.charCodeAt(end))) return undefined
  const value = text.slice(start, end)
  return {text: value, lower: value.toLowerCase(), end}
}

function isWordCode(code: number): boolean {
  if (code < 128) return isAsciiLetter(code) || isDigit(code)
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code))
}
