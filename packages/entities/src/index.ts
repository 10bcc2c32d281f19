import {checkOptions, type Entity, lazySchema, sentenceNodes, traceRule, tracingRules} from '@tidings/core'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {addArticleWords, candidatePlace, emptyArticleWords, findCandidates, scanSentence, type Tracer} from './candidates.js'
import {type EntityLexicon, mergeLexicon} from './lexicon.js'
import {type Mention, settleNames, typeCoordinatedPlaces} from './names.js'
import {defaultRules, type EntityRule} from './rules.js'
import {addSentenceTokens, mayHoldNames, TableSentence, TokenTable} from './tokens.js'
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

const OptionsSchema = lazySchema(({type}) => type({
  'lexicon?': 'object',
  'rules?': type({id: 'string', type: "'person' | 'organisation' | 'place' | 'other'", test: 'Function'}).array()
}))

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
  checkOptions('entities', OptionsSchema, options)
  const vocabulary = buildVocabulary(mergeLexicon(options.lexicon))
  const rules = [...(options.rules ?? []), ...defaultRules]
  // One table for the stage's articles, each in turn (the stage runs an article to its end before the next).
  let table = new TokenTable('')
  return (tree, file) => {
    const text = file.data.text ?? ''
    const trace: Tracer | undefined = tracingRules(file) ? (rule, start, end, kept) => traceRule(file, {stage: 'entities', rule, start, end, kept}) : undefined
    // Names inside dates ("Dec. 30", "Saturday") belong to the dates stage, when it ran first.
    const dates = ((file.data as {dates?: Array<{start: number; end: number}>}).dates ?? []).slice().sort((a, b) => a.start - b.start)
    table = table.restart(text)
    const article = emptyArticleWords(table, vocabulary)
    const mentions: Mention[] = []
    const mentionWords: string[][] = []
    // Pass one reads what the whole article says of its words; pass two finds the names, sentence
    // after sentence, so the mentions come in the text's order.
    for (const node of sentenceNodes(tree)) {
      if (!mayHoldNames(node, text, vocabulary.functionWords)) continue
      const first = addSentenceTokens(table, node)
      const sentence = scanSentence(new TableSentence(table, first, table.count - first), vocabulary.functionWords)
      addArticleWords(article, sentence)
    }
    for (const sentence of article.sentences) {
      for (const candidate of findCandidates(sentence, article, vocabulary, trace)) {
        if (insideDate(dates, candidate.start, candidate.end)) {
          trace?.('inside-date', candidate.start, candidate.end, false)
          continue
        }
        let rule: EntityRule | undefined
        for (const each of rules) {
          if (!each.test(candidate, vocabulary)) continue
          rule = each
          trace?.(rule.id, candidate.start, candidate.end)
          break
        }
        const {start, end, name} = candidate
        // The text is most often the name as written: the name's string serves, and no copy is cut.
        const written = end - start === name.length && text.startsWith(name, start) ? name : text.slice(start, end)
        mentions.push({start, end, text: written, type: rule?.type, name: candidatePlace(candidate, vocabulary) ?? name})
        mentionWords.push(candidate.words)
      }
    }
    typeCoordinatedPlaces(mentions, text, vocabulary, trace)
    file.data.entities = settleNames(mentions, mentionWords, vocabulary.companyHeads, trace)
  }
}

/** The first date (sorted by start) that holds the span, by binary search. */
function insideDate(dates: ReadonlyArray<{start: number; end: number}>, start: number, end: number): boolean {
  let low = 0
  let high = dates.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (dates[middle]!.start <= start) low = middle + 1
    else high = middle
  }
  // Dates do not overlap, so only the last one starting at or before the span can hold it.
  const date = dates[low - 1]
  return date !== undefined && date.end >= end
}
