import {addDays, addMonths, formatDay, parseDay, weekdayNear, weekdayOf, weekMonday, weeksIn} from '../calendar.js'
import type {Candidate} from '../rules/types.js'
import {pad} from '../text.js'
import type {DateRefiner} from './types.js'

/**
 * A refiner that reads two neighbouring mentions of a sentence as one: `join` gets them and the
 * text between them, and returns the value and type of the whole, or undefined to leave them apart.
 */
type Join = (first: Candidate, second: Candidate, between: string, after: string) => Pick<Candidate, 'type' | 'value'> | undefined

function pairRefiner(id: string, join: Join): DateRefiner {
  return {
    id,
    scope: 'sentence',
    minimum: 2,
    refine(mentions, {sentence, offset, trace}) {
      // A copy only once two mentions join: most pairs stay apart.
      let joined: Candidate[] | undefined
      for (let index = 0; index < mentions.length; index++) {
        const mention = mentions[index] as Candidate
        const previous = joined ? joined.at(-1) : mentions[index - 1]
        const whole =
          previous && previous.end <= mention.start
            ? join(previous, mention, sentence.slice(previous.end - offset, mention.start - offset), sentence.slice(mention.end - offset, mention.end - offset + 12))
            : undefined
        if (!previous || !whole) {
          joined?.push(mention)
          continue
        }
        joined ??= mentions.slice(0, index)
        joined[joined.length - 1] = {start: previous.start, end: mention.end, text: sentence.slice(previous.start - offset, mention.end - offset), ...whole}
        trace(previous.start, mention.end, true)
      }
      return joined ?? mentions
    }
  }
}

const weekValue = /^(\d{4})-W(\d\d)$/
const startsWithDay = /^\d{4}-\d\d-\d\d/

/** The day of `week` ("2024-W10") that falls on the weekday of the day `named` names, with what follows that day's date (a part of the day). */
function dayInWeek(week: string, named: string): string | undefined {
  const [, year, number] = weekValue.exec(week) ?? []
  const day = parseDay(named)
  if (!year || !day) return undefined
  return formatDay(addDays(weekMonday(Number(year), Number(number)), weekdayOf(day) - 1)) + named.slice(10)
}

/**
 * "Tuesday of last week", "Friday next week", "next week on Monday": a weekday in the week the
 * text names is that week's day, not the weekday nearest the article.
 */
export const weekdayOfWeek = pairRefiner('weekday-of-week', (first, second, between) => {
  const weekdayFirst = first.rule === 'weekday' && weekValue.test(second.value) && /^(?:\s+of\s+|\s+)$/i.test(between)
  const weekFirst = second.rule === 'weekday' && weekValue.test(first.value) && /^(?:\s+on\s+|\s?[-,]?\s+)$/i.test(between)
  if (weekdayFirst && startsWithDay.test(first.value)) return {type: first.type, value: dayInWeek(second.value, first.value) as string}
  if (weekFirst && startsWithDay.test(second.value)) return {type: second.type, value: dayInWeek(first.value, second.value) as string}
  return undefined
})

const countedLength = /^P(\d{1,4})([DWMY])$/
const fullDay = /^\d{4}-\d\d-\d\d$/
const opensSpan = /^\s*(?:to|until|till|through|-|\u2013)\s/i
// A length with a word of its own ("the next three days", "the past two weeks") is a period, not a
// count from a date; trading, business and working days skip days the calendar cannot tell.
const ownPeriod = /\b(?:the|next|last|past|previous|first|coming|following|recent|trading|business|working)\b/i

/**
 * "three days after the 12th of May", "two weeks from Monday", "a month before Christmas": a
 * length counted from a full date is the day it reaches. Not a length that opens a span ("ten
 * days from May 1 to May 10"), nor one with its own "next" or "past", nor "five trading days".
 */
export const lengthFromDay = pairRefiner('length-from-day', (first, second, between, after) => {
  const length = countedLength.exec(first.value)
  const direction = /^\s+(after|before|from)\s+$/i.exec(between)?.[1]?.toLowerCase()
  const day = first.type === 'DURATION' && !first.mod && !ownPeriod.test(first.text) ? parseDay(second.value) : undefined
  if (!length || !direction || !day || second.type !== 'DATE' || !fullDay.test(second.value) || opensSpan.test(after)) return undefined
  const count = Number(length[1]) * (direction === 'before' ? -1 : 1)
  const unit = length[2]
  const reached = unit === 'D' || unit === 'W' ? addDays(day, count * (unit === 'W' ? 7 : 1)) : addMonths(day, count * (unit === 'Y' ? 12 : 1))
  return {type: 'DATE', value: formatDay(reached)}
})

const undatedWeekday = /^XXXX-WXX-([1-7])((?:T[A-Z]{2})?)$/

/**
 * "the Sunday before Christmas", "the Friday after Thanksgiving", "the Monday following Jan. 6": a
 * weekday counted from a full date is the first such weekday before or after it. Counted from what
 * no date resolves ("the election"), the weekday keeps only its weekday.
 */
export const weekdayFromDay = pairRefiner('weekday-from-day', (first, second, between) => {
  const weekday = first.rule === 'weekday' ? undatedWeekday.exec(first.value) : null
  const direction = /^\s+(before|after|following)\s+$/i.exec(between)?.[1]?.toLowerCase()
  const day = weekday && direction && second.type === 'DATE' && fullDay.test(second.value) ? parseDay(second.value) : undefined
  if (!weekday || !day) return undefined
  const number = Number(weekday[1])
  const counted = direction === 'before' ? weekdayNear(addDays(day, -1), number, false) : weekdayNear(day, number, true)
  return {type: first.type, value: formatDay(counted) + (weekday[2] ?? '')}
})

const partOfDay = /^(\d{4}-\d\d-\d\d|XXXX-XX-XX)T(MO|AF|EV|NI)$/
const clockValue = /T(\d\d)(:\d\d(?::\d\d)?)$/

/** A clock time read within a part of the day: "3:15" in the afternoon is 15:15, "8" at night 20:00; a time that says its half of the day keeps it. */
function clockIn(part: string, clock: Candidate): string | undefined {
  const [, hour = '', rest = ''] = clockValue.exec(clock.value) ?? []
  let value = Number(hour)
  const later = part === 'AF' || part === 'EV' || (part === 'NI' && value >= 6)
  if (later && value < 12 && !/[ap]\.?m\b|noon|midnight/i.test(clock.text)) value += 12
  return hour ? `T${pad(value)}${rest}` : undefined
}

/**
 * "this afternoon at 3:15", "Tuesday night at 10:30", "8:30 this morning": a clock time with the
 * part of the day beside it is one TIME on that day, in that half of it.
 */
export const dayPartClock = pairRefiner('day-part-clock', (first, second, between) => {
  const partFirst = partOfDay.exec(first.value)
  const partSecond = partOfDay.exec(second.value)
  if (partFirst && clockValue.test(second.value) && /^,?\s+(?:at|around|about|by)\s+$/i.test(between)) return {type: 'TIME', value: `${partFirst[1]}${clockIn(partFirst[2] ?? '', second)}`}
  if (partSecond && clockValue.test(first.value) && /^\s+$/.test(between)) return {type: 'TIME', value: `${partSecond[1]}${clockIn(partSecond[2] ?? '', first)}`}
  return undefined
})
