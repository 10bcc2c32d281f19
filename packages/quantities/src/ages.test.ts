import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('ages', () => {
  it('reads a whole number set off by commas after a noun of a person as the age, not after other nouns', async () => {
    expect(await brief('The victim, 45, was taken to hospital; her son, 12, and the driver, 71.')).toEqual([
      ['45', 45, 'year', 'exact'],
      ['12', 12, 'year', 'exact'],
      ['71', 71, 'year', 'exact']
    ])
    expect(await brief('In the report, 45, and on the list, 12, and the man, 450, were cited.')).toEqual([
      ['45', 45, null, 'exact'],
      ['12', 12, null, 'exact'],
      ['450', 450, null, 'exact']
    ])
  })

  it('reads each of a list of whole numbers set off by commas after people as an age', async () => {
    expect(await brief('The victims, 19, 21 and 24, were named by police.')).toEqual([
      ['19', 19, 'year', 'exact'],
      ['21', 21, 'year', 'exact'],
      ['24', 24, 'year', 'exact']
    ])
    expect(await brief('The suspects, 19 and 24, were charged.')).toEqual([
      ['19', 19, 'year', 'exact'],
      ['24', 24, 'year', 'exact']
    ])
    expect(await brief('The two women, 30 and 32, were freed, and the boys, 12, 14, and 16, were rescued.')).toEqual([
      ['two women', 2, 'women', 'exact'],
      ['30', 30, 'year', 'exact'],
      ['32', 32, 'year', 'exact'],
      ['12', 12, 'year', 'exact'],
      ['14', 14, 'year', 'exact'],
      ['16', 16, 'year', 'exact']
    ])
  })

  it('reads no list of ages after a weekday, a thing, or where the list runs on into a noun', async () => {
    expect(await brief('On Monday, 12, 14 and 16 ships left.')).toEqual([
      ['12', 12, 'ships', 'exact'],
      ['14', 14, 'ships', 'exact'],
      ['16 ships', 16, 'ships', 'exact']
    ])
    expect(await brief('The boats, 19, 21 and 24, were sold.')).toEqual([
      ['19', 19, null, 'exact'],
      ['21', 21, null, 'exact'],
      ['24', 24, null, 'exact']
    ])
    expect(await brief('Police named Ann Cole, 52, and 63-year-old Tom Hale.')).toEqual([
      ['52', 52, 'year', 'exact'],
      ['63-year-old', 63, 'year', 'exact']
    ])
    // After one name: versions or rooms, not ages.
    expect(await brief('It runs on Windows XP, Vista, 7, 8 and 10. Guests filled Hartley, 4, 5 and 6.')).toEqual([
      ['7', 7, null, 'exact'],
      ['8', 8, null, 'exact'],
      ['10', 10, null, 'exact'],
      ['4', 4, null, 'exact'],
      ['5', 5, null, 'exact'],
      ['6', 6, null, 'exact']
    ])
    expect(await brief('The victims, 3 and 4 metres apart, lay still.')).toEqual([
      ['3', 3, 'metre', 'exact'],
      ['4 metres', 4, 'metre', 'exact']
    ])
  })

  it('reads a long list after people in linear time', async () => {
    const started = performance.now()
    await found(`The victims, ${'19, '.repeat(20_000)}and 24, were named.`)
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('reads an age stated before a bound or a range ("aged over 65", "aged between 20 and 35")', async () => {
    expect(await brief('The workers, aged between 20 and 35, were rescued.')).toEqual([['20 and 35', 20, 'year', 'exact', [20, 35]]])
    expect(await brief('Volunteers aged from 18 to 40 were recruited.')).toEqual([['18 to 40', 18, 'year', 'exact', [18, 40]]])
    expect(await brief('People aged over 65 and a man aged about 40 were seen.')).toEqual([
      ['over 65', 65, 'year', 'moreThan'],
      ['about 40', 40, 'year', 'approximate']
    ])
  })

  it('reads an age after its lead where a verb, not a plural, follows it', async () => {
    expect(await brief('Children aged under 12 travel free.')).toEqual([['under 12', 12, 'year', 'lessThan']])
    expect(await brief('Pupils aged 11 sit the test.')).toEqual([['11', 11, 'year', 'exact']])
    expect(await brief('Anyone who turns 18 can vote.')).toEqual([['18', 18, 'year', 'exact']])
  })

  it('reads a count, not an age, where a plural follows the figure after the lead', async () => {
    expect(await brief('He was 3 goals short.')).toEqual([['3 goals', 3, 'goals', 'exact']])
    expect(await brief('Who was 9 points clear?')).toEqual([['9 points', 9, 'point', 'exact']])
    expect(await brief('The team, who was 4 players down, lost.')).toEqual([['4 players', 4, 'players', 'exact']])
  })

  it('reads no age in a bound or a range with no lead of age before it', async () => {
    expect(await brief('The women were between 30 and 40.')).toEqual([['30 and 40', 30, null, 'exact', [30, 40]]])
    expect(await brief('Prices ranged from 18 to 40 and passed over 65.')).toEqual([
      ['18 to 40', 18, null, 'exact', [18, 40]],
      ['over 65', 65, null, 'moreThan']
    ])
    expect(await brief('The firm has aged badly, with between 20 and 35 staff left.')).toEqual([['20 and 35 staff', 20, 'staff', 'exact', [20, 35]]])
  })

  it('reads an abbreviation of "years old" after the number, glued or spaced, in lower case', async () => {
    expect(await brief('A 19yo student and her 5 yo brother met a 7 y/o girl.')).toEqual([
      ['19yo', 19, 'year', 'exact'],
      ['5 yo', 5, 'year', 'exact'],
      ['7 y/o', 7, 'year', 'exact']
    ])
    expect(await brief('Yo, 5 guys bought 3 yo-yos.')).toEqual([
      ['5 guys', 5, 'guys', 'exact'],
      ['3 yo-yos', 3, 'yo-yos', 'exact']
    ])
  })

  it('reads a bare whole number after "aged", "at the age of" or "turned" as an age', async () => {
    expect(await brief('A man aged 45 was held; she left at the age of 62, he turned 70, and the index turned 300 points higher.')).toEqual([
      ['45', 45, 'year', 'exact'],
      ['62', 62, 'year', 'exact'],
      ['70', 70, 'year', 'exact'],
      ['300 points', 300, 'point', 'exact', 'increase']
    ])
    const record = await found('He turned 70.')
    expect(record.quantities?.map((q) => q.dimension)).toEqual(['age'])
  })

  it('reads "who was 10" as an age unless a noun follows, and "a day or two" in the unit of the noun', async () => {
    const record = await found('The girl, who was 10, met a coach who was 2 goals short.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.dimension, q.unit?.name ?? q.of])).toEqual([
      ['10', 10, 'age', 'year'],
      ['2 goals', 2, 'count', 'goals']
    ])
    expect(await brief('Repairs take a day or two, and they add another crane or three; pick 1 or 2.')).toEqual([
      ['two', 2, 'day', 'exact'],
      ['three', 3, 'crane', 'exact'],
      ['1', 1, null, 'exact'],
      ['2', 2, null, 'exact']
    ])
  })

  it('reads an amount of time "of age" and a whole number after "age" as ages', async () => {
    const record = await found('Cases are found at around 3 years of age, or at six weeks of age; a man of age 87 with a cane met a woman aged 40. The page 12 story ran 3 years.')
    expect(record.quantities?.map((q) => [q.text, q.value, q.dimension, q.unit?.name])).toEqual([
      ['around 3 years of age', 3, 'age', 'year'],
      ['six weeks of age', 6, 'age', 'week'],
      ['87', 87, 'age', 'year'],
      ['40', 40, 'age', 'year'],
      ['3 years', 3, 'time', 'year']
    ])
  })

  it('reads a whole number set off by commas after a name as the age news style gives', async () => {
    expect(await brief('Police named the driver as Tom Barker, 54, from Leeds. "We lost everything," said Ana Ruiz, 31.')).toEqual([
      ['54', 54, 'year', 'exact'],
      ['31', 31, 'year', 'exact']
    ])
    expect(await brief('On Monday, 12 were hurt. In March, 40, then 50, flats sold. Smith, 12 goals clear, led; Rooms 4, 5 shut.')).toEqual([
      ['12', 12, null, 'exact'],
      ['40', 40, null, 'exact'],
      ['50', 50, null, 'exact'],
      ['12 goals', 12, 'goals', 'exact'],
      ['5', 5, null, 'exact']
    ])
  })
})
