import type {Entity} from '@tidings/core'
import {lowerWord, type Tracer} from './candidates.js'
import {type EntityType, placeNoun} from './rules.js'
import type {Vocabulary} from './vocabulary.js'

/** A candidate with what the rules made of it: the entity the stage gives, once its type is settled. */
export interface Mention {
  start: number
  end: number
  /** The mention as written. */
  text: string
  type: EntityType | undefined
  /** As written, or the place it names ("North Korean": "North Korea"). */
  name: string
}

/**
 * One name per thing within the article. A mention the rules left untyped takes the type the
 * same name has elsewhere in the article; a one-word mention of a person named in full ("Kirby"
 * after "John Kirby", "Lee" after "Ann Lee") takes the full name, when only one person has that
 * word as a first or last name; an untyped or organisation's one-word mention of a company named
 * in full by it and a company's head word ("Summit" after "Summit Entertainment", "Halden" after
 * "Halden Labs", not "Dayton" after "Dayton Police") takes the company's, when only one company's
 * name opens with that word. What stays untyped is `other`. Returns the mentions, as entities.
 */
export function settleNames(
  mentions: Mention[],
  /** Each mention's words, by index. */ mentionWords: ReadonlyArray<ReadonlyArray<string>>,
  /** The last words of companies' names, in lower case. */ companyHeads: ReadonlySet<string>,
  trace?: Tracer
): Entity[] {
  shareTypes(mentions, trace)
  const people = fullNames(mentions, mentionWords, 'person', (words) => [words[0]!, words.at(-1)!])
  const companies = fullNames(mentions, mentionWords, 'organisation', (words) => (companyHeads.has(lowerWord(words.at(-1)!)) ? [words[0]!] : []))
  let shortNames = 0
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if (mentionWords[index]!.length !== 1 || mention.type === 'place' || mention.type === 'other') continue
    const person = mention.type === 'organisation' ? undefined : people.get(mention.name)
    const company = mention.type !== 'person' && person === undefined ? companies.get(mention.name) : undefined
    const name = soleName(person ?? company)
    if (name === undefined) continue
    mention.name = name
    mention.type = person ? 'person' : 'organisation'
    shortNames++
    trace?.(person ? 'short-name' : 'short-organisation-name', mention.start, mention.end)
  }
  // Types are shared again only when short names gave some: else the second pass finds what the first left.
  if (shortNames > 0) shareTypes(mentions, trace)
  for (const mention of mentions) mention.type ??= 'other'
  // Every mention has its type now: the mentions are the entities, and no copy is made.
  return mentions as Entity[]
}

