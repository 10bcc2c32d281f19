import {capitalized, glued, type Token} from './tokens.js'
import type {Vocabulary} from './vocabulary.js'

// "claimed", "acting": a verb's forms, which a noun rarely takes ("need", "seed" keep "e"; "ring" is short).
const pastOrParticiple = /^\p{L}{3,}(?:[^e]ed|ing)$/u
// "died", "resigned", not "seed", "speed" nor "shed".
const pastTense = /^(?:\p{L}{2,}[^e]ed|\p{L}ied)$/u

/** What a count counts: the noun phrase after the number ("five NHL clubs", "300 people", "one motion"). */
export function countedAfter(v: Vocabulary, tokens: readonly Token[], index: number, single: boolean): {of: string; next: number} | undefined {
  const {run, namePlural} = nounRun(v, tokens, index)
  let common = commonWords(run)
  const joiner = run.findIndex((token) => token.kind === 'number' || token.lower === 'and')
  // A name that qualifies no plural noun ("14 Tories and Liberals voted") stops before the "and".
  if (joiner >= 0 && !common.some(v.isPlural) && !namePlural) {
    run.length = joiner
    common = commonWords(run)
  }
  // A name's own plural ("Series 5s") is what is counted.
  let head = namePlural
  if (!head && single) {
    // "one motion asks", "one motion passed": the noun agrees with one; a verb may follow it.
    const verb = common.findIndex((token, at) => at > 0 && (v.isPlural(token) || /(?:ed|ing)$/.test(token.lower)))
    // "one died", "one resigned": a verb in the past alone after the number is no noun ("one building" is).
    const alone = run.length === 1 && common.length === 1 && pastTense.test(common[0]!.lower)
    head = alone ? undefined : verb > 0 ? common[verb - 1] : common.at(-1)
  } else if (!head) {
    // "2,400 Canadians": a people named by a capitalized plural.
    head = common.findLast(v.isPlural) ?? (common.length === 0 && run.length === 1 && v.isPlural(run[0] as Token) ? run[0] : undefined)
    // "a 40 page report", "a 6 string guitar": the first of two nouns is what is counted; not a verb ("3 claimed
    // energy", "2 acting members").
    const verb = pastOrParticiple.test((run[0] as Token | undefined)?.lower ?? '')
    if (!head && !verb && common.length >= 2 && run[0] === common[0] && run[1] === common[1]) return {of: (run[0] as Token).text, next: index + 1}
  }
  if (!head) return undefined
  // The words right before the noun that qualify it, stopping at a hyphenated one ("hand-built", "T-90").
  let from = run.indexOf(head)
  while (from > 0 && !(run[from - 1] as Token).text.includes('-')) from--
  const at = index + run.indexOf(head)
  // Written as the text has it: "Series 5s", "Series A and Series B trucks".
  const words = run.slice(from, run.indexOf(head) + 1)
  return {of: words.map((token, place) => (place > 0 && !glued(words[place - 1], token) ? ' ' : '') + token.text).join(''), next: at + 1}
}

