import type {DateRefiner} from './types.js'

const clockOnDay = /^(\d{4}-\d\d-\d\d|XXXX-XX-XX)(T\d\d:\d\d(?::\d\d)?)$/
const between = /^\s*(?:-|\u2013|to|until|till|and)\s*$/i

/**
 * "from 9:30 to 11:00 on Thursday", "Thursday 9:30 to 11:00": both ends of a range of clock times
 * are on the day either end names.
 */
export const clockRangeDay: DateRefiner = {
  id: 'clock-range-day',
  scope: 'text',
  refine(mentions, {text, trace}) {
    const refined = [...mentions]
    for (let index = 1; index < refined.length; index++) {
      const [first, second] = [refined[index - 1], refined[index]]
      const [a, b] = [clockOnDay.exec(first?.value ?? ''), clockOnDay.exec(second?.value ?? '')]
      if (!first || !second || !a || !b || a[1] === b[1] || !between.test(text.slice(first.end, second.start))) continue
      // The day the text names in full wins over the day a clock time alone was put on.
      const named = (mention: typeof first) => /\p{L}{3}/u.test(mention.text.replace(/\b(?:a\.?m|p\.?m|noon|midnight|o'clock)\b\.?/giu, ''))
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
