import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {defaultPhrases} from './phrases.js'
import {lineTestsOf, requiredLiterals} from './rule-finder.js'

// The finder of sentence rules, and the test of a line for them, as the stage builds them.
const findRule = (rules: Record<string, ReadonlyArray<RegExp>>, value: string) => lineTestsOf({}, rules).sentenceRule(value)
function mayMatchSentenceOf(rules: Record<string, ReadonlyArray<RegExp>>, line: string): boolean {
  const tests = lineTestsOf({}, rules)
  return tests.maySentence(line, tests.scan(line, 0, line.length))
}

const texts = (pattern: RegExp) => requiredLiterals(pattern)?.map((literal) => literal.text)

describe('requiredLiterals', () => {
  it('reads the strings every match holds: a run of characters, a small class, a group of alternatives', () => {
    expect(texts(/\ball rights reserved\.?$/i)).toEqual(['all rights reserved'])
    expect(texts(/^[^|•·\s](?:[ \t]*[|•·][ \t]*\w+){2,}$/)).toEqual(['|', '•', '·'])
    expect(texts(/\b(?:support|fund) (?:independent|quality) journalism\b/i)).toEqual([' journalism'])
    expect(texts(/\b(?:donate|contribute) (?:now|today)\b/i)).toEqual(['donate', 'contribute'])
    expect(requiredLiterals(/Photo: \w+/i)).toEqual([{text: 'photo: ', ignoreCase: true}])
    expect(requiredLiterals(/\[[A-Z]+\]/)).toEqual([{text: '[', ignoreCase: false}])
  })

  it('gives none where a part may be absent, is not listed, or folds beyond ASCII', () => {
    expect(requiredLiterals(/(?:photo)?\d+/)).toBeUndefined()
    expect(requiredLiterals(/^(?:share|tweet|email|print|pin|save|copy link)$/i)).toBeUndefined()
    expect(requiredLiterals(/^[a-z]\d/)).toBeUndefined()
    expect(requiredLiterals(/a|\d/)).toBeUndefined()
    // Under `iu`, "ſ" matches "s" and "K" (Kelvin) matches "k": letters say nothing.
    expect(requiredLiterals(/sky/iu)).toBeUndefined()
    expect(requiredLiterals(/фото/i)).toBeUndefined()
    expect(requiredLiterals(/(?<=at )home/)).toEqual([{text: 'home', ignoreCase: false}])
  })

  it('never misses a match of a listed pattern, in either case', () => {
    const patterns = [...Object.values(defaultPhrases.lines), ...Object.values(defaultPhrases.sentences)].flat()
    const words = ['all rights reserved', 'Photo: ', 'credit:', '(Image: ', ')', '[VIDEO]', ' | ', ' • ', 'your support helps', 'Donate now', 'comments', 'ſ', 'K', 'İ', ' ', 'at ', 'a@b.c']
    const piece = fc.oneof(fc.constantFrom(...words), fc.string({maxLength: 4}))
    const line = fc.array(piece, {maxLength: 8}).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(line, fc.boolean(), (text, upper) => {
        const value = upper ? text.toUpperCase() : text
        for (const pattern of patterns) {
          const literals = requiredLiterals(pattern)
          if (!literals || !pattern.test(value)) continue
          const lower = value.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
          expect(literals.some((literal) => (literal.ignoreCase ? lower : value).includes(literal.text))).toBe(true)
        }
      }),
      {numRuns: 500}
    )
  })
})

describe('findRule', () => {
  it('names the first listed rule that matches, found through the joined groups', () => {
    const rules = {first: [/\bferry\b/i, /\(photo: [^)]+\)$/i], second: [/\bferry (?:left|sailed)\b/i, /^home$/i], third: [/ \| /]}
    expect(findRule(rules, 'The ferry left.')).toBe('first')
    expect(findRule(rules, 'The harbour (Photo: Agency)')).toBe('first')
    expect(findRule(rules, 'HOME')).toBe('second')
    expect(findRule(rules, 'Home | World')).toBe('third')
    expect(findRule(rules, 'The ferries left.')).toBeUndefined()
  })

  it('names the first listed rule among patterns anchored at the start, whatever groups they capture', () => {
    const rules = {first: [/^(ferry)(?: (\w+))? left$/i], second: [/^ferry/i, /^(bus|(tram))s? ran$/i], third: [/^(?:tram|bus)/i]}
    expect(findRule(rules, 'Ferry left')).toBe('first')
    expect(findRule(rules, 'Ferry boat left')).toBe('first')
    expect(findRule(rules, 'Ferry boats sailed')).toBe('second')
    expect(findRule(rules, 'Trams ran')).toBe('second')
    expect(findRule(rules, 'Trams stopped')).toBe('third')
    expect(findRule(rules, 'The ferry left')).toBeUndefined()
  })

  it('tests lists with back references one by one', () => {
    expect(findRule({twice: [/\b(\w+) \1\b/]}, 'the the ferry')).toBe('twice')
    expect(findRule({twice: [/\b(\w+) \1\b/]}, 'the ferry')).toBeUndefined()
  })

  it('stays linear on long lines', () => {
    const long = `${'word | '.repeat(20000)}(Photo ${'x'.repeat(20000)}`
    expect(findRule(defaultPhrases.lines, long)).toBeUndefined()
    expect(findRule(defaultPhrases.sentences, long)).toBeUndefined()
  })
})

