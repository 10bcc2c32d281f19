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
