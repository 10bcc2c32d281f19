import type {EventRecord, MentionRef} from '@tidings/core'
import {eventActors, eventPlaces} from './answers.js'
import {type ArticleSummary, type DatedSentence, headsOf, type QuantityMention} from './features.js'
import {mainClause} from './what.js'

export interface RecordSettings {
  /** Values of one dimension within this relative distance of the group's smallest are one fact. */
  factTolerance: number
  /** Share of content words two sentences from different sources must share to report the same happening. */
  sameHappening: number
  /** Keep facts that one source states once, outside its opening sentences. */
  passingFacts: boolean
}

type Timeline = EventRecord['timeline']
type Fact = EventRecord['facts'][number]
type Conflict = EventRecord['conflicts'][number]

/** The event record of a group of articles, in the order they came in. */
export function eventRecord(id: string, articles: ReadonlyArray<ArticleSummary>, title: string, settings: RecordSettings): EventRecord {
  const {timeline, conflicts} = datedHappenings(articles, settings)
  const facts = reconciledFacts(articles, settings, conflicts)
  return {
    kind: 'event',
    id,
    title,
    what: mainClause(title),
    who: eventActors(articles),
    where: eventPlaces(articles),
    articles: articles.map((article) => article.id),
    sources: articles.map((article) => article.source),
    when: eventDates(articles, timeline),
    timeline,
    facts,
    conflicts
  }
}

/**
 * The resolved dates the articles mention; first the days the most articles report (the day their
 * lead gives, else their publication day), then the most widely mentioned. A source that gives the
 * day without its year (XXXX-12-30) backs the one resolved day the timeline joined it to.
 */
function eventDates(articles: ReadonlyArray<ArticleSummary>, timeline: Timeline): EventRecord['when'] {
  const reporting = new Map<string, number>()
  for (const {reportedDay} of articles) if (reportedDay) reporting.set(reportedDay, (reporting.get(reportedDay) ?? 0) + 1)
  const reports = (date: string) => reporting.get(date) ?? 0
  const backing = new Map<string, Set<string>>()
  const back = (date: string, article: string) => {
    const ids = backing.get(date)
    if (ids) ids.add(article)
    else backing.set(date, new Set([article]))
  }
  for (const article of articles) {
    for (const date of article.dates) back(date, article.id)
    if (article.reportedDay) back(article.reportedDay, article.id)
  }
  for (const entry of timeline) if (!entry.date.startsWith('XXXX')) for (const article of entry.sources) back(entry.date, article)
  const wordings = dayWordings(articles, timeline)
  return [...backing]
    .map(([value, ids]) => {
      const text = wordings.get(value)
      return {value, ...(text === undefined ? {} : {text}), sources: ids.size, articles: articles.map((article) => article.id).filter((id) => ids.has(id))}
    })
    .sort((a, b) => reports(b.value) - reports(a.value) || b.sources - a.sources || compare(a.value, b.value))
}

/**
 * How the sources word each day: the words the most articles use for it, those of the leads that
 * report it first ("on Sunday"), else those of the timeline's mentions; the earliest breaks ties.
 */
function dayWordings(articles: ReadonlyArray<ArticleSummary>, timeline: Timeline): Map<string, string> {
  const wordings = new Map<string, string>()
  const mostUsed = (mentions: ReadonlyArray<{article: string; text: string}>): string => {
    const users = new Map<string, Set<string>>()
    for (const {article, text} of mentions) {
      const articleIds = users.get(text)
      if (articleIds) articleIds.add(article)
      else users.set(text, new Set([article]))
    }
    let best = mentions[0]!.text
    for (const [text, articleIds] of users) if (articleIds.size > users.get(best)!.size) best = text
    return best
  }
  for (const entry of timeline) if (entry.mentions.length > 0) wordings.set(entry.date, mostUsed(entry.mentions))
  const leads = articles.flatMap((article) =>
    article.reportedDay && article.reportedAs ? [{day: article.reportedDay, article: article.id, text: article.reportedAs}] : []
  )
  for (const day of new Set(leads.map((lead) => lead.day))) wordings.set(day, mostUsed(leads.filter((lead) => lead.day === day)))
  return wordings
}

