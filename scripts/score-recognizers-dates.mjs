#!/usr/bin/env node
/**
 * node scripts/score-recognizers-dates.mjs GOLD.jsonl SYSTEM.jsonl [--errors]
 * Scores the dates stage on short one-line cases with a reference time, gold in the Recognizers-Text
 * shape (`recognizers: [{start, end, text, type, timex: [...]}]`). Prints one JSON line, percentages:
 *   found      = gold expressions a system mention overlaps
 *   valueRight = gold expressions an overlapping system mention gives one of the listed values of
 *   precision  = system mentions that overlap a gold expression
 *   n          = gold expressions
 * Values compare as TIMEX3 strings, upper case, a trailing ":00" of seconds dropped. The gold lists
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
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start)

const count = {n: 0, found: 0, valueRight: 0, system: 0, systemOverlapping: 0}
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
    precision: percent(count.systemOverlapping, count.system),
    n: count.n
  })
)
