/**
 * MinHash signatures over word shingles, and LSH banding over them: two texts whose shingle sets
 * have Jaccard similarity s share at least one band with probability 1 - (1 - s^rows)^bands, so
 * near copies meet in a bucket and everything else is never compared.
 */

const wordPattern = /[\p{L}\p{N}]+/gu

/** The text's words, lower-cased: punctuation, spacing and case never make two copies differ. */
export function words(text: string): string[] {
  return text.toLowerCase().match(wordPattern) ?? []
}

/** FNV-1a, 32 bits: a fast, stable hash of a shingle. */
function hashString(value: string): number {
  let hash = 0x81_1c_9d_c5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01_00_01_93)
  }
  return hash >>> 0
}

/** A bijective 32-bit mix (murmur3's finalizer): with a different seed per row, one permutation per row. */
function mix(value: number, seed: number): number {
  let hash = (value ^ seed) >>> 0
  hash = Math.imul(hash ^ (hash >>> 16), 0x85_eb_ca_6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2_b2_ae_35)
  return (hash ^ (hash >>> 16)) >>> 0
}

/** Fixed seeds, so signatures are the same in every run and every process. */
function seeds(count: number): Uint32Array {
  const result = new Uint32Array(count)
  let state = 0x9e_37_79_b9
  for (let index = 0; index < count; index++) {
    state = mix(state, index + 1)
    result[index] = state
  }
  return result
}

export interface MinHasher {
  readonly size: number
  /** The signature of a text, or undefined when it has no words. */
  signature(text: string): Uint32Array | undefined
}

export function createMinHasher(size: number, shingleLength: number): MinHasher {
  const rowSeeds = seeds(size)
  return {
    size,
    signature(text) {
      const tokens = words(text)
      if (tokens.length === 0) return undefined
      const signature = new Uint32Array(size).fill(0xff_ff_ff_ff)
      const last = Math.max(0, tokens.length - shingleLength)
      for (let start = 0; start <= last; start++) {
        const shingle = hashString(tokens.slice(start, start + shingleLength).join(' '))
        for (let row = 0; row < size; row++) {
          const value = mix(shingle, rowSeeds[row]!)
          if (value < signature[row]!) signature[row] = value
        }
      }
      return signature
    }
  }
}

/** The share of rows on which two signatures agree: an unbiased estimate of the Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let row = 0; row < a.length; row++) if (a[row] === b[row]) same++
  return same / a.length
}

/**
 * One bucket key per band, a hash of the band's number and rows. Keys are numbers, not strings,
 * to keep the index small; a rare collision only adds a candidate that the signature then rejects.
 */
export function bandKeys(signature: Uint32Array, bands: number): number[] {
  const rows = signature.length / bands
  const keys: number[] = []
  for (let band = 0; band < bands; band++) {
    let key = mix(band, 0x5b_d1_e9_95)
    for (let row = band * rows; row < (band + 1) * rows; row++) key = mix(key, signature[row]!)
    keys.push(key)
  }
  return keys
}