/**
 * One timeline entry per day, holding every source's sentences about it; a day whose year the
 * source does not give (XXXX-12-30) joins the one resolved day it can only be. Sentences from
 * different sources that say the same thing on days that cannot agree are a date conflict.
 */
function datedHappenings(articles: ReadonlyArray<ArticleSummary>, settings: RecordSettings): {timeline: Timeline; conflicts: Conflict[]} {
  const items = articles.flatMap((article) => article.dated)
  const resolvedDays = new Set(items.map((item) => item.day).filter((day) => !day.startsWith('XXXX')))
  const dayOf = (item: DatedSentence): string => {
    if (!item.day.startsWith('XXXX')) return item.day
    const matches = [...resolvedDays].filter((day) => day.slice(4) === item.day.slice(4))
    return matches.length === 1 ? matches[0]! : item.day
  }
  const byDay = new Map<string, DatedSentence[]>()
  for (const item of items) {
    const day = dayOf(item)
    const entry = byDay.get(day)
    if (entry) entry.push(item)
    else byDay.set(day, [item])
  }
  // A sentence can name two days ("fired on Sunday, the coast guard said Monday"): it disagrees
  // with another only if none of its days agrees with any of the other's.
  const sentenceDays = new Map<string, string[]>()
  const sentenceKey = (item: DatedSentence) => `${item.sentence.article}\u0000${item.sentence.start}`
  for (const item of items) {
    const days = sentenceDays.get(sentenceKey(item))
    if (days) days.push(dayOf(item))
    else sentenceDays.set(sentenceKey(item), [dayOf(item)])
  }
  const timeline: Timeline = [...byDay]
    .sort((a, b) => compare(a[0].replace('XXXX', '9999'), b[0].replace('XXXX', '9999')))
    .map(([date, dayItems]) => ({
      date,
      text: representative(dayItems, (item) => sentenceDays.get(sentenceKey(item))!.length).sentence.text,
      sources: unique(dayItems.map((item) => item.mention.article)),
      mentions: dayItems.map((item) => item.mention)
    }))

  const sentencesDisagree = (a: DatedSentence, b: DatedSentence) => {
    const theirs = sentenceDays.get(sentenceKey(b))!
    return sentenceDays.get(sentenceKey(a))!.every((day) => theirs.every((other) => daysDisagree(day, other)))
  }
  // Two days that several sources each back are two happenings (two launches), not a dispute: a
  // conflict is a day one source alone gives where a sentence like it elsewhere gives another.
  const backers = new Map<string, Set<string>>()
  for (const item of items) {
    const day = dayOf(item)
    const articles = backers.get(day)
    if (articles) articles.add(item.mention.article)
    else backers.set(day, new Set([item.mention.article]))
  }
  const backing = (item: DatedSentence) => backers.get(dayOf(item))!.size
  const dissent = new Map<string, Map<string, Set<DatedSentence>>>()
  for (const [a, b] of sharingWords(items)) {
    if (a.mention.article === b.mention.article || !sentencesDisagree(a, b) || overlap(a.words, b.words) < settings.sameHappening) continue
    const [lone, other] = backing(a) <= backing(b) ? [a, b] : [b, a]
    if (backing(lone) > 1) continue
    const sides = dissent.get(lone.mention.article) ?? new Map<string, Set<DatedSentence>>()
    dissent.set(lone.mention.article, sides)
    for (const item of [lone, other]) {
      const side = sides.get(dayOf(item))
      if (side) side.add(item)
      else sides.set(dayOf(item), new Set([item]))
    }
  }
  const conflicts: Conflict[] = [...dissent].map(([article, sides]) => {
    const own = [...sides.keys()].filter((day) => [...sides.get(day)!].some((item) => item.mention.article === article && backing(item) === 1))
    const others = [...sides.keys()].filter((day) => !own.includes(day))
    return {
      kind: 'date',
      reason: `${article} gives ${own.join(', ')} where other sources give ${others.join(', ')} for the same happening`,
      sides: [...others, ...own].map((day) => ({value: day, mentions: [...sides.get(day)!].map((item) => item.mention)}))
    }
  })
  return {timeline, conflicts}
}

