/**
 * The gazetteer as one block of bytes: its columns as typed arrays, its display names and its
 * sorted name keys as packed UTF-8 with offsets, and a small JSON header. Written once when the
 * package is built; read back by making views on the bytes, with no object a place and no key
 * to hash, so loading costs a file read.
 */

import {hashByte, NAME_START, NameFilter, nextWord, WORD_START} from './name-filter.js'

/** The columns and tables the gazetteer is made of, as `readPackages` builds them. */
export interface GazetteerTables {
  size: number
  kind: Uint8Array
  geonameId: Int32Array
  lat: Float32Array
  lon: Float32Array
  population: Float64Array
  country: Uint16Array
  region: Int32Array
  seat: Uint8Array
  names: string[]
  /** Name key -> readings (`entry << 3 | flags`). */
  index: Map<string, number | number[]>
  countryCodes: string[]
  countryEntries: Map<string, number>
  regionEntries: Map<string, number>
  regionIsoCodes: Map<string, Array<[string, number]>>
  longestName: number
}

/** What `unpack` gives: the columns, and names and readings read from the packed tables. */
export interface PackedGazetteer extends Omit<GazetteerTables, 'names' | 'index'> {
  name(entry: number): string
  lookup(key: string): ReadonlyArray<number>
  /** Every key and its first words ("north" of "north korea") in a Bloom filter. */
  nameFilter: NameFilter
}

const MAGIC = 0x5a_41_47_32 // "GAZ2": with the name filter
const encoder = new TextEncoder()
const decoder = new TextDecoder()

type Column = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array

export function pack(tables: GazetteerTables): Uint8Array {
  const keys = [...tables.index.keys()].map((key) => encoder.encode(key))
  keys.sort(compareBytes)
  const readingStarts = new Uint32Array(keys.length + 1)
  const readingList: number[] = []
  for (const [position, bytes] of keys.entries()) {
    readingStarts[position] = readingList.length
    const found = tables.index.get(decoder.decode(bytes))!
    if (typeof found === 'number') readingList.push(found)
    else readingList.push(...found)
  }
  readingStarts[keys.length] = readingList.length
  const [keyBytes, keyOffsets] = packStrings(keys)
  const [nameBytes, nameOffsets] = packStrings(tables.names.map((name) => encoder.encode(name)))
  const columns: Record<string, Column> = {
    kind: tables.kind.subarray(0, tables.size),
    geonameId: tables.geonameId.subarray(0, tables.size),
    lat: tables.lat.subarray(0, tables.size),
    lon: tables.lon.subarray(0, tables.size),
    population: tables.population.subarray(0, tables.size),
    country: tables.country.subarray(0, tables.size),
    region: tables.region.subarray(0, tables.size),
    seat: tables.seat.subarray(0, tables.size),
    keyBytes,
    keyOffsets,
    readingStarts,
    readings: Int32Array.from(readingList),
    nameFilter: filterOfKeys(keyBytes, keyOffsets).bits,
    nameBytes,
    nameOffsets
  }
  const sections: Record<string, [string, number, number]> = {}
  let offset = 0
  for (const [name, column] of Object.entries(columns)) {
    sections[name] = [column.constructor.name, offset, column.length]
    offset = align(offset + column.byteLength)
  }
  const header = encoder.encode(
    JSON.stringify({
      size: tables.size,
      keys: keys.length,
      countryCodes: tables.countryCodes,
      countryEntries: [...tables.countryEntries],
      regionEntries: [...tables.regionEntries],
      regionIsoCodes: [...tables.regionIsoCodes],
      longestName: tables.longestName,
      sections
    })
  )
  const start = align(8 + header.length)
  const bytes = new Uint8Array(start + offset)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, header.length, true)
  bytes.set(header, 8)
  for (const [name, column] of Object.entries(columns)) bytes.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), start + sections[name]![1])
  return bytes
}

