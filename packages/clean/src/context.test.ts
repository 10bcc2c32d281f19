import {expect, it} from 'vitest'
import {firstKeyUnit, repeatKey} from './context.js'

it('reads the first unit of a line’s key without making the key, for every character', () => {
  const differing: number[] = []
  for (let point = 0; point <= 0x10ffff; point += point < 0x10000 ? 1 : 97) {
    if (point >= 0xd800 && point <= 0xdfff) continue
    for (const text of [`${String.fromCodePoint(point)}a`, String.fromCodePoint(point), `${String.fromCodePoint(point)} `]) {
      if (firstKeyUnit(text) !== repeatKey(text, false).charCodeAt(0)) differing.push(point)
    }
  }
  expect(differing).toEqual([])
  expect(firstKeyUnit('ΣΑΣ')).toBe('σ'.charCodeAt(0))
  expect(firstKeyUnit('İzmir')).toBe('i'.charCodeAt(0))
})
