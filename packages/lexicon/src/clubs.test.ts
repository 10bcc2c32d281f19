import {expect, it} from 'vitest'
import {clubWords} from './clubs.js'

it("holds clubs' head words, capitalised as names write them, and no word a town's name ends in", () => {
  for (const word of ['United', 'Rovers', 'Athletic', 'FC']) expect(clubWords).toContain(word)
  for (const word of ['City', 'Town', 'County', 'Park']) expect(clubWords).not.toContain(word)
})
