import type {ArticleMetadata} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {bylineAuthor, liftContact, liftDateline, lineDate, parseDate} from './metadata.js'

describe('metadata lines', () => {
  it('reads bylines, and not sentences that start with "by"', () => {
    expect(bylineAuthor('By Lena Ortiz')).toBe('Lena Ortiz')
    expect(bylineAuthor('By. Min Ji Park')).toBe('Min Ji Park')
    expect(bylineAuthor('By Lena Ortiz and Tomas Berg, Staff Writers')).toBe('Lena Ortiz and Tomas Berg')
    expect(bylineAuthor('By the end of the week the harbour had reopened.')).toBeUndefined()
    expect(bylineAuthor('BY LENA ORTIZ')).toBe('LENA ORTIZ')
    expect(bylineAuthor('Written by Tomas Berg | Harbour Desk')).toBe('Tomas Berg')
    expect(bylineAuthor('Автор: Анна Петрова')).toBe('Анна Петрова')
    expect(bylineAuthor('АВТОР: Анна Петрова')).toBe('Анна Петрова')
    expect(bylineAuthor('Текст: Анна Петрова')).toBe('Анна Петрова')
    expect(bylineAuthor('ТЕКСТ: Анна Петрова')).toBe('Анна Петрова')
    expect(bylineAuthor('WRITTEN BY Tomas Berg')).toBe('Tomas Berg')
    expect(bylineAuthor('By Lena Ortiz on Tuesday, May 6, 2025 at 9:15 a.m.')).toBe('Lena Ortiz')
    expect(bylineAuthor('By Tomas Berg in Nairobi')).toBe('Tomas Berg')
    expect(bylineAuthor('By Min Ji Park for The Harbour Post')).toBe('Min Ji Park')
  })

  it('reads no name that starts in lower case, nor a month or a weekday, after "by"', () => {
    for (const line of ['By noon the river was high.', 'by then it was over', 'By Monday, the shelves were empty.', 'By March, prices had doubled.', 'By Sept., the line was finished.', 'By Friday in Lagos the queues had gone.', 'By clicking Accept, you agree to our terms.']) {
      expect([line, bylineAuthor(line)]).toEqual([line, undefined])
    }
  })

  it('reads dates written in full, as calendar days', () => {
    expect(parseDate('Updated 1:39 am, Wednesday, November 20, 2019')).toBe('2019-11-20')
    expect(parseDate('4 March 2024')).toBe('2024-03-04')
    expect(parseDate('2024-03-04T08:00:00+01:00')).toBe('2024-03-04')
    expect(parseDate('February 30, 2024')).toBeUndefined()
    expect(lineDate('Published: Jan. 2, 2024')).toBe('2024-01-02')
    expect(lineDate('The storm of Jan. 2, 2024 closed the harbour for three days and stranded hundreds.')).toBeUndefined()
    // A line without a year of 19xx or 20xx holds no date it reads, whatever else it says.
    expect(lineDate('Updated 2099-12-31')).toBe('2099-12-31')
    expect(lineDate('Updated 1900-01-01')).toBe('1900-01-01')
    expect(lineDate('Updated 2100-01-01, 1899-12-31, Jan. 2, 20 24')).toBeUndefined()
  })

  it('reads contacts and datelines', () => {
    const metadata: ArticleMetadata = {}
    liftContact('Lena Ortiz can be reached at lortiz@example.com.', metadata)
    liftDateline('NAIROBI, Kenya (AP) — The rains came early.', metadata)
    expect(metadata).toEqual({author: 'Lena Ortiz', contact: 'lortiz@example.com', dateline: 'NAIROBI, Kenya (AP)', attribution: 'AP'})
    const none: ArticleMetadata = {}
    liftDateline('The rains came early - and stayed.', none)
    liftDateline('The rains came early, and stayed.', none)
    expect(none).toEqual({})
    const tabbed: ArticleMetadata = {}
    liftDateline('LONDON (Reuters) –\tThe rains came early.', tabbed)
    expect(tabbed).toEqual({dateline: 'LONDON (Reuters)', attribution: 'Reuters'})
  })
})
