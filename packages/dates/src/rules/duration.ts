import {addDays, formatDay} from '../calendar.js'
import {textBefore} from '../text.js'
import {period, shiftQuarter, withMod} from '../values.js'
import {clockTime} from './clock.js'
import type {DateRule, Found, RuleInput} from './types.js'

const unitWords = ({lexicon}: RuleInput['words']) => [...Object.keys(lexicon.units).flatMap((unit) => [unit, `${unit}s`]), 'centuries']
/** The unit a written unit word names: "centuries" -> "century", "Weeks" -> "week". */
export const singular = (word: string) => word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')

/** "two years", "about 10 days", "2 1/2 years", "a two-year", "three days ago", "ten years hence", "the past three months". */
export const countedRule: DateRule = {
  id: 'counted-length',
  anchors: (words) => ({words: unitWords(words)}),
  pattern: ({mod, count, qualifier, unit}) =>
    new RegExp(
      `\\b(?:(${mod})\\s+)?(?:the\\s+)?(?:(past|last|next|first|previous|coming|following)\\s+)?(?:(half|(?:a|one|three)[\\s-]quarters?\\s+of)\\s+(?=an?\\s))?(${count})((?:\\s+and\\s+a\\s+half|\\s+1/2))?(?:\\s+(?:${qualifier}))?(?:[\\s-]+|(?<=\\d))(${unit}s?)(\\s+and\\s+a\\s+half|[\\s-]+old)?\\b(?:\\s+(ago|earlier|later|hence(?!\\s+(?:the|a|an|its|their|his|her|this|that)\\b)|from\\s+now))?`,
      'gi'
    ),
  build(match, input) {
    const {sentence, tense, words} = input
    // "half an hour", "a quarter of an hour", "three-quarters of a day": that share of one.
    const count = shareOf(match[3]) * (words.numberOf(match[4] ?? '') ?? Number.NaN)
    const unit = words.unitOf(match[6] ?? '')
    if (Number.isNaN(count) || !unit || count > 5000) return undefined
    const first = match[0].split(/\s/, 1)[0] ?? ''
    // "$2 million a year", "four flights a week": a rate, not a length of time.
    if (/^an?$/i.test(first) && !match[8] && tense.rateBefore(sentence, match.index)) return undefined
    // "a 52-year-old", "52 years old": an age, which TIMEX3 leaves alone; "60 Minutes" with a capital is a title.
    if (/old$/i.test(match[7] ?? '') || /^\p{Lu}/u.test(match[6] ?? '')) return undefined
    // "a second group" counts, it does not last.
    const after = sentence.slice(match.index + match[0].length)
    // "scored a second", "grabbed a second after the break": a second goal, of a verb of scoring.
    if (unit.letter === 'S' && /^an?$/i.test(match[4] ?? '') && !match[8]) {
      if (/^\s+(?!(?:or|and|to|of|later|earlier|before|after|ago|longer)\b)\p{L}/u.test(after)) return undefined
      const unitAt = match.index + match[0].length - (match[6] ?? '').length
      if (words.scoredBefore(textBefore(sentence, unitAt, 24))) return undefined
    }
    // "three-quarters" is a share, and so is "three quarters of the staff" ("two quarters of growth" lasts).
    if (unit.letter === 'Q' && (count === 1 || /-quarter/i.test(match[0]) || /^\s+of\s+(?:the|a|an|all|its|their|his|her|our|my|your|those|these|them|us)\b/i.test(after))) return undefined
    const half = match[5] || match[7] ? 0.5 : 0
    const direction = match[8]?.toLowerCase().replace(/\s+/g, ' ')
    const written = singular(match[6] ?? '')
    const unitName = unit.abbreviates ?? written
    // "a min", "one sec": an abbreviation follows digits, elsewhere it is another word.
    if (unit.abbreviates && !/^\d/.test(match[4] ?? '')) return undefined
    if (direction) return pointFromLength(count + half, unitName, direction, input)
    if (!match[1] && !match[2] && !/^the\s/i.test(match[0]) && aheadIn(match.index, match.index + match[0].length, input)) return pointAhead(count + half, unitName, input)
    const mod = match[1] ? words.lexicon.mods[match[1].toLowerCase().replace(/\s+/g, ' ')] : undefined
    return withMod({type: 'DURATION', value: words.duration(count + half, unitName)}, mod)
  }
}

const shareOf = (written: string | undefined) => (!written ? 1 : /^half/i.test(written) ? 0.5 : /^three/i.test(written) ? 0.75 : 0.25)

