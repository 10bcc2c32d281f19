import type {CorpusStage} from '@tidings/core'
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'

export interface ShoutingOptions {
  /** Words of at least this many capital letters count as shouting. */
  minLetters?: number
}

/** A per-article stage: lists words in capitals, with their offsets, under `extensions.shouting`. */
export const shouting: Plugin<[ShoutingOptions?], Root> = function (options = {}) {
  const minLetters = options.minLetters ?? 3
  if (!Number.isInteger(minLetters) || minLetters < 2) throw new TypeError('`minLetters` must be an integer of at least 2')
  const capitals = new RegExp(`^[A-Z]{${minLetters},}$`)
  return (_tree, file) => {
    const text = file.data.text ?? ''
    const words: Array<{start: number; end: number; text: string}> = []
    for (const match of text.matchAll(/\p{L}+/gu)) {
      if (capitals.test(match[0])) words.push({start: match.index, end: match.index + match[0].length, text: match[0]})
    }
    file.data.extensions = {...file.data.extensions, shouting: words}
  }
}

/** A corpus stage: passes every record on and tags each article with its position in the stream. */
export function numbering(): CorpusStage {
  return {
    name: 'numbering',
    async *transform(records) {
      let position = 0
      for await (const record of records) {
        yield record.kind === 'article' ? {...record, extensions: {...record.extensions, position: position++}} : record
      }
    }
  }
}
