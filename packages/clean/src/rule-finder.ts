import {type LiteralScanner, literalScanner, type ScannedLiteral} from './literal-scanner.js'
import {phraseSources} from './phrase-sources.js'

/**
 * Finding which boilerplate rule, if any, a line or sentence matches. Every line and sentence of
 * every page is tested, and almost none matches: the work is in saying "none" cheaply.
 */

/** The rule whose patterns match a value, first listed first; undefined when none does. */
export type RuleFinder = (value: string) => string | undefined

/**
 * The two tests of every line, which share one reading of it: the rule of `lines` the whole line
 * falls under, and whether a pattern of `sentences` may match one of its sentences
 * (`maySentence`). `scan` reads the line (`text` from `start` to `end`) for the strings the
 * patterns of both need, and each test takes what it found. The rule of a sentence (`sentenceRule`)
 * comes from the same scanner and the same joined expressions: one set-up of the phrases, where a
 * finder of its own read the sentence patterns, built a scanner and compiled their expression again.
 */
export interface LineTests {
  scan(text: string, start: number, end: number): number
  lineRule(line: string, found: number): string | undefined
  /**
   * Whether a pattern of `sentences` may match a sentence of `line`; false only when none can.
   * Sentences are cut after white space or an end mark, where no word runs on: a pattern that asks
   * nothing of the text around its match (no `^`, `$`, lookaround or `\B`) matches the line wherever
   * it matches one of its sentences, and one that only opens with `^` matches the line without it.
   * One test of the line stands for the tests of its sentences, which all but a few lines need.
   */
  maySentence(line: string, found: number): boolean
  /** The rule of `sentences` a sentence falls under, read by the same scanner as the lines. */
  sentenceRule: RuleFinder
}

const lineTests = new WeakMap<Record<string, ReadonlyArray<RegExp>>, WeakMap<Record<string, ReadonlyArray<RegExp>>, LineTests>>()

/** The `LineTests` of line and sentence rules, made once. */
export function lineTestsOf(lines: Record<string, ReadonlyArray<RegExp>>, sentences: Record<string, ReadonlyArray<RegExp>>): LineTests {
  const bySentences = lineTests.get(lines) ?? new WeakMap()
  lineTests.set(lines, bySentences)
  let tests = bySentences.get(sentences)
  if (!tests) {
    const literals = new GroupLiterals()
    const lineRule = ruleFinder(lines, literals)
    const unanchored = sentenceLevelRules(sentences)
    const sentenceLevelRule = unanchored && ruleFinder(unanchored, literals)
    const sentenceRule = ruleFinder(sentences, literals)
    const scanner = literals.scanner()
    tests = {
      scan: scanner ? (text, start, end) => scanner.scan(text, start, end) : () => allFound,
      lineRule,
      maySentence: sentenceLevelRule ? (line, found) => sentenceLevelRule(line, found) !== undefined : () => true,
      sentenceRule: scanner ? (sentence) => sentenceRule(sentence, scanner.scan(sentence)) : (sentence) => sentenceRule(sentence, allFound)
    }
    bySentences.set(sentences, tests)
  }
  return tests
}

/** What a finder takes as found when there is no scanner: every string, so every group is tested. */
const allFound = -1

/**
 * The strings the groups of one or more finders look for, each group under a bit of its own, read
 * in one scan. Past 31 groups, a group has no bit and is tested whatever the value.
 */
class GroupLiterals {
  private readonly literals: ScannedLiteral[] = []
  private readonly bits = new Map<RegExp, number>()
  private groups = 0

  /**
   * The bit of the group `joined` that needs one of `texts`, or 0 when it is to be tested whatever
   * the value. A group two finders share has one bit.
   */
  add(joined: RegExp, texts: ReadonlyArray<string> | undefined): number {
    const known = this.bits.get(joined)
    if (known !== undefined) return known
    const bit = !texts || this.groups === 31 ? 0 : 1 << this.groups++
    for (const text of bit ? (texts ?? []) : []) this.literals.push({text, bits: bit})
    this.bits.set(joined, bit)
    return bit
  }

  /** The scanner of every string added, or undefined when there is none (or too many characters among them). */
  scanner(): LiteralScanner | undefined {
    return this.literals.length ? literalScanner(this.literals) : undefined
  }
}

interface Group {
  joined: RegExp
  /**
   * The group's bit in what the scan found, when every match of the group holds one of the strings
   * it looks for (`requiredLiterals`); 0 when the group is tested whatever the value.
   */
  bit: number
}

