import {alternation, pad, textBefore} from '../text.js'
import {edge, withMod} from '../values.js'
import type {DateRule} from './types.js'

/** "2014-2018": the later year of a range, after a hyphen and an earlier year; not a part of a number in groups ("2010-2015-86"). */
function endsYearRange(sentence: string, index: number, year: string): boolean {
  const first = /(?:^|[^\d.,/-])((?:1[89]|20)\d\d)-$/.exec(textBefore(sentence, index, 6))?.[1]
  return first !== undefined && first < year && !/^[-/]\d/.test(sentence.slice(index + 4, index + 6))
}

/** "2023", "mid-2023", "fiscal 1989", "the end of 2024", "post-1989" (mod AFTER), both years of "2014-2018". */
export const yearRule: DateRule = {
  id: 'year',
  // "the end of 1990": three gaps before the anchor.
  reach: 3,
  anchors: {digits: 'long'},
  pattern: /\b(?:(early|mid|late|fiscal|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|pre-|post-)[-\s]?)?((?:1[89]|20)\d\d)(?![\d,.]\d)(?!\s*(?:%|percent\b))/gi,
  build(match, {sentence}) {
    const before = sentence[match.index - 1] ?? ''
    if (/[$€£\d.,/-]/.test(before) && !match[1] && !endsYearRange(sentence, match.index, match[2] as string)) return undefined
    const side = {'pre-': 'BEFORE', 'post-': 'AFTER'}[(match[1] ?? '').toLowerCase()]
    return withMod({type: 'DATE', value: match[2] as string}, side ?? edge(match[1]))
  }
}

const spanLead = /\b(?:the|in|of|from|for|between|during|since|fiscal)\s+$/i

/**
 * "the 2024-25 budget", "the 2023/24 season", "fiscal 2019–20", "the 2023-2024 season": two years
 * in a row, the second in full or by its last two digits, name one period that runs across them (a fiscal or school year, a season),
 * labelled by the later year as "FY2024-25" is. Farther apart ("the 1939-45 war", "the 2021-25
 * plan") they are the two ends of a span, as "2014-2018" is, where a word leads into it: this gives
 * the later end, the year rule the first. An end of 12 or less that does not follow on may be a
 * month ("2015-12"): left alone.
 */
export const yearSpanRule: DateRule = {
  id: 'year-span',
  reach: 1,
  anchors: {digits: 'long'},
  pattern: /\b(?:(fiscal)\s+)?((?:1[89]|20)\d\d)[-/\u2013]((?:1[89]|20)?\d\d)\b(?![-/.,:]\w)(?!\s*(?:%|percent\b))/gi,
  build(match, {sentence}) {
    // Part of a code or an amount ("555-2024-25", "$2020-21").
    if (!match[1] && /[$€£\d.,/-]/.test(sentence[match.index - 1] ?? '')) return undefined
    const first = Number(match[2])
    const written = match[3] as string
    // "the 2023-2024 season" is the one period "the 2023-24 season" is; years apart in full ("2014-2018") are the year rule's two ends.
    if (written.length === 4) return Number(written) === first + 1 ? {type: 'DATE', value: written} : undefined
    const last = Number(written)
    const century = first - (first % 100)
    if (last === (first + 1) % 100) return {type: 'DATE', value: String(first + 1)}
    // A span of years is led into ("in 1939-45", "the 2021-25 plan"); "2015-32" alone is no date.
    if (last <= 12 || last < first % 100 || !spanLead.test(textBefore(sentence, match.index, 9))) return undefined
    const end = match.index + match[0].length
    return {type: 'DATE', value: String(century + last), span: [end - 2, end]}
  }
}

/**
 * "nineteen ninety-six"; "two thousand" is a year as "the year two thousand", and "two thousand and
 * eight" after a word that dates it ("in", "since"), not before a noun or another number ("in two
 * thousand eight cases", "by two thousand five hundred").
 */
