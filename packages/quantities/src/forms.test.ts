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

  it('reads a share "out of" a whole of ten or less, a power of ten, or as one of many', async () => {
    expect(await brief('Just 4 out of 10 voters backed it, two out of three adults agree and 99 out of 100 users stayed.')).toEqual([
      ['4 out of 10 voters', 0.4, 'voters', 'exact'],
      ['two out of three adults', 2 / 3, 'adults', 'exact'],
      ['99 out of 100 users', 0.99, 'users', 'exact']
    ])
    expect(await brief('One out of 40 patients died.')).toEqual([['One out of 40 patients', 0.025, 'patients', 'exact']])
  })

  it('reads a tally "out of" a whole that is not round as two counts of one thing', async () => {
    expect(await brief('The Conservatives took 365 out of 650 seats.')).toEqual([
      ['365', 365, 'seats', 'exact'],
      ['650 seats', 650, 'seats', 'exact']
    ])
    expect(await brief('He made 12 out of 15 free throws.')).toEqual([
      ['12', 12, 'free throws', 'exact'],
      ['15 free throws', 15, 'free throws', 'exact']
    ])
    expect(await brief('The crew fixed 3 out of 12 pumps.')).toEqual([
      ['3', 3, 'pumps', 'exact'],
      ['12 pumps', 12, 'pumps', 'exact']
    ])
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
