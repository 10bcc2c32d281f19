import {CITY, COUNTY, entryOf} from './gazetteer.js'
import {type PlaceFilter, tokenAt} from './filters.js'
import {spaceGap} from './text.js'

/**
 * "Police said", "the Council voted", "Congress passed the bill": a word for an institution
 * (`institutionWords`), capitalized on its own, names the body, not a town of that name (Police in
 * Poland, Council in Idaho, Congress in Arizona); the town stands only as "Town, State" ("Council,
 * Idaho") or after a town's noun and "of" ("the town of Police").
 */
export const institutionWord: PlaceFilter = {
  id: 'institution-word',
  apply(candidate, input) {
    const {text, gazetteer, institutionWords, townNouns} = input
    if (candidate.first !== candidate.last || candidate.container || !institutionWords.has(candidate.key)) return false
    const of = tokenAt(input, candidate.first - 1)
    const noun = tokenAt(input, candidate.first - 2)
    if (of?.key === 'of' && noun !== undefined && townNouns.has(noun.key) && spaceGap(text, of.end, candidate.start, true)) return false
    const kept = candidate.readings.filter((value) => gazetteer.kind[entryOf(value)] !== CITY && gazetteer.kind[entryOf(value)] !== COUNTY)
    if (kept.length === 0) return 'drop'
    if (kept.length === candidate.readings.length) return false
    candidate.readings = kept
    return true
  }
}
