import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('years, decades and centuries', () => {
  it('reads years, with their mods, and not amounts or parts of numbers', async () => {
    expect(await found('Output peaked in mid-2019 and fell in fiscal 2021, well below pre-2008 levels. It cost $2023 and 1,999 units; 2030 is 4.2030.')).toEqual([
      ['mid-2019', 'DATE', '2019', 'MID'],
      ['fiscal 2021', 'DATE', '2021'],
      ['pre-2008', 'DATE', '2008', 'BEFORE'],
      ['2030', 'DATE', '2030']
    ])
  })

  it('reads both years of a range written with a hyphen, not a later year before an earlier one nor numbers joined by hyphens', async () => {
    expect(await found('Funding for 2014-2018 was cut; the 1939-1945 war ended.')).toEqual([
      ['2014', 'DATE', '2014'],
      ['2018', 'DATE', '2018'],
      ['1939', 'DATE', '1939'],
      ['1945', 'DATE', '1945']
    ])
    expect(await found('Call 555-1998-2005 or quote 2018-2014 on the form.')).toEqual([['2018', 'DATE', '2018']])
    expect(await found('Its serial is 2010-2015-86.')).toEqual([['2010', 'DATE', '2010']])
  })

  it('reads two years in a row, the second by its last two digits, as one period labelled by the later year', async () => {
    expect(await found('The 2024-25 budget was cut. Crowds grew in the 2023/24 season. Fiscal 2019\u201320 closed with a loss. In 1999-00 it lost.')).toEqual([
      ['2024-25', 'DATE', '2025'],
      ['2023/24', 'DATE', '2024'],
      ['Fiscal 2019\u201320', 'DATE', '2020'],
      ['1999-00', 'DATE', '2000']
    ])
  })

  it('reads two years in a row written in full as the one period their short form names', async () => {
    expect(await found('The 2023-2024 season was his best. The 2023/2024 budget passed. In the 2023\u20132024 school year, enrolment fell.')).toEqual([
      ['2023-2024', 'DATE', '2024'],
      ['2023/2024', 'DATE', '2024'],
      ['2023\u20132024', 'DATE', '2024']
    ])
    expect(await found('Prices rose between 2021-2023. Call 555-2023-2024 now.')).toEqual([
      ['2021', 'DATE', '2021'],
      ['2023', 'DATE', '2023'],
      ['now', 'DATE', 'PRESENT_REF']
    ])
  })

  it('reads years farther apart, the later by its last two digits, as the two ends of a span', async () => {
    expect(await found('The 1939-45 war ended; the 2021-25 plan began.')).toEqual([
      ['1939', 'DATE', '1939'],
      ['45', 'DATE', '1945'],
      ['2021', 'DATE', '2021'],
      ['25', 'DATE', '2025']
    ])
  })

  it('reads no span in a month, a later year before an earlier one, a code or a percentage', async () => {
    expect(await found('Data from 2015-12 was lost. Quote 2024-19 on the form.')).toEqual([
      ['2015', 'DATE', '2015'],
      ['2024', 'DATE', '2024']
    ])
    expect(await found('Call 555-2024-25 for help.')).toEqual([])
    expect(await found('Is 2015-32 valid?')).toEqual([['2015', 'DATE', '2015']])
    expect(await found('Its code is 2024-25-7. Yields were 2020-21%. Back 2020/23/Sep.')).toEqual([
      ['2024', 'DATE', '2024'],
      ['2020', 'DATE', '2020'],
      ['2020', 'DATE', '2020']
    ])
  })

  it('reads a decade by its last two digits as the latest of that ending, but not heat or scores in tens', async () => {
    expect(await found("The band was big in the 90s. Rents soared in the mid-'80s. Fashion of the 20s returned. Grunge ruled early '90s Seattle.")).toEqual([
      ['the 90s', 'DATE', '199'],
      ["the mid-'80s", 'DATE', '198', 'MID'],
      ['the 20s', 'DATE', '202'],
      ["early '90s", 'DATE', '199', 'START']
    ])
    expect(await found('Highs will be in the 90s. He scored in the 80s on every test. Only 90s were left in the till.')).toEqual([])
  })

  it('reads spoken years, and "two thousand" only as a year', async () => {
    expect(await found('It was built in nineteen eighty-four and sold before the year two thousand and three. Two thousand people came.')).toEqual([
      ['nineteen eighty-four', 'DATE', '1984'],
      ['the year two thousand and three', 'DATE', '2003']
    ])
  })

  it('reads decades and centuries', async () => {
    expect(await found('Prices doubled in the 1970s and the late 2000s. The bridge dates from the 19th century; the nineties were calm.')).toEqual([
      ['the 1970s', 'DATE', '197'],
      ['the late 2000s', 'DATE', '200', 'END'],
      ['the 19th century', 'DATE', '18'],
      ['the nineties', 'DATE', '199']
    ])
  })

  it('reads "the 1800s" and "the early 1900s" as their century, "the 2000s" and "the 1910s" as decades', async () => {
    expect(await found('The mill was built in the 1800s and rebuilt in the early 1900s. Prices rose in the 2000s and fell in the 1910s.')).toEqual([
      ['the 1800s', 'DATE', '18'],
      ['the early 1900s', 'DATE', '19', 'START'],
      ['the 2000s', 'DATE', '200'],
      ['the 1910s', 'DATE', '191']
    ])
  })

  it('reads "two thousand and eight" after a word that dates it, not a count before a noun or another number', async () => {
    expect(await found('The plant opened in two thousand and eight and has run since two thousand fifteen.')).toEqual([
      ['two thousand and eight', 'DATE', '2008'],
      ['two thousand fifteen', 'DATE', '2015']
    ])
    expect(await found('In two thousand eight cases the test failed. By two thousand five hundred votes she won. Two thousand six people came.')).toEqual([])
  })
})
