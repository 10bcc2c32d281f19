import {describe, expect, it} from 'vitest'
import {nameState} from './name-filter.js'
import {type GazetteerTables, pack, unpack} from './packed.js'

function tables(): GazetteerTables {
  const size = 3
  return {
    size,
    kind: Uint8Array.from([0, 1, 2]),
    geonameId: Int32Array.from([11, 22, 33]),
    lat: Float32Array.from([10.5, 20.25, -30]),
    lon: Float32Array.from([1, 2, 3]),
    population: Float64Array.from([5e9, 2e6, 1500]),
    country: Uint16Array.from([0, 0, 1]),
    region: Int32Array.from([-1, 1, -1]),
    seat: Uint8Array.from([0, 0, 2]),
    names: ['Norland', 'Süd Vale', 'Port Ash'],
    index: new Map<string, number | number[]>([
      ['norland', 0 << 3],
      ['norlandic', (0 << 3) | 1],
      ['sud vale', 1 << 3],
      ['port ash', [2 << 3, (1 << 3) | 4]]
    ]),
    countryCodes: ['NL', 'XA'],
    countryEntries: new Map([['NL', 0]]),
    regionEntries: new Map([['NL.01', 1]]),
    regionIsoCodes: new Map([['NL', [['SV', 1] as [string, number]]]]),
    longestName: 2
  }
}

describe('pack and unpack', () => {
  it('gives back the columns, the names and every key with its readings', () => {
    const gazetteer = unpack(pack(tables()))
    expect(gazetteer.size).toBe(3)
    expect([...gazetteer.geonameId]).toEqual([11, 22, 33])
    expect([...gazetteer.lat]).toEqual([10.5, 20.25, -30])
    expect([...gazetteer.population]).toEqual([5e9, 2e6, 1500])
    expect([0, 1, 2].map((entry) => gazetteer.name(entry))).toEqual(['Norland', 'Süd Vale', 'Port Ash'])
    expect(gazetteer.lookup('norland')).toEqual([0])
    expect(gazetteer.lookup('norlandic')).toEqual([1])
    expect(gazetteer.lookup('port ash')).toEqual([16, 12])
    expect(gazetteer.lookup('port')).toEqual([])
    expect(gazetteer.lookup('zzz')).toEqual([])
    expect(gazetteer.regionIsoCodes.get('NL')).toEqual([['SV', 1]])
    expect(gazetteer.longestName).toBe(2)
  })

  it('filters names as the keys read them', () => {
    const filter = unpack(pack(tables())).nameFilter
    expect(['norland', 'sud vale', 'port ash'].map((key) => filter.mayName(nameState(key)))).toEqual([true, true, true])
    expect(['sud', 'port'].map((key) => filter.mayGoOn(nameState(key)))).toEqual([true, true])
    expect(['sud', 'port', 'vale', 'norway'].map((key) => filter.mayName(nameState(key)))).toEqual([false, false, false, false])
    expect(filter.mayGoOn(nameState('norland'))).toBe(false)
  })

  it('reads a block that does not start on an aligned offset', () => {
    const bytes = pack(tables())
    const shifted = new Uint8Array(bytes.length + 3)
    shifted.set(bytes, 3)
    expect(unpack(shifted.subarray(3)).lookup('sud vale')).toEqual([8])
  })

  it('refuses bytes that are not a packed gazetteer', () => {
    expect(() => unpack(new Uint8Array(16))).toThrow(/not one this version reads/)
  })
})