/** The words after a count that may name what it counts, up to the first lower-case plural. */
function nounRun(v: Vocabulary, tokens: readonly Token[], index: number): {run: Token[]; namePlural?: Token} {
  const run: Token[] = []
  // Words in the run, and the lower-case ones among them; a name's numbers and "and" count as neither.
  let wordCount = 0
  let lowerCase = 0
  for (let at = index; at < Math.min(tokens.length, index + 7); at++) {
    const token = tokens[at] as Token
    // A name may hold a number or an "and" ("Series 5 vans", "Series A and Series B trucks").
    // "two new A320 Neo planes": a number before a name, after the count, is a model; the noun it qualifies must follow.
    const model = token.kind === 'number' && capitalized(tokens[at + 1]) && !glued(token, tokens[at + 1])
    const inName = (model || (run.length > 0 && run.every(capitalized))) && tokens[at + 1]?.kind === 'word' && (token.kind === 'number' || (token.lower === 'and' && capitalized(tokens[at + 1])))
    if (inName) {
      run.push(token)
      // "Series 5s", "F-16s": the name's plural ends the phrase.
      const plural = tokens[at + 1] as Token
      if (token.kind === 'number' && plural.lower === 's' && glued(token, plural)) return {run: [...run, plural], namePlural: plural}
      continue
    }
    // "20 US troops", "40 IT staff": a stop word in capitals is an acronym.
    if (token.kind !== 'word' || (v.stopWords.has(token.lower) && !/^\p{Lu}{2,}$/u.test(token.text)) || wordCount >= 5) break
    // "300 can attend", "18 may vote": a modal verb before a word other than "of" ends the phrase ("one can of soup" is a tin).
    if (isModalVerb(v, tokens, at)) break
    // "5 EVs", "three local NGOs": an acronym in the plural is the noun, written in capitals.
    if (pluralAcronym(token)) return {run: [...run, token], namePlural: token}
    const capital = capitalized(token)
    // Capitalized words may qualify the noun ("10 Danish ferries", "two T-90 tanks", "two former Labour ministers"), not follow it.
    if (capital && lowerCase > 0 && run.at(-1)?.kind !== 'number' && !(capitalized(run.at(-1)) && run.at(-2)?.kind === 'number') && !qualifiesPlural(v, tokens, at)) break
    run.push(token)
    wordCount++
    if (!capital) lowerCase++
    // "40 police officers", "30 crew members": a plural without "s" may qualify the plural noun after it.
    if (!capital && v.isPlural(token) && !qualifiesNextPlural(v, token, tokens[at + 1])) break
  }
  return {run}
}

const qualifiesNextPlural = (v: Vocabulary, token: Token, next: Token | undefined): boolean =>
  !token.lower.endsWith('s') && next?.kind === 'word' && next.text === next.lower && !v.stopWords.has(next.lower) && next.lower.endsWith('s') && v.isPlural(next)

/** "300 can attend", "one should ask": a modal verb at `at`, in lower case, before a word other than "of" ("one can of soup" is a tin). */
export const isModalVerb = (v: Vocabulary, tokens: readonly Token[], at: number): boolean => {
  const [token, after] = [tokens[at] as Token, tokens[at + 1]]
  return token.text === token.lower && v.modalsAfterPronounOne.has(token.lower) && after?.kind === 'word' && after.lower !== 'of'
}

/** The lower-case words of a noun phrase, without the numbers and "and" a name may hold. */
function commonWords(run: Token[]): Token[] {
  return run.filter((token) => token.kind === 'word' && token.lower !== 'and' && !capitalized(token))
}

/** The group after "of the": not when it holds a quantity of its own ("two of the four-seat boats"). */
export function wholeGroup(v: Vocabulary, tokens: readonly Token[], index: number): {of: string; next: number} | undefined {
  const counted = countedAfter(v, tokens, index, false)
  if (!counted) return undefined
  for (let at = index; at < counted.next; at++) {
    const token = tokens[at] as Token
    if (token.kind === 'number' || v.lexicon.numbers[token.lower.split('-')[0] as string] !== undefined) return undefined
  }
  return counted
}

/** "EVs", "NGOs", "MPs": capitals and a plural "s", a common noun written as an acronym; "MW", "EV" and "CEO's" are no plurals. */
export const pluralAcronym = (token: Token | undefined): boolean => token?.kind === 'word' && token.text.charCodeAt(token.text.length - 1) === 115 && /^\p{Lu}{2,}s$/u.test(token.text)

/** Names and model letters, joined by "and", before a lower-case plural noun, an acronym in the plural, or a name in the plural; a number among them ("A320 Neo 2 planes") makes a model name. */
export function qualifiesPlural(v: Vocabulary, tokens: readonly Token[], index: number): boolean {
  for (let at = index; at < Math.min(tokens.length, index + 6); at++) {
    const token = tokens[at] as Token
    if (pluralAcronym(token)) return true
    if (at > index && token.kind === 'word' && !capitalized(token) && token.lower !== 'and') return v.isPlural(token)
    // "40 Series 5s": the name in the plural.
    if (at > index && token.kind === 'number' && tokens[at + 1]?.lower === 's' && glued(token, tokens[at + 1])) return true
    if (!capitalized(token) && token.lower !== 'and') return false
  }
  return false
}

export function isProperName(tokens: readonly Token[], index: number): boolean {
  const [first, second] = [tokens[index], tokens[index + 1]]
  return capitalized(first) && (capitalized(second) || !second || second.kind === 'symbol')
}
