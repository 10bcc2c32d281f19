import {addDays, formatDay, formatWeek, parseDay} from '../calendar.js'
import {endsInWord, textBefore} from '../text.js'
import {edge} from '../values.js'
import {eachMention, widen} from './types.js'

const fullDay = /^\d{4}-\d\d-\d\d$/

const aroundWords = ['before', 'after', 'of']

/** "the day before Tuesday" is a day earlier, "the week of June 10" the week that holds it. */
export const aroundDay = eachMention('around-day', (mention, input) => {
  if (mention.type !== 'DATE' || !fullDay.test(mention.value) || !endsInWord(input.sentence, mention.start - input.offset, aroundWords)) return mention
  const before = /(?:\bthe\s+)?\b(?:day\s+(before|after)|week\s+of)\s+$/i.exec(textBefore(input.sentence, mention.start - input.offset, 20))
  const day = before && parseDay(mention.value)
  if (!before || !day) return mention
  const value = before[1] ? formatDay(addDays(day, before[1].toLowerCase() === 'before' ? -1 : 1)) : formatWeek(day)
  return widen(mention, before[0].length, input, {value})
})

const hedgeWord = /^\s+or\s+(?:so|later|earlier|longer)\b/i
const unitOrHedge = /^\s+or\s+(?:so|later|earlier|longer|days|weeks|months|years|decades)\b/i

/**
 * "the next month or so", "1994 or later": a hedge after a date or length is part of it; "weeks or
 * months": an unspecified length takes the other unit it is weighed against.
 */
export const hedge = eachMention('hedge', (mention, {sentence, offset}) => {
  if (mention.type !== 'DATE' && mention.type !== 'DURATION') return mention
  const hedgeAfter = /^PT?X[A-Z]$/.test(mention.value) ? unitOrHedge : hedgeWord
  const found = hedgeAfter.exec(sentence.slice(mention.end - offset, mention.end - offset + 16))
  return found ? {...mention, end: mention.end + found[0].length, text: mention.text + found[0]} : mention
})

/** A length written as an adjective leaves the article out: "the two-week crisis" is "two-week". */
export const adjectiveLength = eachMention('adjective-length', (mention) => {
  if (mention.type !== 'DURATION') return mention
  const article = /^the\s+(?=[^\s-]+-[^\s-]+$)/i.exec(mention.text)
  return article ? {...mention, start: mention.start + article[0].length, text: mention.text.slice(article[0].length)} : mention
})

const ofWord = ['of']

/** "the end of November", "by end of March": a date takes its edge into its span, with the mod (END). */
export const edgeOf = eachMention('edge-of', (mention, input) => {
  if (mention.type !== 'DATE' || /_REF$/.test(mention.value) || /^the\b/i.test(mention.text) || !endsInWord(input.sentence, mention.start - input.offset, ofWord)) return mention
  const found = /(?:\bthe\s+)?\b(end|beginning|start|middle)\s+of\s+$/i.exec(textBefore(input.sentence, mention.start - input.offset, 30))
  if (!found) return mention
  const mod = mention.mod ?? edge(found[1] === 'middle' ? 'mid' : `the ${found[1]} of`)
  return widen(mention, found[0].length, input, mod ? {mod} : {})
})

// A whole day. A part of one ("early Friday morning") is itself the edge, and TimeBank leaves the word out of its span.
const dayValue = /^(?:\d{4}-\d\d-\d\d|XXXX-WXX-\d|XXXX-XX-XX)$/
const edgeOfDayWords = ['early', 'late', 'on', 'of']
// "was late on Tuesday", "40 minutes late Saturday": lateness, not a time of the day.
const lateness = /\b(?:am|is|are|was|were|be|been|being|run|runs|ran|running|too|so|very|how|minutes?|hours?|days?|weeks?)\s+$/i

/**
 * "late Saturday", "early on Monday", "in the early hours of Sunday": a day takes
 * the edge before it into its span, with the mod (START, END), as "late yesterday" does.
 */
export const edgeOfDay = eachMention('edge-of-day', (mention, input) => {
  const at = mention.start - input.offset
  if (mention.mod || !dayValue.test(mention.value) || !endsInWord(input.sentence, at, edgeOfDayWords)) return mention
  const found = /\b(?:(early|late)\s+(?:on\s+)?|the\s+(?:early|small)\s+hours\s+of\s+)$/i.exec(textBefore(input.sentence, at, 24))
  if (!found || (found[1] && lateness.test(textBefore(input.sentence, at - found[0].length, 12)))) return mention
  return widen(mention, found[0].length, input, {mod: found[1] ? edge(found[1]) : 'START'})
})

/** A relative date takes its "the", as TIMEX3 spans do: "the past year", "the previous Friday". */
export const takesArticle = eachMention('takes-article', (mention, input) => {
  if (mention.type !== 'DATE' || /_REF$/.test(mention.value) || !input.words.takesArticle.test(mention.text)) return mention
  const article = /\bthe\s+$/i.exec(textBefore(input.sentence, mention.start - input.offset, 30))
  return article ? widen(mention, article[0].length, input) : mention
})