/** "three days ago", "two weeks later", "a year from now" (or "hence"): the point a length away, at the unit's grain. */
function pointFromLength(count: number, unitName: string, direction: string, input: RuleInput): Found {
  const {reference, anchor, quarter, words} = input
  const base = direction === 'later' ? (anchor ?? reference) : reference
  const back = direction === 'ago' || direction === 'earlier'
  // "an hour later" after another day the text named: the clock time is not known, so it stays a length of time.
  if (words.lexicon.units[unitName]?.time) return (base === reference && clockFrom(back ? -count : count, unitName, input)) || {type: 'DURATION', value: words.duration(count, unitName)}
  if (!base) return {type: 'DATE', value: back ? 'PAST_REF' : 'FUTURE_REF'}
  if (quarter && count === 1 && unitName === 'year' && direction !== 'later') return {type: 'DATE', value: shiftQuarter(quarter, -4)}
  // The value keeps the expression's granularity: "six weeks ago" is a week, "ten days ago" a day.
  return {type: 'DATE', value: period(base, unitName, back ? -count : count)}
}

/**
 * "in 24 hours", "in two weeks": the point that far ahead, when the sentence looks ahead or tells
 * nothing of the past ("the vote is in two weeks"); in a past clause, "sold out in two days" is a
 * length, and so it is after a word of ability ("can't finish the count in two days") or a
 * superlative ("the biggest drop in a year").
 */
function aheadIn(index: number, end: number, {sentence, tense}: RuleInput): boolean {
  if (!/\bin\s+$/i.test(textBefore(sentence, index, 4)) || tense.abilityBefore(sentence, index) || tense.superlativeBefore(sentence, index)) return false
  return tense.futureBefore(sentence, index) || !tense.pastInClause(sentence, index, end)
}

function pointAhead(count: number, unitName: string, input: RuleInput): Found {
  const {reference, words} = input
  if (!reference) return {type: 'DATE', value: 'FUTURE_REF'}
  if (!words.lexicon.units[unitName]?.time) return {type: 'DATE', value: period(reference, unitName, count)}
  // Without the reference's clock time, hours ahead name the day they end on.
  return clockFrom(count, unitName, input) || {type: 'DATE', value: formatDay(addDays(reference, unitName === 'hour' ? Math.floor(count / 24) : 0))}
}

const minutesIn: Record<string, number> = {hour: 60, minute: 1}

/**
 * The time `count` hours or minutes (negative: back) from the reference's own time of day: "in 5
 * minutes" in an article of 14:30 is 14:35, "two hours ago" 12:30. Undefined when the reference
 * gives no time, or the length is no whole number of minutes.
 */
function clockFrom(count: number, unitName: string, {reference, referenceMinute}: RuleInput): Found | undefined {
  const minutes = minutesIn[unitName]
  if (!reference || referenceMinute === undefined || minutes === undefined || !Number.isInteger(count * minutes)) return undefined
  const total = referenceMinute + count * minutes
  const minute = ((total % 1440) + 1440) % 1440
  return clockTime(addDays(reference, Math.floor(total / 1440)), Math.floor(minute / 60), minute % 60)
}

/** "several years", "a few days", "recent weeks", "for months": lengths of no given count. */
export const vagueLengthRule: DateRule = {
  id: 'vague-length',
  // "the past a few weeks": four gaps before the anchor.
  reach: 4,
  // Its unit is always plural: "year" or "day" alone, far commoner, does not wake the rule.
  anchors: ({lexicon}) => ({words: [...Object.keys(lexicon.units).map((unit) => `${unit}s`), 'centuries']}),
  pattern: ({unit}) =>
    new RegExp(`\\b(?:((?:the\\s+(?:past|last|next)\\s+)?(?:several|a\\s+few|few|many)|recent|coming)\\s+)(${unit}s)\\b(\\s+ago\\b)?|(?<=\\b(?:for|over|within)\\s+)((?:second|minute|hour|day|week|month|year|decade)s|centuries)\\b`, 'gi'),
  build(match, {words}) {
    const unitName = singular(match[2] ?? match[4] ?? '')
    const unit = words.lexicon.units[unitName]
    if (!unit) return undefined
    // "several years ago" is some point in the past, not a length of time; so are "recent years",
    // but "in recent weeks" spans the weeks up to now.
    if (match[3] || (/recent/i.test(match[1] ?? '') && unitName === 'year')) return {type: 'DATE', value: 'PAST_REF'}
    return {type: 'DURATION', value: unit.time ? `PTX${unit.letter}` : `PX${unit.letter}`}
  }
}

/** "a day-long meeting" lasts a day, "a decades-long feud" some decades. */
export const longRule: DateRule = {
  id: 'unit-long',
  // "week-long": one gap before the anchor.
  reach: 1,
  // "long" is rarer than a unit word, so the pattern runs over fewer sentences.
  anchors: {words: ['long']},
  pattern: ({unit}) => new RegExp(`\\b(${unit}s?)-long\\b`, 'gi'),
  build(match, {words}) {
    const written = (match[1] ?? '').toLowerCase()
    const unitName = singular(written)
    const unit = words.lexicon.units[unitName]
    if (!unit) return undefined
    if (written === unitName) return {type: 'DURATION', value: words.duration(1, unitName)}
    return {type: 'DURATION', value: unit.time ? `PTX${unit.letter}` : `PX${unit.letter}`}
  }
}
