import type {ArticleFeatures, ArticleSummary, PlaceMention} from './features.js'
import {type BatchOutcome, type EventIndexStore, type Groups, type IndexedArticle, MemoryIndexStore, type Neighbourhood, type SimilarityFeatures, type Vector} from './index-store.js'

export type {Vector} from './index-store.js'

/** How similar two articles must be, and what makes them so. */
export interface ClusterSettings {
  /** Average similarity between two groups of articles from which they are one event. */
  threshold: number
  /** Weights of the three cosines: content words, names, numbers. */
  weights: {words: number; names: number; numbers: number}
  /** Factor on the similarity of articles that mention only different years, or were published far apart. */
  apartFactor: number
  /** Publication dates further apart than this many days count as apart. */
  maxDaysApart: number
  /** Places further apart than this (km) are two places: articles each about a place the other names nothing near are apart. */
  maxKmApart: number
  /** Groups of at most this many articles may join a larger one at `attachThreshold`. */
  smallGroup: number
  /** Average similarity from which a small group joins the larger group it is most like. */
  attachThreshold: number
  /** Terms per article used to find candidates in the inverted index. */
  candidateTerms: number
  /** Terms found in more articles than this find no candidates: they say nothing about one event. */
  maxPostings: number
  /** Edges an article keeps to its most similar earlier articles, so the graph grows linearly. */
  maxEdges: number
}

/** The working state of one clustering run: groups by their key, and the similarity sums between them. */
interface Agglomeration {
  members: Map<number, number[]>
  sums: Map<number, Map<number, number>>
  alive: Set<number>
  queue: PairQueue
  score: (a: number, b: number) => number
  /** Members of an existing event, by its first member. */
  eventMembers: (group: number) => ReadonlyArray<number>
}

/** What an event record of a batch is made of: its number, and its members in order. */
export interface ClusteredEvent {
  number: number
  members: number[]
}

/** A batch's groups as events: what the store keeps, and what the stage makes records of. */
interface Settled {
  outcome: BatchOutcome
  events: ClusteredEvent[]
  emptied: number[]
}

/** Keeps this many of an article's heaviest terms: the index stays compact, the cosine barely moves. */
const keptTerms = 120
/**
 * Documents assumed seen before the first batch, none holding the term: without them a word in
 * every article of a small batch (five reports of one launch all say "missile") would weigh nothing.
 */
const priorDocuments = 100
/** Similarities below this are not worth an edge. */
const minimumEdge = 0.03
/**
 * Articles read, weighted and indexed together: one round of a store's round trips. A store in another
 * process fetches the earlier articles a run's terms point to, so a run bounds what it holds.
 */
const runLength = 64

/**
 * The events index: every article's compact vectors, an inverted index of their salient terms, and
 * which event each article belongs to, kept by a store (in memory, or in Redis). `add` clusters a
 * batch into it, joining existing events or starting new ones, without revisiting the earlier
 * articles' pairs.
 */
export class EventIndex {
  constructor(
    private readonly settings: ClusterSettings,
    readonly store: EventIndexStore = new MemoryIndexStore()
  ) {}

