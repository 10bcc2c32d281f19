#!/usr/bin/env node
/**
 * node scripts/score-recognizers-dates.mjs GOLD.jsonl SYSTEM.jsonl [--errors]
 * Scores the dates stage on short one-line cases with a reference time, gold in the Recognizers-Text
 * shape (`recognizers: [{start, end, text, type, timex: [...]}]`). Prints one JSON line, percentages:
 *   found      = gold expressions a system mention overlaps
 *   valueRight = gold expressions an overlapping system mention gives one of the listed values of
 *   valueCompatible = as valueRight, but a calendar value also counts where it fills in what the
 *                gold leaves open and agrees with every part the gold fixes: 2016-10-02 for
 *                XXXX-10-02, 2016-11-04 (a Friday) for XXXX-WXX-5, 2016-11-07T15:00 for T15.
 *                The gold leaves a year, week or day open where the sentence does not say it; we
 *                resolve it against the reference date, as TempEval does. Which year we pick is not
 *                checked here, so this is an upper bound of valueRight under that convention.
 *   precision  = system mentions that overlap a gold expression
 *   n          = gold expressions
 * Values compare as TIMEX3 strings, upper case, with trailing ":00" of seconds and then of minutes
 * dropped: "T08", "T08:00" and "T08:00:00" are the same clock time written to different precision. The gold lists
 * the values of its own conventions; where ours is the TempEval one, the value counts as wrong here.
 * `--errors` prints each miss and wrong value to stderr.
 */
import {readFileSync} from 'node:fs'

const args = process.argv.slice(2)
const files = args.filter((argument) => !argument.startsWith('--'))
const showErrors = args.includes('--errors')
if (files.length < 2) {
  console.error('usage: score-recognizers-dates.mjs GOLD.jsonl SYSTEM.jsonl [--errors]')
  process.exit(2)
}
const read = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
const gold = read(files[0])
const system = new Map(read(files[1]).map((line) => [String(line.id), line]))

const canon = (value) =>
  String(value ?? '')
    .trim()
    .toUpperCase()
    .replace(/(T\d\d:\d\d):00$/, '$1')
    .replace(/(T\d\d):00$/, '$1')
/** Whether `value` (canonical) fills in the open parts of the gold value `template` and keeps the rest. */
function fillsIn(value, template) {
  const weekday = /^XXXX-WXX-(\d)(T.*)?$/.exec(template)
  if (weekday) {
    const date = /^(\d{4}-\d\d-\d\d)(T.*)?$/.exec(value)
    if (!date || (date[2] ?? '') !== (weekday[2] ?? '')) return false
    const day = new Date(`${date[1]}T00:00:00Z`).getUTCDay()
    return String(day === 0 ? 7 : day) === weekday[1]
  }
  if (template.startsWith('T')) return /^\d{4}-\d\d-\d\d/.test(value) && value.slice(10) === template
  if (!template.includes('X')) return false
  return new RegExp(`^${template.replace(/X/g, '\\d')}$`).test(value)
}
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start)

const count = {n: 0, found: 0, valueRight: 0, valueCompatible: 0, system: 0, systemOverlapping: 0}
for (const item of gold) {
  const mentions = system.get(String(item.id))?.dates ?? []
  const expressions = item.recognizers.filter((expression) => expression.end > expression.start)
  count.system += mentions.length
  count.systemOverlapping += mentions.filter((mention) => expressions.some((expression) => overlaps(mention, expression))).length
  for (const expression of expressions) {
    count.n++
    const near = mentions.filter((mention) => overlaps(mention, expression))
    const values = new Set(expression.timex.map(canon))
    const right = near.some((mention) => values.has(canon(mention.value)))
    if (near.length > 0) count.found++
    if (right) count.valueRight++
    if (right || near.some((mention) => [...values].some((template) => fillsIn(canon(mention.value), template)))) count.valueCompatible++
    if (showErrors && !right) {
      const said = near.map((mention) => `${mention.text ?? item.text.slice(mention.start, mention.end)}=${mention.value}`).join('; ')
      console.error(`${item.id}\t${near.length ? 'VALUE' : 'MISS'}\t${expression.text}\t${expression.timex.join(' | ')}\t${said}\t${item.text}`)
    }
  }
}
const percent = (part, whole) => (whole ? Math.round((10_000 * part) / whole) / 100 : 0)
console.log(
  JSON.stringify({
    found: percent(count.found, count.n),
    valueRight: percent(count.valueRight, count.n),
    valueCompatible: percent(count.valueCompatible, count.n),
    precision: percent(count.systemOverlapping, count.system),
    n: count.n
  })
)