/** Words in more sentences than this are too common to find restatements by. */
const commonWord = 200

/** Pairs of sentences that share a word that is not common, found through an inverted index, never all pairs. */
function* sharingWords(items: ReadonlyArray<DatedSentence>): Iterable<[DatedSentence, DatedSentence]> {
  const postings = new Map<string, number[]>()
  items.forEach((item, index) => {
    for (const word of item.words) {
      const posting = postings.get(word)
      if (posting) posting.push(index)
      else postings.set(word, [index])
    }
  })
  for (let index = 0; index < items.length; index++) {
    const partners = new Set<number>()
    for (const word of items[index]!.words) {
      const posting = postings.get(word)!
      if (posting.length > commonWord) continue
      for (const other of posting) if (other > index) partners.add(other)
    }
    for (const other of partners) yield [items[index]!, items[other]!]
  }
}

/** Two days disagree when their months or days differ, or both give a year and the years differ. */
function daysDisagree(a: string, b: string): boolean {
  if (a.slice(4) !== b.slice(4)) return true
  return !a.startsWith('XXXX') && !b.startsWith('XXXX') && a !== b
}

/**
 * The sentence whose words the others repeat most, the one that says what they all say; among
 * sentences that name this day alone, when there are any. Counting each word's sentences once
 * keeps this linear: an event of thousands of reports of one day must not compare every pair.
 */
function representative(items: ReadonlyArray<DatedSentence>, daysNamed: (item: DatedSentence) => number): DatedSentence {
  const single = items.filter((item) => daysNamed(item) === 1)
  const candidates = single.length > 0 ? single : items
  const sentencesWith = new Map<string, number>()
  for (const item of items) for (const word of item.words) sentencesWith.set(word, (sentencesWith.get(word) ?? 0) + 1)
  let best = candidates[0]!
  let bestScore = -1
  for (const item of candidates) {
    let repeated = 0
    for (const word of item.words) repeated += sentencesWith.get(word)! - 1
    const score = item.words.size === 0 ? 0 : repeated / item.words.size
    if (score > bestScore) {
      best = item
      bestScore = score
    }
  }
  return best
}

/** Shared words over the smaller set's size: a short sentence restated inside a long one still matches. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const word of small) if (large.has(word)) shared++
  return shared / small.size
}

/**
 * Quantities reconciled across sources: mentions of one dimension (and, for counts, one counted
 * thing, known by its head nouns: "missiles" and "drones and missiles"; counts of nothing named are
 * left out) whose SI values lie within the tolerance are one fact, reported with its range. Counts
 * of one thing that the sources give differently, each stated as exact, are a conflict. In an event
 * of several sources, a fact that one source states once, past its opening sentences, is said in
 * passing and left out unless `passingFacts` is set.
 */
function reconciledFacts(articles: ReadonlyArray<ArticleSummary>, settings: RecordSettings, conflicts: Conflict[]): Fact[] {
  const groups = new Map<string, QuantityMention[]>()
  const thing = countedThings(articles)
  for (const quantity of articles.flatMap((article) => article.quantities)) {
    // "at least one", with nothing counted, says nothing a reader could reconcile.
    if (quantity.dimension === 'count' && !quantity.heads) continue
    const key = `${quantity.dimension}\u0000${quantity.unit ?? ''}\u0000${quantity.dimension === 'count' ? thing(quantity.heads![0]!) : ''}`
    const group = groups.get(key)
    if (group) group.push(quantity)
    else groups.set(key, [quantity])
  }
  const facts: Fact[] = []
  for (const group of groups.values()) {
    group.sort((a, b) => a.value - b.value)
    const runs: QuantityMention[][] = []
    for (const quantity of group) {
      const run = runs.at(-1)
      const low = run?.[0]?.value
      if (run && low !== undefined && withinTolerance(low, quantity.value, settings.factTolerance)) run.push(quantity)
      else runs.push([quantity])
    }
    const passing = (run: ReadonlyArray<QuantityMention>) => articles.length > 1 && run.length === 1 && !run[0]!.inLead
    facts.push(...runs.filter((run) => settings.passingFacts || !passing(run)).map(fact))
    const countOf = group[0]!.dimension === 'count' ? countedName(group) : undefined
    const exact = runs.filter((run) => run.every((quantity) => quantity.bound === 'exact'))
    if (countOf && exact.length > 1 && eachFromOtherSources(exact)) {
      conflicts.push({
        kind: 'fact',
        reason: `Sources give different counts of ${countOf}: ${exact.map((run) => String(run[0]!.value)).join(' or ')}`,
        sides: exact.map((run) => ({value: String(run[0]!.value), mentions: run.map((quantity) => quantity.mention)}))
      })
    }
  }
  return facts.sort((a, b) => sourceCount(b.mentions) - sourceCount(a.mentions) || compare(a.dimension, b.dimension) || a.value - b.value)
}

