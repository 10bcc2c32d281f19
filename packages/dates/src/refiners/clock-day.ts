import {type Day, formatDay, parseDay} from '../calendar.js'
import {type DateRefiner, mapMentions} from './types.js'

/** The rules whose times carry only a clock or a part of the day, put on the last full date the text gave before their sentence. */
const clockOnly = new Set(['clock', 'clock-24', 'zoned-clock', 'clock-range', 'clock-words', 'in-day-part'])
/** A full date, maybe with a part of its day ("Saturday night": `2024-03-02TNI`). */
const fullDay = /^\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI))?$/

/** The day a value names in full, a part of the day or not: what a later clock time alone is on. */
export const namedDay = (value: string): Day | undefined => (fullDay.test(value) ? parseDay(value.slice(0, 10)) : undefined)

/** "On March 3 the fire started at 10:30": a clock time alone is on the last full date before it, in its sentence too. */
export const clockOnLastDay: DateRefiner = {
  id: 'clock-on-last-day',
  scope: 'sentence',
  refine(mentions, {context, trace}) {
    // The days are read only before a clock time: most sentences with a date name none.
    if (!mentions.some(({rule}) => clockOnly.has(rule ?? ''))) return mentions
    let day = context.anchor
    return mapMentions(mentions, (mention) => {
      if (mention.type === 'DATE') day = namedDay(mention.value) ?? day
      if (!day || day === context.anchor || !clockOnly.has(mention.rule ?? '') || !/T(?:\d\d:\d\d(?::\d\d)?|MO|AF|EV)$/.test(mention.value)) return mention
      trace(mention.start, mention.end, true)
      return {...mention, value: `${formatDay(day)}${mention.value.slice(10)}`}
    })
  }
}
