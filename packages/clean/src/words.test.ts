import {describe, expect, it} from 'vitest'
import {publisherVoiceWords, stopWords} from './phrases.js'
import {endsAsSentence, readLine} from './words.js'

const words = (line: string) => {
  const {wordCount, stops, voiceCount, capitalized} = readLine(line)
  return {wordCount, stops, voiceCount, capitalized}
}

describe('readLine', () => {
  it('counts stop words and the publisher voice in any case, walking a trie for ASCII words and by lower case for the rest', () => {
    expect(words('The Mayor said WE would open it')).toEqual({wordCount: 7, stops: 5, voiceCount: 1, capitalized: 3})
    expect(words("We're asking for YOUR help, ourselves")).toEqual({wordCount: 6, stops: 1, voiceCount: 3, capitalized: 2})
    // Listed words with letters beyond ASCII, in capitals too; a typographic apostrophe is another word than "we're".
    expect(words('MÁS de la mitad, É isso')).toEqual({wordCount: 6, stops: 4, voiceCount: 0, capitalized: 2})
    expect(words('We’re here')).toEqual({wordCount: 2, stops: 0, voiceCount: 0, capitalized: 1})
  })

  it('counts every listed word in lower case, capitals and title case, and no word that only starts or ends as one', () => {
    const listed = new Set([...stopWords, ...publisherVoiceWords])
    const wrong: string[] = []
    for (const word of listed) {
      const counts = {stops: stopWords.has(word) ? 1 : 0, voiceCount: publisherVoiceWords.has(word) ? 1 : 0}
      for (const spelling of [word, word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1)]) {
        const {stops, voiceCount} = readLine(spelling)
        if (stops !== counts.stops || voiceCount !== counts.voiceCount) wrong.push(spelling)
      }
      for (const longer of [`${word}q`, `q${word}`, `${word}é`, `${word}’s`]) {
        const {stops, voiceCount} = readLine(longer)
        if (!listed.has(longer) && stops + voiceCount > 0) wrong.push(longer)
      }
    }
    expect(wrong).toEqual([])
  })

  it('reads a line where it lies in its text as it reads the line alone, a character cut in two at its end included', () => {
    const text = 'Menu\nWe said “the  ferry” left 𠀋\n\ud840\udc0bx'
    for (const [start, end] of [[0, 4], [5, 32], [5, 34], [5, 35], [33, 36], [34, 36]] as const) {
      expect([start, end, readLine(text, start, end)]).toEqual([start, end, readLine(text.slice(start, end))])
    }
  })

  it('never counts a word longer than the longest listed word, nor a listed word inside another ("the-end" is two words)', () => {
    expect(words('Theresa thereafter ourselveses 2024 the-end')).toEqual({wordCount: 6, stops: 1, voiceCount: 0, capitalized: 1})
  })

  it('notes white space other than single spaces, as /\\s\\s|[^\\S ]/ finds it, for every kind of white space', () => {
    expect(readLine('The ferry left at noon.').unevenSpace).toBe(false)
    expect(readLine('The ferry  left').unevenSpace).toBe(true)
    expect(readLine('Ferry ').unevenSpace).toBe(false)
    const differing: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const character = String.fromCharCode(code)
      for (const line of [`a${character}b`, ` ${character}`]) if (readLine(line).unevenSpace !== /\s\s|[^\S ]/.test(line)) differing.push(code)
    }
    expect(differing).toEqual([])
  })

  it('notes a character of the blocks where the scripts written without spaces sit, and of no other', () => {
    expect(readLine('Ferry to Busan').spacelessScript).toBe(false)
    expect(readLine('釜山行きのフェリー').spacelessScript).toBe(true)
    expect(readLine('부산 페리').spacelessScript).toBe(true)
    expect(readLine('“Ferry” — to Busan…').spacelessScript).toBe(false)
    const ideographs = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u
    const missed: number[] = []
    for (let code = 0; code < 0x10000; code++) if (ideographs.test(String.fromCharCode(code)) && !readLine(`a${String.fromCharCode(code)}`).spacelessScript) missed.push(code)
    expect(missed).toEqual([])
    expect(readLine('𠀋').spacelessScript).toBe(true)
  })

  it('notes a quotation mark, and not an apostrophe', () => {
    for (const line of ['He said "yes"', '“Yes,” he said', '«Oui»', '„Ja“']) expect([line, readLine(line).quoted]).toEqual([line, true])
    for (const line of ["We're here", 'We’re here', 'no marks at all']) expect([line, readLine(line).quoted]).toEqual([line, false])
  })

  it('notes "İ", the one character whose lower case is longer than itself', () => {
    expect(readLine('İzmir ferry').longerInLowerCase).toBe(true)
    expect(readLine('Izmir ferry').longerInLowerCase).toBe(false)
    const longer: number[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCodePoint(code)
      if (character.toLowerCase().length > character.length) longer.push(code)
    }
    expect(longer).toEqual([0x130])
  })
})

describe('endsAsSentence', () => {
  it('says what /[.!?…]["”’»)\\]]*$/ says: an end mark, then only closing quotes and brackets', () => {
    const pattern = /[.!?…]["”’»)\]]*$/u
    for (const text of ['The ferry left.', 'Left?”', 'He said “go.”)', 'Left!"]', 'Left', 'Left.” said', '', '.', '”', 'a…', 'a. ', '”.”']) {
      expect([text, endsAsSentence(text)]).toEqual([text, pattern.test(text)])
    }
  })
})
