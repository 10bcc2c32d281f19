import type {Candidate} from '../rules/types.js'
import type {DateRefiner} from './types.js'

const byStartLongestFirst = (a: Candidate, b: Candidate) => a.start - b.start || b.end - b.start - (a.end - a.start)

/** Whether `candidates` stand as `byStartLongestFirst` puts them; a stable sort leaves them so. */
function inOrder(candidates: ReadonlyArray<Candidate>): boolean {
  for (let index = 1; index < candidates.length; index++) if (byStartLongestFirst(candidates[index - 1] as Candidate, candidates[index] as Candidate) > 0) return false
  return true
}

/** Of overlapping candidates, the longest is kept (the earliest of equals); the others are dropped. */
export const longestFirst: DateRefiner = {
  id: 'longest-first',
  scope: 'sentence',
  minimum: 2,
  refine(candidates, {trace}) {
    // Two sentences in three give their candidates in order already (in news), and a sort costs more than this look.
    if (!inOrder(candidates)) candidates.sort(byStartLongestFirst)
    const kept: typeof candidates = []
    for (const candidate of candidates) {
      const last = kept.at(-1)
      if (last && candidate.start < last.end) {
        const longer = candidate.end - candidate.start > last.end - last.start
        const dropped = longer ? last : candidate
        trace(dropped.start, dropped.end, false)
        if (longer) kept[kept.length - 1] = candidate
        continue
      }
      kept.push(candidate)
    }
    return kept
  }
}
