import {type ArticleRecord, checkOptions, type CorpusStage, lazySchema, type TidingsRecord} from '@tidings/core'
import {bandKeys, createMinHasher, estimatedSimilarity, type MinHasher} from './minhash.js'

export {bandKeys, type MinHasher} from './minhash.js'

const OptionsSchema = lazySchema(({type}) => type({
  'threshold?': '0 < number <= 1',
  'shingleLength?': '1 <= number.integer <= 20',
  'hashes?': '16 <= number.integer <= 1024',
  'bands?': '1 <= number.integer <= 1024'
}))

export interface Options {
  /** Estimated Jaccard similarity of word shingles from which an article is a near copy (default 0.8). */
  threshold?: number
  /** Words per shingle (default 5). */
  shingleLength?: number
  /** MinHash rows per signature (default 128). */
  hashes?: number
  /** LSH bands the rows are cut into; must divide `hashes` (default 32, so copies down to about 0.5 similar meet). */
  bands?: number
}

/**
 * Articles a bucket keeps, the earliest ones. A story syndicated a thousand times fills its buckets
 * with copies; the originals are among the first, so later copies need meet no more than these,
 * and a corpus of copies costs linear time, not quadratic.
 */
export const bucketSize = 64

export interface DedupeStage extends CorpusStage {
  /** Articles indexed so far, across every batch this stage has seen. */
  readonly size: number
}

/** Validated options with their defaults, and the hasher they make: what any dedupe index needs. */
export interface DedupeSettings {
  threshold: number
  bands: number
  hasher: MinHasher
}

/** Check the options (bad ones throw) and fill in the defaults. */
export function dedupeSettings(options: Options = {}): DedupeSettings {
  checkOptions('dedupe', OptionsSchema, options)
  const hashes = options.hashes ?? 128
  const bands = options.bands ?? 32
  if (hashes % bands !== 0) throw new TypeError(`Invalid options for dedupe: bands (${bands}) must divide hashes (${hashes})`)
  return {threshold: options.threshold ?? 0.8, bands, hasher: createMinHasher(hashes, options.shingleLength ?? 5)}
}

/**
 * The earliest article that a signature nearly copies among candidates (their index in arrival
 * order and signature): the most similar one at or above the threshold, the earliest on a tie.
 */
export function nearestCopy(
  signature: Uint32Array,
  candidates: Iterable<readonly [number, Uint32Array]>,
  threshold: number
): {index: number; similarity: number} | undefined {
  let best: {index: number; similarity: number} | undefined
  for (const [index, other] of candidates) {
    const similarity = estimatedSimilarity(signature, other)
    if (similarity >= threshold && (!best || similarity > best.similarity || (similarity === best.similarity && index < best.index))) {
      best = {index, similarity}
    }
  }
  return best
}

/**
 * Near-duplicate detection: each article record gets `duplicateOf: {article, similarity}` naming the
 * earliest article it nearly copies (syndicated wire text, updated versions, other boilerplate).
 * One stage keeps its index across `transform` calls, so a new batch is checked against every earlier one.
 */
export function dedupe(options: Options = {}): DedupeStage {
  const {threshold, bands, hasher} = dedupeSettings(options)
  const ids: string[] = []
  const signatures: Uint32Array[] = []
  const buckets = new Map<number, number[]>()

  function* candidates(keys: number[]): Generator<[number, Uint32Array]> {
    const seen = new Set<number>()
    for (const key of keys) {
      for (const index of buckets.get(key) ?? []) {
        if (seen.has(index)) continue
        seen.add(index)
        yield [index, signatures[index]!]
      }
    }
  }

  function check(record: ArticleRecord): ArticleRecord {
    const signature = hasher.signature(record.cleanText ?? record.text)
    if (!signature) return record
    const keys = bandKeys(signature, bands)
    const best = nearestCopy(signature, candidates(keys), threshold)
    const index = ids.push(record.id) - 1
    signatures.push(signature)
    for (const key of keys) {
      const bucket = buckets.get(key)
      if (!bucket) buckets.set(key, [index])
      else if (bucket.length < bucketSize) bucket.push(index)
    }
    return best ? {...record, duplicateOf: {article: ids[best.index]!, similarity: best.similarity}} : record
  }

  return {
    name: 'dedupe',
    get size() {
      return ids.length
    },
    async *transform(records: AsyncIterable<TidingsRecord>) {
      for await (const record of records) yield record.kind === 'article' ? check(record) : record
    }
  }
}
