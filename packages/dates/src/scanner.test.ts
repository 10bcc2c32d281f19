import {describe, expect, it} from 'vitest'
import {createAnchorScan} from './scanner.js'

const scan = createAnchorScan([
  {words: ['pm', 'noon']},
  {names: ['May', 'Sept'], words: ['march']},
  {digits: 'long'},
  {digits: 'joined'},
  {words: ["o'clock", 'jueves', 'día']}
])

/** Each rule's first anchor, -1 for none; undefined when the text holds no anchor. */
const firsts = (text: string) => {
  const found = scan(text, 0, text.length)
  return found && [...found.first]
}

describe('the anchor scan', () => {
  it('finds anchor words in any case, whole, and names only with their capital', () => {
    expect(firsts('Talks resume at NOON, or 5pm.')).toEqual([16, -1, -1, -1, -1])
    expect(firsts('In May, the march was in Sept.')).toEqual([-1, 3, -1, -1, -1])
    expect(firsts('They may march.')).toEqual([-1, 9, -1, -1, -1])
    expect(firsts('They may go.')).toBeUndefined()
    expect(firsts('The Mayor spoke at the Noonday service; pmx and xpm are no words.')).toBeUndefined()
  })

  it('finds long and joined digits, and a word right after digits', () => {
    expect(firsts('In 1996, at 10:30.')).toEqual([-1, -1, 3, 12, -1])
    expect(firsts('On 2024-02-15 at 15h00 or 15H00.')).toEqual([-1, -1, 3, 3, -1])
    expect(firsts('At 5pm 12 of 123 came.')).toEqual([4, -1, -1, -1, -1])
    expect(firsts('At 5 p.m. it was 12:5')).toEqual([-1, -1, -1, 17, -1])
    expect(firsts('Scores 3-, 4/ and 5h.')).toBeUndefined()
  })

  it('finds any digit for a rule anchored on any', () => {
    const anyDigit = createAnchorScan([{digits: 'any'}])
    expect([...(anyDigit('Gate 7 opens.', 0, 13)?.first ?? [])]).toEqual([5])
    expect([...(anyDigit('Open 2024-02-15.', 0, 16)?.first ?? [])]).toEqual([5])
    expect(anyDigit('No digits here.', 0, 15)).toBeUndefined()
  })

  it('finds the words of a phrase, and words with letters beyond ASCII', () => {
    expect(firsts("At ten o'clock.")).toEqual([-1, -1, -1, -1, 7])
    expect(firsts('El Día de Reyes.')).toEqual([-1, -1, -1, -1, 3])
    expect(firsts('El JUEVES.')).toEqual([-1, -1, -1, -1, 3])
    expect(firsts('A mediodía.')).toBeUndefined()
  })

  it('finds a phrase only whole, where its first word stands, and a phrase beyond ASCII by its words', () => {
    const phrases = createAnchorScan([{phrases: ['new year', "st. patrick's day", 'may day', 'fiesta', 'año nuevo']}, {words: ['day']}])
    const at = (text: string) => {
      const found = phrases(text, 0, text.length)
      return found && [...found.first]
    }
    expect(at("On New Year's Eve, and on New Year.")).toEqual([3, -1])
    expect(at('Parades on St. Patrick’s Day, then a fiesta.')).toEqual([11, 25])
    expect(at('It may rain on the day; the year is new.')).toEqual([-1, 19])
    expect(at('A May-day rally.')).toEqual([2, 6])
    expect(at('The FIESTA ended.')).toEqual([4, -1])
    expect(at('Nuevo año; el año viejo.')).toEqual([0, -1])
    expect(at('El año viejo.')).toEqual([3, -1])
    expect(at('A new year.')).toEqual([2, -1])
    expect(at('Year new.')).toBeUndefined()
    expect(at('New, but not a year.')).toBeUndefined()
    expect(at('the day '.repeat(50_000))).toEqual([-1, 4])
  })

  it("finds each rule's last anchor too, and where the last digits end", () => {
    const lasts = (text: string) => {
      const found = scan(text, 0, text.length)
      return found && {last: [...found.first].map((first, rule) => (first === -1 ? -1 : (found.last[rule] as number))), digitsEnd: found.digitsEnd}
    }
    expect(lasts('At noon, not 5pm; in May or March.')).toEqual({last: [14, 28, -1, -1, -1], digitsEnd: 14})
    // "2015" after a joiner is read from its second digit, and marks no long digits; the digits end after "11:45".
    expect(lasts('From 2010-2015 and 10:30 to 11:45.')).toEqual({last: [-1, -1, 5, 28, -1], digitsEnd: 33})
    expect(lasts('In 1996, at noon.')).toEqual({last: [12, -1, 3, -1, -1], digitsEnd: 7})
  })

  it('finds where the first digits start, marked or not', () => {
    expect(scan('Lot 12-2022, then 2023.', 0, 23)?.digitsStart).toBe(4)
    expect(scan('At noon, not 5pm.', 0, 17)?.digitsStart).toBe(13)
    expect(scan('At noon.', 0, 8)?.digitsStart).toBe(-1)
  })

  it('reads only the sentence given, positions counted from its start', () => {
    const text = 'Friday 2024. At noon on 10:30 came'
    expect([...(scan(text, 13, 34)?.first ?? [])]).toEqual([3, -1, -1, 11, -1])
    expect([...(scan(text, 13, 24)?.first ?? [])]).toEqual([3, -1, -1, -1, -1])
    expect(scan('May Day at 10:3', 4, 14)).toBeUndefined()
  })

  it('scans a long sentence without a match in linear time', () => {
    const long = 'a'.repeat(200_000) + ' 1'.repeat(50_000)
    expect(firsts(long)).toBeUndefined()
  })
})