const conjunction = /^,? (?:and|or) $/
const possessive = /^['’]/
const pluralNoun = /^ (\p{Ll}+)/u
/** The words that put a place before its name: a locative, or a place noun and "of" ("the districts of"). */
const placeLead = /\b(\p{L}+) (of )?$/u

/**
 * "in Leeds and Bradford", "the districts of Nacala or Monapo", "the Odesa and Mykolaiv regions":
 * a name the rules left untyped, joined by "and" or "or" to a place that a locative, a place noun
 * and "of", or a plural place noun after both puts on the map, is a place too. Only there: "talks
 * between Russia and Gazprom" join two kinds of thing.
 */
export function typeCoordinatedPlaces(mentions: Mention[], text: string, vocabulary: Vocabulary, trace?: Tracer): void {
  // "the Odesa and Mykolaiv regions": a plural place noun after the last of the names is said of each.
  for (let index = 0; index + 1 < mentions.length; index++) {
    const mention = mentions[index]!
    const after = mentions[index + 1]!
    if (mention.type !== undefined || after.type !== 'place' || !joinedByConjunction(text, mention, after)) continue
    const noun = pluralNoun.exec(text.slice(after.end, after.end + 24))?.[1]?.toLowerCase()
    if (noun === undefined || !placeNoun(noun, vocabulary) || !noun.endsWith('s')) continue
    mention.type = 'place'
    trace?.('coordinated-place', mention.start, mention.end)
  }
  // "in Leeds, Bradford and Halifax", "in Austin, Texas, and Cork": the names of a list that a placed place opens, up to its "and" or "or".
  for (let index = 1; index < mentions.length; index++) {
    const opening = mentions[index - 1]!
    if (opening.type !== 'place') continue
    let last = index
    while (last < mentions.length && joinedByComma(text, mentions[last - 1]!, mentions[last]!)) last++
    // The words before the place are read last: most places open no list.
    if (last === mentions.length || !joinedByConjunction(text, mentions[last - 1]!, mentions[last]!) || !placedByLead(text, opening, vocabulary)) continue
    for (let at = index; at <= last; at++) {
      const mention = mentions[at]!
      // "in Kyiv and Zelensky's office": a possessive says whose.
      if (mention.type !== undefined || possessive.test(text.slice(mention.end, mention.end + 2))) continue
      mention.type = 'place'
      trace?.('coordinated-place', mention.start, mention.end)
    }
    index = last
  }
}

/** A locative before the place ("in Leeds"), or a place noun and "of" ("the districts of Nacala"). */
function placedByLead(text: string, place: Mention, vocabulary: Vocabulary): boolean {
  const lead = placeLead.exec(text.slice(Math.max(0, place.start - 24), place.start))
  if (!lead) return false
  const word = lead[1]!.toLowerCase()
  return lead[2] === undefined ? vocabulary.locatives.has(word) : placeNoun(word, vocabulary)
}

/** The mention `first` and the one right after it are joined by "and" or "or" alone ("Leeds and Bradford", "Leeds, or Bradford"). */
function joinedByConjunction(text: string, first: Mention, second: Mention): boolean {
  return second.start - first.end <= 6 && conjunction.test(text.slice(first.end, second.start))
}

/** The mention `first` and the one right after it are joined by a comma alone ("Leeds, Bradford"). */
const joinedByComma = (text: string, first: Mention, second: Mention) => second.start - first.end === 2 && text.startsWith(', ', first.end)

/** The one name of `names`, or its shortest when the others only go on from it ("Summit Entertainment" and "Summit Entertainment LLC"). */
function soleName(names: ReadonlySet<string> | undefined): string | undefined {
  if (names === undefined) return undefined
  let shortest: string | undefined
  for (const name of names) if (shortest === undefined || name.length < shortest.length) shortest = name
  for (const name of names) if (name !== shortest && !name.startsWith(shortest + ' ')) return undefined
  return shortest
}

/** The names of `type` of two words or more, by each word of theirs that `keys` gives. */
function fullNames(mentions: Mention[], mentionWords: ReadonlyArray<ReadonlyArray<string>>, type: EntityType, keys: (words: ReadonlyArray<string>) => string[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>()
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    const words = mentionWords[index]!
    if (mention.type !== type || words.length < 2) continue
    for (const word of keys(words)) {
      const named = names.get(word) ?? new Set<string>()
      named.add(mention.name)
      names.set(word, named)
    }
  }
  return names
}

/** Untyped mentions take the type their name has most often elsewhere in the article (the type met first, of those as often). */
function shareTypes(mentions: Mention[], trace?: Tracer): void {
  // Per name, its types in the order first met, each followed by its count: one small array a name, not a map.
  const counts = new Map<string, Array<EntityType | number>>()
  for (const {name, type} of mentions) {
    if (type === undefined) continue
    const tally = counts.get(name)
    if (tally === undefined) {
      counts.set(name, [type, 1])
      continue
    }
    const at = tally.indexOf(type)
    if (at < 0) tally.push(type, 1)
    else tally[at + 1] = (tally[at + 1] as number) + 1
  }
  for (const mention of mentions) {
    if (mention.type !== undefined) continue
    const tally = counts.get(mention.name)
    if (!tally) continue
    let best = 0
    for (let at = 2; at < tally.length; at += 2) if ((tally[at + 1] as number) > (tally[best + 1] as number)) best = at
    mention.type = tally[best] as EntityType
    trace?.('same-name', mention.start, mention.end)
  }
}