  /**
   * Cluster a batch, read twice from `batch` (once to count terms, once to weigh and index them),
   * so that it need not be held. Returns the events that gained articles, in order of their first
   * member, and the events merged into them.
   */
  async add(batch: () => AsyncIterable<ArticleFeatures> | Iterable<ArticleFeatures>): Promise<{events: ClusteredEvent[]; emptied: number[]}> {
    const {store} = this
    const first = await store.size()
    for await (const features of batch()) {
      store.countArticle(features.id, new Set([...features.words.keys(), ...features.names.keys(), ...features.numbers.keys()]))
    }
    const {documents, frequency} = await store.frequencies()
    const heaviest = (counts: ReadonlyMap<string, number>) => heaviestTerms(counts, documents, frequency)
    const edges = new Map<number, Map<number, number>>()
    let start = first
    for await (const run of runsOf(batch(), runLength)) {
      const weighted = run.map(({words, names, numbers, ...summary}) => ({summary, words: heaviest(words), names: heaviest(names), numbers: heaviest(numbers)}))
      const ids = await store.termIds(weighted.flatMap(({words, names, numbers}) => [...words, ...names, ...numbers].map(([term]) => term)))
      const articles = weighted.map(({summary, words, names, numbers}) => {
        const salient = [...words.slice(0, this.settings.candidateTerms), ...names.slice(0, this.settings.candidateTerms)]
        return {features: summary, words: vector(words, ids), names: vector(names, ids), numbers: vector(numbers, ids), salient: [...new Set(salient.map(([term]) => ids.get(term)!))]}
      })
      const duplicates = articles.flatMap(({features}) => (features.duplicateOf === undefined ? [] : [features.duplicateOf]))
      const around = await store.neighbourhood(start, articles.flatMap((article) => article.salient), duplicates, this.settings.maxPostings)
      const changed = this.link(start, articles, around, edges)
      await store.addArticles(start, articles, changed)
      start += articles.length
    }
    const groups = await store.groups([...edges.keys()].filter((number) => number < first))
    const {outcome, events, emptied} = this.agglomerate(first, start, edges, groups)
    await store.commit(outcome)
    return {events, emptied}
  }

  /**
   * Link each article of a run to its candidates, and add it to the postings of its salient terms;
   * returns the postings it changed. Out of `add`, whose loops, in an async function, would not be
   * optimized while they run.
   */
  private link(start: number, articles: ReadonlyArray<IndexedArticle & {features: ArticleSummary}>, around: Neighbourhood, edges: Map<number, Map<number, number>>): Map<number, number[]> {
    const changed = new Map<number, number[]>()
    for (const [at, article] of articles.entries()) {
      const number = start + at
      for (const [other, similarity] of this.candidates(number, article, around, start, articles)) link(edges, number, other, similarity)
      for (const term of article.salient) {
        const posting = around.postings.get(term)
        if (!posting) around.postings.set(term, [number])
        else if (posting.length <= this.settings.maxPostings) posting.push(number)
        else continue
        changed.set(term, around.postings.get(term)!)
      }
    }
    return changed
  }

  /** Earlier articles (of the index, or of the run from `start`) that share a salient term with this one, and how similar each is. */
  private candidates(
    number: number,
    article: IndexedArticle & {features: ArticleSummary},
    around: Neighbourhood,
    start: number,
    run: ReadonlyArray<IndexedArticle>
  ): Map<number, number> {
    const found = new Map<number, number>()
    const duplicateOf = article.features.duplicateOf === undefined ? undefined : around.numberOf(article.features.duplicateOf)
    if (duplicateOf !== undefined && duplicateOf < number) found.set(duplicateOf, 1)
    for (const term of article.salient) {
      const posting = around.postings.get(term)
      if (!posting || posting.length > this.settings.maxPostings) continue
      for (const other of posting) {
        if (found.has(other)) continue
        found.set(other, this.similarity(article, other >= start ? run[other - start]! : around.article(other)))
      }
    }
    const kept = [...found].filter(([, similarity]) => similarity >= minimumEdge)
    kept.sort((x, y) => y[1] - x[1] || x[0] - y[0])
    return new Map(kept.slice(0, this.settings.maxEdges))
  }

  private similarity(a: IndexedArticle, b: IndexedArticle): number {
    const {weights, apartFactor, maxDaysApart} = this.settings
    const similarity =
      weights.words * cosine(a.words, b.words) + weights.names * cosine(a.names, b.names) + weights.numbers * cosine(a.numbers, b.numbers)
    const yearsApart = a.features.years.size > 0 && b.features.years.size > 0 && disjoint(a.features.years, b.features.years)
    const {publishedDay: dayA} = a.features
    const {publishedDay: dayB} = b.features
    const publishedApart = dayA !== undefined && dayB !== undefined && Math.abs(dayA - dayB) > maxDaysApart
    const apart = yearsApart || publishedApart || this.placedApart(a.features, b.features) || aboutOtherPeople(a.features, b.features)
    return apart ? similarity * apartFactor : similarity
  }

