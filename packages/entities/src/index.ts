import {type Entity, sentenceNodes, traceRule, tracingRules} from '@tidings/core'
import {type} from 'arktype'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {findCandidates, readArticleWords, scanSentence, type Tracer} from './candidates.js'
import {type EntityLexicon, mergeLexicon} from './lexicon.js'
import {type Mention, settleNames} from './names.js'
import {defaultRules, type EntityRule} from './rules.js'
import {sentenceTokens} from './tokens.js'
import {buildVocabulary} from './vocabulary.js'

export {defaultLexicon, type EntityLexicon} from './lexicon.js'
export type {Candidate} from './candidates.js'
export {defaultRules, type EntityRule, type EntityType} from './rules.js'
export type {Token} from './tokens.js'
export type {Vocabulary} from './vocabulary.js'

declare module 'vfile' {
  interface DataMap {
    /** People, organisations, places and other names, offsets into `file.data.text`, each with its name in the article. */
    entities: Entity[]
  }
}

const OptionsSchema = type({
  'lexicon?': 'object',
  'rules?': type({id: 'string', type: "'person' | 'organisation' | 'place' | 'other'", test: 'Function'}).array()
})

export interface Options {
  /** Entries added to the word lists (see `defaultLexicon`). */
  lexicon?: Partial<EntityLexicon>
  /** Rules that type a candidate name, tried before the built-in ones (see `defaultRules`). */
  rules?: EntityRule[]
}

/**
 * The names an article mentions: runs of capitalised words (a word that starts a sentence only
 * with evidence), cut at titles, typed by the first rule that holds, and given one name per thing
 * within the article.
 */
export const entities: Plugin<[Options?], Root> = function (options = {}) {
  const checked = OptionsSchema(options)
  if (checked instanceof type.errors) throw new TypeError(`Invalid options for entities: ${checked.summary}`)
  const vocabulary = buildVocabulary(mergeLexicon(options.lexicon))
  const rules = [...(options.rules ?? []), ...defaultRules]
  return (tree, file) => {
    const text = file.data.text ?? ''
    const trace: Tracer | undefined = tracingRules(file) ? (rule, start, end, kept) => traceRule(file, {stage: 'entities', rule, start, end, kept}) : undefined
    // Names inside dates ("Dec. 30", "Saturday") belong to the dates stage, when it ran first.
    const dates = ((file.data as {dates?: Array<{start: number; end: number}>}).dates ?? []).slice().sort((a, b) => a.start - b.start)
    const sentences = sentenceNodes(tree).map((sentence) => scanSentence(sentenceTokens(sentence, text), vocabulary.functionWords))
    const article = readArticleWords(sentences)
    const mentions: Mention[] = []
    let nextDate = 0
    for (const sentence of sentences) {
      for (const candidate of findCandidates(sentence, article, vocabulary, trace)) {
        while (nextDate < dates.length && dates[nextDate]!.end <= candidate.start) nextDate++
        const date = dates[nextDate]
        if (date && date.start <= candidate.start && date.end >= candidate.end) {
          trace?.('inside-date', candidate.start, candidate.end, false)
          continue
        }
        const rule = rules.find((each) => each.test(candidate, vocabulary))
        if (rule) trace?.(rule.id, candidate.start, candidate.end)
        mentions.push({candidate, type: rule?.type, name: candidate.words.join(' ')})
      }
    }
    settleNames(mentions, vocabulary, trace)
    file.data.entities = mentions.map(({candidate: {start, end}, type, name}) => ({start, end, text: text.slice(start, end), type: type ?? 'other', name}))
  }
}
