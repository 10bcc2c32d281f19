import type {Candidate} from '../rules/types.js'
import type {DateRefiner} from './types.js'

const clock = /T\d\d:\d\d(?::\d\d)?$/
const fullDay = /^\d{4}-\d\d-\d\d$/

/**
 * "7 p.m. EST June 4", "noon Thursday", "6 a.m. local time on Sunday": a clock time beside a day
 * is one TIME on that day. Over the whole text, as a sentence splitter may take the full stop of
 * "p.m." for a sentence end.
 */
export const clockAndDay: DateRefiner = {
  id: 'clock-and-day',
  scope: 'text',
  minimum: 2,
  refine(mentions, {text, trace}) {
    const merged: Candidate[] = []
    for (const mention of mentions) {
      const previous = merged.at(-1)
      const clockThenDay = previous?.type === 'TIME' && clock.test(previous.value) && mention.type === 'DATE' && fullDay.test(mention.value)
      const dayThenClock = previous?.type === 'DATE' && fullDay.test(previous.value) && mention.type === 'TIME' && clock.test(mention.value)
      if (!previous || !(clockThenDay || dayThenClock) || !/^,?\s(?:(?:[A-Z]{1,3}T|UTC|local\stime),?\s)?(?:on\s|at\s|@\s)?$/.test(text.slice(previous.end, mention.start))) {
        merged.push(mention)
        continue
      }
      const day = clockThenDay ? mention.value : previous.value
      const time = (clockThenDay ? previous.value : mention.value).slice(10)
      merged[merged.length - 1] = {start: previous.start, end: mention.end, text: text.slice(previous.start, mention.end), type: 'TIME', value: `${day}${time}`}
      trace(previous.start, mention.end, true)
    }
    return merged
  }
}