  /**
   * Two articles each about a place that the other never names, nor anything near it ("a shooting
   * in Dayton", "a shooting in El Paso"), report two events. Near: the same first-level division,
   * a country that holds it, or within `maxKmApart`. An article that names the other's place as
   * well (a game between two cities' teams) may still be the same event.
   */
  private placedApart(a: SimilarityFeatures, b: SimilarityFeatures): boolean {
    const x = mainPlace(a.leadPlaces)
    const y = mainPlace(b.leadPlaces)
    if (!x || !y) return false
    const near = (p: PlaceMention, q: PlaceMention) =>
      (p.country === q.country && (p.admin1 === undefined || q.admin1 === undefined || p.admin1 === q.admin1)) ||
      kilometres(p, q) <= this.settings.maxKmApart
    return !b.places.some((place) => near(x, place)) && !a.places.some((place) => near(y, place))
  }

  /**
   * Average-link clustering over the candidate graph: repeatedly join the two groups with the
   * highest average similarity (pairs that were never candidates count as 0) until it falls below
   * the threshold. Existing events take part as groups, so new articles join them.
   */
  private agglomerate(first: number, end: number, edges: Map<number, Map<number, number>>, groups: Groups): Settled {
    // Groups are keyed by their smallest article number; existing events by their first member.
    const members = new Map<number, number[]>()
    const eventOf = (number: number) => (number >= first ? -1 : groups.event(number))
    const groupOf = (number: number): number => {
      const event = eventOf(number)
      return event === -1 ? number : groups.members(event)[0]!
    }
    const eventMembers = (group: number) => groups.members(eventOf(group))
    const sums = new Map<number, Map<number, number>>()
    for (const [a, neighbours] of edges) {
      for (const [b, similarity] of neighbours) {
        if (a < b) link(sums, groupOf(a), groupOf(b), similarity, true)
      }
    }
    for (let number = first; number < end; number++) members.set(number, [number])
    const score = (a: number, b: number): number =>
      sums.get(a)!.get(b)! / ((members.get(a) ?? eventMembers(a)).length * (members.get(b) ?? eventMembers(b)).length)
    const queue = new PairQueue()
    for (const [a, neighbours] of sums) for (const b of neighbours.keys()) if (a < b) queue.push(score(a, b), a, b)
    const alive = new Set([...sums.keys()])
    const run: Agglomeration = {members, sums, alive, queue, score, eventMembers}
    let pair = queue.pop()
    while (pair && pair.score >= this.settings.threshold) {
      const {a, b} = pair
      if (alive.has(a) && alive.has(b) && sums.get(a)?.has(b) && Math.abs(score(a, b) - pair.score) < 1e-12) {
        join(a, b, run)
      }
      pair = queue.pop()
    }
    this.attachSmallGroups(run)
    return this.settle(end, members, groups, eventOf)
  }

  /**
   * Average link leaves stray reports outside their event: a short piece or a follow-up whose words
   * drifted. A group of at most `smallGroup` articles joins the larger group it is most like, when
   * that average similarity reaches `attachThreshold`: first among the events average link made
   * (groups of more than `smallGroup`), then, for the groups left, among any larger group (three
   * reports of a small story). Strays let to join each other first would pile up, in whatever order
   * the articles came, past `smallGroup`, and stay outside the event they all report.
   */
  private attachSmallGroups(run: Agglomeration): void {
    this.attachTo(run, this.settings.smallGroup + 1)
    this.attachTo(run, 1)
  }

