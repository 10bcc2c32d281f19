import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('shares of a group', () => {
  it('reads "1 in 5", "one in every four" and "nine out of 10" as the fraction they are, counting the members of the group', async () => {
    expect(await brief('About 1 in 5 children live in poverty. One in every four deaths is linked to smoking. Nine out of 10 doctors backed the strike.')).toEqual([
      ['About 1 in 5 children', 0.2, 'children', 'approximate'],
      ['One in every four deaths', 0.25, 'deaths', 'exact'],
      ['Nine out of 10 doctors', 0.9, 'doctors', 'exact']
    ])
    expect(await brief('At least 1 in 10 homes burned. The risk is one in a million. It was a one-in-three chance.')).toEqual([
      ['At least 1 in 10 homes', 0.1, 'homes', 'atLeast'],
      ['one in a million', 0.000001, null, 'exact'],
      ['one-in-three', 1 / 3, null, 'exact']
    ])
    expect((await found('Four in 10 households cannot pay.')).quantities?.map((q) => q.dimension)).toEqual(['fraction'])
  })

  it('reads no share where the second figure measures, or the part is no smaller than the whole', async () => {
    expect(await brief('He scored 2 in 10 minutes. They won 5 in 3 games. He hit 3 in 3 rounds. Voyager 2 in 1979 saw it.')).toEqual([
      ['2', 2, null, 'exact'],
      ['10 minutes', 10, 'minute', 'exact'],
      ['5', 5, null, 'exact'],
      ['3 games', 3, 'games', 'exact'],
      ['3', 3, null, 'exact'],
      ['3 rounds', 3, 'rounds', 'exact'],
      ['2', 2, null, 'exact']
    ])
  })
})
