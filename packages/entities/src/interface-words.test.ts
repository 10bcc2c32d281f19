import {describe, expect, it} from 'vitest'
import {interfaceWords} from './interface-words.js'
import {brief} from './test-helpers.js'

describe('interface words', () => {
  it('hold the words of page controls, and not the words that also name things', () => {
    expect(interfaceWords).toEqual(expect.arrayContaining(['subscribe', 'thank', 'invalid', 'email', 'loading']))
    for (const word of ['watch', 'register', 'close', 'home', 'skip']) expect(interfaceWords).not.toContain(word)
  })

  it('are no name, and are cut out of the run a sentence without a full stop makes with the next name', async () => {
    expect(await brief('Get the weekly digest in your inbox + Subscribe Thank you for signing up! Try again later Invalid Email Rosa Delgado opened the new bridge on Friday.')).toEqual([
      ['Rosa Delgado', 'person', 'Rosa Delgado']
    ])
    expect(await brief('Skip Ad Ad Loading the mayor of Tarnow spoke first.')).toEqual([
      ['Skip', 'other', 'Skip'],
      ['Tarnow', 'other', 'Tarnow']
    ])
    expect(await brief('Tweet Email Print Share Harbour Trust staff counted the boats.')).toEqual([['Harbour Trust', 'organisation', 'Harbour Trust']])
  })

  it('leave alone names that hold a near miss, and end a name at an organisation\'s head word that is a control\'s', async () => {
    expect(await brief('Coastal Rights Watch and the Harwich Register reported it, and Glenn Close read it aloud.')).toEqual([
      ['Coastal Rights Watch', 'organisation', 'Coastal Rights Watch'],
      ['Harwich Register', 'other', 'Harwich Register'],
      ['Glenn Close', 'person', 'Glenn Close']
    ])
  })

  it('take entries of the user through the lexicon option', async () => {
    expect(await brief('Then Donate Rosa Delgado thanked them.')).toEqual([['Donate Rosa Delgado', 'other', 'Donate Rosa Delgado']])
    expect(await brief('Then Donate Rosa Delgado thanked them.', {lexicon: {interfaceWords: ['donate']}})).toEqual([['Rosa Delgado', 'person', 'Rosa Delgado']])
  })
})
