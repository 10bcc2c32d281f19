import {addDays, type Day, dayNumber, formatDay, parseDay} from '../calendar.js'
import type {Candidate} from '../rules/types.js'
import {textBefore} from '../text.js'
import {type DateRefiner, mapMentions} from './types.js'

const clockOnDay = /^(\d{4}-\d\d-\d\d|XXXX-XX-XX)(T\d\d:\d\d(?::\d\d)?)$/
const between = /^\s*(?:-|\u2013|to|until|till|and)\s*$/i

/**
 * "from 9:30 to 11:00 on Thursday", "Thursday 9:30 to 11:00": both ends of a range of clock times
 * are on the day either end names.
 */
export const clockRangeDay: DateRefiner = {
  id: 'clock-range-day',
  scope: 'text',
  minimum: 2,
  refine(mentions, {text, trace}) {
    const refined = [...mentions]
    for (let index = 1; index < refined.length; index++) {
      const [first, second] = [refined[index - 1], refined[index]]
      const [a, b] = [clockOnDay.exec(first?.value ?? ''), clockOnDay.exec(second?.value ?? '')]
      if (!first || !second || !a || !b || a[1] === b[1] || !between.test(text.slice(first.end, second.start))) continue
      // The day the text names in full wins over the day a clock time alone was put on.
      // A day in words or in figures ("on 1/1/2015").
      const named = (mention: typeof first) => /\p{L}{3}|\d\/\d/u.test(mention.text.replace(/\b(?:a\.?m|p\.?m|noon|midnight|o'clock)\b\.?/giu, ''))
      const day = named(second) ? b[1] : named(first) ? a[1] : undefined
      if (!day) continue
      const target = day === b[1] ? index - 1 : index
      const mention = refined[target] as typeof first
      refined[target] = {...mention, value: `${day}${(day === b[1] ? a : b)[2]}`}
      trace(mention.start, mention.end, true)
    }
    return refined
  }
}

const monthOrDay = /^\d{4}-(\d\d)(-\d\d)?$/
const rangeLink = /^\s*(?:-|\u2013|to|through|until|till|and|or)\s*$/i
const yearAtEnd = /\b(\d{4})$/
// Rules that read a month or a day of a month; "next Friday" or "this May" placed itself.
const monthRules = new Set(['month-day', 'month', 'spoken-month-day', 'numeric-date', 'named-numeric-date'])
const placedItself = /^(?:next|last|this|coming|past)\b/i

/**
 * "from January to April 2015", "June-August 1992", "Nov. 18 to Dec. 19, 2015": a year written
 * once, after the second end of a range or pair, is the first end's too (the year before when the
 * first month comes later: "Nov. 18 to Feb. 5, 2017").
 */
export const rangeYear: DateRefiner = {
  id: 'range-year',
  scope: 'sentence',
  minimum: 2,
  refine(mentions, {sentence, offset, trace}) {
    return mapMentions(mentions, (first, index) => {
      const second = mentions[index + 1]
      const firstMonth = monthOrDay.exec(first.value)
      const year = second && yearAtEnd.exec(second.text)?.[1]
      const secondMonth = second && monthOrDay.exec(second.value)
      const yearless = first.type === 'DATE' && monthRules.has(first.rule ?? '') && !/\d{3}/.test(first.text) && !placedItself.test(first.text)
      if (!second || !firstMonth || !year || !secondMonth || !yearless || !rangeLink.test(sentence.slice(first.end - offset, second.start - offset))) return first
      const firstYear = Number(year) - (Number(firstMonth[1]) > Number(secondMonth[1]) ? 1 : 0)
      const value = `${firstYear}${first.value.slice(4)}`
      if (value === first.value) return first
      trace(first.start, first.end, true)
      return {...first, value}
    })
  }
}

const dayValue = /^(\d{4}-\d\d-\d\d)(.*)$/
const rangeTo = /^\s*(?:-|\u2013|to|through|thru|until|till)\s*$/i
const rangeAnd = /^\s+and\s+$/i
const alternative = /^\s+or\s+(?:early\s+|late\s+)?$/i
const betweenBefore = /\bbetween\s+$/i

/**
 * "from Monday to Wednesday", "Thursday through Tuesday", "between Friday and Monday": the ends of a
 * range of weekdays read in one direction, so its start is not after its end. Each end alone is the
 * weekday nearest the article, and the two may fall on either side of it ("ran from Monday to
 * Wednesday" written on a Monday read Monday as that day and Wednesday as the one before). An
 * end a word places ("last Monday", "next Friday") stays; else the start is moved back when it
 * lies on or before the article's day, the end moved on when the start lies after it. Months and
 * days of months written without a year ("from November to February") are ordered the same way, and
 * so are two days given as alternatives ("late Friday night or early Saturday", "in November or December").
 */
export const rangeInOrder: DateRefiner = {
  id: 'range-in-order',
  scope: 'sentence',
  minimum: 2,
  refine(mentions, {sentence, offset, context, trace}) {
    let refined: Candidate[] | undefined
    for (let index = 1; index < mentions.length; index++) {
      const first = (refined ?? mentions)[index - 1] as Candidate
      const second = mentions[index] as Candidate
      const between = sentence.slice(first.end - offset, second.start - offset)
      const linked = rangeTo.test(between) || alternative.test(between) || (rangeAnd.test(between) && betweenBefore.test(textBefore(sentence, first.start - offset, 16)))
      if (!linked) continue
      const ordered =
        first.rule === 'weekday' && second.rule === 'weekday'
          ? inOrder(first, second, context.reference)
          : yearless(first) && yearless(second)
            ? monthsInOrder(first, second, context.reference)
            : undefined
      if (!ordered) continue
      refined ??= [...mentions]
      refined[index - 1] = ordered[0]
      refined[index] = ordered[1]
      trace(first.start, second.end, true)
    }
    return refined ?? mentions
  }
}

/** A month, or a day of a month, written without its year: the year was inferred, and may be the wrong one. */
const yearless = (mention: Candidate): boolean =>
  mention.type === 'DATE' && monthRules.has(mention.rule ?? '') && !/\d{3}/.test(mention.text) && monthOrDay.test(mention.value)

/**
 * "from November to February", "from Aug. 3 to Oct. 5": the ends of a range of months read in one
 * direction, a year apart at most, as weekdays are a week apart at most (see `inOrder`).
 */
function monthsInOrder(first: Candidate, second: Candidate, reference: Day | undefined): [Candidate, Candidate] | undefined {
  const firstFixed = placedItself.test(first.text)
  const secondFixed = placedItself.test(second.text)
  // A month's value ("2024-11") sorts before its own days ("2024-11-05"): compare what both give.
  const length = Math.min(first.value.length, second.value.length)
  if ((firstFixed && secondFixed) || first.value.slice(0, length) <= second.value.slice(0, length)) return undefined
  const moveEnd = firstFixed || (!secondFixed && reference !== undefined && first.value.slice(0, 10) > formatDay(reference))
  const [moved, by] = moveEnd ? [second, 1] : [first, -1]
  // No 29 February the year before or after.
  if (moved.value.slice(4, 10) === '-02-29') return undefined
  const shifted = {...moved, value: `${Number(moved.value.slice(0, 4)) + by}${moved.value.slice(4)}`}
  return moveEnd ? [first, shifted] : [shifted, second]
}

/** The two ends with the start not after the end, or undefined when they already are, or neither may move. */
function inOrder(first: Candidate, second: Candidate, reference: Day | undefined): [Candidate, Candidate] | undefined {
  const firstFixed = placedItself.test(first.text)
  const secondFixed = placedItself.test(second.text)
  if (firstFixed && secondFixed) return undefined
  const [firstDay, secondDay] = [dayValue.exec(first.value), dayValue.exec(second.value)]
  const [start, end] = [firstDay && parseDay(firstDay[1] as string), secondDay && parseDay(secondDay[1] as string)]
  if (!firstDay || !secondDay || !start || !end || dayNumber(start) <= dayNumber(end)) return undefined
  const weeks = Math.ceil((dayNumber(start) - dayNumber(end)) / 7)
  const moveEnd = firstFixed || (!secondFixed && reference !== undefined && dayNumber(start) > dayNumber(reference))
  return moveEnd
    ? [first, {...second, value: `${formatDay(addDays(end, 7 * weeks))}${secondDay[2]}`}]
    : [{...first, value: `${formatDay(addDays(start, -7 * weeks))}${firstDay[2]}`}, second]
}