export const spokenYearRule: DateRule = {
  id: 'spoken-year',
  // "the year two thousand": three gaps before the anchor.
  reach: 3,
  anchors: {words: ['eighteen', 'nineteen', 'thousand']},
  pattern: ({spelledYear}) => new RegExp(`\\b(?:(the\\s+year)\\s+)?(${spelledYear})\\b`, 'gi'),
  build(match, {sentence, words}) {
    const written = match[2] ?? ''
    const end = match.index + match[0].length
    const datedThousand = () =>
      !/thousand$/i.test(written) && /\b(?:in|since|until|till|by|from|during|before|after)\s+$/i.test(textBefore(sentence, match.index, 8)) &&
      !/^[\s-]+(?!(?:and|or|the|a|an|to|when|as|but|at|in|on|for|with|he|she|it|they|we)\b)\p{Ll}/u.test(sentence.slice(end, end + 16))
    return match[1] || !/^two/i.test(written) || datedThousand() ? {type: 'DATE', value: words.yearOf(written)} : undefined
  }
}

/**
 * "the 1990s", "the early 2000s"; "the 1800s" and "the 1900s" name their century, as "the 2000s"
 * cannot yet.
 */
export const decadeRule: DateRule = {
  id: 'decade',
  // "the mid-1990s": two gaps before the anchor.
  reach: 2,
  // The "s" after the digits is a word of its own to the scan: a year alone does not wake the rule.
  anchors: {digits: 'long', requires: {words: ['s']}},
  pattern: /\b(?:the\s+)?(?:(early|mid|late)[-\s]?)?((?:1[89]|20)\d)0s\b/gi,
  build: (match) => {
    const decade = match[2] as string
    return withMod({type: 'DATE', value: /^1[89]0$/.test(decade) ? decade.slice(0, 2) : decade}, edge(match[1]))
  }
}

// Heat and scores are counted in tens too: "highs in the 90s" is no decade.
const countsInTens = /\b(?:temperatures?|degrees?|highs?|lows?|fahrenheit|celsius|scored?|scores|percent)\b|\u00b0/i

/**
 * "the '90s", "the 80s", "the mid-'70s": a decade by its last two digits, the latest of that ending
 * begun by the article's year ("the 20s" in 2024 is the 2020s). After "the" or an edge ("early
 * '90s"), which the rule is anchored on: "s" alone is in every sentence. Not in a sentence of heat
 * or scores.
 */
export const shortDecadeRule: DateRule = {
  id: 'short-decade',
  // "the late '90s": one gap before the anchor, as a phrase ("late s") stands where its first word does.
  reach: 1,
  anchors: {phrases: ['the s', 'early s', 'mid s', 'late s']},
  pattern: /(?:\bthe\s+(?:(early|mid|late)[-\s]?)?['\u2019]?|\b(early|mid|late)[-\s]?['\u2019])(\d)0['\u2019]?s\b/gi,
  build(match, {reference, sentence}) {
    if (countsInTens.test(sentence)) return undefined
    const ending = Number(match[3])
    const century = reference ? Math.floor(reference.year / 100) : undefined
    if (century === undefined) return withMod({type: 'DATE', value: `XX${ending}`}, edge(match[1] ?? match[2]))
    const decade = century * 10 + ending > Math.floor((reference?.year ?? 0) / 10) ? (century - 1) * 10 + ending : century * 10 + ending
    return withMod({type: 'DATE', value: pad(decade, 3)}, edge(match[1] ?? match[2]))
  }
}

/** "the 20th century", "the 19th-century", "the nineties": a century is its first two digits, a decade its first three. */
export const centuryRule: DateRule = {
  id: 'century',
  // "the early 19th century": three gaps before the anchor.
  reach: 3,
  anchors: ({lexicon}) => ({words: ['century', ...Object.keys(lexicon.decades)]}),
  pattern: ({lexicon}) =>
    new RegExp(`\\b(?:(?:the\\s+)?(?:(early|mid|late)[-\\s]+)?(\\d{1,2})(?:st|nd|rd|th)(?:-|\\s+)century|the\\s+(?:(early|mid|late)[-\\s]+)?(${alternation(Object.keys(lexicon.decades))}))\\b`, 'gi'),
  build(match, {words}) {
    if (match[4]) return withMod({type: 'DATE', value: words.lexicon.decades[match[4].toLowerCase()] as string}, edge(match[3]))
    const century = Number(match[2])
    return century >= 1 && century <= 30 ? withMod({type: 'DATE', value: pad(century - 1)}, edge(match[1])) : undefined
  }
}