describe('mayMatchSentenceOf', () => {
  it('says no for a line none of whose sentences can match, and yes where one may', () => {
    const sentences = defaultPhrases.sentences
    expect(mayMatchSentenceOf(sentences, 'The ferry left at noon. It docked at six.')).toBe(false)
    expect(mayMatchSentenceOf(sentences, 'The ferry left at noon. Your support helps us report.')).toBe(true)
    // Anchored at a sentence's start: the line is tested without the anchor.
    expect(mayMatchSentenceOf(sentences, 'It docked at six. Email Jonas Vik at jvik@example.com with news.')).toBe(true)
  })

  it('says yes whatever the line when a pattern asks of the text around its match', () => {
    for (const pattern of [/docked\.$/, /(?<=\. )It/, /sail\B/, /^a|b$/, /ferry/y]) expect(mayMatchSentenceOf({rule: [pattern]}, 'Nothing here')).toBe(true)
    expect(mayMatchSentenceOf({rule: [/^ferry (?:left|sailed)/i]}, 'Nothing here')).toBe(false)
  })

  it('never says no for a line one of whose sentences a listed pattern matches', () => {
    const patterns = Object.values(defaultPhrases.sentences).flat()
    const words = ['Your support helps', 'Email Ana Ruiz at a@b.c', 'all rights reserved', 'Join the conversation', 'Follow us on X', 'can be reached at', 'U.S.', '“Quote.”', ' ', 'x']
    const sentence = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({maxLength: 3})), {maxLength: 4}).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(fc.array(sentence, {minLength: 1, maxLength: 4}), fc.constantFrom('. ', '! ', '? ', '." ', '.'), (parts, mark) => {
        const line = parts.join(mark)
        if (parts.some((part) => patterns.some((pattern) => pattern.test(part)))) expect(mayMatchSentenceOf(defaultPhrases.sentences, line)).toBe(true)
      }),
      {numRuns: 1000}
    )
  })
})

describe('lineTestsOf', () => {
  it('says what the patterns one by one and `mayMatchSentenceOf` say, from one scan of the line', () => {
    const {lines, sentences} = defaultPhrases
    const tests = lineTestsOf(lines, sentences)
    const words = ['Home', ' | ', 'World', 'Share', 'Related stories', 'Read more:', 'Most read', 'Photo: ', 'Your support helps', 'all rights reserved', 'Photo: Agency', '(Image: Agency)', '[VIDEO]', 'Email Ana Ruiz at a@b.c', 'The ferry left.', ' ', 'x']
    const line = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({maxLength: 3})), {minLength: 1, maxLength: 5}).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(line, fc.string({maxLength: 3}), (value, around) => {
        const text = `${around}${value}${around}`
        const found = tests.scan(text, around.length, around.length + value.length)
        expect(tests.lineRule(value, found)).toBe(Object.entries(lines).find(([, patterns]) => patterns.some((pattern) => pattern.test(value)))?.[0])
        expect(tests.maySentence(value, found)).toBe(mayMatchSentenceOf(sentences, value))
      }),
      {numRuns: 500}
    )
  })

  it('tests every line where a pattern cannot be read for its strings', () => {
    const tests = lineTestsOf({twice: [/\b(\w+) \1\b/]}, {rule: [/(?<=\. )It/]})
    expect(tests.lineRule('the the ferry', tests.scan('the the ferry', 0, 13))).toBe('twice')
    expect(tests.maySentence('Nothing here', tests.scan('Nothing here', 0, 12))).toBe(true)
  })
})
