import {formatDay, formatWeek, holidayDate, holidayNear} from '../calendar.js'
import {capitalized, LETTERS, pad} from '../text.js'
import {date} from '../values.js'
import type {DateRule} from './types.js'

/**
 * "Thanksgiving Day", "last Christmas", "Easter 2024": holidays by their rule, the year given or
 * nearest; "Easter week" is the week that holds the day.
 */
export const holidayRule: DateRule = {
  id: 'holiday',
  // "last Christmas": one gap before the anchor.
  reach: 1,
  // Whole names, so "year", "Friday" or "may" alone does not wake the rule. Names read in any case ("christmas").
  anchors: ({lexicon}) => ({phrases: Object.keys(lexicon.holidays)}),
  pattern: ({holiday}) => new RegExp(`\\b(?:(last|next|this)\\s+)?(${holiday})(\\s+week)?(?:,?\\s+(\\d{4}))?(?![${LETTERS}\\d])`, 'gi'),
  build(match, {reference, sentence, tense, words}) {
    const name = match[2] ?? ''
    const rule = words.lexicon.holidays[name.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ')]
    if (!rule || (!capitalized(name) && words.lexicon.capitalizedHolidays.includes(name.toLowerCase()))) return undefined
    const format = match[3] ? formatWeek : formatDay
    if (match[4]) return date(holidayDate(rule, Number(match[4])), format)
    if (!reference) {
      if (match[3]) return {type: 'DATE', value: 'XXXX-WXX'}
      // Only a Gregorian fixed date has a month and day without a year; a lunar one moves every year.
      const gregorian = !rule.calendar && !rule.hindu
      return gregorian && rule.month && rule.day ? {type: 'DATE', value: `XXXX-${pad(rule.month)}-${pad(rule.day)}`} : undefined
    }
    const which = match[1]?.toLowerCase()
    const future = which === 'next' || tense.futureBefore(sentence, match.index)
    // "Eid al-Fitr was celebrated on Friday", "we spent Diwali at home": a past verb beside it is the last one.
    const past = !future && which === undefined && (tense.pastVerbJustBefore(sentence, match.index) || tense.pastVerbJustAfter(sentence, match.index, match.index + match[0].length))
    const step = which === 'last' || which === 'next' ? which : past ? 'last' : undefined
    return date(holidayNear(reference, rule, future, step), format)
  }
}
