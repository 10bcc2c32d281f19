import type {Line} from './text.js'

/*
 * What a line is, read from the lines around it: a repeat, a teaser under a related heading, a
 * picture's caption above its credit, part of an appeal.
 */

/** Text cut short with an ellipsis, as excerpts of other articles are. */
const truncated = /(?:…|\.\.\.)["”’)]*$/u

/**
 * Later copies of a line (a caption shown twice, a share bar under every teaser, a menu at the top
 * and the foot) are not the article. Returns the copies of each repeated line, for `keepRecurring`.
 * Only lines whose keys are as long and start alike can be copies: keys are made (a lower-cased
 * copy of the line) only for lines that share their key's length and first character with another.
 */
export function markRepeats(lines: Line[]): number[][] {
  // A shape most lines have alone holds the line's index; a list is made for the second line of a shape.
  const byShape = new Map<number, number | number[]>()
  lines.forEach((line, index) => {
    const shape = line.keyLength * 0x10000 + firstKeyUnit(line.text)
    const same = byShape.get(shape)
    if (same === undefined) byShape.set(shape, index)
    else if (typeof same === 'number') byShape.set(shape, [same, index])
    else same.push(index)
  })
  const copies = new Map<string, number[]>()
  for (const indices of byShape.values()) {
    if (typeof indices === 'number') continue
    for (const index of indices) {
      const line = lines[index] as Line
      const key = repeatKey(line.text, line.unevenSpace)
      const seen = copies.get(key)
      if (seen) {
        if (!line.rule) line.rule = 'repeated'
        seen.push(index)
      } else {
        copies.set(key, [index])
      }
    }
  }
  return [...copies.values()].filter((indices) => indices.length > 1).sort((a, b) => (a[0] as number) - (b[0] as number))
}

/**
 * The first code unit of a line's key (`repeatKey`): a line starts with no white space, and a
 * character's lower case at the start of a text depends on no other (a final sigma is never first).
 */
export function firstKeyUnit(text: string): number {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
  return text.slice(0, 2).toLowerCase().charCodeAt(0)
}

/** What makes two lines copies: the same text in lower case, white space folded (most lines have single spaces only: `unevenSpace`). */
export function repeatKey(text: string, unevenSpace: boolean): string {
  return (unevenSpace ? text.replace(/\s+/g, ' ') : text).toLowerCase()
}

/**
 * Short lines that recur only inside the article (a recipe's "Stir well.", a table's header row
 * above each table) are the article's own: every copy lies between its first and last paragraph.
 * Dense paragraphs said twice stay removed: a page repeating its text is the common case there.
 */
export function keepRecurring(lines: Line[], repeats: ReadonlyArray<number[]>, first: number, last: number): void {
  for (const indices of repeats) {
    if (indices.some((index) => index < first || index > last)) continue
    for (const index of indices) {
      const line = lines[index] as Line
      if (line.rule !== 'repeated' || line.kind === 'good') continue
      line.rule = undefined
      line.keptBy = 'recurring-line'
    }
  }
}

/**
 * Under a "related" heading, other articles' teasers: excerpts cut short with an ellipsis ("... to
 * find the best…"), however long and sentence-like, two or more headline-and-lead pairs in a row
 * (a title-shaped line, then a paragraph of a sentence or two, then the next title), or three
 * headlines or more; so are the bare lines among them
 * (their titles, names and dates). The run ends at the first line that is none of these.
 */
export function markTeaserRuns(lines: Line[]): void {
  for (let index = 0; index < lines.length; index++) {
    if ((lines[index] as Line).rule !== 'related') continue
    let teasers = 0
    let pairs = 0
    let headlines = 0
    // The line before the current pair's title: the heading or the previous pair's lead.
    let pairStart = index
    let end = index + 1
    for (; end < lines.length; end++) {
      const line = lines[end] as Line
      // The next heading starts a run of its own.
      if (line.rule === 'related') break
      if (truncated.test(line.text)) teasers++
      else if (isLead(line) && (lines[end - 1] as Line).title && end - 2 === pairStart) {
        pairs++
        pairStart = end
      } else if (line.title && !line.rule) headlines++
      else if (line.kind !== 'short' && !line.rule) break
    }
    if (teasers === 0 && pairs < 2 && headlines < 3) continue
    for (let at = index + 1; at < end; at++) (lines[at] as Line).rule ??= 'teaser'
    index = end - 1
  }
}

// A teaser's lead: a paragraph of a sentence or two.
const leadLength = 300

function isLead(line: Line): boolean {
  return line.kind !== 'short' && !line.title && !line.rule && line.end - line.start <= leadLength
}

// A short credit line ("(Image credit: Agency)", "Photo: Agency"), and a caption's longest sentence.
const creditLength = 80
const captionLength = 200
const innerSentenceBreak = /[.!?…]["”’»)\]]*\s+["“]?\p{Lu}/u
// A line that is a credit and nothing else: "(Image credit: Agency)", "Photo: Agency".
const creditOnly = /^\(?(?:(?:image|photo|picture|foto)s?(?: credit| courtesy| source)?|credit|source)s?\s*[:|]\s*[^\s)]/i

/**
 * A picture's credit follows its caption: the single sentence just above a credit line is the
 * caption ("An artist's view of the lander." / "(Image credit: Agency)"). A paragraph of the
 * article holds more than one sentence, or more than a caption's length.
 */
export function markCreditedCaptions(lines: Line[]): void {
  for (let index = 1; index < lines.length; index++) {
    const credit = lines[index] as Line
    const above = lines[index - 1] as Line
    if (credit.rule !== 'caption' || credit.end - credit.start > creditLength || above.rule || !creditOnly.test(credit.text)) continue
    if (above.end - above.start <= captionLength && !innerSentenceBreak.test(above.text)) above.rule = 'caption'
  }
}

/** A publisher speaking to its readers, next to an appeal, is part of the appeal. */
export function markAppealRuns(lines: Line[]): void {
  const appeal = (line: Line | undefined) => line?.rule === 'appeal' || line?.cuts.some((cut) => cut.rule === 'appeal')
  for (let pass = 0; pass < 2; pass++) {
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] as Line
      if (!line.rule && line.voice && (appeal(lines[index - 1]) || appeal(lines[index + 1]))) line.rule = 'appeal'
    }
    for (let index = lines.length - 1; index >= 0; index--) {
      const line = lines[index] as Line
      if (!line.rule && line.voice && (appeal(lines[index - 1]) || appeal(lines[index + 1]))) line.rule = 'appeal'
    }
  }
}
