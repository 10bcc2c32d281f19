import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('sentence-rules', () => {
  it('shares the one unit, counted noun or age of a list with its bare figures, and the rise or fall of its first', async () => {
    expect(await brief('The three suspects, aged 19, 21 and 24, were arrested.')).toEqual([
      ['three suspects', 3, 'suspects', 'exact'],
      ['19', 19, 'year', 'exact'],
      ['21', 21, 'year', 'exact'],
      ['24', 24, 'year', 'exact']
    ])
    expect(await brief('Shares in the retailer rose 3%, 5% and 7% this week.')).toEqual([
      ['3%', 3, 'percentage', 'exact', 'increase'],
      ['5%', 5, 'percentage', 'exact', 'increase'],
      ['7%', 7, 'percentage', 'exact', 'increase']
    ])
    expect(await brief('Prices fell 2, 3 or 4 percent, and the plan would add 2,000, 3,000 or 4,000 homes.')).toEqual([
      ['2', 2, 'percentage', 'exact', 'decrease'],
      ['3', 3, 'percentage', 'exact', 'decrease'],
      ['4 percent', 4, 'percentage', 'exact', 'decrease'],
      ['2,000', 2000, 'homes', 'exact'],
      ['3,000', 3000, 'homes', 'exact'],
      ['4,000 homes', 4000, 'homes', 'exact']
    ])
    expect(await brief('The three lakes are 12, 15 and 19 metres deep.')).toEqual([
      ['three lakes', 3, 'lakes', 'exact'],
      ['12', 12, 'metre', 'exact'],
      ['15', 15, 'metre', 'exact'],
      ['19 metres', 19, 'metre', 'exact']
    ])
  })

  it('shares nothing across figures that are no list, measure apart, or follow no rise or fall', async () => {
    expect(await brief('Profits fell 3%, 4,000 jobs and 20 stores in the year.')).toEqual([
      ['3%', 3, 'percentage', 'exact', 'decrease'],
      ['4,000 jobs', 4000, 'jobs', 'exact'],
      ['20 stores', 20, 'stores', 'exact']
    ])
    expect(await brief('Stocks rose 2% on Monday, and 3, 4 and 5 analysts upgraded them.')).toEqual([
      ['2%', 2, 'percentage', 'exact', 'increase'],
      ['3', 3, 'analysts', 'exact'],
      ['4', 4, 'analysts', 'exact'],
      ['5 analysts', 5, 'analysts', 'exact']
    ])
    expect(await brief('Turnout was 61%, 58% and 64% in the last elections.')).toEqual([
      ['61%', 61, 'percentage', 'exact'],
      ['58%', 58, 'percentage', 'exact'],
      ['64%', 64, 'percentage', 'exact']
    ])
    expect(await brief('The parcel weighed 4 kg, 6 apples and 9 pears.')).toEqual([
      ['4 kg', 4, 'kilogram', 'exact'],
      ['6 apples', 6, 'apples', 'exact'],
      ['9 pears', 9, 'pears', 'exact']
    ])
  })

  it('counts a part of a whole as the whole is counted or measured', async () => {
    expect(await brief('Labour won 411 of the 650 seats, and the team won 9 of its last 12 games.')).toEqual([
      ['411', 411, 'seats', 'exact'],
      ['650 seats', 650, 'seats', 'exact'],
      ['9', 9, 'games', 'exact'],
      ['12 games', 12, 'games', 'exact']
    ])
    expect(await brief('The Democrats won 220 of 435 seats, and he served 3 of the 5 years.')).toEqual([
      ['220', 220, 'seats', 'exact'],
      ['435 seats', 435, 'seats', 'exact'],
      ['3', 3, 'year', 'exact'],
      ['5 years', 5, 'year', 'exact']
    ])
    expect(await brief("Only 3 of the city's 20 schools reopened, and the side won 9 of the club's last 12 games.")).toEqual([
      ['3', 3, 'schools', 'exact'],
      ['20 schools', 20, 'schools', 'exact'],
      ['9', 9, 'games', 'exact'],
      ['12 games', 12, 'games', 'exact']
    ])
    expect(await brief('Rescuers found 2 of the 10 to 12 missing boats.')).toEqual([
      ['2', 2, 'missing boats', 'exact'],
      ['10 to 12 missing boats', 10, 'missing boats', 'exact', [10, 12]]
    ])
  })

  it('counts no part larger than the whole, nor one a clause or a label stands apart from', async () => {
    expect(await brief('The firm sold 500 of the 40-tonne trucks last year.')).toEqual([
      ['500', 500, null, 'exact'],
      ['40-tonne', 40, 'tonne', 'exact']
    ])
    expect(await brief('Police said 3 of them bought 20 tickets.')).toEqual([
      ['3', 3, null, 'exact'],
      ['20 tickets', 20, 'tickets', 'exact']
    ])
    expect(await brief('Chapter 3 of the 12 books was lost.')).toEqual([['12 books', 12, 'books', 'exact']])
  })

  it('counts or measures the whole after "out of" as the part before it', async () => {
    expect(await brief('The party now holds 41 seats out of 120.')).toEqual([
      ['41 seats', 41, 'seats', 'exact'],
      ['120', 120, 'seats', 'exact']
    ])
    expect(await brief('The keeper made 14 saves out of 16.')).toEqual([
      ['14 saves', 14, 'saves', 'exact'],
      ['16', 16, 'saves', 'exact']
    ])
    expect(await brief('She spent 2 hours out of 8 on calls.')).toEqual([
      ['2 hours', 2, 'hour', 'exact'],
      ['8', 8, 'hour', 'exact']
    ])
  })

  it('gives the whole after "out of" no percentage, and nothing where no part is measured before it', async () => {
    expect(await brief('Turnout was 5%, the lowest out of 20.')).toEqual([
      ['5%', 5, 'percentage', 'exact'],
      ['20', 20, null, 'exact']
    ])
    expect(await brief('He came out of 12 meetings tired.')).toEqual([['12 meetings', 12, 'meetings', 'exact']])
    expect(await brief('We made 4 kg of jam out of 10 apples.')).toEqual([
      ['4 kg', 4, 'kilogram', 'exact'],
      ['10 apples', 10, 'apples', 'exact']
    ])
  })

  it('gives the level a change ends at, or started from, the unit of the figure beside it', async () => {
    expect(await brief('The FTSE 100 closed down 45 points at 7,512.')).toEqual([
      ['45 points', 45, 'point', 'exact', 'decrease'],
      ['7,512', 7512, 'point', 'exact']
    ])
    expect(await brief('The Dow rose 120 points, closing at 38,400.')).toEqual([
      ['120 points', 120, 'point', 'exact', 'increase'],
      ['38,400', 38_400, 'point', 'exact']
    ])
    expect(await brief('Sales rose to 1.2 million units from 980,000 a year earlier.')).toEqual([
      ['1.2 million units', 1.2e6, 'units', 'exact'],
      ['980,000', 980_000, 'units', 'exact']
    ])
  })

  it('gives no unit to a figure "at" after one that is no change, a percentage, or far from it', async () => {
    expect(await brief('He scored 30 points at 19.')).toEqual([
      ['30 points', 30, 'point', 'exact'],
      ['19', 19, null, 'exact']
    ])
    expect(await brief('Shares rose 5% at 212.')).toEqual([
      ['5%', 5, 'percentage', 'exact', 'increase'],
      ['212', 212, null, 'exact']
    ])
    expect(await brief('The index lost 40 points on a busy Monday at 7,500.')).toEqual([
      ['40 points', 40, 'point', 'exact', 'decrease'],
      ['7,500', 7500, null, 'exact']
    ])
  })

  it('counts a part of a group named before it, through "of them" or a phrase of its own, as the group is counted', async () => {
    expect(await brief('The firm employs more than 5,000 people, nearly 2,000 of them in Britain.')).toEqual([
      ['more than 5,000 people', 5000, 'people', 'moreThan'],
      ['nearly 2,000', 2000, 'people', 'approximate']
    ])
    expect(await brief('Police arrested 40 fans, 12 of whom were charged.')).toEqual([
      ['40 fans', 40, 'fans', 'exact'],
      ['12', 12, 'fans', 'exact']
    ])
    expect(await brief('Of the 50 staff, 30 were laid off.')).toEqual([
      ['50 staff', 50, 'staff', 'exact'],
      ['30', 30, 'staff', 'exact']
    ])
  })

  it('counts no part of a percentage, of a smaller group, or of no figure', async () => {
    expect(await brief('Shares rose 5% and 3 of them fell.')).toEqual([
      ['5%', 5, 'percentage', 'exact', 'increase'],
      ['3', 3, null, 'exact']
    ])
    expect(await brief('Two banks said 300 of them were sold.')).toEqual([
      ['Two banks', 2, 'banks', 'exact'],
      ['300', 300, null, 'exact']
    ])
    expect(await brief('Three of them left.')).toEqual([['Three', 3, null, 'exact']])
  })

  it('reads a long list in linear time', async () => {
    const started = performance.now()
    await found(`Prices rose ${'3%, '.repeat(20_000)}and 7%.`)
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('carries a rise to its restatement and a unit to the level it reaches', async () => {
    expect(await brief('The index lost 40 points, or 1.2%, to 3,210.5, while 460 cars were stolen compared with 63 a year before.')).toEqual([
      ['40 points', 40, 'point', 'exact', 'decrease'],
      ['1.2%', 1.2, 'percentage', 'exact', 'decrease'],
      ['3,210.5', 3210.5, 'point', 'exact'],
      ['460 cars', 460, 'cars', 'exact'],
      ['63', 63, 'cars', 'exact']
    ])
  })

  it('shares the unit of a compound with the numbers left hanging on its hyphen, and joins them by "to" into a range', async () => {
    expect(await brief('Buyers pick a 7- or 8-inch screen, and four-, five- or six-cylinder engines; 9- and 10-year-olds ride free.')).toEqual([
      ['7', 7, 'inch', 'exact'],
      ['8-inch', 8, 'inch', 'exact'],
      ['four', 4, 'cylinder', 'exact'],
      ['five', 5, 'cylinder', 'exact'],
      ['six-cylinder', 6, 'cylinder', 'exact'],
      ['9', 9, 'year', 'exact'],
      ['10-year-olds', 10, 'year', 'exact']
    ])
    expect(await brief('They plan an 8- to 16-metre mirror.')).toEqual([['8- to 16-metre', 8, 'metre', 'exact', [8, 16]]])
  })

  it('gives a bare figure after a coordinator the unit it leaves out, and the figure a change started from', async () => {
    expect(await brief('The farm sold 320 lambs at auction and 75 by private sale; the best price was 410 dollars, while the lowest was 290.')).toEqual([
      ['320 lambs', 320, 'lambs', 'exact'],
      ['75', 75, 'lambs', 'exact'],
      ['410 dollars', 410, 'dollar', 'exact'],
      ['290', 290, 'dollar', 'exact']
    ])
    expect(await brief('Two patients were treated for 3 years and 5 were sent home.')).toEqual([
      ['Two patients', 2, 'patients', 'exact'],
      ['3 years', 3, 'year', 'exact'],
      ['5', 5, 'patients', 'exact']
    ])
    expect(await brief('Sales rose to 5.2 million tickets, up from 4.8 million a year before.')).toEqual([
      ['5.2 million tickets', 5.2e6, 'tickets', 'exact'],
      ['4.8 million', 4.8e6, 'tickets', 'exact']
    ])
    // Not the number itself, a level, a part of a group, nor a figure that counts something else.
    expect(await brief('The bill came to 45 dollars and 32 is the table number.')).toEqual([
      ['45 dollars', 45, 'dollar', 'exact'],
      ['32', 32, null, 'exact']
    ])
    expect(await brief('The index rose 2% and closed at 3,100, while two of the banks fell.')).toEqual([
      ['2%', 2, 'percentage', 'exact', 'increase'],
      ['3,100', 3100, null, 'exact'],
      ['two of the banks', 2, 'banks', 'exact']
    ])
  })
})

describe('measures in two units', () => {
  it('reads compound measures with spaced symbols, "that one mile", and three digits before one thing as a model', async () => {
    expect(await brief('The hull is 12 m 40 cm long and 6 ft 2 in more or less; that one mile took the 8088 chip and 212 passing yards.')).toEqual([
      ['12 m 40 cm', 12.4, 'metre', 'exact'],
      ['6 ft 2 in', 6.16666666667, 'foot', 'exact'],
      ['one mile', 1, 'mile', 'exact'],
      ['212 passing yards', 212, 'passing yards', 'exact']
    ])
  })

  it('joins a measure written in two units, the smaller second and less than one of the first, into one', async () => {
    expect(await brief('He is 7 feet 10 inches tall, the film ran 2 hours and 15 minutes and the calf weighed 3 kilograms 200 grams.')).toEqual([
      ['7 feet 10 inches', 7.83333333333, 'foot', 'exact'],
      ['2 hours and 15 minutes', 2.25, 'hour', 'exact'],
      ['3 kilograms 200 grams', 3.2, 'kilogram', 'exact']
    ])
    const record = await found('The mast is 12 m 40 cm.')
    expect(record.quantities?.map((q) => q.normalized)).toEqual([{value: 12.4, unit: 'm'}])
    expect(await brief('A 12.5 feet 3 inches rope, 2 feet 14 inches of cord, 3 hours, 20 minutes and 5 km 30 km.')).toEqual([
      ['12.5 feet', 12.5, 'foot', 'exact'],
      ['3 inches', 3, 'inch', 'exact'],
      ['2 feet', 2, 'foot', 'exact'],
      ['14 inches', 14, 'inch', 'exact'],
      ['3 hours', 3, 'hour', 'exact'],
      ['20 minutes', 20, 'minute', 'exact'],
      ['5 km', 5, 'kilometre', 'exact'],
      ['30 km', 30, 'kilometre', 'exact']
    ])
  })

  it('gives a level the unit of the change written right after it', async () => {
    expect(await brief('The index closed at 8,200, up 35 points. Shares hit 40, up 3%.')).toEqual([
      ['8,200', 8200, 'point', 'exact'],
      ['35 points', 35, 'point', 'exact', 'increase'],
      ['40', 40, null, 'exact'],
      ['3%', 3, 'percentage', 'exact', 'increase']
    ])
  })

  it('gives a bare figure offered as the other choice the unit of the next, only upwards', async () => {
    expect(await brief('Crews of five or six boats sailed 10 or 12 km, and doses of 45 and 50 mg were given; 9 or 4 km is no choice.')).toEqual([
      ['five', 5, 'boats', 'exact'],
      ['six boats', 6, 'boats', 'exact'],
      ['10', 10, 'kilometre', 'exact'],
      ['12 km', 12, 'kilometre', 'exact'],
      ['45', 45, 'milligram', 'exact'],
      ['50 mg', 50, 'milligram', 'exact'],
      ['9', 9, null, 'exact'],
      ['4 km', 4, 'kilometre', 'exact']
    ])
  })
})