export function unpack(bytes: Uint8Array): PackedGazetteer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) !== MAGIC) throw new Error('places: the packed gazetteer is not one this version reads')
  const headerLength = view.getUint32(4, true)
  const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as {
    size: number
    keys: number
    countryCodes: string[]
    countryEntries: Array<[string, number]>
    regionEntries: Array<[string, number]>
    regionIsoCodes: Array<[string, Array<[string, number]>]>
    longestName: number
    sections: Record<string, [string, number, number]>
  }
  // Typed arrays need their offsets aligned to their element size: copy once into an aligned buffer when the file's is not.
  const start = align(8 + headerLength)
  const body = (bytes.byteOffset + start) % 8 === 0 ? bytes : bytes.slice()
  const base = body.byteOffset + start
  const arrays = {Uint8Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array}
  const section = <Name extends keyof typeof arrays>(name: string, type: Name): InstanceType<(typeof arrays)[Name]> => {
    const [kind, offset, length] = header.sections[name]!
    if (kind !== type) throw new Error(`places: packed section ${name} is ${kind}, not ${type}`)
    return new arrays[type](body.buffer as ArrayBuffer, base + offset, length) as InstanceType<(typeof arrays)[Name]>
  }
  const keyBytes = section('keyBytes', 'Uint8Array')
  const keyOffsets = section('keyOffsets', 'Uint32Array')
  const readingStarts = section('readingStarts', 'Uint32Array')
  const readings = section('readings', 'Int32Array')
  const nameBytes = section('nameBytes', 'Uint8Array')
  const nameOffsets = section('nameOffsets', 'Uint32Array')
  const noReadings: number[] = []
  const filter = new NameFilter(section('nameFilter', 'Int32Array'))
  const names: Array<string | undefined> = []
  return {
    size: header.size,
    kind: section('kind', 'Uint8Array'),
    geonameId: section('geonameId', 'Int32Array'),
    lat: section('lat', 'Float32Array'),
    lon: section('lon', 'Float32Array'),
    population: section('population', 'Float64Array'),
    country: section('country', 'Uint16Array'),
    region: section('region', 'Int32Array'),
    seat: section('seat', 'Uint8Array'),
    countryCodes: header.countryCodes,
    countryEntries: new Map(header.countryEntries),
    regionEntries: new Map(header.regionEntries),
    regionIsoCodes: new Map(header.regionIsoCodes),
    longestName: header.longestName,
    // Decoded once an entry: the places of the news are few, and named again and again.
    name: (entry) => (names[entry] ??= decoder.decode(nameBytes.subarray(nameOffsets[entry], nameOffsets[entry + 1]))),
    lookup: remembered((key) => {
      const wanted = encoder.encode(key)
      const at = lowerBound(wanted)
      if (at < header.keys && compareAt(at, wanted) === 0) return Array.from(readings.subarray(readingStarts[at], readingStarts[at + 1]))
      return noReadings
    }),
    nameFilter: filter
  }

  /** The first key not below `wanted`. */
  function lowerBound(wanted: Uint8Array): number {
    let low = 0
    let high = header.keys
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compareAt(middle, wanted) < 0) low = middle + 1
      else high = middle
    }
    return low
  }

  function compareAt(position: number, wanted: Uint8Array): number {
    const start = keyOffsets[position]!
    const length = keyOffsets[position + 1]! - start
    const shortest = Math.min(length, wanted.length)
    for (let index = 0; index < shortest; index++) {
      const difference = keyBytes[start + index]! - wanted[index]!
      if (difference !== 0) return difference
    }
    return length - wanted.length
  }
}

/** Words recur across articles: remember the answers for the last few thousand keys, not all of them. */
const rememberedKeys = 20_000

export function remembered<Value>(compute: (key: string) => Value): (key: string) => Value {
  const answers = new Map<string, Value>()
  return (key) => {
    let answer = answers.get(key)
    if (answer === undefined) {
      answer = compute(key)
      if (answers.size >= rememberedKeys) answers.clear()
      answers.set(key, answer)
    }
    return answer
  }
}

/** The filter of the packed keys, hashed word by word from their bytes as `NameFilter.addKey` hashes a key's string. */
function filterOfKeys(keyBytes: Uint8Array, keyOffsets: Uint32Array): NameFilter {
  const filter = new NameFilter()
  for (let position = 0; position + 1 < keyOffsets.length; position++) {
    let state = NAME_START
    let word = WORD_START
    for (let index = keyOffsets[position]!; index < keyOffsets[position + 1]!; index++) {
      const byte = keyBytes[index]!
      if (byte === 32) {
        state = nextWord(state, word)
        filter.addPrefix(state)
        word = WORD_START
      } else word = hashByte(word, byte)
    }
    filter.addName(nextWord(state, word))
  }
  return filter
}

function packStrings(strings: ReadonlyArray<Uint8Array>): [Uint8Array, Uint32Array] {
  const offsets = new Uint32Array(strings.length + 1)
  let length = 0
  for (const [index, bytes] of strings.entries()) {
    offsets[index] = length
    length += bytes.length
  }
  offsets[strings.length] = length
  const packed = new Uint8Array(length)
  for (const [index, bytes] of strings.entries()) packed.set(bytes, offsets[index])
  return [packed, offsets]
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length)
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!
  return a.length - b.length
}

function align(offset: number): number {
  return Math.ceil(offset / 8) * 8
}
