import {addDays, type Day, formatDay} from '../calendar.js'
import {pad, textBefore} from '../text.js'
import type {DateRule, Found, RuleInput} from './types.js'

/**
 * "5 p.m.", "10:30am", "1140 a.m.", "7:56:30 pm", "noon", "4 in the morning" (04:00), "7 in the evening" (19:00): a clock time,
 * on the last full date the text gave. Not "5 in the morning session".
 */
export const clockRule: DateRule = {
  id: 'clock',
  // "10 o'clock in the morning": four gaps before the anchor.
  reach: 4,
  anchors: {words: ['am', 'pm', 'noon', 'midday', 'midnight', 'morning', 'afternoon', 'evening'], phrases: ['a m', 'p m']},
  pattern: /(?<![\d:.])\b(\d{1,2})(?:[:.]?(\d{2})(?::(\d{2}))?)?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\b(noon|midday|midnight)\b|\b(\d{1,2})(?::(\d{2}))?\s+(?:o'clock\s+)?in\s+the\s+(morning|afternoon|evening)\b/gi,
  build(match, input) {
    const {sentence} = input
    let hour: number
    let minute = Number(match[2] ?? match[7] ?? 0)
    if (match[5]) {
      hour = match[5].toLowerCase() === 'midnight' ? 24 : 12
      minute = 0
    } else if (match[8]) {
      const end = match.index + match[0].length
      if (/^\s+(?!(?:and|or|on|at|of|in|to|when|as|after|before|until|local)\b)[a-z]/.test(sentence.slice(end, end + 16))) return undefined
      hour = Number(match[6])
      if (hour < 1 || hour > 12) return undefined
      hour = (hour % 12) + (match[8].toLowerCase() === 'morning' ? 0 : 12)
    } else {
      // "56:30 pm" is no hour of a 12-hour clock.
      if (Number(match[1]) > 12) return undefined
      hour = Number(match[1]) % 12
      if ((match[4] ?? '').toLowerCase().startsWith('p')) hour += 12
    }
    const second = match[3] === undefined ? undefined : Number(match[3])
    if (hour > 24 || minute > 59 || (second ?? 0) > 59) return undefined
    return clockTime(clockDay(input, match, hour * 60 + minute), hour, minute, second)
  }
}

/** A TIME at `hour`:`minute`(:`second`) on the last full date the text gave. */
export function clockTime(anchor: Day | undefined, hour: number, minute: number, second?: number): Found {
  return {type: 'TIME', value: `${anchor ? formatDay(anchor) : 'XXXX-XX-XX'}T${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}`}
}

/**
 * The day of a clock time alone: the last full date the text gave, but the day before the
 * reference when the text gave none, the report tells of the past ("broke out at 11 pm") and the
 * time comes after the reference's own: a report published at 2 a.m. tells of last night's 11 p.m.
 */
function clockDay({anchor, reference, referenceMinute, sentence, tense}: RuleInput, match: RegExpExecArray, minute: number): Day | undefined {
  if (!anchor || anchor !== reference || referenceMinute === undefined || minute <= referenceMinute) return anchor
  const end = match.index + match[0].length
  const past = tense.pastNear(sentence, match.index, end) && !tense.futureBefore(sentence, match.index)
  return past ? addDays(anchor, -1) : anchor
}

/** "with 3:12 left", "8:40 remaining", "2:05 to play": a game's clock, the time to go, is no time of day. */
const gameClockAfter = /^\s+(?:left|remaining|to\s+(?:play|go))\b/i

/**
 * "10:30", "15:00", "15h00", "07:45:10": a 24-hour clock, two digits of minutes. Not a ratio or a
 * score ("a 2:1 vote"), which has one digit after its colon, a time of a race ("in 2:10:35"), nor
 * a game's clock ("with 3:12 left").
 */
export const clock24Rule: DateRule = {
  id: 'clock-24',
  // Every match opens at its anchor.
  reach: 0,
  anchors: {digits: 'joined'},
  pattern: /\b([01]?\d|2[0-3])[:h]([0-5]\d)(?::([0-5]\d))?(?![\d:])/g,
  build(match, input) {
    if (/\bin\s+$/i.test(textBefore(input.sentence, match.index, 4)) && match[3]) return undefined
    const end = match.index + match[0].length
    if (gameClockAfter.test(input.sentence.slice(end, end + 16))) return undefined
    const [hour, minute] = [Number(match[1]), Number(match[2])]
    return clockTime(clockDay(input, match, hour * 60 + minute), hour, minute, match[3] === undefined ? undefined : Number(match[3]))
  }
}

/**
 * "1530 GMT", "0900 UTC", "at 2100 hours": four digits of a 24-hour clock with a zone, or "hours"
 * after "at". A zone need not be the publication's, so it is not read against the reference's time.
 */
export const zonedClockRule: DateRule = {
  id: 'zoned-clock',
  // "0600 GMT": one gap before the anchor.
  reach: 1,
  anchors: {words: ['gmt', 'utc', 'hours', 'hrs', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest']},
  pattern: /\b([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC|[ECMP][SD]T|BST|CEST|CET|hours|hrs)\b/g,
  build(match, {anchor, sentence}) {
    if (/^h/.test(match[3] ?? '') && !/\bat\s+$/i.test(textBefore(sentence, match.index, 4))) return undefined
    return clockTime(anchor, Number(match[1]), Number(match[2]))
  }
}

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const HOUR = `\\d{1,2}|${HOUR_WORDS.join('|')}`
const hourOf = (written: string) => (/^\d/.test(written) ? Number(written) : HOUR_WORDS.indexOf(written.toLowerCase()) + 1)
// Minutes in words: "twenty", "forty-three"; with the teens and the ones, one to fifty-nine.
const TENS_MINUTES = String.raw`(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?`
const MINUTE_WORDS = String.raw`${TENS_MINUTES}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${HOUR_WORDS.slice(0, 10).join('|')}`
// The part of the day after a clock read in words: "in the evening" puts it after noon.
const PART_AFTER = String.raw`(?:\s+o'?clock)?(?:\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b)?`
// Words before a clock time that make "ten to five" one, not a range of numbers ("ten to five people").
const clockCue = /\b(?:at|by|until|till|around|about|before|after|since|approximately)\s+$/i
// An hour and its minutes in words are a time after those, and at either end of a range ("from three thirty to four").
const spokenClockCue = /\b(?:at|by|until|till|around|about|before|after|since|approximately|from|to)\s+$/i

/** The minute of the day a clock read on a 12-hour dial gives, with the part of the day after it. */
function dialMinute(hour: number, minutes: number, before: boolean, part: string | undefined): number {
  if (!part) return hour * 60 + (before ? -minutes : minutes)
  // "a quarter to twelve in the morning" is before noon, "twelve at night" midnight.
  const later = part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6 && hour < 12)
  const named = (hour % 12) + (later ? 12 : 0) + (before && hour === 12 && part === 'morning' ? 12 : 0)
  return (named * 60 + (before ? -minutes : minutes) + 24 * 60) % (24 * 60)
}

/**
 * "10 o'clock", "half past seven", "at half seven" (British for half past), "a quarter to five", "ten past nine", "20 minutes to six", "twenty
 * min past eight in the evening": the clock read in words, as the dial gives it. A bare count to an
 * hour is a clock only after a word that times it ("at ten to five"): "five to six years" is a range,
 * and so is "from ten to five"; bare digits past an hour too ("rose 10 past 9" is no time).
 */
export const clockWordsRule: DateRule = {
  id: 'clock-words',
  anchors: {words: ['oclock', 'past', 'quarter', 'minutes', 'min', 'mins', 'twenty', 'ten', 'five'], phrases: ["o'clock", 'at half']},
  pattern: new RegExp(
    String.raw`\b(?:(half|(?:a\s+)?quarter|(\d{1,2}|${MINUTE_WORDS})(?:\s+(minutes?|mins?))?)\s+(past|to)\s+(${HOUR})|(${HOUR})\s+o'?clock|(?<=\bat\s)half\s+(${HOUR}))\b${PART_AFTER}`,
    'gi'
  ),
  build(match, input) {
    const hour = hourOf(match[5] ?? match[6] ?? match[7] ?? '')
    // "at half seven" is half past seven, as British speech says it.
    const said = match[7] ? 'half' : (match[1] ?? '').toLowerCase()
    const minutes = said === '' ? 0 : said === 'half' ? 30 : said.endsWith('quarter') ? 15 : input.words.numberOf(match[2] ?? '')
    if (hour < 1 || hour > 12 || minutes === undefined || minutes > 59) return undefined
    const before = match[4]?.toLowerCase() === 'to'
    const part = (match[8] ?? match[9])?.toLowerCase()
    if (match[2] && !match[3]) {
      const cued = clockCue.test(textBefore(input.sentence, match.index, 16))
      if ((before && !cued && !part) || (/^\d/.test(match[2]) && !cued)) return undefined
    }
    const minute = dialMinute(hour, minutes, before, part)
    return clockTime(clockDay(input, match, minute), Math.floor(minute / 60), minute % 60)
  }
}

const MERIDIEM = String.raw`(a\.m\.|p\.m\.|am\b|pm\b)`
// A half of the day after a clock time, "p.m." or "pm"; in a larger pattern, the group of its first letter.
const MERIDIEM_AFTER = String.raw`([ap])\.?m\b\.?`

/**
 * "at three thirty", "five-thirty tomorrow evening", "six forty-five p.m.": an hour and its minutes
 * said in words, as speech and quotes give a time. Only after a word that times it or before a
 * half of the day: "three thirty-year-olds" and "six forty-five-minute sets" are counts.
 */
export const spokenClockRule: DateRule = {
  id: 'spoken-clock',
  // "five-thirty": one gap before the anchor.
  reach: 1,
  anchors: {words: ['fifteen', 'twenty', 'thirty', 'forty', 'fifty']},
  pattern: new RegExp(
    String.raw`\b(${HOUR_WORDS.join('|')})[\s-](${TENS_MINUTES}|fifteen)\b(?![-\u2013])(?:\s*${MERIDIEM_AFTER}|\s+(?:(this|tomorrow|yesterday)\s+)?(morning|afternoon|evening|night)\b|\s+(tonight)\b)?`,
    'gi'
  ),
  build(match, input) {
    const hour = hourOf(match[1] ?? '')
    const minutes = input.words.numberOf(match[2] ?? '')
    const halfOfDay = (match[3] ?? '').toLowerCase()
    const part = (match[5] ?? match[6] ?? '').toLowerCase()
    if (minutes === undefined || minutes > 59) return undefined
    if (!halfOfDay && !part && !spokenClockCue.test(textBefore(input.sentence, match.index, 16))) return undefined
    const later = halfOfDay.startsWith('p') || part === 'afternoon' || part === 'evening' || ((part === 'night' || part === 'tonight') && hour >= 6 && hour < 12)
    const hour24 = (hour % 12) + (later ? 12 : 0)
    const word = (match[4] ?? '').toLowerCase()
    const day = word && input.reference ? addDays(input.reference, word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : 0) : clockDay(input, match, hour24 * 60 + minutes)
    return clockTime(day, hour24, minutes)
  }
}


/** "from 5 to 6 p.m.", "10-11am", "between 2 and 4:30 pm": a range of hours whose first end takes the second's half of the day. */
export const clockRangeRule: DateRule = {
  id: 'clock-range',
  // "9 to 11 am": three gaps before the anchor.
  reach: 3,
  anchors: {words: ['am', 'pm'], phrases: ['a m', 'p m'], requires: {digits: 'any'}},
  pattern: new RegExp(String.raw`\b(\d{1,2})(?::(\d{2}))?(\s*(?:-|\u2013|to|until|till|(and))\s*)(\d{1,2})(?::(\d{2}))?\s*` + MERIDIEM, 'gi'),
  build(match, input) {
    // "and" joins the ends only after "between": "3 and 5 pm" may be a count and a time.
    if (match[4] && !/\bbetween\s+$/i.test(textBefore(input.sentence, match.index, 10))) return undefined
    const [first, second] = [Number(match[1]), Number(match[5])]
    const [firstMinute, secondMinute] = [Number(match[2] ?? 0), Number(match[6] ?? 0)]
    if (first < 1 || first > 12 || second < 1 || second > 12 || firstMinute > 59 || secondMinute > 59) return undefined
    const afternoon = (match[7] ?? '').toLowerCase().startsWith('p')
    // "11 to 1 p.m." starts before noon: the first end crosses into the other half of the day when it is later on the dial.
    const firstAfternoon = first % 12 > second % 12 ? !afternoon : afternoon
    const firstEnd = match.index + (match[1]?.length ?? 0) + (match[2] ? match[2].length + 1 : 0)
    const secondStart = firstEnd + (match[3]?.length ?? 0)
    // Both ends on one day: the one its start puts it on.
    const anchor = clockDay(input, match, ((first % 12) + (firstAfternoon ? 12 : 0)) * 60 + firstMinute)
    return [
      {...clockTime(anchor, (first % 12) + (firstAfternoon ? 12 : 0), firstMinute), span: [match.index, firstEnd]},
      {...clockTime(anchor, (second % 12) + (afternoon ? 12 : 0), secondMinute), span: [secondStart, match.index + match[0].length]}
    ]
  }
}

/**
 * "8 this evening", "7 tomorrow morning", "10 tonight", "10, tonight", and the day first: "tonight at
 * 8", "tonight around 7", "tomorrow morning at 7", "in the morning at 7", "tomorrow at 9": an hour
 * with the part of a day, or the day ahead, a word names.
 * Not an amount ("tomorrow at 10 percent") nor a place ("tonight at 10 Downing Street").
 */
export const dayPartHourRule: DateRule = {
  id: 'day-part-hour',
  // "10 o'clock this morning": three gaps before the anchor.
  reach: 3,
  anchors: {words: ['morning', 'afternoon', 'evening', 'night', 'tonight', 'tomorrow'], requires: {digits: 'any'}},
  pattern:
    /\b(?:(?<hour>\d{1,2})(?::(?<minute>\d{2}))?,?\s+(?:o'clock\s+)?(?:(?<word>this|tomorrow|yesterday)\s+(?<part>morning|afternoon|evening|night)|tonight)|(?:(?<dayFirst>this|tomorrow)\s+(?<partFirst>morning|afternoon|evening|night)|in\s+the\s+(?<partIn>morning|afternoon|evening)|(?<tonight>tonight)|(?<tomorrow>tomorrow))\s+(?:at|around|about)\s+(?<hourAfter>\d{1,2})(?::(?<minuteAfter>\d{2}))?(?![\d:.,]\d|\s*(?:%|percent|[ap]\.?m\b)))\b/gi,
  build(match, {anchor, reference, sentence}) {
    const found = match.groups ?? {}
    const end = match.index + match[0].length
    if (found.hourAfter && /^\s+[A-Z]/.test(sentence.slice(end, end + 2))) return undefined
    // "10, tonight" is a time after "at": "scored 10, tonight the team won" counts.
    if (found.hour && /^[\d:]+,/.test(match[0]) && !/\b(?:at|around|about|by)\s+$/i.test(textBefore(sentence, match.index, 8))) return undefined
    const hour = Number(found.hour ?? found.hourAfter)
    const minute = Number(found.minute ?? found.minuteAfter ?? 0)
    if (hour < 1 || hour > 12 || minute > 59) return undefined
    const part = (found.part ?? found.partFirst ?? found.partIn ?? (found.tomorrow ? '' : 'night')).toLowerCase()
    const word = (found.word ?? found.dayFirst ?? (found.tomorrow ? 'tomorrow' : '')).toLowerCase()
    // "2 tonight" is small hours; "8 tonight" and "6 this evening" are after noon.
    const later = part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6)
    // "in the morning at 7" is on the day the text is on, the last full date it gave.
    if (found.partIn) return {...clockTime(anchor ?? reference, (hour % 12) + (later ? 12 : 0), minute), span: [match.index + match[0].search(/the/i), end]}
    const day = reference && addDays(reference, word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : 0)
    return clockTime(day, (hour % 12) + (later ? 12 : 0), minute)
  }
}

const ISH_WORDS = ['noon', 'midday', 'midnight', ...HOUR_WORDS]

/**
 * "noonish", "11ish", "six-ish": about that hour, as speech and messages hedge a time (mod APPROX),
 * on the last full date the text gave. Not a count of things ("sixish guests", "a 30ish crowd").
 */
export const approximateClockRule: DateRule = {
  id: 'approximate-clock',
  // "noon-ish": one gap before the anchor.
  reach: 1,
  anchors: {words: ['ish', ...ISH_WORDS.map((word) => `${word}ish`)]},
  pattern: new RegExp(String.raw`\b(\d{1,2}|${ISH_WORDS.join('|')})-?ish\b`, 'gi'),
  build(match, input) {
    const end = match.index + match[0].length
    if (/^\s+(?!(?:and|or|on|at|of|in|to|when|as|after|before|until|then|today|tonight|tomorrow)\b)[a-z]/.test(input.sentence.slice(end, end + 16))) return undefined
    const written = (match[1] ?? '').toLowerCase()
    const hour = written === 'noon' || written === 'midday' ? 12 : written === 'midnight' ? 24 : hourOf(written)
    if (hour < 1 || (hour > 12 && written !== 'midnight')) return undefined
    return {...clockTime(clockDay(input, match, hour * 60), hour, 0), mod: 'APPROX'}
  }
}

export const clockRules: DateRule[] = [clockRule, approximateClockRule, clock24Rule, zonedClockRule, clockRangeRule, dayPartHourRule, spokenClockRule]
