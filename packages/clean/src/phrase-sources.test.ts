import {describe, expect, it} from 'vitest'
import {defaultPhrases} from './phrases.js'
import {readSourceFacts} from './rule-finder.js'

describe('phraseSources', () => {
  // After a change to the default phrases: `npx vitest run packages/clean/src/phrase-sources.test.ts -u`.
  it('holds what the rule finder reads of the default phrases, as it reads them now', async () => {
    const facts = readSourceFacts(defaultPhrases)
    const entries = (record: Record<string, unknown>) => Object.entries(record).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    const module = [
      "import type {SourceFacts} from './rule-finder.js'",
      '',
      '// What the rule finder reads of the default phrases (`readSourceFacts`), read once here rather than',
      '// at every start. Written and checked by phrase-sources.test.ts: after a change to the phrases, run',
      '// it with `-u`.',
      'export const phraseSources: SourceFacts = {',
      '  read: {',
      entries(facts.read).join(',\n'),
      '  },',
      '  literals: {',
      entries(facts.literals).join(',\n'),
      '  }',
      '}',
      ''
    ].join('\n')
    await expect(module).toMatchFileSnapshot('./phrase-sources.ts')
  })
})
