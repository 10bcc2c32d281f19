/**
 * `pnpm eval --rules`: how often each rule fires on each development set, its hits kept (a
 * candidate that reaches the output, a cut, a line vouched for) apart from those rejected (by the
 * rule itself or, for dates, by a later refiner), on how many items, and, where the gold can tell,
 * how many of each were right. Reads the `ruleHits` that `--trace-rules` adds to each output line.
 */
import {readFileSync} from 'node:fs'

/** A rule that fires on this many items or fewer needs tests of its own, or it goes. */
export const fewItems = 2

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))

const overlaps = (a, b) => a.start < b.end && b.start < a.end

/** Numbers written with digits in `text` ("1,200", "3.5"), as numbers. */
const writtenNumbers = (text) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((match) => Number(match[0].replace(/,/g, '')))

const sameNumber = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))

/** The gold values of a quantities item: "900" -> [900], "252-287" -> [252, 287]. */
const goldNumbers = (gold) =>
  (gold.quantities ?? []).flatMap((quantity) => String(quantity.value).split(/(?<=\d)-/).map(Number)).filter(Number.isFinite)

/** Sentence-end offsets of a segmentation gold item, found by walking its sentences through its text. */
function goldSentenceEnds(gold) {
  const ends = new Set()
  let from = 0
  for (const sentence of gold.sentences) {
    const at = gold.text.indexOf(sentence, from)
    if (at < 0) continue
    from = at + sentence.length
    ends.add(from)
  }
  return ends
}

/**
 * A judge for one item's hits of the stage its gold describes (`stage`, `right`), chosen by what
 * the gold holds, or undefined where right and wrong cannot be told (whole-pipeline runs, clean,
 * where hits point into a page's text the gold lacks). Other stages' hits (segment's, on a dates
 * set) are not judged.
 */
function judgeFor(gold, system) {
  const spans = gold.timex ?? gold.recognizers
  if (spans) {
    const inGold = (hit) => spans.some((span) => overlaps(span, hit))
    // A match rejected where another reading stands (a month inside a longer date) lost nothing.
    const covered = (hit) => (system.dates ?? []).some((mention) => overlaps(mention, hit))
    return {stage: 'dates', right: (hit) => (hit.kept === false ? !inGold(hit) || covered(hit) : inGold(hit))}
  }
  if (gold.quantities) {
    const numbers = goldNumbers(gold)
    const found = (value) => numbers.some((number) => sameNumber(number, value))
    const right = (hit) => {
      if (hit.kept === false) return !writtenNumbers(gold.text.slice(hit.start, hit.end)).some(found)
      const quantity = (system.quantities ?? []).find((candidate) => overlaps(candidate, hit))
      return quantity !== undefined && [quantity.value, ...(quantity.range ?? [])].some(found)
    }
    return {stage: 'quantities', right}
  }
  if (gold.sentences) {
    const ends = goldSentenceEnds(gold)
    return {stage: 'segment', right: (hit) => ends.has(hit.end) === (hit.kept !== false)}
  }
  return undefined
}

/** Hits of one kind (kept or rejected) of a rule on a set: how many, on which items, how many right where judged. */
const newCounts = () => ({hits: 0, items: new Set(), right: undefined})

/** Adds the hits of one run's output to `tally`, keyed by stage and rule, then by set, kept apart from rejected. */
export function tallyRuleHits(tally, setName, goldPath, outputPath) {
  const golds = new Map(goldPath ? readJsonl(goldPath).map((item) => [String(item.id), item]) : [])
  for (const system of readJsonl(outputPath)) {
    const gold = golds.get(String(system.id))
    const judge = gold ? judgeFor(gold, system) : undefined
    for (const hit of system.ruleHits ?? []) {
      const key = `${hit.stage}\t${hit.rule}`
      const bySet = tally.get(key) ?? new Map()
      tally.set(key, bySet)
      const both = bySet.get(setName) ?? {kept: newCounts(), rejected: newCounts()}
      bySet.set(setName, both)
      const counts = hit.kept === false ? both.rejected : both.kept
      counts.hits++
      counts.items.add(system.id)
      if (judge?.stage === hit.stage) counts.right = (counts.right ?? 0) + (judge.right(hit) ? 1 : 0)
    }
  }
}

/**
 * The tally as a Markdown table, one row per rule and set, rules that act on few items marked: the
 * items where its hits were kept, or, for a rule whose hits are all rejections (an exclusion), where
 * it rejected.
 */
export function ruleTable(tally) {
  const rows = ['| stage | rule | set | kept | right | rejected | right | items | |', '|---|---|---|---:|---:|---:|---:|---:|---|']
  for (const key of [...tally.keys()].sort()) {
    const [stage, rule] = key.split('\t')
    const bySet = tally.get(key)
    const excludes = [...bySet.values()].every((both) => both.kept.hits === 0)
    const itemsOf = (both) => (excludes ? both.rejected : both.kept).items.size
    const mostItems = Math.max(...[...bySet.values()].map(itemsOf))
    for (const [setName, both] of bySet) {
      const mark = mostItems <= fewItems ? `acts on ${fewItems} items or fewer` : ''
      const cells = [both.kept.hits, both.kept.right ?? '', both.rejected.hits, both.rejected.right ?? '', itemsOf(both)]
      rows.push(`| ${stage} | ${rule} | ${setName} | ${cells.join(' | ')} | ${mark} |`)
    }
  }
  return rows.join('\n')
}