  /** Join each small group to the group of at least `smallestTarget` articles, and larger than itself, it is most like. */
  private attachTo(run: Agglomeration, smallestTarget: number): void {
    const {members, sums, score, eventMembers} = run
    for (const [group, list] of [...members]) {
      if (list.length > this.settings.smallGroup || !run.alive.has(group) || !members.has(group)) continue
      let best: number | undefined
      let bestScore = 0
      for (const neighbour of sums.get(group)?.keys() ?? []) {
        const size = (members.get(neighbour) ?? eventMembers(neighbour)).length
        if (size <= list.length || size < smallestTarget) continue
        const value = score(Math.min(group, neighbour), Math.max(group, neighbour))
        if (value > bestScore) {
          best = neighbour
          bestScore = value
        }
      }
      if (best !== undefined && bestScore >= this.settings.attachThreshold) join(group, best, run)
    }
  }

  /** Write the groups back as events: joined existing events keep the lowest number, new groups get the next ones. */
  private settle(end: number, members: Map<number, number[]>, groups: Groups, eventOf: (number: number) => number): Settled {
    const events = new Map<number, number[]>()
    const moved = new Map<number, number>()
    let count = groups.count
    for (const [, group] of [...members.entries()].sort((x, y) => x[0] - y[0])) {
      group.sort((x, y) => x - y)
      const existing = [...new Set(group.map(eventOf).filter((event) => event !== -1))].sort((x, y) => x - y)
      const event = existing[0] ?? count++
      for (const merged of existing.slice(1)) events.set(merged, [])
      events.set(event, group)
      for (const number of group) if (eventOf(number) !== event) moved.set(number, event)
    }
    const touched = [...events].filter(([, list]) => list.length > 0).map(([number, list]) => ({number, members: list}))
    const emptied = [...events].filter(([, list]) => list.length === 0).map(([number]) => number)
    return {outcome: {events, moved, articles: end, eventCount: count}, events: touched.sort((x, y) => x.members[0]! - y.members[0]!), emptied}
  }
}

function join(a: number, b: number, {members, sums, alive, queue, score, eventMembers}: Agglomeration): void {
  const [keep, gone] = a < b ? [a, b] : [b, a]
  // Appending to the group's own list keeps a long chain of joins linear; an existing event's list is copied once.
  const joined = members.get(keep) ?? [...eventMembers(keep)]
  for (const member of members.get(gone) ?? eventMembers(gone)) joined.push(member)
  members.set(keep, joined)
  members.delete(gone)
  alive.delete(gone)
  const keepSums = sums.get(keep)!
  keepSums.delete(gone)
  for (const [neighbour, sum] of sums.get(gone) ?? []) {
    if (neighbour === keep) continue
    keepSums.set(neighbour, (keepSums.get(neighbour) ?? 0) + sum)
    const theirs = sums.get(neighbour)!
    theirs.delete(gone)
    theirs.set(keep, keepSums.get(neighbour)!)
  }
  sums.delete(gone)
  for (const neighbour of keepSums.keys()) {
    const [low, high] = keep < neighbour ? [keep, neighbour] : [neighbour, keep]
    queue.push(score(low, high), low, high)
  }
}

/** The article's heaviest terms by TF-IDF, heaviest first, normalized to unit length. */
function heaviestTerms(counts: ReadonlyMap<string, number>, documents: number, frequency: ReadonlyMap<string, number>): Array<[string, number]> {
  const weighted = [...counts].map(([term, count]): [string, number] => [
    term,
    (1 + Math.log(count)) * Math.log((documents + priorDocuments + 1) / ((frequency.get(term) ?? 0) + 1))
  ])
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const kept = weighted.slice(0, keptTerms)
  const norm = Math.hypot(...kept.map(([, weight]) => weight)) || 1
  return kept.map(([term, weight]) => [term, weight / norm])
}

function vector(terms: ReadonlyArray<[string, number]>, ids: ReadonlyMap<string, number>): Vector {
  const entries = terms.map(([term, weight]): [number, number] => [ids.get(term)!, weight]).sort((a, b) => a[0] - b[0])
  return {ids: Int32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, weight]) => weight)}
}

