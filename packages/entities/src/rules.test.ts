import {describe, expect, it} from 'vitest'
import type {Candidate} from './candidates.js'
import {builtInRulesInPlace, defaultRules, type EntityRule, firstBuiltInRule} from './rules.js'
import {brief} from './test-helpers.js'
import type {Vocabulary} from './vocabulary.js'

/** Runs `body` with each built-in rule's test replaced by `test`, then puts the tests back. */
function withTests(test: (rule: EntityRule) => boolean, body: () => void): void {
  const tests = defaultRules.map((rule) => rule.test)
  for (const rule of defaultRules) rule.test = () => test(rule)
  try {
    body()
  } finally {
    for (const [index, rule] of defaultRules.entries()) rule.test = tests[index]!
  }
}

const candidate = {} as Candidate
const vocabulary = {} as Vocabulary

describe('firstBuiltInRule', () => {
  it('tries the built-in rules in the order of defaultRules, and stops at the first that holds', () => {
    const tried: string[] = []
    withTests((rule) => (tried.push(rule.id), false), () => expect(firstBuiltInRule(candidate, vocabulary)).toBeUndefined())
    expect(tried).toEqual(defaultRules.map((rule) => rule.id))
    const third = defaultRules[2]!
    tried.length = 0
    withTests((rule) => (tried.push(rule.id), rule === third), () => expect(firstBuiltInRule(candidate, vocabulary)).toBe(third))
    expect(tried).toEqual(defaultRules.slice(0, 3).map((rule) => rule.id))
  })

  it('is used only while defaultRules holds the built-in rules in their order', () => {
    expect(builtInRulesInPlace()).toBe(true)
    const [first, second] = defaultRules
    defaultRules.splice(0, 2, second!, first!)
    expect(builtInRulesInPlace()).toBe(false)
    defaultRules.splice(0, 2, first!, second!)
    defaultRules.push({id: 'extra', type: 'other', test: () => false})
    expect(builtInRulesInPlace()).toBe(false)
    defaultRules.pop()
    expect(builtInRulesInPlace()).toBe(true)
  })
  it('leaves a list someone changed to be tried as it is', async () => {
    const text = 'Talks between Chile and Peru resumed.'
    expect(await brief(text)).toEqual([['Chile', 'place', 'Chile'], ['Peru', 'place', 'Peru']])
    const at = defaultRules.findIndex((rule) => rule.id === 'known-place')
    const [knownPlace] = defaultRules.splice(at, 1)
    try {
      expect(await brief(text)).toEqual([['Chile', 'other', 'Chile'], ['Peru', 'other', 'Peru']])
    } finally {
      defaultRules.splice(at, 0, knownPlace!)
    }
  })
})
