import {describe, expect, it} from 'vitest'
import {arabicNewsSpellings, centreOfTowns, englishRiverTown, newsSpellings, spellings, townWithoutQualifier} from './gazetteer.js'

describe('centreOfTowns', () => {
  it('is the centre of area of the towns\' outline, wherever the towns crowd', () => {
    // A triangle of towns, crowded in its south-west corner: the outline's centre is a third of the way up each side.
    const lats = [0, 10, 0, ...Array.from({length: 20}, (_, town) => 1 + town / 40)]
    const lons = [0, 0, 10, ...Array.from({length: 20}, (_, town) => 1 + (town % 4) / 8)]
    const [lat, lon] = centreOfTowns(lats, lons)
    expect(lat).toBeCloseTo(10 / 3, 9)
    expect(lon).toBeCloseTo(10 / 3, 9)
  })

  it('leaves out a stray town beyond the farthest 2% on each side', () => {
    const lats = [...Array.from({length: 100}, (_, town) => Math.floor(town / 10)), 60]
    const lons = [...Array.from({length: 100}, (_, town) => town % 10), 90]
    const [lat, lon] = centreOfTowns(lats, lons)
    expect(lat).toBeCloseTo(4.5, 9)
    expect(lon).toBeCloseTo(4.5, 9)
  })

  it('takes the middle of their range for towns on one line, or one town', () => {
    expect(centreOfTowns([1, 2, 3], [5, 5, 5])).toEqual([2, 5])
    expect(centreOfTowns([-12.5], [130])).toEqual([-12.5, 130])
  })

  it('places towns on both sides of the 180th meridian between them', () => {
    const [lat, lon] = centreOfTowns([64, 66, 64, 66], [178, 178, -178, -178])
    expect(lat).toBeCloseTo(65, 9)
    expect(lon).toBeCloseTo(180, 9)
    expect(centreOfTowns([60, 62], [-170, -172])).toEqual([61, -171])
  })
})

describe('spellings', () => {
  it('writes a word of a name in full and cut short, before another word only', () => {
    expect(spellings('st paul')).toEqual(['st paul', 'saint paul'])
    expect(spellings('fort worth')).toEqual(['fort worth', 'ft worth'])
    expect(spellings('port st lucie')).toEqual(['port st lucie', 'port saint lucie', 'pt st lucie', 'pt saint lucie'])
    expect(spellings('pt pleasant')).toEqual(['pt pleasant', 'port pleasant', 'point pleasant'])
  })

  it('leaves a name alone without such a word, or with it last', () => {
    expect(spellings('paris')).toEqual(['paris'])
    expect(spellings('mount')).toEqual(['mount'])
    expect(spellings('lake st')).toEqual(['lake st'])
    expect(spellings('stow on the wold')).toEqual(['stow on the wold'])
  })
})

describe('townWithoutQualifier', () => {
  it('is the town\'s own word before a river, sea or region that qualifies it', () => {
    expect(townWithoutQualifier('Frankfurt am Main')).toBe('Frankfurt')
    expect(townWithoutQualifier('Southend-on-Sea')).toBe('Southend')
    expect(townWithoutQualifier('Burton upon Trent')).toBe('Burton')
    expect(townWithoutQualifier('Marburg an der Lahn')).toBe('Marburg')
    expect(townWithoutQualifier('Boulogne-sur-Mer')).toBe('Boulogne')
    expect(townWithoutQualifier('Barrow in Furness')).toBe('Barrow')
    expect(townWithoutQualifier('Landau in der Pfalz')).toBe('Landau')
    expect(townWithoutQualifier('Komsomolsk-na-Amure')).toBe('Komsomolsk')
    expect(townWithoutQualifier('Halle (Saale)')).toBe('Halle')
  })

  it('is none for a name without a qualifier, a name of several words before it, a common word, or brackets that qualify nothing', () => {
    expect(townWithoutQualifier('Frankfurt')).toBeUndefined()
    expect(townWithoutQualifier('Rio de Janeiro')).toBeUndefined()
    expect(townWithoutQualifier('Saint-Jean-sur-Richelieu')).toBeUndefined()
    expect(townWithoutQualifier('La Roche-sur-Yon')).toBeUndefined()
    expect(townWithoutQualifier('Market-on-Sea')).toBeUndefined()
    expect(townWithoutQualifier('Lee-on-the-Solent')).toBeUndefined()
    expect(townWithoutQualifier('Zurich (Kreis 3)')).toBeUndefined()
    expect(townWithoutQualifier('Milford (balance)')).toBeUndefined()
    expect(townWithoutQualifier('Ongole')).toBeUndefined()
  })
})

describe('englishRiverTown', () => {
  it('writes a Russian town on a river as English does, with "on" and the river\'s own name', () => {
    expect(englishRiverTown('Rostov-na-Donu')).toBe('Rostov-on-Don')
    expect(englishRiverTown('Komsomolsk-na-Amure')).toBe('Komsomolsk-on-Amur')
    expect(englishRiverTown('Slavyansk-na-Kubani')).toBe('Slavyansk-on-Kuban')
  })

  it('is none for a name without "-na-" and a river in its locative case', () => {
    expect(englishRiverTown('Rostov')).toBeUndefined()
    expect(englishRiverTown('Southend-on-Sea')).toBeUndefined()
    expect(englishRiverTown('Rostov-na-Don')).toBeUndefined()
  })
})

describe('newsSpellings', () => {
  it('writes a town romanized letter by letter from Cyrillic as news does', () => {
    expect(newsSpellings('Kramators’k')).toEqual(['Kramatorsk'])
    expect(newsSpellings('Groznyy')).toEqual(['Grozny', 'Groznyi'])
    expect(newsSpellings('Nizhniy Novgorod')).toEqual(['Nizhny Novgorod'])
    expect(newsSpellings('Mykolayiv')).toEqual(['Mykolaiv'])
    expect(newsSpellings('Izyum')).toEqual(['Izium'])
    expect(newsSpellings('Khmel’nyts’kyy')).toEqual(['Khmelnytskyy', 'Khmelnytsky', 'Khmelnytskyi'])
  })

  it('is nothing for a name news writes as it is', () => {
    expect(newsSpellings('Moscow')).toEqual([])
    expect(newsSpellings('Yekaterinburg')).toEqual([])
    expect(newsSpellings('Kharkiv')).toEqual([])
  })
})

describe('arabicNewsSpellings', () => {
  it('writes a town romanized whole from Arabic as news does: no article, no marks inside words, "-a" for "-ah"', () => {
    expect(arabicNewsSpellings('Al Fallūjah')).toEqual(['Al Fallūja', 'Fallūjah', 'Fallūja'])
    expect(arabicNewsSpellings('Aţ Ţā’if')).toEqual(['Aţ Ţāif', 'Ţāif'])
    expect(arabicNewsSpellings('Basrah')).toEqual(['Basra'])
    expect(arabicNewsSpellings('As Sulaymānīyah')).toEqual(['As Sulaymānīya', 'Sulaymānīyah', 'Sulaymānīya'])
  })

  it('is nothing for a name news writes as it is, and keeps the article before a common word', () => {
    expect(arabicNewsSpellings('Mosul')).toEqual([])
    expect(arabicNewsSpellings('Aleppo')).toEqual([])
    expect(arabicNewsSpellings('Al Bank')).toEqual([])
  })
})
