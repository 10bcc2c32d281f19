import {trimEnd} from '@tidings/lexicon'
import {casualtyWords, defaultSubordinators, nounOpeners, timeLeadIns} from './clause-words.js'

/** A piece shorter than this is a label, a dateline or an opening adverbial ("On Tuesday"), not the clause. */
const clauseWords = 3
/** A label before a colon is at most this long ("Storm Alda: sea wall breaks"); a longer part is the clause itself. */
const labelWords = 5

// A comma between two digits groups them ("1,200 jobs"): it ends no clause.
const boundary = /[;|]|(?<!\d),|,(?!\d)|\s[-–—]\s/u
const wordPattern = /\S+/g
/**
 * A dateline in capitals before its dash, maybe with the agency's credit: "PORT ELDEN (Wire) -",
 * "NEW YORK —". It can be as long as a clause.
 */
const dateline = /^\p{Lu}[\p{Lu}.'’ -]{1,40}?(?: \([^()]{1,30}\))? (?:--?|[–—]) /u
/** Marks that close a headline or a sentence, not part of what happened. */
const closingMarks = '.!?…\'"’” '

/**
 * The main clause of a headline or lead sentence: what happened, without the label before a colon,
 * the dateline, the clauses hanging off it ("as ...", "after ...", ", police said") and a purpose
 * clause ("to meet ..."). The subject stays: "Ferry sinks off Elden" answers what happened.
 */
export function mainClause(sentence: string, subordinators: ReadonlySet<string> = defaultSubordinators): string {
  let text = sentence.trim().replace(dateline, '')
  const colon = text.indexOf(': ')
  if (colon > 0) {
    const [before, after] = [text.slice(0, colon), text.slice(colon + 2)]
    if (countWords(before) <= labelWords && countWords(after) >= clauseWords) text = after
    else text = before
  }
  // A piece that opens with a subordinator ("While talks go on, ...") hangs off the clause after it.
  const pieces = text
    .split(boundary)
    .filter((piece) => !subordinators.has(piece.match(wordPattern)?.[0]?.toLowerCase() ?? ''))
    .map((piece) => cutAtSubordinate(piece, subordinators).trim())
  const clause = pieces.find((piece) => countWords(piece) >= clauseWords) ?? pieces[0] ?? text
  return trimEnd(clause, closingMarks).trim()
}

/** The piece up to the first word that opens a dependent clause, never leaving fewer than two words. */
function cutAtSubordinate(piece: string, subordinators: ReadonlySet<string>): string {
  const words = [...piece.matchAll(wordPattern)]
  for (let index = 2; index < words.length; index++) {
    const word = words[index]![0]
    const lower = word.toLowerCase()
    const next = words[index + 1]?.[0]
    const purpose = word === 'to' && next !== undefined && /^\p{Ll}/u.test(next) && !nounOpeners.has(next)
    if (purpose) return piece.slice(0, words[index]!.index)
    if (subordinators.has(lower) && !casualtyWords.has(words[index - 1]![0].toLowerCase())) return piece.slice(0, words[leadIn(words, index)]!.index)
  }
  return piece
}

/** The first word of the time that leads into the subordinator at `index` ("two weeks after", "shortly after"), never before the third word. */
function leadIn(words: ReadonlyArray<RegExpMatchArray>, index: number): number {
  const lower = (at: number) => words[at]![0].toLowerCase()
  let start = index
  if (start > 2 && timeLeadIns.nouns.has(lower(start - 1))) {
    start--
    if (start > 2 && timeLeadIns.counts.has(lower(start - 1))) start--
  } else if (start > 2 && timeLeadIns.adverbs.has(lower(start - 1))) start--
  return start
}

function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0
}