/**
 * The patterns of each flag set are joined into one expression, so "none" takes one scan rather
 * than sixty; only a hit asks which rule it was, of the patterns of the groups that hit.
 * Patterns that start with `^` are joined apart from the others: an expression all of whose
 * alternatives are anchored is tried at the first character only, but one unanchored alternative
 * among them made it try all of them at every character of every line. (A pattern like `^a|b` in
 * the anchored group only costs that speed back; the groups together still match what the list does.)
 * A group whose patterns all start with `\b` tests the boundary once, not once a pattern, at each
 * character. A group whose every match holds one of some strings (a colon, "[", "your ",
 * "all rights reserved") is tested only where the scan found one (`literalScanner`, one reading
 * of the value for the strings of every group, faster than the groups' patterns fail; for a group
 * anchored at `^`, only strings of exact case: see `joinGroup`).
 * Back references and named groups would change meaning when joined: such lists are tested one by one.
 */
function ruleFinder(rules: Record<string, ReadonlyArray<RegExp>>, literals: GroupLiterals): (value: string, found: number) => string | undefined {
  const entries = Object.entries(rules)
  const members = new Map<string, {flags: string; anchored: boolean; patterns: RegExp[]}>()
  let joinable = true
  for (const [, patterns] of entries) {
    for (const pattern of patterns) {
      if (/\\[1-9k]|\(\?<(?![=!])/.test(pattern.source)) joinable = false
      const flags = pattern.flags.replace(/[gy]/g, '')
      const anchored = pattern.source.startsWith('^') && !pattern.multiline
      const key = `${flags}${anchored ? ' anchored' : ''}`
      const member = members.get(key) ?? {flags, anchored, patterns: []}
      member.patterns.push(pattern)
      members.set(key, member)
    }
  }
  if (!joinable) {
    return (value) => entries.find(([, patterns]) => patterns.some((pattern) => test(pattern, value)))?.[0]
  }
  const groups: Group[] = []
  const groupOf = new Map<RegExp, number>()
  for (const {flags, anchored, patterns} of members.values()) {
    for (const pattern of patterns) groupOf.set(pattern, groups.length)
    const {joined, texts} = joinGroup(flags, patterns, anchored)
    groups.push({joined, bit: literals.add(joined, texts)})
  }
  const hits = new Uint8Array(groups.length)
  return (value, found) => {
    let hit = false
    for (let index = 0; index < groups.length; index++) {
      const group = groups[index] as Group
      const matched = (group.bit === 0 || (found & group.bit) !== 0) && group.joined.test(value)
      hits[index] = matched ? 1 : 0
      hit ||= matched
    }
    if (!hit) return undefined
    for (const [rule, patterns] of entries) {
      if (patterns.some((pattern) => hits[groupOf.get(pattern) as number] === 1 && test(pattern, value))) return rule
    }
    return undefined
  }
}

/**
 * A group's patterns joined into one expression, and the strings one of which its every match
 * holds, as the scanner reads them (lower case), when every pattern has such strings. Made once for
 * the same patterns: the line tests and the sentence rule share the sentence patterns' group, and
 * V8 compiles an expression of two thousand characters (some 5 ms) once for each object.
 */
function joinGroup(flags: string, patterns: ReadonlyArray<RegExp>, anchored: boolean): {joined: RegExp; texts?: string[]} {
  const key = `${flags}${anchored ? ' anchored' : ''}\n${patterns.map((pattern) => pattern.source).join('\n')}`
  let group = groupsJoined.get(key)
  if (!group) {
    group = joinGroupAnew(flags, patterns, anchored)
    groupsJoined.set(key, group)
  }
  return group
}

// Groups joined once: sources never hold a line break (`source` escapes it), which parts the key.
const groupsJoined = new Map<string, {joined: RegExp; texts?: string[]}>()

function joinGroupAnew(flags: string, patterns: ReadonlyArray<RegExp>, anchored: boolean): {joined: RegExp; texts?: string[]} {
  const bounded = patterns.map((pattern) => withoutLeadingBoundary(pattern.source))
  const joined = bounded.every((source) => source !== undefined)
    ? new RegExp(String.raw`\b(?:${bounded.map((source) => `(?:${source})`).join('|')})`, flags)
    : new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flags)
  const literals: Literal[] = []
  for (const pattern of patterns) {
    const required = requiredLiterals(pattern)
    if (!required) return {joined}
    literals.push(...required)
  }
  // An anchored group most often fails within its first few characters, sooner than the scanner
  // reads the whole line for a string in either case; an exact string (a menu's bar) spares a
  // pattern that reads far along the line before it fails.
  if (anchored && literals.some((literal) => literal.ignoreCase)) return {joined}
  return {joined, texts: [...new Set(literals.map((literal) => literal.text))]}
}