/** A batch in runs of `length` articles. */
async function* runsOf<T>(items: AsyncIterable<T> | Iterable<T>, length: number): AsyncGenerator<T[]> {
  let run: T[] = []
  for await (const item of items) {
    run.push(item)
    if (run.length < length) continue
    yield run
    run = []
  }
  if (run.length > 0) yield run
}

function link(edges: Map<number, Map<number, number>>, a: number, b: number, value: number, accumulate = false): void {
  if (a === b) return
  for (const [from, to] of [[a, b], [b, a]] as const) {
    let neighbours = edges.get(from)
    if (!neighbours) edges.set(from, (neighbours = new Map()))
    neighbours.set(to, accumulate ? (neighbours.get(to) ?? 0) + value : value)
  }
}

export function cosine(a: Vector, b: Vector): number {
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!
    else if (x < y) i++
    else j++
  }
  return sum
}

/**
 * Two articles each about a person that the other never names report two events of one kind:
 * "Reid checks into rehab" and "Lohan checks into rehab", "Smith cast as the Doctor" and "Capaldi
 * cast as the Doctor", "Jackman to host the Oscars" and "DeGeneres to host the Oscars". A report
 * that also names the other's person (an opponent, a predecessor) may still tell the same event.
 */
function aboutOtherPeople(a: SimilarityFeatures, b: SimilarityFeatures): boolean {
  return a.mainPerson !== undefined && b.mainPerson !== undefined && !b.surnames.includes(a.mainPerson) && !a.surnames.includes(b.mainPerson)
}

/** Mentions that make a place the one an article is about, rather than a passing or misread name. */
const mainPlaceMentions = 2

/**
 * The place a lead is about: its most mentioned place inside a country (a town, a region), named
 * at least twice. Countries and places named once say too little to part two reports.
 */
function mainPlace(places: ReadonlyArray<PlaceMention>): PlaceMention | undefined {
  let best: PlaceMention | undefined
  for (const place of places) {
    if (place.admin1 === undefined || place.mentions < mainPlaceMentions) continue
    if (!best || place.mentions > best.mentions) best = place
  }
  return best
}

const earthRadius = 6371

/** Great-circle distance (haversine). */
function kilometres(a: {lat: number; lon: number}, b: {lat: number; lon: number}): number {
  const radians = Math.PI / 180
  const dLat = (b.lat - a.lat) * radians
  const dLon = (b.lon - a.lon) * radians
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLon / 2) ** 2
  return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(h)))
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const value of a) if (b.has(value)) return false
  return true
}

/** A binary max-heap of group pairs by average similarity; ties go to the lower pair, so runs are deterministic. */
class PairQueue {
  private readonly heap: Array<{score: number; a: number; b: number}> = []

  push(score: number, a: number, b: number): void {
    const heap = this.heap
    heap.push({score, a, b})
    let index = heap.length - 1
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!before(heap[index]!, heap[parent]!)) break
      ;[heap[index], heap[parent]] = [heap[parent]!, heap[index]!]
      index = parent
    }
  }

  pop(): {score: number; a: number; b: number} | undefined {
    const heap = this.heap
    const top = heap[0]
    const last = heap.pop()
    if (heap.length > 0 && last) {
      heap[0] = last
      let index = 0
      for (;;) {
        const left = 2 * index + 1
        const right = left + 1
        let best = index
        if (left < heap.length && before(heap[left]!, heap[best]!)) best = left
        if (right < heap.length && before(heap[right]!, heap[best]!)) best = right
        if (best === index) break
        ;[heap[index], heap[best]] = [heap[best]!, heap[index]!]
        index = best
      }
    }
    return top
  }
}

function before(x: {score: number; a: number; b: number}, y: {score: number; a: number; b: number}): boolean {
  return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)))
}
