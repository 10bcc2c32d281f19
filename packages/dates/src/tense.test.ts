import {describe, expect, it} from 'vitest'
import {defaultLexicon} from './lexicon.js'
import {createTenseReader} from './tense.js'
import {found} from './testing.js'

const reader = createTenseReader(defaultLexicon)
/** Whether the words before the first "<date>" in `sentence` put that date ahead. */
const ahead = (sentence: string) => reader.futureBefore(sentence.replace('<date>', ''), sentence.indexOf('<date>'))

describe('tense reader', () => {
  it('reads a schedule verb right before a date as the date ahead', () => {
    expect(ahead('Talks resume on <date>.')).toBe(true)
    expect(ahead('Members vote on <date> on the budget.')).toBe(true)
    expect(ahead('After the storm, crews, volunteers and staff meet <date> at the hall.')).toBe(true)
    expect(ahead('Asked about it, the pair visit <date>.')).toBe(true)
  })

  it('reads the same word as a noun after a determiner or possessive, which says nothing of the time', () => {
    expect(ahead('The vote on <date> was close.')).toBe(false)
    expect(ahead('Her visit on <date> drew crowds.')).toBe(false)
    expect(ahead('Its start on <date> was slow.')).toBe(false)
    expect(ahead('A return on <date> was ruled out.')).toBe(false)
  })

  it('reads a present or past "had" plan apart', () => {
    expect(ahead('The museum reopens <date>.')).toBe(true)
    expect(ahead('The museum had been due to reopen <date>.')).toBe(false)
  })

  it('keeps a near date or month in the past when a past-tense verb comes right before it', async () => {
    const mentions = await found('The fund year ended Feb. 20 and the shop closed in March. The fair opens on Feb. 20 and again in March.', '2024-01-04')
    expect(mentions).toEqual([
      ['Feb. 20', 'DATE', '2023-02-20'],
      ['March', 'DATE', '2023-03'],
      ['Feb. 20', 'DATE', '2024-02-20'],
      ['March', 'DATE', '2024-03']
    ])
  })

  it('keeps tomorrow\'s weekday in the past when the verb is past', async () => {
    // 2025-03-10 is a Monday.
    const mentions = await found('The council on Tuesday approved the bridge. Crews met Tuesday. The ferry sails Tuesday.', '2025-03-10')
    expect(mentions).toEqual([
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-11']
    ])
  })
})
