import type {ArticleFeatures, ArticleSummary, PlaceMention} from './features.js'

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

/**
 * A unit-length term vector as two typed arrays sorted by term id: some 12 bytes a term, where a
 * Map of strings took about 80, and a cosine is one merge of two sorted lists.
 */
export interface Vector {
  ids: Int32Array
  weights: Float64Array
}

/** The working state of one clustering run: groups by their key, and the similarity sums between them. */
interface Agglomeration {
  members: Map<number, number[]>
  sums: Map<number, Map<number, number>>
  alive: Set<number>
  queue: PairQueue
  score: (a: number, b: number) => number
}

interface Indexed {
  features: ArticleSummary
  words: Vector
  names: Vector
  numbers: Vector
  /** Ids of the heaviest words and names, the terms that find candidates. */
  salient: number[]
  event: number
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
 * The events index: every article's compact vectors, an inverted index of their salient terms, and
 * which event each article belongs to. `add` clusters a batch into it, joining existing events or
 * starting new ones, without revisiting the earlier articles' pairs.
 */
export class EventIndex {
  readonly articles: Indexed[] = []
  /** Members (article indices) of each event, by event number. */
  readonly events: number[][] = []
  private readonly documentFrequency = new Map<string, number>()
  private documentCount = 0
  private readonly postings = new Map<number, number[]>()
  /** Term ids, so vectors and postings hold numbers rather than strings. */
  private readonly termIds = new Map<string, number>()
  private readonly byId = new Map<string, number>()

  constructor(private readonly settings: ClusterSettings) {}

  /** Cluster a batch; returns the numbers of the events that gained articles, in order. */
  add(batch: ReadonlyArray<ArticleFeatures>): number[] {
    this.documentCount += batch.length
    for (const features of batch) {
      for (const term of new Set([...features.words.keys(), ...features.names.keys(), ...features.numbers.keys()])) {
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1)
      }
    }
    const first = this.articles.length
    for (const {words, names, numbers, ...summary} of batch) {
      const index = this.articles.length
      const heaviestWords = this.heaviest(words)
      const heaviestNames = this.heaviest(names)
      const salient = [...heaviestWords.slice(0, this.settings.candidateTerms), ...heaviestNames.slice(0, this.settings.candidateTerms)]
      this.articles.push({
        features: summary,
        words: this.vector(heaviestWords),
        names: this.vector(heaviestNames),
        numbers: this.vector(this.heaviest(numbers)),
        salient: [...new Set(salient.map(([term]) => this.termId(term)))],
        event: -1
      })
      this.byId.set(summary.id, index)
    }
    const edges = new Map<number, Map<number, number>>()
    for (let index = first; index < this.articles.length; index++) {
      for (const [other, similarity] of this.candidates(index)) link(edges, index, other, similarity)
      this.indexTerms(index)
    }
    return this.agglomerate(first, edges)
  }

  /** The article's heaviest terms by TF-IDF, heaviest first, normalized to unit length. */
  private heaviest(counts: ReadonlyMap<string, number>): Array<[string, number]> {
    const weighted = [...counts].map(([term, count]): [string, number] => [
      term,
      (1 + Math.log(count)) * Math.log((this.documentCount + priorDocuments + 1) / ((this.documentFrequency.get(term) ?? 0) + 1))
    ])
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    const kept = weighted.slice(0, keptTerms)
    const norm = Math.hypot(...kept.map(([, weight]) => weight)) || 1
    return kept.map(([term, weight]) => [term, weight / norm])
  }

