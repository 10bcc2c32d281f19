import type {DateRefiner} from './types.js'

/** Of overlapping candidates, the longest is kept (the earliest of equals); the others are dropped. */
export const longestFirst: DateRefiner = {
  id: 'longest-first',
  scope: 'sentence',
  minimum: 2,
  refine(candidates, {trace}) {
    candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
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
