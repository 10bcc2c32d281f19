import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('days and months', () => {
  it('reads a day of a month, the year given or the nearest, the past first', async () => {
    expect(await found('The dam burst on Feb. 12. Repairs began 3 March 2023 and end Nov. 30, 2024. The fund pays out on Saturday, April 6.')).toEqual([
      ['Feb. 12', 'DATE', '2024-02-12'],
      ['3 March 2023', 'DATE', '2023-03-03'],
      ['Nov. 30, 2024', 'DATE', '2024-11-30'],
      ['Saturday, April 6', 'DATE', '2024-04-06']
    ])
  })

  it('reads a month or a day after "since" as gone, however near the next one is', async () => {
    // In March, May and April 2 lie nearer ahead than behind.
    expect(await found('Rents have risen since May. The plant has been idle since April 2. Since May, the port has stayed shut.', '2025-03-10')).toEqual([
      ['May', 'DATE', '2024-05'],
      ['April 2', 'DATE', '2024-04-02'],
      ['May', 'DATE', '2024-05']
    ])
    expect(await found('Rents rise in May. The plant reopens on April 2. The port stays shut until May.', '2025-03-10')).toEqual([
      ['May', 'DATE', '2025-05'],
      ['April 2', 'DATE', '2025-04-02'],
      ['May', 'DATE', '2025-05']
    ])
  })

  it('reads no day of a month from the minutes of a clock time or an amount before the month', async () => {
    expect(await found('The count ends at 12:30 December 27. Tickets cost $15 March 3. Doors open at 9.45 May 2.', '2024-03-06')).toEqual([
      ['12:30 December 27', 'TIME', '2024-12-27T12:30'],
      ['March 3', 'DATE', '2024-03-03'],
      ['May 2', 'DATE', '2024-05-02']
    ])
    expect(await found('He wrote:30 December was the day. She left on 15 March.', '2024-03-06')).toEqual([
      ['30 December', 'DATE', '2023-12-30'],
      ['15 March', 'DATE', '2023-03-15']
    ])
  })

  it('reads month names in lower case, but "may" and "march" only after a word that dates them', async () => {
    expect(await found('the levy rises on january 9 and again on 2 jun; crews may 5 times march 4 miles, then left on may 19.')).toEqual([
      ['january 9', 'DATE', '2024-01-09'],
      ['2 jun', 'DATE', '2024-06-02'],
      ['may 19', 'DATE', '2023-05-19']
    ])
  })

  it('reads a capitalised March after "for" or "to" as the month, but not May, a surname as often, nor the verb', async () => {
    expect(await found('The trial is set for March. The hearing was moved to March. Support for May fell, and crowds plan to march.', '2024-02-10')).toEqual([
      ['March', 'DATE', '2024-03'],
      ['March', 'DATE', '2024-03']
    ])
  })

  it('reads a day of the month alone after a word that dates it, the nearest by the tense', async () => {
    // 2024-03-06: the 15th ahead is nearer than the one gone.
    expect(await found('The rent is due on the 15th. Bids close by the 2nd. Prices have risen since the 28th. The ship docked on the 4th, at noon.')).toEqual([
      ['the 15th', 'DATE', '2024-03-15'],
      ['the 2nd', 'DATE', '2024-04-02'],
      ['the 28th', 'DATE', '2024-02-28'],
      ['the 4th, at noon', 'TIME', '2024-03-04T12:00']
    ])
    expect(await found('She lives on the 15th floor. Mills rose by the 19th century. He finished on the 3rd lap.')).toEqual([['the 19th century', 'DATE', '18']])
  })

  it('reads "next March" written in March as a year on, and "next May" as the coming one', async () => {
    expect(await found('The trial starts next March. The vote is next May. Rents rose last March.')).toEqual([
      ['next March', 'DATE', '2025-03'],
      ['next May', 'DATE', '2024-05'],
      ['last March', 'DATE', '2023-03']
    ])
  })

  it('leaves a month that opens a name in capitals, but not one after a word that dates it', async () => {
    expect(await found('April Ryan asked the first question. Fans cheered June Carter. Reporters quoted January Jones.')).toEqual([])
    expect(await found('In June Carter toured Europe. Sales rose in April, Ryan said. Prices fell last April.')).toEqual([
      ['June', 'DATE', '2023-06'],
      ['April', 'DATE', '2023-04'],
      ['last April', 'DATE', '2023-04']
    ])
  })

  it('gives both days of a pair or a range, but not a count after a date', async () => {
    expect(await found('The fair runs July 13-15, 2024. Votes fell on Feb. 2 and 3. Prices rose Jan. 20 and 4 percent later.')).toEqual([
      ['July 13', 'DATE', '2024-07-13'],
      ['15, 2024', 'DATE', '2024-07-15'],
      ['Feb. 2', 'DATE', '2024-02-02'],
      ['3', 'DATE', '2024-02-03'],
      ['Jan. 20', 'DATE', '2024-01-20']
    ])
  })

  it('gives each day of a longer list after a month, with the year after the last', async () => {
    expect(await found('Shows are set for March 12, 13 and 14. Polls open May 3, 4, and 5, 2025.')).toEqual([
      ['March 12', 'DATE', '2024-03-12'],
      ['13', 'DATE', '2024-03-13'],
      ['14', 'DATE', '2024-03-14'],
      ['May 3', 'DATE', '2025-05-03'],
      ['4', 'DATE', '2025-05-04'],
      ['5, 2025', 'DATE', '2025-05-05']
    ])
    expect(await found('On March 12, 13 people died. On May 4, 3-1 was the score. By June 5, 6% had voted.')).toEqual([
      ['March 12', 'DATE', '2024-03-12'],
      ['May 4', 'DATE', '2023-05-04'],
      ['June 5', 'DATE', '2023-06-05']
    ])
  })

  it('reads a month with its year, and a month alone by the tense of the sentence', async () => {
    expect(await found('Sales slumped in October 2022 and recovered by mid-June last year. The port reopens in April; it shut in December.')).toEqual([
      ['October 2022', 'DATE', '2022-10'],
      ['mid-June last year', 'DATE', '2023-06', 'MID'],
      ['April', 'DATE', '2024-04'],
      ['December', 'DATE', '2023-12']
    ])
  })

  it('keeps "August", "Mar" and an abbreviation without its full stop from reading as a month where they are words', async () => {
    expect(await found('An august panel met. Rains mar the view. Jan said the Dec report was late.')).toEqual([])
  })

  it('reads a day of a month said in words, but not an ordinal of the noun after it', async () => {
    expect(await found('The rally is on Sunday, June the twenty-first. The fifth of May was calm. May second place went to Ana.')).toEqual([
      ['Sunday, June the twenty-first', 'DATE', '2024-06-21'],
      ['The fifth of May', 'DATE', '2023-05-05']
    ])
  })

  it('reads an ordinal in words before "of" and a month without "the", and a year after a spoken day', async () => {
    expect(await found('Fourth of July, 1995 was hot. The hall reopened on second of June. She was born January first 2001 in Ohio. They wed eighth of May of 1990.')).toEqual([
      ['Fourth of July, 1995', 'DATE', '1995-07-04'],
      ['second of June', 'DATE', '2023-06-02'],
      ['January first 2001', 'DATE', '2001-01-01'],
      ['eighth of May of 1990', 'DATE', '1990-05-08']
    ])
  })

  it('reads no day from a share of a month ("a third of March sales")', async () => {
    expect(await found('A third of March sales went abroad. Two fifths of May output was lost. 1 third of June was wet.')).not.toContainEqual(expect.arrayContaining(['DATE', expect.stringMatching(/^\d{4}-\d\d-\d\d$/)]))
  })

  it('reads a month abbreviated without its full stop after a word that dates it', async () => {
    expect(await found('Exports fell in Feb and again through Sep, the agency said. The works will run from Oct until Dec and stop.')).toEqual([
      ['Feb', 'DATE', '2024-02'],
      ['Sep', 'DATE', '2023-09'],
      ['Oct', 'DATE', '2024-10'],
      ['Dec', 'DATE', '2024-12']
    ])
  })

  it('reads no name or verb as a bare abbreviation, nor one without its capital or a dating word', async () => {
    expect(await found('Gifts from Jan arrived. It may rain in Mar and Jun, they say. She spoke to Dec about the Feb figures. Rents rose in dec and nov.')).toEqual([])
  })

  it('takes a year joined by "of" or "in", or by a comma set off with spaces', async () => {
    expect(await found('The plant opened on July 4th of 1995 and closed 28 June in 2020.')).toEqual([
      ['July 4th of 1995', 'DATE', '1995-07-04'],
      ['28 June in 2020', 'DATE', '2020-06-28']
    ])
    expect(await found('It ended Dec. 31 , 1994 , at dawn.')).toEqual([
      ['Dec. 31 , 1994', 'DATE', '1994-12-31'],
      ['dawn', 'TIME', '1994-12-31TMO']
    ])
  })

  it('leaves a place or a decade after "in" out of the date', async () => {
    expect(await found('It was May 5 in Ohio.')).toEqual([['May 5', 'DATE', '2023-05-05']])
    expect(await found('It was June 1 in the 1990s.')).toEqual([
      ['June 1', 'DATE', '2023-06-01'],
      ['the 1990s', 'DATE', '199']
    ])
    expect(await found('Seats won on June 1 in 12 states.')).toEqual([['June 1', 'DATE', '2023-06-01']])
  })

  it('reads "the week of the 18th" as the week that holds that day', async () => {
    expect(await found('Traffic peaked in the week of the 18th. We will meet the week of the 25th, she said.')).toEqual([
      ['the week of the 18th', 'DATE', '2024-W07'],
      ['the week of the 25th', 'DATE', '2024-W13']
    ])
  })

  it('reads a spelled ordinal before "of" a month after a preposition without "the"', async () => {
    expect(await found('The fair opened on fourth of July, 1995. Rent is due by first of May.')).toEqual([
      ['fourth of July, 1995', 'DATE', '1995-07-04'],
      ['first of May', 'DATE', '2024-05-01']
    ])
    expect(await found('She came fourth of May runners.')).toEqual([['May', 'DATE', '2024-05']])
  })
})
