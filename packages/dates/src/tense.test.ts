import {describe, expect, it} from 'vitest'
import {defaultLexicon, mergeLexicon} from './lexicon.js'
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

  it('reads a schedule verb after a mark, or a deferral, and nothing from another word', () => {
    expect(ahead('The show ("premieres <date>) is sold out.')).toBe(true)
    expect(ahead('The hall (opens on <date>) is new.')).toBe(true)
    expect(ahead('The hall reopens this <date>.')).toBe(true)
    expect(ahead('The hall operates <date>.')).toBe(false)
    expect(ahead('The hall xopens <date>.')).toBe(false)
    expect(ahead("The hall'opens <date>.")).toBe(false)
    expect(reader.deferredTo('The vote was postponed until Tuesday.', 'The vote was postponed until '.length)).toBe(true)
    expect(reader.deferredTo('The vote was held until Tuesday.', 'The vote was held until '.length)).toBe(false)
    expect(reader.deferredTo('The vote was postponed on Tuesday.', 'The vote was postponed on '.length)).toBe(false)
  })

  it('reads schedule verbs of other letters from options', () => {
    const withVerb = createTenseReader(mergeLexicon({scheduleVerbs: ['öffnet', 'kick-off']}))
    expect(withVerb.futureBefore('Der Markt öffnet Friday.', 'Der Markt öffnet '.length)).toBe(true)
    expect(withVerb.futureBefore('The teams kick-off Friday.', 'The teams kick-off '.length)).toBe(true)
    expect(withVerb.futureBefore('The fair, with kick-off Friday.', 'The fair, with kick-off '.length)).toBe(false)
    expect(withVerb.futureBefore('The fair closed Friday.', 'The fair closed '.length)).toBe(false)
  })

  it('reads a future written onto the word before it ("I\'ll", "won\'t") as a future word', () => {
    expect(ahead("I'll go back <date>.")).toBe(true)
    expect(ahead('She\u2019ll fly back <date>.')).toBe(true)
    expect(ahead("We won't play <date>.")).toBe(true)
    expect(ahead("The hall's roof fell <date>.")).toBe(false)
    expect(ahead('The atoll flooded <date>.')).toBe(false)
  })

  it('reads a future auxiliary as far as the date in its verb\'s own phrase, not across a past tense or another clause', () => {
    const far = (sentence: string) => reader.futureInClause(sentence.replace('<date>', ''), sentence.indexOf('<date>'))
    expect(far('The measure will go before voters in the county on <date>.')).toBe(true)
    expect(far('Crews will begin repaving the stretch between Fifth and Ninth avenues in <date>.')).toBe(true)
    expect(far("The club'll ask fans to fill the stadium for the last home game on <date>.")).toBe(true)
    expect(far('The measure went before voters in the county on <date>.')).toBe(false)
    expect(far('The board will review the plan that voters rejected on <date>.')).toBe(false)
    expect(far('He will stand trial for the robbery he committed in <date>.')).toBe(false)
    expect(far('The mayor will run again, two years after she won the seat on <date>.')).toBe(false)
    expect(far('The family heard his will read in the county court in <date>.')).toBe(false)
    expect(far('The measure will go before voters <date>.')).toBe(false)
  })

  it('reads a schedule verb before "in" and a month as the month ahead, its past form and its noun not', () => {
    expect(ahead('The season begins in <date>.')).toBe(true)
    expect(ahead('Classes start in <date> at the new campus.')).toBe(true)
    expect(ahead('The lease ends in <date>.')).toBe(true)
    expect(ahead('Talks resume in <date>.')).toBe(true)
    expect(ahead('The season began in <date>.')).toBe(false)
    expect(ahead('The lease ended in <date>.')).toBe(false)
    expect(ahead('Its start in <date> was slow.')).toBe(false)
    expect(ahead('At the end in <date>, few stayed.')).toBe(false)
  })

  it('reads no future into a later clause of the date that is past, after the future word\'s own', () => {
    expect(ahead('Smith, who will retire, joined the firm in <date>.')).toBe(false)
    expect(ahead('The plant will close, aides say, after sales fell in <date>.')).toBe(false)
    expect(ahead('Rivals will merge, as agreed in <date>.')).toBe(false)
    expect(ahead('He will stay until the deal, signed last week, closes in <date>.')).toBe(true)
    expect(ahead('The hall will reopen, the council says, in <date>.')).toBe(true)
    expect(ahead('The vote will be held, officials say, on <date>.')).toBe(true)
    expect(ahead('The hall will reopen, freshly painted, in <date>.')).toBe(true)
    expect(ahead('The bridge will open, fully repaired, on <date>.')).toBe(true)
    expect(ahead('The mayor will resign, aides said <date>.')).toBe(false)
  })

  it('reads a fixture: a schedule verb and the name of the other side or the place before the day', () => {
    expect(ahead('The team plays Arsenal on <date>.')).toBe(true)
    expect(ahead('Leeds host Aston Villa on <date>.')).toBe(true)
    expect(ahead('Miami faces the Jets on <date>.')).toBe(true)
    expect(ahead('The minister visits Kenya this <date>.')).toBe(true)
    expect(ahead('The band plays music on <date>.')).toBe(false)
    expect(ahead('His visits to Kenya on <date> were short.')).toBe(false)
    expect(ahead('Leeds played Aston Villa on <date>.')).toBe(false)
    expect(ahead('The club, which plays Arsenal, lost on <date>.')).toBe(false)
  })

  it('reads a timetable: a schedule verb, a word of direction or a clock between it and the day', () => {
    expect(ahead('We land at 18.05 on <date>.')).toBe(true)
    expect(ahead('The train leaves at 9 on <date>.')).toBe(true)
    expect(ahead('The coach departs at 7:30 a.m. <date>.')).toBe(true)
    expect(ahead('She flies out <date>.')).toBe(true)
    expect(ahead('We fly home on <date>.')).toBe(true)
  })

  it('reads a schedule verb\'s form after a past tense or a preposition as a state or a noun', () => {
    expect(ahead('He was on leave on <date>.')).toBe(false)
    expect(ahead('The store was open on <date>.')).toBe(false)
    expect(ahead('Stocks came close on <date> to a record.')).toBe(false)
    expect(ahead('The leaves fell on <date>.')).toBe(false)
    expect(ahead('The fleet set sail on <date>.')).toBe(false)
    expect(ahead('The mill closed at 9 on <date>.')).toBe(false)
  })

  it('reads a past verb right before the day, after a future word in another clause, as the day it was told', () => {
    expect(ahead('The governor will sign the bill, aides said <date>.')).toBe(false)
    expect(ahead('The plant will close, the firm announced on <date>.')).toBe(false)
    expect(ahead('Rents will rise; the landlord wrote <date>.')).toBe(false)
    expect(ahead('The museum will remain closed on <date>.')).toBe(true)
    expect(ahead('The case will be decided on <date>.')).toBe(true)
    expect(ahead('He will meet them on <date>.')).toBe(true)
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

  it("reads a past verb before its complement (\"guilty\", an adverb in -ly) and the day as the past, and not an adjective's -ed before a noun", async () => {
    const mentions = await found(
      'Ana Ruiz pleaded guilty in March. Sales rose sharply in April. Fighting broke out in March. It would be paid on a still unspecified date in March. The shop is open in April.',
      '2024-02-10'
    )
    expect(mentions).toEqual([
      ['March', 'DATE', '2023-03'],
      ['April', 'DATE', '2023-04'],
      ['March', 'DATE', '2023-03'],
      ['March', 'DATE', '2024-03'],
      ['April', 'DATE', '2024-04']
    ])
  })

  it('reads a bare weekday ahead after an explicit future or a schedule, and back after a past verb', async () => {
    // 2024-08-07 is a Wednesday; 2024-08-13 a Tuesday.
    const ahead = await found(
      "I'll go back Tue 13th. We will meet on Friday. She is going to fly out Monday. The barge is due to arrive Thursday. " +
        'The senate is set to vote on Wednesday. She plans to hold a rally on Sunday. We land at 18.05 on Friday. The show opens Friday. ' +
        'Talks resume Tuesday. The train leaves at 9 on Monday.',
      '2024-08-07'
    )
    expect(ahead).toEqual([
      ['Tue 13th', 'DATE', '2024-08-13'],
      ['Friday', 'DATE', '2024-08-09'],
      ['Monday', 'DATE', '2024-08-12'],
      ['Thursday', 'DATE', '2024-08-08'],
      ['Wednesday', 'DATE', '2024-08-14'],
      ['Sunday', 'DATE', '2024-08-11'],
      ['18.05 on Friday', 'TIME', '2024-08-09T18:05'],
      ['Friday', 'DATE', '2024-08-09'],
      ['Tuesday', 'DATE', '2024-08-13'],
      ['Monday', 'DATE', '2024-08-12']
    ])
    const back = await found(
      'He said on Friday he will resign. The court ruled Friday. Prices rose on Monday. The store, which opens daily, closed on Monday. ' +
        'The mayor will step down, aides said Tuesday.',
      '2024-08-07'
    )
    expect(back).toEqual([
      ['Friday', 'DATE', '2024-08-02'],
      ['Friday', 'DATE', '2024-08-02'],
      ['Monday', 'DATE', '2024-08-05'],
      ['daily', 'SET', 'P1D'],
      ['Monday', 'DATE', '2024-08-05'],
      ['Tuesday', 'DATE', '2024-08-06']
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

  it('reads a month that qualifies a noun ("May sales") by the verb after the noun: a part of the month, not a day', async () => {
    const mentions = await found(
      'One fifth of May sales fell. Half of June\'s rainfall came in a storm. A quarter of October exports went to Asia. Prices in April rose.',
      '2024-03-06'
    )
    expect(mentions).toEqual([
      ['May', 'DATE', '2023-05'],
      ['June', 'DATE', '2023-06'],
      ['October', 'DATE', '2023-10'],
      ['April', 'DATE', '2023-04']
    ])
  })

  it('reads "the fifth of May" as a day, and a verb after a word that opens another phrase as no tense of the month', async () => {
    const days = await found('The fifth of May parade was cancelled. They married on the third of March. The first of June was warm.', '2024-03-06')
    expect(days).toEqual([
      ['The fifth of May', 'DATE', '2023-05-05'],
      ['the third of March', 'DATE', '2024-03-03'],
      ['The first of June', 'DATE', '2023-06-01']
    ])
    const ahead = await found('The fair returns in May as planned. Rents in June will rise. The vote in May, after prices fell, is open.', '2024-03-06')
    expect(ahead).toEqual([
      ['May', 'DATE', '2024-05'],
      ['June', 'DATE', '2024-06'],
      ['May', 'DATE', '2024-05']
    ])
  })

  it('takes more determiners and phrase words through options', async () => {
    const eachOne = createTenseReader(mergeLexicon({determiners: ['each']}))
    expect(ahead('Each vote on <date> was close.')).toBe(true)
    expect(eachOne.futureBefore('Each vote on  was close.', 'Each vote on '.length)).toBe(false)
    const text = 'The fair is in May unless prices rose.'
    expect(await found(text, '2024-03-06')).toEqual([['May', 'DATE', '2023-05']])
    expect(await found(text, '2024-03-06', {lexicon: {phraseWords: ['unless']}})).toEqual([['May', 'DATE', '2024-05']])
  })

  it('reads the words after a date in linear time', () => {
    const long = `May${' sales'.repeat(50000)} fell`
    expect(reader.pastVerbAfterNoun(long, 3)).toBe(false)
  })
})
