#!/usr/bin/env node
/**
 * score-seeds.mjs GOLD.json SYSTEM.jsonl [--errors]
 * Checks a `tidings run` over the seed articles against the hand-made expectations of gold.json
 * (the seeds' `about` says what each field means). Prints one JSON line of passed/total per check.
 */
import {readFileSync} from 'node:fs'

const [goldPath, systemPath, ...flags] = process.argv.slice(2)
const showErrors = flags.includes('--errors')
const gold = JSON.parse(readFileSync(goldPath, 'utf8'))
const records = readFileSync(systemPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
const articles = new Map(records.filter((record) => record.kind === 'article').map((record) => [record.id, record]))
const events = records.filter((record) => record.kind === 'event')

const checks = {}
function check(group, ok, what) {
  checks[group] ??= {passed: 0, total: 0}
  checks[group].total++
  if (ok) checks[group].passed++
  else if (showErrors) console.error(`${group}: ${what}`)
}

// Coordinates that must lie inside a place's bounds: Ukraine's box.
const insideBoxes = {Ukraine: (place) => place.lat >= 44 && place.lat <= 52.5 && place.lon >= 22 && place.lon <= 40.3}
const overlaps = (a, start, end) => a.start < end && start < a.end
const near = (a, b) => Math.abs(a - b) <= Math.abs(b) * 0.001

for (const [id, expected] of Object.entries(gold.articles)) {
  const record = articles.get(id)
  check('records', record !== undefined, `${id}: no article record`)
  if (!record) continue
  const text = record.text
  const clean = record.cleanText ?? text
  for (const line of expected.boilerplate ?? []) check('clean-boilerplate', !clean.includes(line), `${id}: kept ${JSON.stringify(line)}`)
  for (const line of expected.keep ?? []) check('clean-keep', clean.includes(line), `${id}: lost ${JSON.stringify(line)}`)
  const metadata = {...expected.metadata}
  if (expected.headline) metadata.headline = expected.headline
  if (expected.standfirst) metadata.standfirst = expected.standfirst
  for (const [key, value] of Object.entries(metadata)) {
    const found = record.metadata?.[key]
    check('clean-metadata', typeof found === 'string' && found.includes(value), `${id}: metadata.${key} ${JSON.stringify(found)} for ${JSON.stringify(value)}`)
  }
  const sentences = record.sentences.map(({start, end}) => text.slice(start, end))
  for (const sentence of expected.sentencesInclude ?? []) check('segment', sentences.includes(sentence), `${id}: no sentence ${JSON.stringify(sentence)}`)
  // The glued appeal must be cut at its own full stop: a sentence of its own, or, once the clean
  // stage drops it, a removed span of its own.
  const appeal = 'Your support makes all the difference.'
  const cutAlone = sentences.includes(appeal) || (record.removed ?? []).some((span) => span.text.trim() === appeal)
  if (id.startsWith('003')) check('segment', cutAlone || !text.includes(appeal), `${id}: glued appeal not split`)
  for (const date of expected.dates ?? []) {
    const hit = (record.dates ?? []).find((mention) => mention.text.includes(date.text) && mention.value === date.value && (!date.type || mention.type === date.type))
    check('dates', hit !== undefined, `${id}: ${JSON.stringify(date.text)} -> ${date.value}; found ${JSON.stringify((record.dates ?? []).filter((m) => m.text.includes(date.text)).map((m) => [m.text, m.value]))}`)
  }
  for (const quantity of expected.quantities ?? []) {
    const at = text.indexOf(quantity.text)
    const candidates = (record.quantities ?? []).filter((mention) => at >= 0 && overlaps(mention, at, at + quantity.text.length))
    const hit = candidates.find(
      (mention) =>
        near(mention.value, quantity.value) &&
        (!quantity.unit || mention.unit?.name === quantity.unit) &&
        (!quantity.bound || mention.bound === quantity.bound) &&
        (!quantity.of || mention.of === quantity.of) &&
        (!quantity.si || (mention.normalized && near(mention.normalized.value, quantity.si.value) && mention.normalized.unit === quantity.si.unit))
    )
    check('quantities', hit !== undefined, `${id}: ${JSON.stringify(quantity)}; found ${JSON.stringify(candidates.map((m) => [m.text, m.value, m.unit?.name, m.bound, m.of, m.normalized]))}`)
  }
  for (const string of expected.notQuantities ?? []) {
    let from = 0
    let clear = true
    for (let at = text.indexOf(string); at >= 0; at = text.indexOf(string, from)) {
      from = at + 1
      if ((record.quantities ?? []).some((mention) => overlaps(mention, at, at + string.length) && mention.start >= at && mention.end <= at + string.length)) clear = false
    }
    check('not-quantities', clear, `${id}: a quantity inside ${JSON.stringify(string)}`)
  }
  if (expected.publishedAt === null) {
    const reference = record.referenceDate
    check('dates-not-invented', !reference || reference.value === null || reference.source === 'inferred', `${id}: reference date invented`)
  }
}

// The places stage, article by article (the event's \`where\` is checked with the event): every name
// the event's \`where\` expects is a place of some article (Ukraine with coordinates inside its
// borders, 44-52.5 N, 22-40.5 E), and nothing in "38 North" or "KN-23" is a place.
const placed = [...articles.values()].flatMap((record) => record.places ?? [])
if (placed.length > 0) {
  const inside = (place) => place.lat > 44 && place.lat < 52.5 && place.lon > 22 && place.lon < 40.5
  for (const expected of gold.events) {
    for (const name of expected.where ?? []) {
      const stem = name.slice(0, 6).toLowerCase()
      const hit = placed.find((place) => place.text.toLowerCase().startsWith(stem) && !place.adjective && inside(place))
      check('places', hit !== undefined, `no place ${JSON.stringify(name)} inside Ukraine: ${JSON.stringify(placed.filter((place) => place.text.toLowerCase().startsWith(stem)).slice(0, 3))}`)
    }
  }
  for (const [id, record] of articles) {
    for (const string of ['38 North', 'KN-23']) {
      for (let at = record.text.indexOf(string); at >= 0; at = record.text.indexOf(string, at + 1)) {
        const inside = (record.places ?? []).filter((place) => overlaps(place, at, at + string.length))
        check('not-places', inside.length === 0, `${id}: a place inside ${JSON.stringify(string)}: ${JSON.stringify(inside)}`)
      }
    }
  }
}

for (const expected of gold.events) {
  const wanted = new Set(expected.articles)
  const holding = events.filter((event) => event.articles.some((id) => wanted.has(id)))
  const event = holding.length === 1 ? holding[0] : undefined
  check('events-one', event !== undefined && event.articles.length === wanted.size && event.articles.every((id) => wanted.has(id)), `articles spread over ${holding.length} events: ${JSON.stringify(holding.map((e) => e.articles))}`)
  if (!event) continue
  check('events-sources', event.sources.length === wanted.size, `${event.sources.length} sources`)
  const launch = event.timeline.find((entry) => entry.date === '2023-12-30' && entry.sources.length >= 2)
  check('events-timeline', launch !== undefined, `no 2023-12-30 happening with several sources: ${JSON.stringify(event.timeline.map((entry) => [entry.date, entry.sources.length]))}`)
  const rangeFacts = event.facts.filter((fact) => fact.dimension === 'length' && fact.mentions.some((mention) => /mile|km|kilomet/.test(mention.text)) && Math.abs(fact.value - 893000) <= 20000)
  const range = rangeFacts[0]
  const units = new Set((range?.mentions ?? []).map((mention) => mention.text))
  check('events-fact', rangeFacts.length === 1 && [...units].some((t) => /550/.test(t)) && [...units].some((t) => /560/.test(t)) && [...units].some((t) => /900/.test(t)), `range facts: ${JSON.stringify(rangeFacts)}`)
  check('events-conflict', event.conflicts.some((conflict) => conflict.kind === 'date'), 'no date conflict flagged')
  // Who and where: each expected name among the event's actors and places (a longer name holding it counts).
  const holds = (list, name) => (list ?? []).find((item) => item.name.toLowerCase().includes(name.toLowerCase()))
  for (const name of expected.who ?? []) check('events-who', holds(event.who, name) !== undefined, `who lacks ${name}: ${JSON.stringify((event.who ?? []).map((actor) => actor.name))}`)
  for (const name of expected.where ?? []) {
    const place = holds(event.where, name) ?? (event.where ?? []).find((item) => spelledAlike(item.name, name))
    const inside = !insideBoxes[name] || (place && insideBoxes[name](place))
    check('events-where', place !== undefined && inside, `where lacks ${name}${place ? ' at its coordinates' : ''}: ${JSON.stringify((event.where ?? []).map((item) => [item.name, item.lat, item.lon]))}`)
  }
}

/** Transliterations differ (Zaporizhzhia, Zaporizhia, Zaporozhye): compare the letters of the name's stem. */
function spelledAlike(found, wanted) {
  const letters = (name) => name.toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1').replace(/zh/g, 'z').replace(/o/g, 'i')
  return letters(found).startsWith(letters(wanted).slice(0, 6))
}

const summary = {}
let passed = 0
let total = 0
for (const [group, {passed: p, total: t}] of Object.entries(checks)) {
  summary[group] = `${p}/${t}`
  passed += p
  total += t
}
console.log(JSON.stringify({...summary, all: {passed, total, failed: total - passed}}))
