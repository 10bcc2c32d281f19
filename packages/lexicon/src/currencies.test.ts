import {describe, expect, it} from 'vitest'
import {currencies, currencyWords} from './currencies.js'

describe('currencies', () => {
  it('holds every ISO 4217 code with its name, digits and symbol', () => {
    expect(Object.keys(currencies).length).toBeGreaterThanOrEqual(175)
    expect(currencies.EUR).toEqual({code: 'EUR', name: 'Euro', digits: 2, symbol: '€'})
    expect(currencies.JPY).toMatchObject({code: 'JPY', digits: 0, symbol: '¥'})
    expect(currencies.INR).toMatchObject({code: 'INR', name: 'Indian Rupee', symbol: '₹'})
    for (const code of ['USD', 'GBP', 'CNY', 'CHF', 'NGN', 'KES', 'XAF', 'BHD']) expect(currencies[code]?.code).toBe(code)
    for (const code of ['EURO', 'US', 'usd', 'XXY']) expect(currencies[code]).toBeUndefined()
  })
})

describe('currencyWords', () => {
  it('maps news names and signs to codes that exist', () => {
    expect(currencyWords.names).toMatchObject({dollars: 'USD', euros: 'EUR', yuan: 'CNY', rupees: 'INR', pounds: 'GBP', 'canadian dollars': 'CAD'})
    expect(currencyWords.symbols).toMatchObject({$: 'USD', '€': 'EUR', '£': 'GBP', 'a$': 'AUD', '₹': 'INR'})
    for (const code of [...Object.values(currencyWords.names), ...Object.values(currencyWords.symbols)]) {
      if (code !== 'BTC') expect(currencies[code], code).toBeDefined()
    }
    for (const word of ['dollarama', 'pound cake', 'euro zone', 'bucks']) expect(currencyWords.names[word]).toBeUndefined()
    for (const [name, code] of Object.entries(currencyWords.names)) expect(name, code).toBe(name.toLowerCase())
  })

  it('lists every code an ambiguous sign may mean, its default first', () => {
    for (const [sign, codes] of Object.entries(currencyWords.ambiguousSymbols)) {
      expect(codes[0], sign).toBe(currencyWords.symbols[sign])
      for (const code of codes) expect(currencies[code], code).toBeDefined()
    }
    expect(currencyWords.ambiguousSymbols.$).toEqual(expect.arrayContaining(['AUD', 'CAD', 'HKD']))
    expect(currencyWords.ambiguousSymbols['€']).toBeUndefined()
  })
})
