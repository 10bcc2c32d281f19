import {execFileSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const folder = mkdtempSync(join(tmpdir(), 'score-recognizers-'))
const scorer = join(import.meta.dirname, 'score-recognizers-dates.mjs')

function jsonl(name: string, lines: object[]): string {
  const path = join(folder, name)
  writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n') + '\n')
  return path
}

function expression(text: string, sentence: string, timex: string[]) {
  const start = sentence.indexOf(text)
  return {start, end: start + text.length, text, type: 'datetimeV2.date', timex}
}

function mention(text: string, sentence: string, value: string) {
  const start = sentence.indexOf(text)
  return {start, end: start + text.length, text, value}
}

describe('score-recognizers-dates', () => {
  it('counts a value right as written, and compatible where it fills in a year, weekday or day the gold leaves open', () => {
    const cases = [
      ['We fly out on June 3.', 'June 3', 'XXXX-06-03', '2024-06-03'],
      ['The shop shuts on Friday.', 'Friday', 'XXXX-WXX-5', '2024-05-31'],
      ['The shop opens on Saturday.', 'Saturday', 'XXXX-WXX-6', '2024-05-31'],
      ['The bus leaves at 8am.', '8am', 'T08', '2024-05-30T08:00'],
      ['The bus returns at 9pm.', '9pm', 'T21', '2024-05-30T20:00'],
      ['We met on 4 May 2023.', '4 May 2023', '2023-05-04', '2023-05-04'],
      ['The call is at 10:00:00 today.', '10:00:00 today', '2024-05-30T10', '2024-05-30T10:00:00']
    ]
    const gold = jsonl(
      'gold.jsonl',
      cases.map(([sentence, text, timex], index) => ({id: index, text: sentence, recognizers: [expression(text!, sentence!, [timex!])]}))
    )
    const system = jsonl(
      'system.jsonl',
      cases.map(([sentence, text, , value], index) => ({id: index, dates: [mention(text!, sentence!, value!)]}))
    )
    const scores = JSON.parse(execFileSync(process.execPath, [scorer, gold, system], {encoding: 'utf8'}))
    expect(scores).toEqual({found: 100, valueRight: 28.57, valueCompatible: 71.43, precision: 100, n: 7})
  })
})
