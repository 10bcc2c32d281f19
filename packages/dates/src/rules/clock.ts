import {type Day, formatDay} from '../calendar.js'
import {pad, textBefore} from '../text.js'
import type {DateRule, Found} from './types.js'

/**
 * "5 p.m.", "10:30am", "noon", "4 in the morning" (04:00), "7 in the evening" (19:00): a clock time,
 * on the last full date the text gave. Not "5 in the morning session".
 */
export const clockRule: DateRule = {
  id: 'clock',
  anchors: {words: ['am', 'pm', 'm', 'noon', 'midday', 'midnight', 'morning', 'afternoon', 'evening']},
  pattern: /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\b(noon|midday|midnight)\b|\b(\d{1,2})(?::(\d{2}))?\s+(?:o'clock\s+)?in\s+the\s+(morning|afternoon|evening)\b/gi,
  build(match, {anchor, sentence}) {
    let hour: number
    let minute = Number(match[2] ?? match[6] ?? 0)
    if (match[4]) {
      hour = match[4].toLowerCase() === 'midnight' ? 24 : 12
      minute = 0
    } else if (match[7]) {
      const end = match.index + match[0].length
      if (/^\s+(?!(?:and|or|on|at|of|in|to|when|as|after|before|until|local)\b)[a-z]/.test(sentence.slice(end, end + 16))) return undefined
      hour = Number(match[5])
      if (hour < 1 || hour > 12) return undefined
      hour = (hour % 12) + (match[7].toLowerCase() === 'morning' ? 0 : 12)
    } else {
      hour = Number(match[1]) % 12
      if ((match[3] ?? '').toLowerCase().startsWith('p')) hour += 12
    }
    if (hour > 24 || minute > 59) return undefined
    return clockTime(anchor, hour, minute)
  }
}

/** A TIME at `hour`:`minute` on the last full date the text gave. */
function clockTime(anchor: Day | undefined, hour: number, minute: number): Found {
  return {type: 'TIME', value: `${anchor ? formatDay(anchor) : 'XXXX-XX-XX'}T${pad(hour)}:${pad(minute)}`}
}

/**
 * "10:30", "15:00", "15h00", "07:45:10": a 24-hour clock, two digits of minutes. Not a ratio or a
 * score ("a 2:1 vote"), which has one digit after its colon, nor a time of a race ("in 2:10:35").
 */
export const clock24Rule: DateRule = {
  id: 'clock-24',
  anchors: {digits: 'joined'},
  pattern: /\b([01]?\d|2[0-3])[:h]([0-5]\d)(?::[0-5]\d)?(?![\d:])/g,
  build(match, {anchor, sentence}) {
    if (/\bin\s+$/i.test(textBefore(sentence, match.index, 4)) && /:\d\d:/.test(match[0])) return undefined
    return clockTime(anchor, Number(match[1]), Number(match[2]))
  }
}

/** "1530 GMT", "0900 UTC", "at 2100 hours": four digits of a 24-hour clock with a zone, or "hours" after "at". */
export const zonedClockRule: DateRule = {
  id: 'zoned-clock',
  anchors: {words: ['gmt', 'utc', 'hours', 'hrs', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest']},
  pattern: /\b([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC|[ECMP][SD]T|BST|CEST|CET|hours|hrs)\b/g,
  build(match, {anchor, sentence}) {
    if (/^h/.test(match[3] ?? '') && !/\bat\s+$/i.test(textBefore(sentence, match.index, 4))) return undefined
    return clockTime(anchor, Number(match[1]), Number(match[2]))
  }
}

export const clockRules: DateRule[] = [clockRule, clock24Rule, zonedClockRule]
