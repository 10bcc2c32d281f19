import {formatWeek, weekMonday, weeksIn} from '../calendar.js'
import type {Candidate} from '../rules/types.js'
import {textBefore} from '../text.js'
import type {DateRefiner} from './types.js'

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth']
const weekBefore = new RegExp(`(?:\\bthe\\s+)?\\b(?:(${ORDINALS.join('|')}|last|(\\d{1,2})(?:st|nd|rd|th))\\s+week|week\\s+(\\d{1,2}))\\s+of\\s+$`, 'i')

/** The ISO week a phrase counts in `year`, or undefined when the year has no such week. */
function weekOf(year: number, found: RegExpExecArray): string | undefined {
  const word = found[1]?.toLowerCase()
  const count = word === 'last' ? weeksIn(year) : Number(found[2] ?? found[3] ?? ORDINALS.indexOf(word ?? '') + 1)
  if (count < 1 || count > weeksIn(year)) return undefined
  return formatWeek(weekMonday(year, count))
}

/**
 * "the first week of 2015", "week 27 of last year", "the last week of this year": a week counted
 * in a year the text names is that ISO week. A "last week" the rules read on its own inside the
 * phrase gives way to it.
 */
export const weekOfYear: DateRefiner = {
  id: 'week-of-year',
  scope: 'sentence',
  refine(mentions, {sentence, offset, trace}) {
    const refined: Candidate[] = []
    for (const mention of mentions) {
      const found = mention.type === 'DATE' && /^\d{4}$/.test(mention.value) ? weekBefore.exec(textBefore(sentence, mention.start - offset, 24)) : null
      const value = found ? weekOf(Number(mention.value), found) : undefined
      if (!found || !value) {
        refined.push(mention)
        continue
      }
      const start = mention.start - found[0].length
      while (refined.length > 0 && (refined.at(-1) as Candidate).end > start) refined.pop()
      refined.push({...mention, start, text: sentence.slice(start - offset, mention.end - offset), value})
      trace(start, mention.end, true)
    }
    return refined
  }
}
