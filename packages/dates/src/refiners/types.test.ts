import {describe, expect, it} from 'vitest'
import type {Candidate} from '../rules/types.js'
import {mapMentions} from './types.js'

const mention = (start: number, value: string): Candidate => ({start, end: start + 4, text: value, type: 'DATE', value})

describe('mapMentions', () => {
  it('gives back the same array when no mention changes', () => {
    const mentions = [mention(0, '2024'), mention(10, '2025')]
    expect(mapMentions(mentions, (each) => each)).toBe(mentions)
    expect(mapMentions([], (each) => each)).toEqual([])
  })

  it('gives a new array, in order, once one changes, and leaves the one given as it was', () => {
    const mentions = [mention(0, '2024'), mention(10, '2025'), mention(20, '2026')]
    const changed = mapMentions(mentions, (each, index) => (index === 1 ? {...each, value: '2030'} : each))
    expect(changed).not.toBe(mentions)
    expect(changed.map(({value}) => value)).toEqual(['2024', '2030', '2026'])
    expect(changed[0]).toBe(mentions[0])
    expect(mentions.map(({value}) => value)).toEqual(['2024', '2025', '2026'])
  })
})
