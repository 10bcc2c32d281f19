import {describe, expect, it} from 'vitest'
import {normalize} from './normalize.js'
import {defaultLexicon} from './lexicon.js'
import {brief} from './test-helpers.js'
import {defaultUnits} from './units.js'

const unit = (id: string) => defaultUnits.find((candidate) => candidate.id === id)!

describe('the unit vocabulary', () => {
  it('names units in British singular and fills what convert-units lacks', () => {
    expect(unit('km').name).toBe('kilometre')
    expect(normalize(550, unit('mi'))).toEqual({value: 885_139.2, unit: 'm'})
    expect(normalize(10, unit('nmi'))).toEqual({value: 18_520, unit: 'm'})
    expect(normalize(2, unit('t'))).toEqual({value: 2000, unit: 'kg'})
    expect(normalize(5, unit('eur'))).toEqual({value: 5, unit: 'EUR'})
    expect(normalize(50, unit('wh'))).toEqual({value: 180_000, unit: 'J'})
    expect(normalize(4, unit('tev'))).toEqual({value: 6.408706536e-7, unit: 'J'})
  })

  it('normalizes minor currency units into their currency', () => {
    expect(normalize(470, unit('gbx'))).toEqual({value: 4.7, unit: 'GBP'})
    expect(normalize(2, unit('mpa'))).toEqual({value: 2_000_000, unit: 'Pa'})
  })

  it('reads the ordinal indicator typed for the degree sign', async () => {
    expect(await brief('It was 30ºC at noon, 86ºF in town, and the arm turned 90º.')).toEqual([
      ['30ºC', 30, 'celsius', 'exact'],
      ['86ºF', 86, 'fahrenheit', 'exact'],
      ['90º', 90, 'degree', 'exact']
    ])
  })

  it('reads "centigrade" and the scales as they are often misspelt, and only after a figure', async () => {
    expect(await brief('The lake was 12 centigrade at dawn and 18 degree c by noon.')).toEqual([
      ['12 centigrade', 12, 'celsius', 'exact'],
      ['18 degree c', 18, 'celsius', 'exact']
    ])
    expect(await brief('Ovens run at 220 celcius, or about 430 degrees farenheit.')).toEqual([
      ['220 celcius', 220, 'celsius', 'exact'],
      ['about 430 degrees farenheit', 430, 'fahrenheit', 'approximate']
    ])
    expect(await brief('Overnight it fell to 3 degrees celcius.')).toEqual([['3 degrees celcius', 3, 'celsius', 'exact']])
    expect(await brief('He spells it celcius, and farenheit too, on the centigrade scale.')).toEqual([])
    expect(await brief('The shop on Centigrade Road sold 40 thermometers.')).toEqual([['40 thermometers', 40, 'thermometers', 'exact']])
  })

  it('reads "st" as the stone in lower case, glued where the figure takes no ordinal "st", or spaced in a compound measure', async () => {
    expect(await brief('He weighs 12st 4lb, she lost 2.5st and he is 9 st 2 lb.')).toEqual([
      ['12st 4lb', 12.2857142857, 'stone', 'exact'],
      ['2.5st', 2.5, 'stone', 'exact', 'decrease'],
      ['9 st 2 lb', 9.14285714286, 'stone', 'exact']
    ])
    expect(await brief('It was his 1st and 21st win, the 31st in all, at 12 St James Street, and 3 st. kids.')).toEqual([['3', 3, null, 'exact']])
  })

  it('reads a quake measured on the Richter scale as its magnitude, not the scale alone', async () => {
    expect(await brief('The quake, measuring 5.8 on the Richter scale, hit at dawn; a 4.1 on the Richter scale followed.')).toEqual([
      ['5.8 on the Richter scale', 5.8, 'magnitude', 'exact'],
      ['4.1 on the Richter scale', 4.1, 'magnitude', 'exact']
    ])
    expect(await brief('It scored 7 on the Richter test, and 3 on the scale; the Richter scale dates from 1935.')).toEqual([
      ['7', 7, null, 'exact'],
      ['3', 3, null, 'exact']
    ])
  })

  it('reads the short forms of weeks and months', async () => {
    expect(await brief('Delivery takes 2 wks, or 6 mos by sea, and 3 mths by rail.')).toEqual([
      ['2 wks', 2, 'week', 'exact'],
      ['6 mos', 6, 'month', 'exact'],
      ['3 mths', 3, 'month', 'exact']
    ])
  })

  it('has no surface twice and none that is a common word', () => {
    const surfaces = defaultUnits.flatMap((definition) => definition.surfaces)
    expect(new Set(surfaces).size).toBe(surfaces.length)
    for (const word of ['the', 'and', 'ship', 'said', 'won', 'real', 'mark', 'crown', 'ev', 'evs']) expect(surfaces).not.toContain(word)
    for (const word of ['shekels', 'ringgit', 'times', 'bhp', 'ppb', 'µm', 'gigajoules', 'wh']) expect(surfaces).toContain(word)
    expect(defaultLexicon.bounds['up to']).toBe('atMost')
    expect(defaultLexicon.bounds.said).toBeUndefined()
  })

  it('keeps the word lists that shape a quantity, both ways', () => {
    expect(defaultLexicon.fractions.thirds).toBe(3)
    expect(defaultLexicon.fractions.second).toBeUndefined()
    expect(defaultLexicon.plurals).toContain('people')
    expect(defaultLexicon.plurals).not.toContain('news')
    expect(defaultLexicon.directionLeads).toContain('edged')
    expect(defaultLexicon.directionLeads).not.toContain('set')
    expect(defaultLexicon.numberedNames).toContain('ftse 100')
    expect(defaultLexicon.numberedNames).not.toContain('top 10')
    expect(defaultLexicon.pronounOne).toContain('each')
    expect(defaultLexicon.pronounOne).not.toContain('only one')
    expect(defaultLexicon.modalsAfterPronounOne).toContain('should')
    expect(defaultLexicon.modalsAfterPronounOne).not.toContain('will')
    expect(defaultLexicon.verbLeads).toEqual(expect.arrayContaining(['will', 'can', 'could']))
    expect(defaultLexicon.verbLeads).not.toContain('to')
    expect(defaultLexicon.notRates).toContain('earlier')
    expect(defaultLexicon.notRates).not.toContain('share')
    expect(defaultLexicon.magnitudes.lakh).toBe(1e5)
    expect(defaultLexicon.numbers.hundred).toBeUndefined()
    expect(defaultLexicon.timeWords).toContain('yesterday')
    expect(defaultLexicon.timeWords).not.toContain('daily')
    expect(defaultLexicon.singularsLikePlurals).toContain('specimen')
    expect(defaultLexicon.singularsLikePlurals).not.toContain('gunmen')
    expect(defaultLexicon.letterSigns.R).toBe('ZAR')
    expect(defaultLexicon.letterSigns.P).toBeUndefined()
  })

  it('reads the pascal and the millisecond only in the case their symbols are written', async () => {
    expect(await brief('The tank held 5 Pa; the ping took 30 ms, then 12ms.')).toEqual([
      ['5 Pa', 5, 'pascal', 'exact'],
      ['30 ms', 30, 'millisecond', 'exact'],
      ['12ms', 12, 'millisecond', 'exact']
    ])
    expect(await brief('Doctors saw 3 MS patients and 40 PA staff.')).toEqual([
      ['3 MS patients', 3, 'MS patients', 'exact'],
      ['40 PA staff', 40, 'PA staff', 'exact']
    ])
    expect(await brief('It weighed 20 pascals, 4 milliseconds and 9 hPa.')).toEqual([
      ['20 pascals', 20, 'pascal', 'exact'],
      ['4 milliseconds', 4, 'millisecond', 'exact'],
      ['9 hPa', 9, 'hectopascal', 'exact']
    ])
  })
})
