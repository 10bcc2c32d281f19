import {addDays, addMonths, dayOf, formatDay, formatWeek, weekMonday, weeksIn} from '../calendar.js'
import {ordinalDay, SPOKEN_DAY} from '../rules/month-day.js'
import type {Candidate} from '../rules/types.js'
import {endsInWord, pad, textBefore} from '../text.js'
import type {DateRefiner} from './types.js'

/** An ordinal in words or digits ("third", "twenty-sixth", "3rd"), or "last". */
const ORDINAL = `(${SPOKEN_DAY}|\\d{1,2}(?:st|nd|rd|th)|last)`
const ofWord = ['of']
const countOf = (written: string) => (/^\d/.test(written) ? Number.parseInt(written, 10) : ordinalDay(written))

interface CountedIn {
  id: string
  /** The values of the period counted in: a year, a month. */
  within: RegExp
  /** The phrase right before that period, ending in "of " (looked for only where "of " stands). */
  phrase: RegExp
  /** The value of what the phrase counts in the period, or undefined when the period has no such part. */
  value(within: string, found: RegExpExecArray): string | undefined
}

/**
 * A refiner for a part counted in a period the text names ("the first week of 2015", "the 15th day
 * of next month"): the period's mention takes the phrase into its span and the part's value. A
 * mention the rules read on its own inside the phrase ("last week") gives way to it.
 */
function countedIn({id, within, phrase, value}: CountedIn): DateRefiner {
  return {
    id,
    scope: 'sentence',
    refine(mentions, {sentence, offset, trace}) {
      // A copy only once a mention changes: most sentences count nothing.
      let refined: Candidate[] | undefined
      for (let index = 0; index < mentions.length; index++) {
        const mention = mentions[index] as Candidate
        const at = mention.start - offset
        const found = mention.type === 'DATE' && within.test(mention.value) && endsInWord(sentence, at, ofWord) ? phrase.exec(textBefore(sentence, at, 40)) : null
        const counted = found ? value(mention.value, found) : undefined
        if (!found || !counted) {
          refined?.push(mention)
          continue
        }
        refined ??= mentions.slice(0, index)
        const start = mention.start - found[0].length
        // What the rules read inside the phrase gives way to it.
        for (let inside = refined.at(-1); inside !== undefined && inside.end > start; inside = refined.at(-1)) {
          refined.pop()
          trace(inside.start, inside.end, false)
        }
        refined.push({...mention, start, text: sentence.slice(start - offset, mention.end - offset), value: counted})
        trace(start, mention.end, true)
      }
      return refined ?? mentions
    }
  }
}

/** "the first week of 2015", "week 27 of last year", "the last week of this year": that ISO week. */
export const weekOfYear = countedIn({
  id: 'week-of-year',
  within: /^\d{4}$/,
  phrase: new RegExp(`(?:\\bthe\\s+)?\\b(?:${ORDINAL}\\s+week|week\\s+(\\d{1,2}))\\s+of\\s+$`, 'i'),
  value(written, found) {
    const year = Number(written)
    const count = found[1]?.toLowerCase() === 'last' ? weeksIn(year) : countOf(found[1] ?? found[2] ?? '')
    return count >= 1 && count <= weeksIn(year) ? formatWeek(weekMonday(year, count)) : undefined
  }
})

/**
 * "the first week of March", "the last week of July 2023": the ISO week that holds most of those
 * seven days (the one holding the fourth day, or the fourth before the month's end), not "last week".
 */
export const weekOfMonth = countedIn({
  id: 'week-of-month',
  within: /^\d{4}-\d\d$/,
  phrase: new RegExp(`(?:\\bthe\\s+)?\\b${ORDINAL}\\s+week\\s+of\\s+$`, 'i'),
  value(written, found) {
    const [year = 0, month = 0] = written.split('-').map(Number)
    const middle = found[1]?.toLowerCase() === 'last' ? addDays(addMonths({year, month, day: 1}, 1), -4) : dayOf(year, month, 7 * countOf(found[1] ?? '') - 3)
    return middle && formatWeek(middle)
  }
})

/** "the 15th day of next month", "the last day of June 2024": that day. */
export const dayOfMonth = countedIn({
  id: 'day-of-month',
  within: /^\d{4}-\d\d$/,
  phrase: new RegExp(`(?:\\bthe\\s+)?\\b${ORDINAL}\\s+day\\s+of\\s+$`, 'i'),
  value(written, found) {
    const [year = 0, month = 0] = written.split('-').map(Number)
    if (found[1]?.toLowerCase() === 'last') return formatDay(addDays(addMonths({year, month, day: 1}, 1), -1))
    const day = dayOf(year, month, countOf(found[1] ?? ''))
    return day && formatDay(day)
  }
})

/** "the third month of 2021", "the 9th month of next year": that month. */
export const monthOfYear = countedIn({
  id: 'month-of-year',
  within: /^\d{4}$/,
  phrase: new RegExp(`(?:\\bthe\\s+)?\\b${ORDINAL}\\s+month\\s+of\\s+$`, 'i'),
  value(year, found) {
    const count = found[1]?.toLowerCase() === 'last' ? 12 : countOf(found[1] ?? '')
    return count >= 1 && count <= 12 ? `${year}-${pad(count)}` : undefined
  }
})
