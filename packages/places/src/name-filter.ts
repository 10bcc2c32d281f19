/**
 * A Bloom filter of the gazetteer's name keys and of their first words ("north" of "north korea"),
 * hashed word by word, so a run of words in the text is tested from its words' hashes without
 * making its key or looking it up. Two in three capitalized words name nothing: the filter answers
 * them for the price of a hash, and the exact lookup runs only where it may answer yes.
 */

/** FNV-1a's start and its prime, over the UTF-8 bytes of one word's key. */
export const WORD_START = 0x811c9dc5
const FNV_PRIME = 0x01000193
/** The state of a run of no words. */
export const NAME_START = 0x2545f491

export function hashByte(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, FNV_PRIME)
}

/** FNV-1a over the UTF-8 bytes of a word's key (a lone surrogate counts as U+FFFD, as `TextEncoder` writes it). */
export function hashWord(key: string): number {
  let hash = WORD_START
  for (let index = 0; index < key.length; index++) {
    let code = key.charCodeAt(index)
    if (code < 0x80) {
      hash = hashByte(hash, code)
      continue
    }
    if (code < 0x800) {
      hash = hashByte(hashByte(hash, 0xc0 | (code >> 6)), 0x80 | (code & 0x3f))
      continue
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = key.charCodeAt(index + 1)
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
        index++
        hash = hashByte(hashByte(hash, 0xf0 | (code >> 18)), 0x80 | ((code >> 12) & 0x3f))
        hash = hashByte(hashByte(hash, 0x80 | ((code >> 6) & 0x3f)), 0x80 | (code & 0x3f))
        continue
      }
      code = 0xfffd
    }
    hash = hashByte(hashByte(hashByte(hash, 0xe0 | (code >> 12)), 0x80 | ((code >> 6) & 0x3f)), 0x80 | (code & 0x3f))
  }
  return hash
}

/** The state of a run after one more word, from the word's hash: the order of the words counts. */
export function nextWord(state: number, wordHash: number): number {
  return mix(state + wordHash)
}

/** The state of a key's words ("north korea"), or of the text's run of the same words. */
export function nameState(key: string): number {
  let state = NAME_START
  for (const word of key.split(' ')) state = nextWord(state, hashWord(word))
  return state
}

// Whether a run goes on: the same state, told apart from a whole name's by a constant.
const PREFIX = 0x6a09e667
// 2^22 bits (512 KB) in blocks of 512 bits (16 words, a cache line or two): a run's state picks
// one block, which holds both its bits as a name and its bits as a start of one, so the two
// questions asked of every capitalized word cost one read from memory, not four. With two bits a
// name, some 2% of the runs no name starts come through.
const BLOCK_BITS = 13
const BLOCK_MASK = (1 << BLOCK_BITS) - 1

export class NameFilter {
  /** The filter's bits, as the packed gazetteer stores them. */
  readonly bits: Int32Array

  constructor(bits = new Int32Array(16 << BLOCK_BITS)) {
    this.bits = bits
  }

  /** A filter with this one's names, to add more to. */
  copy(): NameFilter {
    return new NameFilter(this.bits.slice())
  }

  /** Adds a key, and its first words as runs that go on. */
  addKey(key: string): void {
    let state = NAME_START
    const words = key.split(' ')
    for (const [index, word] of words.entries()) {
      state = nextWord(state, hashWord(word))
      if (index < words.length - 1) this.addPrefix(state)
    }
    this.addName(state)
  }

  addName(state: number): void {
    this.#set(state, mix(state))
  }

  /** Marks a run as the first words of some longer name. */
  addPrefix(state: number): void {
    this.#set(state, mix(state ^ PREFIX))
  }

  /** False when no key has these words: true may be a collision. */
  mayName(state: number): boolean {
    return this.#has(state, mix(state))
  }

  /** False when no key starts with these words and goes on: true may be a collision. */
  mayGoOn(state: number): boolean {
    return this.#has(state, mix(state ^ PREFIX))
  }

  /** Sets the two bits of `hash` (nine bits each) in the block of `state`. */
  #set(state: number, hash: number): void {
    const block = (state & BLOCK_MASK) << 4
    const first = hash & 511
    const second = (hash >>> 9) & 511
    this.bits[block + (first >>> 5)]! |= 1 << (first & 31)
    this.bits[block + (second >>> 5)]! |= 1 << (second & 31)
  }

  #has(state: number, hash: number): boolean {
    const block = (state & BLOCK_MASK) << 4
    const first = hash & 511
    const second = (hash >>> 9) & 511
    return (this.bits[block + (first >>> 5)]! & (1 << (first & 31))) !== 0 && (this.bits[block + (second >>> 5)]! & (1 << (second & 31))) !== 0
  }
}

/** MurmurHash3's finalizer: every bit of the input moves every bit of the output. */
function mix(value: number): number {
  let hash = value | 0
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash
}
