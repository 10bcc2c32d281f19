import type {ArticleRecord, DateMention, Quantity} from '@tidings/core'

/** Test helper: an article record whose sentences end at ". " and whose mentions are found by their text. */
export function article(
  id: string,
  text: string,
  mentions: {dates?: Array<[string, string]>; quantities?: Array<[string, Omit<Quantity, 'start' | 'end' | 'text'>]>} = {},
  extra: Partial<ArticleRecord> = {}
): ArticleRecord {
  const sentences: ArticleRecord['sentences'] = []
  let start = 0
  for (const match of text.matchAll(/\. /g)) {
    sentences.push({start, end: match.index + 1})
    start = match.index + 2
  }
  sentences.push({start, end: text.length})
  const find = (needle: string) => {
    const at = text.indexOf(needle)
    if (at === -1) throw new Error(`${needle} is not in ${id}`)
    return {start: at, end: at + needle.length, text: needle}
  }
  const dates: DateMention[] = (mentions.dates ?? []).map(([needle, value]) => ({...find(needle), type: 'DATE', value}))
  const quantities: Quantity[] = (mentions.quantities ?? []).map(([needle, quantity]) => ({...find(needle), ...quantity}))
  return {kind: 'article', id, text, paragraphs: [{start: 0, end: text.length}], sentences, dates, quantities, messages: [], ...extra}
}
