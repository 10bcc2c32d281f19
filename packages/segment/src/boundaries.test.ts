import {describe, expect, it} from 'vitest'
import {abbreviationSets} from '@tidings/lexicon'
import {sentenceSpans} from './boundaries.js'

const lexicon = abbreviationSets()
function split(text: string): string[] {
  return sentenceSpans(text, {start: 0, end: text.length}, lexicon).map(({start, end}) => text.slice(start, end))
}

/**
 * The CPU time `work` takes: a quadratic scan of these inputs takes tens of seconds, a linear one
 * well under one; the wall's time also counted the other jobs of a loaded machine.
 */
function cpuMilliseconds(work: () => void): number {
  const started = process.cpuUsage()
  work()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

describe('sentenceSpans', () => {
  it.each([
    ['The ferry left at 6 p.m. Officials said it was full.', ['The ferry left at 6 p.m.', 'Officials said it was full.']],
    ['At 7 a.m. Ms. Ode opened the harbour office.', ['At 7 a.m. Ms. Ode opened the harbour office.']],
    ['Bids close at 5 p.m. EST on the first day of May.', ['Bids close at 5 p.m. EST on the first day of May.']],
    ['The storm hit the U.S. It moved north.', ['The storm hit the U.S.', 'It moved north.']],
    ['The U.S. Navy sent two ships.', ['The U.S. Navy sent two ships.']],
    ['Gale & Sons Co. made the hull. Repairs start soon.', ['Gale & Sons Co. made the hull.', 'Repairs start soon.']],
    ['Dr. Ruiz and Mt. Calder station reported it.', ['Dr. Ruiz and Mt. Calder station reported it.']],
    ['Rain fell on Jan. 5 and again on Feb. 2.', ['Rain fell on Jan. 5 and again on Feb. 2.']],
    ['The tally reached 42. Officials expect more.', ['The tally reached 42.', 'Officials expect more.']],
    ['Snow was 3 in. deep in places.', ['Snow was 3 in. deep in places.']],
    ['The pipe is 4.5 m long. It burst.', ['The pipe is 4.5 m long.', 'It burst.']],
    ['She cited p. 12 of the report.', ['She cited p. 12 of the report.']],
    ['Write to desk@harbour.example.org. Replies follow.', ['Write to desk@harbour.example.org.', 'Replies follow.']],
    ['See https://example.org/a.b/c.html. It has maps.', ['See https://example.org/a.b/c.html.', 'It has maps.']],
    ['Maps at www.example.org/tide?day=2. Ask ops.desk@harbour.example.org! Boats wait.', ['Maps at www.example.org/tide?day=2.', 'Ask ops.desk@harbour.example.org!', 'Boats wait.']],
    ['Ask at the desk (www.example.org/a.b). It is open.', ['Ask at the desk (www.example.org/a.b).', 'It is open.']],
    ['Thank you for reading.Crews worked overnight.', ['Thank you for reading.', 'Crews worked overnight.']],
    ['“It held,” she said. “We were lucky.” Then she left.', ['“It held,” she said.', '“We were lucky.”', 'Then she left.']],
    ['Was it safe? Nobody knew! Not yet.', ['Was it safe?', 'Nobody knew!', 'Not yet.']],
    ['Ana B. Ruiz wrote it, and I. Then I left.', ['Ana B. Ruiz wrote it, and I.', 'Then I left.']],
    ['We waited ... and waited. Then dawn came.', ['We waited ... and waited.', 'Then dawn came.']],
    ['1. Close the port 2. Call the crews 3. Wait', ['1. Close the port', '2. Call the crews', '3. Wait']],
    ['Headline without a full stop', ['Headline without a full stop']]
  ])('%j', (text, sentences) => {
    expect(split(text)).toEqual(sentences)
  })

  it.each([
    // Punctuation at the very end of the text, an opening bracket with no word after it, and
    // letters beyond ASCII on either side of a full stop: where the reads stop at the text's ends.
    ['The tide rose. ', ['The tide rose.']],
    ['It ended. "', ['It ended.', '"']],
    ['Rain fell.Élodie left.', ['Rain fell.', 'Élodie left.']],
    ['The vote was held. ( ) It passed.', ['The vote was held.', '( ) It passed.']],
    ['Le café ferma. Ólafur resta. ǅemal partit.', ['Le café ferma.', 'Ólafur resta. ǅemal partit.']],
    ['.Éa', ['.Éa']]
  ])('reads %j within the text', (text, sentences) => {
    expect(split(text)).toEqual(sentences)
  })

  it('keeps offsets into the whole text when given a span of it', () => {
    const text = 'Intro line\nShips left. Crews stayed.\nEnd'
    const start = text.indexOf('Ships')
    expect(sentenceSpans(text, {start, end: start + 25}, lexicon)).toEqual([
      {start, end: start + 11},
      {start: start + 12, end: start + 25}
    ])
  })

  it('stays linear on long adversarial input', () => {
    const inputs = ['a.'.repeat(100_000), 'x@'.repeat(50_000), '1. '.repeat(50_000), '. '.repeat(100_000), 'Mr. '.repeat(50_000), 'a. " '.repeat(50_000), 'Of Out... To '.repeat(30_000), '"No." Al Bo said, '.repeat(20_000), 'U.S. (Ab '.repeat(30_000)]
    expect(cpuMilliseconds(() => {
      for (const text of inputs) sentenceSpans(text, {start: 0, end: text.length}, lexicon)
    })).toBeLessThan(3000)
  })

  it('stays linear on long runs of addresses and URLs', () => {
    const inputs = ['a@b.'.repeat(20_000), 'www.a.'.repeat(20_000), 'x http://a.b/?'.repeat(20_000)]
    expect(cpuMilliseconds(() => {
      for (const text of inputs) sentenceSpans(text, {start: 0, end: text.length}, lexicon)
    })).toBeLessThan(3000)
  })
})