/**
 * Which counted thing a head noun belongs to: heads that one count names together ("drones and
 * missiles") are one thing, so "500 missiles" and "500 drones and missiles" are one fact.
 */
function countedThings(articles: ReadonlyArray<ArticleSummary>): (head: string) => string {
  const parent = new Map<string, string>()
  const root = (head: string): string => {
    let at = head
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!
    return at
  }
  for (const quantity of articles.flatMap((article) => article.quantities)) {
    const [first, ...others] = quantity.heads ?? []
    if (first === undefined) continue
    if (!parent.has(first)) parent.set(first, first)
    for (const other of others) {
      if (!parent.has(other)) parent.set(other, other)
      const [a, b] = [root(first), root(other)].sort()
      parent.set(b!, a!)
    }
  }
  return root
}

function fact(run: ReadonlyArray<QuantityMention>): Fact {
  const first = run[0]!
  const values = run.map((quantity) => quantity.value)
  const result: Fact = {dimension: first.dimension, value: median(values), mentions: run.map((quantity) => quantity.mention)}
  if (first.unit) result.unit = first.unit
  if (first.of) result.of = countedName(run)
  const low = values[0]!
  const high = values.at(-1)!
  if (low !== high) result.range = [low, high]
  return result
}

/**
 * The name of what a fact counts: the plainest name that covers every head noun of its counts
 * ("boats and ferries" for "40 boats" and "40 boats and ferries"), else the names joined ("drones
 * and missiles" for "500 drones and missiles" and "500 missiles and drones").
 */
function countedName(run: ReadonlyArray<QuantityMention>): string {
  const names = unique(run.map((quantity) => quantity.of!))
  const heads = new Set(run.flatMap((quantity) => quantity.heads ?? []))
  const covering = names.filter((name) => {
    const own = new Set(headsOf(name))
    return [...heads].every((head) => own.has(head))
  })
  return covering.length > 0 ? shortest(covering) : names.join(' and ')
}

/** The plainest of several names: the shortest. */
function shortest(names: ReadonlyArray<string>): string {
  return names.reduce((best, name) => (name.length < best.length || (name.length === best.length && name < best) ? name : best))
}

function withinTolerance(low: number, value: number, tolerance: number): boolean {
  return value === low || (low > 0 && (value - low) / low <= tolerance)
}

function median(sorted: ReadonlyArray<number>): number {
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function sourceCount(mentions: ReadonlyArray<MentionRef>): number {
  return new Set(mentions.map((mention) => mention.article)).size
}

/** No article gives two of the values: one that does is counting two things, not disagreeing. */
function eachFromOtherSources(runs: ReadonlyArray<ReadonlyArray<QuantityMention>>): boolean {
  const seen = new Set<string>()
  for (const run of runs) {
    const articles = new Set(run.map((quantity) => quantity.mention.article))
    for (const article of articles) if (seen.has(article)) return false
    for (const article of articles) seen.add(article)
  }
  return true
}

function unique(values: ReadonlyArray<string>): string[] {
  return [...new Set(values)]
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
