import {addDays, formatDay, weekdayNear} from '../calendar.js'
import type {Candidate, FromLatest} from '../rules/types.js'
import {calendarValue, period} from '../values.js'
import {type DateRefiner, mapMentions} from './types.js'

/** `mention` resolved `step` units on from `latest` when that names the unit's grain; else as it was. */
function againstLatest(mention: Candidate, {unit, step, weekday}: FromLatest, latest: string | undefined): Candidate {
  const parts = latest?.split('-').map(Number) ?? []
  if (parts.length < (unit === 'year' ? 1 : unit === 'month' ? 2 : 3)) return mention
  const [year = 0, month = 1, day = 1] = parts
  if (weekday) return {...mention, value: formatDay(weekdayNear(addDays({year, month, day}, -1), weekday, false))}
  return {...mention, value: period({year, month, day}, unit, step)}
}

/**
 * "the following year", "later that year", "that same day", "the previous Friday": counted from
 * the last year, month or day the text named, in the same sentence or before. Moves the context's
 * `latest` on past every calendar period it passes.
 */
export const fromLatest: DateRefiner = {
  id: 'from-latest',
  scope: 'sentence',
  refine(mentions, {context, trace}) {
    return mapMentions(mentions, (mention) => {
      const relation = mention.fromLatest
      const resolved = relation ? againstLatest(mention, relation, context.latest) : mention
      if (resolved !== mention && resolved.value !== mention.value) trace(resolved.start, resolved.end, true)
      if (resolved.type === 'DATE' && calendarValue.test(resolved.value)) context.latest = resolved.value
      return resolved
    })
  }
}
