import type {ArticleMetadata} from '@tidings/core'
import {calendarWords, dayOf, trimEnd} from '@tidings/lexicon'

// A name: one to five capitalized words, with initials, particles and hyphens.
const name = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:de|da|van|von|der|del|la|le|al|bin|and)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,4}`
// The words that open a byline, in any case ("BY", "Written by"); the names after them start with a capital, which a
// pattern under the case flag would not ask of them ("By noon the river was high" names nobody). After the names, a
// separator and more ("By Lena Ortiz | Staff") or when, where or for whom ("By Lena Ortiz on Monday", "in Nairobi").
const bylineWords = ['by', 'written by', 'words by', 'text', 'texto', 'por', 'par', 'von', 'von der', 'автор', 'текст']
const longestBylineWord = Math.max(...bylineWords.map((word) => word.length))
const bylineInitials = new Set(bylineWords.map((word) => word.charAt(0)))
const bylinePattern = new RegExp(String.raw`^(?:${bylineWords.map(anyCase).join('|')})[.:]?[ \t]+(${name}(?:(?:[ \t]+and[ \t]+|[ \t]*&[ \t]*)${name}){0,3})(?:[ \t]*[,|·•–—-][ \t]*[^\n]{0,80}|[ \t]+(?:on|in|for)[ \t]+[^\n]{1,80})?$`, 'u')
const emailPattern = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
const contactPattern = new RegExp(String.raw`^[\s•·*–—-]*(${name}) can be (?:reached|contacted|emailed) at[ \t]+(\S+)`, 'u')
const months: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12
}
const monthName = Object.keys(months).sort((a, b) => b.length - a.length).join('|')
const monthFirst = new RegExp(String.raw`\b(${monthName})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t]+((?:19|20)\d\d)\b`, 'i')
const dayFirst = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?[ \t]+(${monthName})\.?,?[ \t]+((?:19|20)\d\d)\b`, 'i')
const isoDay = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/
// A line that is a date and little else: "Updated 1:39 am EST, Wednesday, November 20, 2019".
const dateLine = /^(?:(?:published|updated|posted|last updated|modified|date)[:\s]*)?(?:on[ \t]+)?[\p{L}\d ,.:|/·•()-]{0,60}$/iu
// "WASHINGTON (AP) —", "LONDON, Jan. 4 (Reuters) -", "(Reuters) —": where and from whom, opening the first paragraph.
// Every dateline ends in a dash and a space or tab (`datelinePattern`).
const dashBeforeSpace = /[—–-][ \t]/
const datelinePattern = /^((?:\p{Lu}[\p{Lu}\p{Ll}.'’-]*(?:[ \t,]+\p{Lu}[\p{L}.'’-]*){0,4}(?:,[ \t]+[\p{L}.]+(?:[ \t]+\d{1,2})?)?[ \t]*)?\((\p{Lu}[\p{L} ]{0,30})\)|\p{Lu}{2}[\p{Lu} ,.'’-]{0,40})[ \t]*[—–-]{1,2}[ \t]/u

/** The author's name in a byline ("By Jane Doe", "By. Man Joo Ha"). */
export function bylineAuthor(line: string): string | undefined {
  if (line.length > 140 || !opensWithBylineWord(line)) return undefined
  const author = bylinePattern.exec(line)?.[1]?.trim()
  // "By Monday, the shelves were empty": a sentence that opens with a time, not a name.
  return author === undefined || isCalendarWord(author) ? undefined : author
}

/**
 * Whether the line opens with a byline word in any case, as `bylinePattern` asks: most lines do not,
 * and are spared the pattern, whose Unicode classes V8 builds the first time it runs (a millisecond
 * of a small document's start).
 */
function opensWithBylineWord(line: string): boolean {
  // One look at the first letter turns most lines away.
  if (!bylineInitials.has(line.charAt(0).toLowerCase())) return false
  const opening = line.slice(0, longestBylineWord).toLowerCase()
  return bylineWords.some((word) => opening.startsWith(word))
}

function isCalendarWord(word: string): boolean {
  const key = word.toLowerCase().replace(/\.$/, '')
  return key in calendarWords.months || key in calendarWords.weekdays
}

/** `word` as a pattern of its letters in either case ("by" -> "[bB][yY]"). */
function anyCase(word: string): string {
  return [...word].map((letter) => (letter.toLowerCase() === letter.toUpperCase() ? letter : `[${letter.toLowerCase()}${letter.toUpperCase()}]`)).join('')
}

/** "Jane Doe can be reached at jdoe@example.com": the author and the contact. */
export function liftContact(sentence: string, metadata: ArticleMetadata): void {
  const match = contactPattern.exec(sentence)
  if (match?.[1]) metadata.author ??= match[1]
  const email = emailPattern.exec(sentence)
  if (email) metadata.contact ??= email[0]
  else if (match?.[2]) metadata.contact ??= trimEnd(match[2], '.,;')
}

/** The date (YYYY-MM-DD) of a short line that states a date and little else. */
export function lineDate(line: string): string | undefined {
  if (line.length > 80 || !year.test(line) || !dateLine.test(line)) return undefined
  return parseDate(line)
}

/**
 * A year from 1900 to 2099 (19xx, 20xx), which every date `parseDate` reads holds: most short lines
 * have none. A regex, which skips ahead to a "1" or "2" as `indexOf` does, took a sixth of the time
 * of a loop reading two characters at every place of the line (a line is a view of its text).
 */
const year = /(?:19|20)\d\d/

/** The first date in `value` written in full (ISO, "Nov. 20, 2019", "20 November 2019"), as YYYY-MM-DD. */
export function parseDate(value: string): string | undefined {
  const iso = isoDay.exec(value)
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const named = monthFirst.exec(value)
  if (named) return checkedDay(Number(named[3]), months[(named[1] ?? '').toLowerCase()] ?? 0, Number(named[2]))
  const reversed = dayFirst.exec(value)
  if (reversed) return checkedDay(Number(reversed[3]), months[(reversed[2] ?? '').toLowerCase()] ?? 0, Number(reversed[1]))
  return undefined
}

function checkedDay(year: number, month: number, day: number): string | undefined {
  if (dayOf(year, month, day) === undefined) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The dateline opening the article ("WASHINGTON (AP) —"), and the wire it credits. */
export function liftDateline(paragraph: string, metadata: ArticleMetadata): void {
  // Most first paragraphs hold no dash before a space, and are spared the pattern, whose Unicode
  // classes V8 builds the first time it runs.
  const match = dashBeforeSpace.test(paragraph) ? datelinePattern.exec(paragraph) : null
  if (!match) return
  metadata.dateline ??= trimEnd(match[0], ' \t—–-')
  if (match[2]) metadata.attribution ??= match[2].trim()
}