function test(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(value)
}

/** A string a match holds; with `ignoreCase`, in ASCII letters of either case (`text` is in lower case). */
export interface Literal {
  text: string
  ignoreCase: boolean
}

/**
 * The pattern's source without the `\b` it opens with, when `\b` opens its every match (it has
 * no `|` outside a group), else undefined.
 */
function withoutLeadingBoundary(source: string): string | undefined {
  return source.startsWith(String.raw`\b`) && readSource(source, '')?.branches === 1 ? source.slice(2) : undefined
}

/** How many branches a source has outside any group, and whether it asks anything of the text around a match. */
export interface SourceRead {
  branches: number
  contextual: boolean
}

/**
 * What the finder reads of sources, each under `${flags}/${source}`: `readSource`'s answer and
 * `requiredLiterals`' (null for undefined). `phrase-sources.ts` holds it for the default phrases.
 */
export interface SourceFacts {
  read: Record<string, SourceRead | null>
  literals: Record<string, Literal[] | null>
}

/**
 * `SourceFacts` of the patterns of `lines` and `sentences`, read anew, as `lineTestsOf` asks of them:
 * what `phrase-sources.ts` holds for the default phrases.
 */
export function readSourceFacts({lines, sentences}: {lines: Record<string, ReadonlyArray<RegExp>>; sentences: Record<string, ReadonlyArray<RegExp>>}): SourceFacts {
  const facts: SourceFacts = {read: {}, literals: {}}
  const read = (source: string, flags: string) => {
    const answer = readSourceAnew(source, flags)
    facts.read[`${flags}/${source}`] = answer ?? null
    return answer
  }
  const literals = (pattern: RegExp) => (facts.literals[`${pattern.flags}/${pattern.source}`] = requiredLiteralsAnew(pattern) ?? null)
  for (const pattern of [...Object.values(lines), ...Object.values(sentences)].flat()) {
    literals(pattern)
    // `withoutLeadingBoundary`
    if (pattern.source.startsWith(String.raw`\b`)) read(pattern.source, '')
  }
  // `unanchored`
  for (const pattern of Object.values(sentences).flat()) {
    if (read(pattern.source, pattern.flags)?.contextual === false || !pattern.source.startsWith('^')) continue
    const rest = pattern.source.slice(1)
    if (read(rest, pattern.flags)?.contextual === false) literals(new RegExp(rest, pattern.flags))
  }
  return facts
}

/** How many branches the source has outside any group, and whether it asks anything of the text around a match; undefined when the reader does not know it. */
function readSource(source: string, flags: string): SourceRead | undefined {
  const key = `${flags}/${source}`
  if (!sourcesRead.has(key)) sourcesRead.set(key, readSourceAnew(source, flags))
  return sourcesRead.get(key)
}

// Sources read once: each pattern is asked of by the finder of sentences and of their lines. The
// default phrases' are read before the package is built (`phrase-sources.ts`): reading them at start
// was some 10 ms of the command line's first article.
const sourcesRead = new Map<string, SourceRead | undefined>(Object.entries(phraseSources.read).map(([key, read]) => [key, read ?? undefined]))
const literalsRead = new Map<string, Literal[] | undefined>(Object.entries(phraseSources.literals).map(([key, literals]) => [key, literals ?? undefined]))

function readSourceAnew(source: string, flags: string): SourceRead | undefined {
  if (flags.includes('v')) return undefined
  const reader = new SourceReader(source, {ignoreCase: flags.includes('i'), unicode: flags.includes('u')})
  try {
    const branches = reader.alternatives().length
    return reader.done() ? {branches, contextual: reader.contextual} : undefined
  } catch {
    return undefined
  }
}

const sentenceLevel = new WeakMap<Record<string, ReadonlyArray<RegExp>>, Record<string, ReadonlyArray<RegExp>> | null>()

/** `unanchoredRules` of `rules`, made once. */
function sentenceLevelRules(rules: Record<string, ReadonlyArray<RegExp>>): Record<string, ReadonlyArray<RegExp>> | null {
  let unanchored = sentenceLevel.get(rules)
  if (unanchored === undefined) {
    unanchored = unanchoredRules(rules)
    sentenceLevel.set(rules, unanchored)
  }
  return unanchored
}

