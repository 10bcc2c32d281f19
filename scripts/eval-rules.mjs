/**
 * `pnpm eval --rules`: how often each rule fires on each development set, on how many items, and,
 * where the gold can tell, how many of its hits were right. Reads the `ruleHits` that `--trace-rules`
 * adds to each output line.
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
 * A judge for one item's hits, chosen by what its gold holds, or undefined where right and wrong
 * cannot be told (whole-pipeline runs, clean, where hits point into a page's text the gold lacks).
 */
function judgeFor(gold, system) {
  const spans = gold.timex ?? gold.recognizers
  if (spans) return (hit) => spans.some((span) => overlaps(span, hit)) === (hit.kept !== false)
  if (gold.quantities) {
    const numbers = goldNumbers(gold)
    const found = (value) => numbers.some((number) => sameNumber(number, value))
    return (hit) => {
      if (hit.kept === false) return !writtenNumbers(gold.text.slice(hit.start, hit.end)).some(found)
      const quantity = (system.quantities ?? []).find((candidate) => overlaps(candidate, hit))
      return quantity !== undefined && [quantity.value, ...(quantity.range ?? [])].some(found)
    }
  }
  if (gold.sentences) {
    const ends = goldSentenceEnds(gold)
    return (hit) => ends.has(hit.end) === (hit.kept !== false)
  }
  return undefined
}

/** Adds the hits of one run's output to `tally`, keyed by stage and rule, then by set. */
export function tallyRuleHits(tally, setName, goldPath, outputPath) {
  const golds = new Map(goldPath ? readJsonl(goldPath).map((item) => [String(item.id), item]) : [])
  for (const system of readJsonl(outputPath)) {
    const gold = golds.get(String(system.id))
    const judge = gold ? judgeFor(gold, system) : undefined
    for (const hit of system.ruleHits ?? []) {
      const key = `${hit.stage}\t${hit.rule}`
      const bySet = tally.get(key) ?? new Map()
      tally.set(key, bySet)
      const counts = bySet.get(setName) ?? {hits: 0, items: new Set(), right: judge ? 0 : undefined}
      bySet.set(setName, counts)
      counts.hits++
      counts.items.add(system.id)
      if (judge && counts.right !== undefined && judge(hit)) counts.right++
    }
  }
}

/** The tally as a Markdown table, one row per rule and set, rules that fire on few items marked. */
export function ruleTable(tally) {
  const rows = ['| stage | rule | set | hits | items | right | |', '|---|---|---|---:|---:|---:|---|']
  for (const key of [...tally.keys()].sort()) {
    const [stage, rule] = key.split('\t')
    const bySet = tally.get(key)
    const mostItems = Math.max(...[...bySet.values()].map((counts) => counts.items.size))
    for (const [setName, counts] of bySet) {
      const right = counts.right === undefined ? '' : counts.right
      const mark = mostItems <= fewItems ? `fires on ${fewItems} items or fewer` : ''
      rows.push(`| ${stage} | ${rule} | ${setName} | ${counts.hits} | ${counts.items.size} | ${right} | ${mark} |`)
    }
  }
  return rows.join('\n')
}
