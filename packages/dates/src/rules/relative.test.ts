import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('relative dates', () => {
  it('reads a time word in capitals inside a name in capitals as the name, not a date', async () => {
    expect(await found('He told USA Today that he would run. She spoke to NBC\'s Today show. A USA Today poll found support rising.')).toEqual([])
    expect(await found('He told CBS This Morning the plan was dead. He watched The Tonight Show.')).toEqual([])
    expect(await found('He writes for the Daily Telegraph. The Daily Beast first reported it. New York Daily News readers wrote in.')).toEqual([])
    expect(await found('The Weekend Australian ran the story. He hosts Saturday Night Live.')).toEqual([])
  })

  it('keeps a time word that opens its sentence or a quote, in lower case, or in a headline in capitals', async () => {
    expect(await found('Today, the council voted. Today Trump signed the bill. "Today we vote," he said. The mayor said on Sunday that he would resign.')).toEqual([
      ['Today', 'DATE', '2024-03-06'],
      ['Today', 'DATE', '2024-03-06'],
      ['Today', 'DATE', '2024-03-06'],
      ['Sunday', 'DATE', '2024-03-03']
    ])
    expect(await found('Daily flights resume. But Today the council met. The club meets Saturday night at the hall.')).toEqual([
      ['Daily', 'SET', 'P1D'],
      ['Today', 'DATE', '2024-03-06'],
      ['Saturday night', 'TIME', '2024-03-09TNI']
    ])
    expect(await found('Markets Fall Today As Oil Slides')).toEqual([['Today', 'DATE', '2024-03-06']])
  })

  it('reads "today", "now" and vague references', async () => {
    expect(await found('Today the shop is shut. Prices are high now and will fall soon. It was busier in the past.')).toEqual([
      ['Today', 'DATE', '2024-03-06'],
      ['now', 'DATE', 'PRESENT_REF'],
      ['soon', 'DATE', 'FUTURE_REF'],
      ['the past', 'DATE', 'PAST_REF']
    ])
  })

  it('leaves a time word in capitals that ends a name in capitals, in a sentence of mixed case', async () => {
    expect(await found('The mayor told USA TODAY that the bridge is safe. A poll by CHINA NOW found support. She hosts WORLD NEWS TONIGHT and CBS THIS MORNING.')).toEqual([])
    expect(await found('The mayor spoke TODAY. STORM HITS TODAY. Crews worked LATE TONIGHT and said so TODAY in a letter.')).toEqual([
      ['TODAY', 'DATE', '2024-03-06'],
      ['TODAY', 'DATE', '2024-03-06'],
      ['LATE TONIGHT', 'TIME', '2024-03-06TNI', 'END'],
      ['TODAY', 'DATE', '2024-03-06']
    ])
  })

  it('reads periods relative to the article, with their edges', async () => {
    expect(await found('Sales fell last week and earlier this year, and should rise next month and early next year.')).toEqual([
      ['last week', 'DATE', '2024-W09'],
      ['earlier this year', 'DATE', '2024', 'START'],
      ['next month', 'DATE', '2024-04'],
      ['early next year', 'DATE', '2025', 'START']
    ])
  })

  it('reads parts of days and the weekend', async () => {
    expect(await found('Fighting resumed overnight and eased this morning. Storms hit yesterday afternoon; more are due over the weekend.')).toEqual([
      ['overnight', 'TIME', '2024-03-05TNI'],
      ['this morning', 'TIME', '2024-03-06TMO'],
      ['yesterday afternoon', 'TIME', '2024-03-05TAF'],
      ['the weekend', 'DATE', '2024-W10-WE']
    ])
  })

  it('reads "the next day" and "the day before" from the last date the text gave, but not a day before a date or a clause', async () => {
    expect(await found('The plant shut on May 3. It reopened the next day, after a test the day before. Staff left the day before the vote.', '2024-06-01')).toEqual([
      ['May 3', 'DATE', '2024-05-03'],
      ['the next day', 'DATE', '2024-05-04'],
      ['the day before', 'DATE', '2024-05-02']
    ])
  })

  it('reads "later that year" and "that same day" from the last period the text named', async () => {
    expect(await found('The mine opened in 2018 and closed later that year. On May 2 the board met, and that same day it voted.')).toEqual([
      ['2018', 'DATE', '2018'],
      ['later that year', 'DATE', '2018', 'END'],
      ['May 2', 'DATE', '2023-05-02'],
      ['that same day', 'DATE', '2023-05-02']
    ])
  })

  it('reads seasons with a modifier or a year', async () => {
    expect(await found('Trade slowed last winter and this past spring, and should grow next summer. In the autumn of 2020 it crashed.', '2024-10-02')).toEqual([
      ['last winter', 'DATE', '2023-WI'],
      ['this past spring', 'DATE', '2024-SP'],
      ['next summer', 'DATE', '2025-SU'],
      ['the autumn of 2020', 'DATE', '2020-FA']
    ])
  })

  it('reads a season with its edge, as the start, the middle or the end of it', async () => {
    expect(await found('Rates should fall by the end of the summer, after a slow start of this winter.', '2024-10-02')).toEqual([
      ['the end of the summer', 'DATE', '2024-SU', 'END'],
      ['start of this winter', 'DATE', '2024-WI', 'START']
    ])
    expect(await found('Work began at the beginning of last spring and peaked in the middle of the autumn of 2020.', '2024-10-02')).toEqual([
      ['the beginning of last spring', 'DATE', '2023-SP', 'START'],
      ['the middle of the autumn of 2020', 'DATE', '2020-FA', 'MID']
    ])
    expect(await found('Crops ripen by end of this summer.', '2024-10-02')).toEqual([['end of this summer', 'DATE', '2024-SU', 'END']])
  })

  it('reads no season in a name, with its edge or without', async () => {
    expect(await found('At the end of the Summer Games, the Spring Street shop was shut.', '2024-10-02')).toEqual([])
    expect(await found('Fans left the Winter Palace for the Autumn Statement.', '2024-10-02')).toEqual([])
    expect(await found('The Summer was hot, and the end of the Winter came late.', '2024-10-02')).toEqual([
      ['The Summer', 'DATE', '2024-SU'],
      ['the end of the Winter', 'DATE', '2024-WI', 'END']
    ])
    expect(await found('Why Late Fall Is the Best Time to Travel', '2024-10-02')).toEqual([['Late Fall', 'DATE', '2024-FA']])
  })

  it('reads a season with its year after it, but not "fall" the verb before a number', async () => {
    expect(await found('The trip is planned for summer 2025. Classes resumed in fall 2021. Spring of 2019 was wet.')).toEqual([
      ['summer 2025', 'DATE', '2025-SU'],
      ['fall 2021', 'DATE', '2021-FA'],
      ['Spring of 2019', 'DATE', '2019-SP']
    ])
    expect(await found('Shares could fall 3000 points. Output will fall 1500 tonnes short.')).toEqual([])
  })

  it('reads "at dawn" and "at dusk" as parts of the day the text is on, not a noun they qualify', async () => {
    expect(await found('Boats left at dawn and came back at sunset. On May 2 the gates shut at dusk.', '2024-06-01')).toEqual([
      ['dawn', 'TIME', '2024-06-01TMO'],
      ['sunset', 'TIME', '2024-06-01TEV'],
      ['May 2', 'DATE', '2024-05-02'],
      ['dusk', 'TIME', '2024-05-02TEV']
    ])
    expect(await found('Police staged raids at dawn patrols. Dawn broke. The Sunset Strip was busy.')).toEqual([])
  })

  it('reads "in the morning" as a part of the day the text is on', async () => {
    expect(await found('Troops left in the morning and returned in the evening.')).toEqual([
      ['the morning', 'TIME', '2024-03-06TMO'],
      ['the evening', 'TIME', '2024-03-06TEV']
    ])
    expect(await found('In the afternoon, the rain stopped; in the morning the crowd grew.')).toEqual([
      ['the afternoon', 'TIME', '2024-03-06TAF'],
      ['the morning', 'TIME', '2024-03-06TMO']
    ])
    expect(await found('On March 3, shares fell in the morning.')).toEqual([
      ['March 3', 'DATE', '2024-03-03'],
      ['the morning', 'TIME', '2024-03-03TMO']
    ])
  })

  it('leaves "in the morning" alone where it qualifies a noun or follows an hour', async () => {
    expect(await found('He reads it in the morning papers.')).toEqual([])
    expect(await found('It aired in the evening news slot.')).toEqual([])
    expect(await found('She woke at 4 in the morning.')).toEqual([['4 in the morning', 'TIME', '2024-03-06T04:00']])
  })

  it('reads "this past weekend" as the last weekend, "the past week" as a length', async () => {
    expect(await found('It rained this past weekend.')).toEqual([['past weekend', 'DATE', '2024-W09-WE']])
    expect(await found('Crowds grew over the past weekend and the past week.')).toEqual([
      ['the past weekend', 'DATE', '2024-W09-WE'],
      ['past week', 'DURATION', 'P1W']
    ])
    expect(await found('Next weekend it will snow.')).toEqual([['Next weekend', 'DATE', '2024-W10-WE']])
  })

  it('reads "the week after next" and "the year before last" two periods on or back, but not a period counted from an event', async () => {
    expect(await found('The bridge opens the week after next. The games come the year after next. Rents rose the year before last.')).toEqual([
      ['the week after next', 'DATE', '2024-W12'],
      ['the year after next', 'DATE', '2026'],
      ['the year before last', 'DATE', '2022']
    ])
    expect(await found('The week after next door burned, we moved.')).toEqual([])
  })

  it('reads "this weekend" as the one that ends the article\'s week', async () => {
    expect(await found('We go camping this weekend. The fair runs this weekend, organisers said.')).toEqual([
      ['this weekend', 'DATE', '2024-W10-WE'],
      ['this weekend', 'DATE', '2024-W10-WE']
    ])
    // 2024-03-09 is a Saturday: its own weekend.
    expect(await found('Crowds gathered this weekend.', '2024-03-09')).toEqual([['this weekend', 'DATE', '2024-W10-WE']])
    expect(await found('Crowds gathered last weekend.')).toEqual([['last weekend', 'DATE', '2024-W09-WE']])
  })

  it('reads the next and the past hour as an hour long, not this hour', async () => {
    expect(await found('Rain is expected within the next hour after a dry past hour; the last hour brought wind.')).toEqual([
      ['next hour', 'DURATION', 'PT1H'],
      ['past hour', 'DURATION', 'PT1H'],
      ['last hour', 'DURATION', 'PT1H']
    ])
    expect(await found('The desk is staffed this hour, and Happy Hour runs late.')).toEqual([])
  })

  it('reads the past and the next fortnight as two weeks long', async () => {
    expect(await found('Cases have doubled over the past fortnight.')).toEqual([['past fortnight', 'DURATION', 'P2W']])
    expect(await found('Results are due within the next fortnight, after a quiet last fortnight.')).toEqual([
      ['next fortnight', 'DURATION', 'P2W'],
      ['last fortnight', 'DURATION', 'P2W']
    ])
    expect(await found('Talks may resume in the coming fortnight.')).toEqual([['coming fortnight', 'DURATION', 'P2W']])
  })

  it('reads no length in this fortnight or a fortnight that follows', async () => {
    expect(await found('The fair opens this fortnight, and closes the following fortnight.')).toEqual([])
    expect(await found('Rents rose late last fortnight.')).toEqual([])
  })

  it('reads "at present" and "to date" as the present, and "the year to date" as the year', async () => {
    expect(await found('At present the ferry is idle. No charges have been filed to date.')).toEqual([
      ['At present', 'DATE', 'PRESENT_REF'],
      ['to date', 'DATE', 'PRESENT_REF']
    ])
    expect(await found('Shares have gained 12% in the year to date.')).toEqual([['the year to date', 'DATE', '2024']])
  })

  it('leaves "up to date", a date with a number, and "at the moment" alone', async () => {
    expect(await found('The records are kept up to date. Set the field equal to date 4. The car stalled at the moment of impact.')).toEqual([])
  })

  it('reads lunchtime and the day\'s edges after "at", "by" or "before" as parts of the day', async () => {
    expect(await found('The verdict came at lunchtime. Crews hope to finish by sunset and leave before dawn.')).toEqual([
      ['lunchtime', 'TIME', '2024-03-06TMI'],
      ['sunset', 'TIME', '2024-03-06TEV'],
      ['dawn', 'TIME', '2024-03-06TMO']
    ])
    expect(await found('Lunchtime crowds filled the square. She read a book about sunset colors.')).toEqual([])
  })

  it('reads the end of the day and the close of business as the end of the day the text is on', async () => {
    expect(await found('Bidders must reply by the end of the day. Payroll closes at end of day, and the offer lapses at the close of business.')).toEqual([
      ['the end of the day', 'DATE', '2024-03-06', 'END'],
      ['end of day', 'DATE', '2024-03-06', 'END'],
      ['the close of business', 'DATE', '2024-03-06', 'END']
    ])
  })

  it('leaves "at the end of the day" that sums up, and a close of business before its day, to others', async () => {
    expect(await found('At the end of the day, voters want jobs.')).toEqual([])
    expect(await found('Shares were tendered by the close of business Friday.')).toEqual([['Friday', 'DATE', '2024-03-01']])
  })

  it('reads "early" and "late" before a part of the day as its edge', async () => {
    expect(await found('Crews arrived early this morning after a fire broke out late last night.')).toEqual([
      ['early this morning', 'TIME', '2024-03-06TMO', 'START'],
      ['late last night', 'TIME', '2024-03-05TNI', 'END']
    ])
    expect(await found('The late night show and the early morning train were full.')).toEqual([])
  })

  it('reads "tmrw", "EOD" and "COB" as short messages write them, not "cob" the word', async () => {
    expect(await found('Send the draft by EOD and the figures by COB. See you tmrw.')).toEqual([
      ['EOD', 'DATE', '2024-03-06', 'END'],
      ['COB', 'DATE', '2024-03-06', 'END'],
      ['tmrw', 'DATE', '2024-03-07']
    ])
    expect(await found('He ate a corn cob. Eod waved.')).toEqual([])
  })
})