/** The rules with every pattern as it matches inside a longer text (`unanchored`), or null when one has no such form. */
function unanchoredRules(rules: Record<string, ReadonlyArray<RegExp>>): Record<string, ReadonlyArray<RegExp>> | null {
  const result: Record<string, ReadonlyArray<RegExp>> = {}
  for (const [rule, patterns] of Object.entries(rules)) {
    const list = patterns.map(unanchored)
    if (list.some((pattern) => pattern === undefined)) return null
    result[rule] = list as RegExp[]
  }
  return result
}

/** `pattern` itself when it asks nothing of the text around its match, without its `^` when it asks only that; else undefined. */
function unanchored(pattern: RegExp): RegExp | undefined {
  if (/[my]/.test(pattern.flags)) return undefined
  const read = readSource(pattern.source, pattern.flags)
  if (read && !read.contextual) return pattern
  const rest = pattern.source.slice(1)
  if (!read || read.branches !== 1 || !pattern.source.startsWith('^') || readSource(rest, pattern.flags)?.contextual !== false) return undefined
  return new RegExp(rest, pattern.flags)
}

/**
 * Strings one of which every match of `pattern` holds, read from its source: a run of literal
 * characters ("all rights reserved"), a small class (`[|•·]`), a group's alternatives
 * (`(?:support|fund)`), whichever has the longest shortest string. Undefined when the
 * source has no such part, or a part the reader does not know. Letters count only in ASCII under
 * the `i` flag (which folds them only to each other), and not at all under `iu`, which folds
 * "ſ" to "s" and "K" (Kelvin) to "k".
 */
export function requiredLiterals(pattern: RegExp): Literal[] | undefined {
  const key = `${pattern.flags}/${pattern.source}`
  if (!literalsRead.has(key)) literalsRead.set(key, requiredLiteralsAnew(pattern))
  return literalsRead.get(key)
}

function requiredLiteralsAnew(pattern: RegExp): Literal[] | undefined {
  if (pattern.flags.includes('v')) return undefined
  const ignoreCase = pattern.flags.includes('i')
  const reader = new SourceReader(pattern.source, {ignoreCase, unicode: pattern.flags.includes('u')})
  try {
    const branches = reader.alternatives()
    if (!reader.done()) return undefined
    const strings = union(branches.map(best))
    return strings?.map((text) => ({text, ignoreCase: ignoreCase && [...text].some(isAsciiLetter)}))
  } catch {
    return undefined
  }
}

/** One part of a branch: a literal character, a zero-width assertion, a set of strings one of which it holds, or any other. */
type Term = {kind: 'character'; character: string} | {kind: 'assertion'} | {kind: 'strings'; strings: string[] | undefined} | {kind: 'other'}

/** The sets of strings a branch's every match holds one of. */
type Factors = string[][]

// A set of more strings than this is seldom rare in text: a pattern is not said to need one of them.
const maxLiterals = 6

/** The set whose shortest string is longest, the fewest strings at a tie: the one rarest in text. */
function best(factors: Factors): string[] | undefined {
  let chosen: string[] | undefined
  let chosenShortest = 0
  for (const strings of factors) {
    const shortest = Math.min(...strings.map((text) => text.length))
    if (strings.length > maxLiterals || shortest === 0) continue
    if (!chosen || shortest > chosenShortest || (shortest === chosenShortest && strings.length < chosen.length)) {
      chosen = strings
      chosenShortest = shortest
    }
  }
  return chosen
}

function union(sets: ReadonlyArray<string[] | undefined>): string[] | undefined {
  const all = new Set<string>()
  for (const strings of sets) {
    if (!strings) return undefined
    for (const text of strings) all.add(text)
  }
  return all.size <= maxLiterals ? [...all] : undefined
}

function isAsciiLetter(character: string): boolean {
  return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
}

class SourceReader {
  /** The source asks something of the text around a match: `^`, `$`, a lookaround or `\B`. */
  contextual = false
  private at = 0

  constructor(
    private readonly source: string,
    private readonly flags: {ignoreCase: boolean; unicode: boolean}
  ) {}

  done(): boolean {
    return this.at === this.source.length
  }

  /** The branches up to the end of the source or the group's closing bracket, each as its factors. */
  alternatives(): Factors[] {
    const branches = [this.branch()]
    while (this.source[this.at] === '|') {
      this.at++
      branches.push(this.branch())
    }
    return branches
  }

