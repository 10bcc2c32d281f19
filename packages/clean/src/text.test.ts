import fc from 'fast-check'
import {expect, it} from 'vitest'
import {abbreviationBefore} from './text.js'

it('reads an abbreviation before a full stop as /(?:^|\\s)(?:\\p{L}{1,3}\\.|\\p{Lu}\\.\\p{Lu})$/u does', () => {
  const pattern = /(?:^|\s)(?:\p{L}{1,3}\.|\p{Lu}\.\p{Lu})$/u
  for (const window of ['U.S.', ' Dec.', 'Dec.', 'the end.', 'ended.', ' 5.', '..', ' é.', 'Mr.', '\tMr.', ' Mrs.', 'x Sra.', '𝐀𝐁.', '\u00a0Dr.']) {
    const text = `So ${window}`
    const start = Math.max(3, text.length - 6)
    expect([window, abbreviationBefore(text, start, text.length)]).toEqual([window, pattern.test(text.slice(start))])
  }
  const character = fc.constantFrom('a', 'Z', 'é', 'Ж', ' ', '\t', '\u00a0', '.', '5', '-', '𝐀')
  fc.assert(
    fc.property(fc.array(character, {maxLength: 8}), fc.nat(6), (characters, from) => {
      const text = `${characters.join('')}.`
      const start = Math.max(Math.min(from, text.length - 1), text.length - 6)
      expect(abbreviationBefore(text, start, text.length)).toBe(pattern.test(text.slice(start)))
    }),
    {numRuns: 3000}
  )
})