  private vector(terms: ReadonlyArray<[string, number]>): Vector {
    const entries = terms.map(([term, weight]): [number, number] => [this.termId(term), weight]).sort((a, b) => a[0] - b[0])
    return {ids: Int32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, weight]) => weight)}
  }

  private termId(term: string): number {
    let id = this.termIds.get(term)
    if (id === undefined) this.termIds.set(term, (id = this.termIds.size))
    return id
  }

  private indexTerms(index: number): void {
    for (const term of this.articles[index]!.salient) {
      const posting = this.postings.get(term)
      if (!posting) this.postings.set(term, [index])
      else if (posting.length <= this.settings.maxPostings) posting.push(index)
    }
  }

  /** Earlier articles that share a salient term with this one, and how similar each is. */
  private candidates(index: number): Map<number, number> {
    const article = this.articles[index]!
    const found = new Map<number, number>()
    const duplicateOf = article.features.duplicateOf === undefined ? undefined : this.byId.get(article.features.duplicateOf)
    if (duplicateOf !== undefined && duplicateOf < index) found.set(duplicateOf, 1)
    for (const term of article.salient) {
      const posting = this.postings.get(term)
      if (!posting || posting.length > this.settings.maxPostings) continue
      for (const other of posting) {
        if (found.has(other)) continue
        const similarity = this.similarity(article, this.articles[other]!)
        found.set(other, similarity)
      }
    }
    const kept = [...found].filter(([, similarity]) => similarity >= minimumEdge)
    kept.sort((x, y) => y[1] - x[1] || x[0] - y[0])
    return new Map(kept.slice(0, this.settings.maxEdges))
  }

  private similarity(a: Indexed, b: Indexed): number {
    const {weights, apartFactor, maxDaysApart} = this.settings
    const similarity =
      weights.words * cosine(a.words, b.words) + weights.names * cosine(a.names, b.names) + weights.numbers * cosine(a.numbers, b.numbers)
    const yearsApart = a.features.years.size > 0 && b.features.years.size > 0 && disjoint(a.features.years, b.features.years)
    const {publishedDay: dayA} = a.features
    const {publishedDay: dayB} = b.features
    const publishedApart = dayA !== undefined && dayB !== undefined && Math.abs(dayA - dayB) > maxDaysApart
    const placedApart = this.placedApart(a.features, b.features)
    return yearsApart || publishedApart || placedApart ? similarity * apartFactor : similarity
  }

  /**
   * Two articles each about a place that the other never names, nor anything near it ("a shooting
   * in Dayton", "a shooting in El Paso"), report two events. Near: the same first-level division,
   * a country that holds it, or within `maxKmApart`. An article that names the other's place as
   * well (a game between two cities' teams) may still be the same event.
   */
  private placedApart(a: ArticleSummary, b: ArticleSummary): boolean {
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
  private agglomerate(first: number, edges: Map<number, Map<number, number>>): number[] {
    // Groups are keyed by their smallest article index; existing events by their first member.
    const members = new Map<number, number[]>()
    const groupOf = (index: number): number => {
      const event = this.articles[index]!.event
      return event === -1 ? index : this.events[event]![0]!
    }
    const sums = new Map<number, Map<number, number>>()
    for (const [a, neighbours] of edges) {
      for (const [b, similarity] of neighbours) {
        if (a < b) link(sums, groupOf(a), groupOf(b), similarity, true)
      }
    }
    for (let index = first; index < this.articles.length; index++) members.set(index, [index])
    const score = (a: number, b: number): number =>
      sums.get(a)!.get(b)! / (this.membersOf(a, members).length * this.membersOf(b, members).length)
    const queue = new PairQueue()
    for (const [a, neighbours] of sums) for (const b of neighbours.keys()) if (a < b) queue.push(score(a, b), a, b)
    const alive = new Set([...sums.keys()])
    const run: Agglomeration = {members, sums, alive, queue, score}
    let pair = queue.pop()
    while (pair && pair.score >= this.settings.threshold) {
      const {a, b} = pair
      if (alive.has(a) && alive.has(b) && sums.get(a)?.has(b) && Math.abs(score(a, b) - pair.score) < 1e-12) {
        this.join(a, b, run)
      }
      pair = queue.pop()
    }
    this.attachSmallGroups(run)
    return this.settle(first, members)
  }

  /**
   * Average link leaves stray reports outside their event: a short piece or a follow-up whose words
   * drifted. A group of at most `smallGroup` articles joins the larger group it is most like, when
   * that average similarity reaches `attachThreshold`.
   */
  private attachSmallGroups(run: Agglomeration): void {
    const {members, sums, score} = run
    for (const [group, list] of [...members]) {
      if (list.length > this.settings.smallGroup || !run.alive.has(group) || !members.has(group)) continue
      let best: number | undefined
      let bestScore = 0
      for (const neighbour of sums.get(group)?.keys() ?? []) {
        if (this.membersOf(neighbour, members).length <= list.length) continue
        const value = score(Math.min(group, neighbour), Math.max(group, neighbour))
        if (value > bestScore) {
          best = neighbour
          bestScore = value
        }
      }
      if (best !== undefined && bestScore >= this.settings.attachThreshold) this.join(group, best, run)
    }
  }

  private join(a: number, b: number, {members, sums, alive, queue, score}: Agglomeration): void {
    const [keep, gone] = a < b ? [a, b] : [b, a]
    // Appending to the group's own list keeps a long chain of joins linear; an existing event's list is copied once.
    const joined = members.get(keep) ?? [...this.membersOf(keep, members)]
    for (const member of this.membersOf(gone, members)) joined.push(member)
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

  private membersOf(group: number, members: Map<number, number[]>): number[] {
    return members.get(group) ?? this.events[this.articles[group]!.event]!
  }

  /** Write the groups back as events: joined existing events keep the lowest number, new groups get the next ones. */
  private settle(first: number, members: Map<number, number[]>): number[] {
    const touched = new Set<number>()
    const groups = [...members.entries()].sort((x, y) => x[0] - y[0])
    for (const [, group] of groups) {
      group.sort((x, y) => x - y)
      const existing = [...new Set(group.map((index) => this.articles[index]!.event).filter((event) => event !== -1))].sort((x, y) => x - y)
      const event = existing[0] ?? this.events.push([]) - 1
      for (const merged of existing.slice(1)) this.events[merged] = []
      this.events[event] = group
      for (const index of group) this.articles[index]!.event = event
      touched.add(event)
    }
    for (let index = first; index < this.articles.length; index++) touched.add(this.articles[index]!.event)
    return [...touched].filter((event) => this.events[event]!.length > 0).sort((x, y) => this.events[x]![0]! - this.events[y]![0]!)
  }
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