  private branch(): Factors {
    const factors: Factors = []
    let run = ''
    const endRun = () => {
      if (run) factors.push([run])
      run = ''
    }
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term()
      const {least, plain} = this.quantifier()
      if (term.kind === 'assertion') continue
      if (term.kind === 'character' && least >= 1) {
        run += term.character
        if (!plain) endRun()
        continue
      }
      endRun()
      if (term.kind === 'strings' && least >= 1 && term.strings) factors.push(term.strings)
    }
    endRun()
    return factors
  }

  private term(): Term {
    const character = this.source[this.at++] as string
    if (character === '^' || character === '$') {
      this.contextual = true
      return {kind: 'assertion'}
    }
    if (character === '.') return {kind: 'other'}
    if (character === '(') return this.group()
    if (character === '[') return this.characterClass()
    if (character === '\\') return this.escape()
    if ('*+?{'.includes(character) && !(character === '{' && !this.flags.unicode)) throw new Error('quantifier without a term')
    return this.literal(character)
  }

  private literal(character: string): Term {
    if (!this.flags.ignoreCase) return {kind: 'character', character}
    if (character.charCodeAt(0) >= 128) return {kind: 'other'}
    if (isAsciiLetter(character)) return this.flags.unicode ? {kind: 'other'} : {kind: 'character', character: character.toLowerCase()}
    return {kind: 'character', character}
  }

  private group(): Term {
    let lookaround = false
    if (this.source.startsWith('?:', this.at)) this.at += 2
    else if (['?=', '?!', '?<=', '?<!'].some((opening) => this.source.startsWith(opening, this.at))) {
      lookaround = true
      this.at += this.source[this.at + 1] === '<' ? 3 : 2
    } else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1
    else if (this.source[this.at] === '?') throw new Error('unknown group')
    const branches = this.alternatives()
    if (this.source[this.at++] !== ')') throw new Error('unclosed group')
    if (lookaround) this.contextual = true
    return lookaround ? {kind: 'assertion'} : {kind: 'strings', strings: union(branches.map(best))}
  }

  private characterClass(): Term {
    const negated = this.source[this.at] === '^'
    if (negated) this.at++
    const members: string[] = []
    let known = !negated
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const member = this.classMember()
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        // A range: its members are not listed.
        this.at++
        this.classMember()
        known = false
      } else if (member.kind === 'character') members.push(member.character)
      else known = false
    }
    if (this.source[this.at++] !== ']') throw new Error('unclosed class')
    return known && members.length > 0 ? {kind: 'strings', strings: [...new Set(members)]} : {kind: 'other'}
  }

  private classMember(): Term {
    const character = this.source[this.at++] as string
    // In a class, `\b` is a backspace, not a boundary: any escape of a letter stays unknown.
    return character === '\\' ? this.escape() : this.literal(character)
  }

  private escape(): Term {
    const character = this.source[this.at++] as string
    if (character === 'B') this.contextual = true
    if (character === 'b' || character === 'B') return {kind: 'assertion'}
    const controls: Record<string, string> = {t: '\t', n: '\n', r: '\r', f: '\f', v: '\v'}
    if (controls[character]) return {kind: 'character', character: controls[character]}
    if (character === 'p' || character === 'P') {
      if (this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1
      return {kind: 'other'}
    }
    if (character === 'k') {
      this.at = this.source.indexOf('>', this.at) + 1
      return {kind: 'other'}
    }
    if (character === 'x') this.at += 2
    else if (character === 'u') this.at = this.source[this.at] === '{' ? this.source.indexOf('}', this.at) + 1 : this.at + 4
    else if (character === 'c') this.at += 1
    if (isAsciiLetter(character) || (character >= '0' && character <= '9')) return {kind: 'other'}
    return this.literal(character)
  }

  /** The least number of times the term before must match, and whether it has no quantifier (only then may it join a run). */
  private quantifier(): {least: number; plain: boolean} {
    const character = this.source[this.at]
    let least: number
    if (character === '?' || character === '*') least = 0
    else if (character === '+') least = 1
    else if (character === '{' && /^\{\d+(?:,\d*)?\}/.test(this.source.slice(this.at))) {
      const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at)) as RegExpExecArray
      least = Number(bounds[1])
      this.at += bounds[0].length - 1
    } else return {least: 1, plain: true}
    this.at++
    if (this.source[this.at] === '?') this.at++
    return {least, plain: false}
  }
}
