import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('weekdays', () => {
  it('reads a weekday after "a" as any such day, not one of the calendar', async () => {
    expect(await found('The holiday falls on a Sunday this year. It was a Monday like any other. Fans met on a Friday night.')).toEqual([
      ['Sunday', 'DATE', 'XXXX-WXX-7'],
      ['this year', 'DATE', '2024'],
      ['Monday', 'DATE', 'XXXX-WXX-1'],
      ['Friday night', 'TIME', 'XXXX-WXX-5TNI']
    ])
    // The day of a thing named after it is one day.
    expect(await found('He will speak at a Tuesday news conference. The council voted at a Monday session.')).toEqual([
      ['Tuesday', 'DATE', '2024-03-12'],
      ['Monday', 'DATE', '2024-03-04']
    ])
    expect(await found('Voting ends on Sunday. Data came Monday.')).toEqual([
      ['Sunday', 'DATE', '2024-03-10'],
      ['Monday', 'DATE', '2024-03-04']
    ])
  })

  it('reads a weekday as the last one, or the next when a word looks ahead', async () => {
    expect(await found('The strike ended Monday. Talks will resume Friday, and the board meets next Tuesday.')).toEqual([
      ['Monday', 'DATE', '2024-03-04'],
      ['Friday', 'DATE', '2024-03-08'],
      ['next Tuesday', 'DATE', '2024-03-12']
    ])
  })

  it('reads "this Friday" as the weekday of the article\'s own week, before or after its day', async () => {
    // 2024-03-06 is a Wednesday.
    expect(await found('The clinic opens this Friday. The council met this Monday. Crews work this Sunday.')).toEqual([
      ['this Friday', 'DATE', '2024-03-08'],
      ['this Monday', 'DATE', '2024-03-04'],
      ['this Sunday', 'DATE', '2024-03-10']
    ])
    expect(await found('The clinic opened last Friday and opens next Friday.')).toEqual([
      ['last Friday', 'DATE', '2024-03-01'],
      ['next Friday', 'DATE', '2024-03-08']
    ])
  })

  it('reads a length counted from a weekday on from the coming one', async () => {
    expect(await found('The show returns a week from Friday. Rates rise three days from Monday.')).toEqual([
      ['a week from Friday', 'DATE', '2024-03-15'],
      ['three days from Monday', 'DATE', '2024-03-14']
    ])
    expect(await found('The show returned a week after Friday.')).toEqual([['a week after Friday', 'DATE', '2024-03-08']])
  })

  it('leaves a weekday that opens a name in capitals, but not one after a word that dates it', async () => {
    expect(await found('The story ran in the Sunday Times. The Sunday Telegraph ran it too. Workers at the Monday Motors plant struck.')).toEqual([])
    expect(await found('On Sunday Brown resigned. His Sunday Mass drew crowds. The vote was Sunday, Brown said.')).toEqual([
      ['Sunday', 'DATE', '2024-03-03'],
      ['Sunday', 'DATE', '2024-03-03'],
      ['Sunday', 'DATE', '2024-03-03']
    ])
  })

  it('reads a weekday that opens its sentence before a name as the time of what follows', async () => {
    expect(await found('Tuesday Trump signed the bill. Friday Macron flew to Berlin. Sunday Brown resigned.')).toEqual([
      ['Tuesday', 'DATE', '2024-03-05'],
      ['Friday', 'DATE', '2024-03-01'],
      ['Sunday', 'DATE', '2024-03-03']
    ])
  })

  it('reads a weekday whose event a past act awaited ("ahead of Friday\'s vote") as not yet gone', async () => {
    expect(await found("Crowds rallied ahead of Friday's vote. Donors gave in advance of Monday's debate. Markets slid ahead of Wednesday night's speech.")).toEqual([
      ['Friday', 'DATE', '2024-03-08'],
      ['Monday', 'DATE', '2024-03-11'],
      ['Wednesday night', 'TIME', '2024-03-06TNI']
    ])
    expect(await found("Crowds rallied ahead of Friday. Polls before Friday's vote had shown a tie. Friday's vote passed ahead of schedule.")).toEqual([
      ['Friday', 'DATE', '2024-03-01'],
      ['Friday', 'DATE', '2024-03-01'],
      ['Friday', 'DATE', '2024-03-01']
    ])
  })

  it('reads tomorrow\'s weekday by the verb of its clause: after the event it names, or after the phrase it opens', async () => {
    // 2025-03-10 is a Monday.
    const past = "Polls before Tuesday's election showed a tie. After Tuesday's vote, the mayor resigned. Tuesday's storm flooded the square. On Tuesday, the board approved the plan."
    expect(await found(past, '2025-03-10')).toEqual([
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-04']
    ])
    const ahead = "After Tuesday's vote the city will change. Tuesday's vote will decide it. Stocks rallied ahead of Tuesday's vote. The board meets Tuesday, officials said."
    expect(await found(ahead, '2025-03-10')).toEqual([
      ['Tuesday', 'DATE', '2025-03-11'],
      ['Tuesday', 'DATE', '2025-03-11'],
      ['Tuesday', 'DATE', '2025-03-11'],
      ['Tuesday', 'DATE', '2025-03-11']
    ])
  })

  it('reads a weekday after "since" as gone, whatever the tense', async () => {
    expect(await found("Prices have risen since Tuesday's vote. Crews have worked since Tuesday. Since Tuesday, the roads have stayed shut.", '2025-03-10')).toEqual([
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-04']
    ])
    expect(await found('Crews will work until Tuesday. The roads reopen Tuesday.', '2025-03-10')).toEqual([
      ['Tuesday', 'DATE', '2025-03-11'],
      ['Tuesday', 'DATE', '2025-03-11']
    ])
  })

  it('keeps only the weekday when it is counted from an event the text does not date', async () => {
    expect(await found('Turnout rose the Sunday before the election. He quit the Friday after his arrest. Shops closed the Monday following a storm.')).toEqual([
      ['Sunday', 'DATE', 'XXXX-WXX-7'],
      ['Friday', 'DATE', 'XXXX-WXX-5'],
      ['Monday', 'DATE', 'XXXX-WXX-1']
    ])
    expect(await found("Turnout rose on Sunday before the vote. The Monday before, shops closed. He quit the Friday before Lee's trial.")).toEqual([
      ['Sunday', 'DATE', '2024-03-03'],
      ['Monday', 'DATE', '2024-03-04'],
      ['Friday', 'DATE', 'XXXX-WXX-5']
    ])
  })

  it('dates a weekday counted from a holiday or a day by that day, and keeps only the weekday when the day has no year', async () => {
    expect(await found('Shelters filled the Sunday before Christmas. Shops opened the Friday after Thanksgiving. He quit the Friday before Easter 2021. Talks resumed the Monday following March 3.')).toEqual([
      ['Sunday before Christmas', 'DATE', '2023-12-24'],
      ['Friday after Thanksgiving', 'DATE', '2023-11-24'],
      ['Friday before Easter 2021', 'DATE', '2021-04-02'],
      ['Monday following March 3', 'DATE', '2024-03-04']
    ])
    // Without a reference date, Christmas has no year: no day can be given.
    expect(await found('Shelters filled the Sunday before Christmas.', null)).toEqual([
      ['Sunday', 'DATE', 'XXXX-WXX-7'],
      ['Christmas', 'DATE', 'XXXX-12-25']
    ])
  })

  it('reads "the Sunday before last" and "the Friday after next" a week beyond the last or next one', async () => {
    // 2024-03-06 is a Wednesday.
    expect(await found('Crews met the Sunday before last. The fair opens the Friday after next. He left on Sunday before noon.')).toEqual([
      ['Sunday before last', 'DATE', '2024-02-25'],
      ['Friday after next', 'DATE', '2024-03-15'],
      ['Sunday', 'DATE', '2024-03-03'],
      ['noon', 'TIME', '2024-03-03T12:00']
    ])
  })

  it('reads "Tuesday week" and "a week on Friday" a week after the coming weekday, "a fortnight on" two', async () => {
    // 2024-03-06 is a Wednesday.
    expect(await found('The appeal is heard on Tuesday week.')).toEqual([['Tuesday week', 'DATE', '2024-03-19']])
    expect(await found('Voting closes a week on Friday, and counting starts a fortnight on Monday.')).toEqual([
      ['a week on Friday', 'DATE', '2024-03-15'],
      ['a fortnight on Monday', 'DATE', '2024-03-25']
    ])
    expect(await found('The shop reopens Wednesday week.')).toEqual([['Wednesday week', 'DATE', '2024-03-20']])
  })

  it('reads no later week in a weekday before a week of something, nor in one with its own modifier', async () => {
    expect(await found('The Monday week of protests began.')).toEqual([['Monday', 'DATE', '2024-03-04']])
    expect(await found("Crews left last Tuesday week-long talks, and Friday Week's host quit.")).toEqual([
      ['last Tuesday', 'DATE', '2024-03-05'],
      ['week-long', 'DURATION', 'P1W'],
      ['Friday', 'DATE', '2024-03-01']
    ])
    expect(await found("Staff spent a week on Friday's report, due next Friday week.")).toEqual([
      ['a week', 'DURATION', 'P1W'],
      ['Friday', 'DATE', '2024-03-01'],
      ['next Friday', 'DATE', '2024-03-08']
    ])
  })

  it('reads full weekday names in any case, abbreviations only with a capital', async () => {
    expect(await found('the ferry left on friday; we wed in june and sun ourselves on sat afternoons.')).toEqual([
      ['friday', 'DATE', '2024-03-01'],
      ['june', 'DATE', '2024-06']
    ])
  })

  it('reads a schedule verb right before a weekday as ahead, its past form as past', async () => {
    expect(await found('The museum opens Saturday. The museum opened Saturday. Talks resume on Monday.')).toEqual([
      ['Saturday', 'DATE', '2024-03-09'],
      ['Saturday', 'DATE', '2024-03-02'],
      ['Monday', 'DATE', '2024-03-11']
    ])
  })

  it('reads a plan told in the past perfect as past', async () => {
    expect(await found('The deal had been due to close Friday; it is now due to close Friday.')).toEqual([
      ['Friday', 'DATE', '2024-03-01'],
      ['now', 'DATE', 'PRESENT_REF'],
      ['Friday', 'DATE', '2024-03-08']
    ])
  })

  it('takes tomorrow\'s weekday as tomorrow unless a past verb is next to it', async () => {
    expect(await found('The team flies Thursday. The council approved on Thursday a new budget.')).toEqual([
      ['Thursday', 'DATE', '2024-03-07'],
      ['Thursday', 'DATE', '2024-02-29']
    ])
  })

  it('reads "Friday the 26th" as the nearest day of a month that falls on that weekday', async () => {
    // 2024-03-06 is a Wednesday; March 1 was a Friday, February 25 a Sunday, April 26 a Friday.
    expect(await found('The fair opened on Friday the 1st. He died on Sunday the 25th. The vote is on Friday the 26th. Crews worked Wednesday, the twenty-first.')).toEqual([
      ['Friday the 1st', 'DATE', '2024-03-01'],
      ['Sunday the 25th', 'DATE', '2024-02-25'],
      ['Friday the 26th', 'DATE', '2024-04-26'],
      ['Wednesday, the twenty-first', 'DATE', '2024-02-21']
    ])
    // No Friday the 13th is near; "the fourth decline" counts a noun; "the 26th of April" is the month-day's.
    expect(await found('He left on Friday the 13th. Prices fell Friday, the fourth decline. The vote is on Friday the 26th of April.')).toEqual([
      ['Friday', 'DATE', '2024-03-01'],
      ['Friday', 'DATE', '2024-03-01'],
      ['Friday', 'DATE', '2024-03-01'],
      ['26th of April', 'DATE', '2024-04-26']
    ])
  })

  it('counts a weekday in a month, in the year given or the nearest', async () => {
    expect(await found('The race is on the second Sunday of May. The law took effect the last Friday in June 2021.')).toEqual([
      ['the second Sunday of May', 'DATE', '2024-05-12'],
      ['the last Friday in June 2021', 'DATE', '2021-06-25']
    ])
  })

  it('reads a weekday with a day in digits and no "the" ("Mon 11th"), not a rank after it', async () => {
    expect(await found('Can we meet Mon 11th? The vote is on Tuesday 12th, officials said.')).toEqual([
      ['Mon 11th', 'DATE', '2024-03-11'],
      ['Tuesday 12th', 'DATE', '2024-03-12']
    ])
    expect(await found('She finished Sunday 3rd overall.')).toEqual([['Sunday', 'DATE', '2024-03-03']])
  })

  it('reads "two Fridays ago" as the second Friday back, not a set', async () => {
    expect(await found('The shop reopened two Fridays ago. We met 3 Sundays ago. Today is the day.')).toEqual([
      ['two Fridays ago', 'DATE', '2024-02-23'],
      ['3 Sundays ago', 'DATE', '2024-02-18'],
      ['Today', 'DATE', '2024-03-06']
    ])
    expect(await found('The shop opens on Fridays.')).toEqual([['Fridays', 'SET', 'XXXX-WXX-5']])
  })

  it('reads a weekday abbreviated without its full stop when a clock time follows it', async () => {
    expect(await found('We meet next week Mon 9 am. The market opens Sat 10:30pm.')).toEqual([
      ['next week Mon 9 am', 'TIME', '2024-03-11T09:00'],
      ['Sat 10:30pm', 'TIME', '2024-03-09T22:30']
    ])
  })

  it('reads a weekday abbreviated without its full stop before a day of the month, alone when no such day is near', async () => {
    // 2024-03-06 is a Wednesday: March 12 is a Tuesday; no Friday falls on a 30th from February to April.
    expect(await found('The board meets Tue 12th. The fair closed Fri 30th. Polls open Sun, the 10th.')).toEqual([
      ['Tue 12th', 'DATE', '2024-03-12'],
      ['Fri', 'DATE', '2024-03-01'],
      ['Sun, the 10th', 'DATE', '2024-03-10']
    ])
  })

  it('leaves an abbreviation before an ordinal of a noun', async () => {
    expect(await found('She passed the SAT 2nd attempt. The Sun 3rd edition sold out. Sat 1st place in the heats.')).toEqual([])
  })

  it('leaves an abbreviation without a clock time after it, or a paper named with "the"', async () => {
    expect(await found('Sat in the sun with Mon and Wed, we read. The Sun 9 am edition sold out.')).toEqual([['9 am', 'TIME', '2024-03-06T09:00']])
  })
})
