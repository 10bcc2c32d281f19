import {type ArticleRecord, createPipeline, type EventRecord, type MentionRef, type Pipeline, type Quantity} from '@tidings/core'
import {quantities} from '@tidings/quantities'
import {segment} from '@tidings/segment'
import {VFile} from 'vfile'

type Fact = EventRecord['facts'][number]

let reader: Pipeline['processor'] | undefined

/**
 * The quantity a mention states, in its source's own unit: from the article record when the input
 * has it, else read again from the mention's own text ("14 miles"), which is all an event record
 * keeps of it.
 */
export function statedQuantity(ref: MentionRef, articles: ReadonlyMap<string, ArticleRecord>): Quantity | undefined {
  const found = articles.get(ref.article)?.quantities?.find((quantity) => quantity.start === ref.start && quantity.end === ref.end)
  if (found) return found
  reader ??= createPipeline({article: [segment, quantities]}).processor
  const file = new VFile()
  file.data.text = ref.text
  reader.runSync(reader.parse(file), file)
  return file.data.quantities?.[0]
}

const boundWords: Record<Quantity['bound'], string> = {
  exact: '',
  approximate: 'about ',
  atLeast: 'at least ',
  moreThan: 'more than ',
  atMost: 'at most ',
  lessThan: 'less than '
}

/**
 * A fact as its sources put it: the unit most of them used first, the others in brackets ("about
 * 900 km (550 mi)"), each the middle value the sources gave in it. Falls back to the SI value the
 * event record carries when no mention can be read.
 */
export function formatFact(fact: Fact, articles: ReadonlyMap<string, ArticleRecord>): string {
  const stated = fact.mentions.flatMap((ref) => {
    const quantity = statedQuantity(ref, articles)
    return quantity && quantity.dimension === fact.dimension ? [quantity] : []
  })
  if (stated.length === 0) {
    const unit = fact.unit ? ` ${fact.unit}` : ''
    const value = `${formatNumber(fact.value)}${unit}`
    return fact.range ? `about ${value} (${formatNumber(fact.range[0])}–${formatNumber(fact.range[1])}${unit})` : value
  }
  const units = new Map<string, {unit: Quantity['unit']; values: number[]}>()
  for (const quantity of stated) {
    const key = quantity.unit?.id ?? ''
    const group = units.get(key)
    if (group) group.values.push(quantity.value)
    else units.set(key, {unit: quantity.unit, values: [quantity.value]})
  }
  const amount = (value: number, unit: Quantity['unit']) => formatAmount(value, unit, fact.dimension)
  // The unit most sources used leads; a tie keeps the order the mentions come in.
  const [first, ...others] = [...units.values()].sort((a, b) => b.values.length - a.values.length).map((group) => amount(median(group.values), group.unit))
  const bounds = new Set(stated.map((quantity) => quantity.bound))
  const bound = fact.range || bounds.size > 1 ? boundWords.approximate : boundWords[stated[0]!.bound]
  return `${bound}${first}${others.length > 0 ? ` (${others.join(', ')})` : ''}`
}

function formatAmount(value: number, unit: Quantity['unit'], dimension: string): string {
  const number = formatNumber(value)
  if (!unit) return number
  // "3 wk" and "18 mo" read badly: spans of time take the unit's name.
  if (dimension === 'time') return `${number} ${unit.name}${value === 1 ? '' : 's'}`
  if (unit.symbol === '%') return `${number}%`
  // "$2.5 million", "€40": a currency sign goes first; a code or a word goes after ("40 CHF").
  if (/^\p{Sc}$/u.test(unit.symbol)) return `${unit.symbol}${number}`
  return `${number} ${unit.symbol}`
}

function formatNumber(value: number): string {
  if (Math.abs(value) >= 1e6) return value.toLocaleString('en-US', {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2})
  return value.toLocaleString('en-US', {maximumFractionDigits: 2})
}

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
