import type {Candidate} from '../rules/types.js'
import type {Vocabulary} from '../vocabulary.js'
import type {DateRefiner} from './types.js'

// The parts of a TIMEX3 length from the longest to the shortest; a length in several units names them in this order.
const PARTS = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS']
const joint = /^,?\s+(?:and\s+)?$/i

/** The patterns of one vocabulary, compiled once: the refiner runs on every sentence with two mentions. */
const compiled = new WeakMap<Vocabulary, {qualified: RegExp; modBefore: RegExp}>()
function patternsOf(words: Vocabulary): {qualified: RegExp; modBefore: RegExp} {
  let patterns = compiled.get(words)
  if (!patterns) {
    patterns = {qualified: new RegExp(`\\b(?:${words.qualifier}|the|ago|earlier|later|now)\\b`, 'i'), modBefore: new RegExp(`^(?:${words.mod})\\s+`, 'i')}
    compiled.set(words, patterns)
  }
  return patterns
}

/** The parts of a length of whole or decimal counts ("P1DT5H" -> D 1, TH 5), or undefined for one of no count ("PXY"). */
function partsOf(value: string): Map<string, string> | undefined {
  if (!value.startsWith('P')) return undefined
  const parts = new Map<string, string>()
  let count = ''
  let time = false
  for (const char of value.slice(1)) {
    if (char === 'T' && !count && !time) time = true
    else if ((char >= '0' && char <= '9') || char === '.') count += char
    else if (count && (time ? 'HMS' : 'YMWD').includes(char)) {
      parts.set(time ? `T${char}` : char, count)
      count = ''
    } else return undefined
  }
  return count || parts.size === 0 ? undefined : parts
}

/**
 * "2 hours 30 minutes", "three years and six months", "1 day, 5 hours": the counted lengths of a
 * list, longest unit first, are one (PT2H30M, P3Y6M, P1DT5H), with the first one's mod ("about").
 * Not units out of order ("12 hours, 24 hours"), qualified lengths ("two more weeks and an extra
 * day"), nor a list that ends in a point ("3 months, 2 weeks and 2 days ago"), which is the point's.
 */
export const combinedLength: DateRefiner = {
  id: 'combined-length',
  scope: 'sentence',
  minimum: 2,
  refine(mentions, {sentence, offset, trace, words}) {
    const {qualified, modBefore} = patternsOf(words)
    // "more than 1 hour" is plain: its "more" is the mod's, not a qualifier's ("two more weeks").
    const plain = (mention: Candidate) => mention.rule === 'counted-length' && mention.type === 'DURATION' && !qualified.test(mention.text.replace(modBefore, ''))
    const adjacent = (previous: Candidate, next: Candidate) => next.start >= previous.end && joint.test(sentence.slice(previous.end - offset, next.start - offset))
    const result: Candidate[] = []
    let index = 0
    while (index < mentions.length) {
      const first = mentions[index] as Candidate
      const parts = plain(first) ? partsOf(first.value) : undefined
      let end = index + 1
      let last = Math.max(...[...(parts?.keys() ?? [])].map((part) => PARTS.indexOf(part)))
      while (parts && end < mentions.length) {
        const next = mentions[end] as Candidate
        const own = plain(next) && !next.mod && adjacent(mentions[end - 1] as Candidate, next) ? partsOf(next.value) : undefined
        const ranks = [...(own?.keys() ?? [])].map((part) => PARTS.indexOf(part))
        if (!own || Math.min(...ranks) <= last) break
        for (const [part, count] of own) parts.set(part, count)
        last = Math.max(...ranks)
        end++
      }
      const after = mentions[end]
      // A list that goes on into a point ("and 2 days ago") is the point's: its lengths stay apart.
      const intoPoint = after !== undefined && end > index + 1 && adjacent(mentions[end - 1] as Candidate, after) && after.rule === 'counted-length' && after.type !== 'DURATION'
      if (!parts || end === index + 1 || intoPoint) {
        result.push(...mentions.slice(index, end))
        index = end
        continue
      }
      const final = mentions[end - 1] as Candidate
      result.push({...first, end: final.end, text: sentence.slice(first.start - offset, final.end - offset), value: valueOf(parts)})
      trace(first.start, final.end, true)
      index = end
    }
    return result
  }
}

/** A TIMEX3 length of its parts, in their order. */
function valueOf(parts: ReadonlyMap<string, string>): string {
  const written = (keys: ReadonlyArray<string>) => keys.map((key) => (parts.has(key) ? `${parts.get(key)}${key.slice(-1)}` : '')).join('')
  const time = written(PARTS.slice(4))
  return `P${written(PARTS.slice(0, 4))}${time ? `T${time}` : ''}`
}
