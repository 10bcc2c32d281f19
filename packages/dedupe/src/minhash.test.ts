import {describe, expect, it} from 'vitest'
import {bandKeys, createMinHasher, estimatedSimilarity, words} from './minhash.js'

const wire =
  'The river rose three metres overnight and the town council opened two shelters near the old mill, where volunteers handed out blankets and hot soup until dawn.'

describe('minhash', () => {
  it('reads words without case or punctuation', () => {
    expect(words('Rain, RAIN; rain-fall 2024!')).toEqual(['rain', 'rain', 'rain', 'fall', '2024'])
  })

  it('gives the same signature in every run and none to a text without words', () => {
    const hasher = createMinHasher(16, 3)
    expect([...hasher.signature(wire)!]).toEqual([...createMinHasher(16, 3).signature(wire)!])
    expect(hasher.signature(' ... ')).toBeUndefined()
  })

  it('estimates similarity: 1 for copies that differ in case and spacing, low for other text', () => {
    const hasher = createMinHasher(128, 5)
    const copy = hasher.signature(wire.toUpperCase().replaceAll(' ', '  '))!
    expect(estimatedSimilarity(hasher.signature(wire)!, copy)).toBe(1)
    const other = hasher.signature('Officials said the bridge would stay closed while engineers inspected its pillars for damage after the storm.')!
    expect(estimatedSimilarity(hasher.signature(wire)!, other)).toBeLessThan(0.1)
  })

  it('cuts a signature into one key per band, equal for equal bands', () => {
    const hasher = createMinHasher(8, 2)
    const keys = bandKeys(hasher.signature(wire)!, 4)
    expect(keys).toHaveLength(4)
    expect(bandKeys(hasher.signature(wire)!, 4)).toEqual(keys)
  })

  it('hashes a long text in linear time', () => {
    const hasher = createMinHasher(128, 5)
    const time = (text: string) => {
      const start = performance.now()
      hasher.signature(text)
      return performance.now() - start
    }
    const small = time(`${wire} `.repeat(20))
    const large = time(`${wire} `.repeat(400))
    expect(large).toBeLessThan(Math.max(small, 1) * 20 * 5)
  })
})
