import type {Candidate} from './rules/types.js'

/** A hit the stage traced, whose `kept` is settled once the refiners are done. */
interface SettledHit {
  kept?: boolean
}

/**
 * Which rule matches reach the stage's output, for the rule hits `pnpm eval --rules` counts. A
 * match that a later refiner drops ("May" inside "May 5 and 6", given way to the longer mention) is
 * no hit of its rule; a mention a refiner rewrites or joins ("Friday" and "at 4pm" into one time)
 * carries on the matches it was made from. Used only when the pipeline traces rules.
 */
export interface Survival {
  /** The candidates one rule match built, and its hit. */
  built(hit: SettledHit, candidates: ReadonlyArray<Candidate>): void
  /** One refiner's pass: what it got, what it gave back, and the spans it traced as dropped. */
  passed(before: ReadonlyArray<Candidate>, after: ReadonlyArray<Candidate>, dropped: ReadonlyArray<{start: number; end: number}>): void
  /** Marks as not kept every hit none of whose candidates `final` carries on. */
  settle(final: ReadonlyArray<Candidate>): void
}

export function createSurvival(): Survival {
  const hits: SettledHit[] = []
  // The hits each candidate carries on, by the candidate object: refiners pass on the objects they
  // leave alone, and make new ones for what they change.
  const origins = new Map<Candidate, number[]>()
  const carry = (candidate: Candidate, from: ReadonlyArray<number>) => origins.set(candidate, [...(origins.get(candidate) ?? []), ...from])
  return {
    built(hit, candidates) {
      const index = hits.push(hit) - 1
      for (const candidate of candidates) carry(candidate, [index])
    },
    passed(before, after, dropped) {
      const kept = new Set(after)
      const given = new Set(before)
      const made = after.filter((mention) => !given.has(mention))
      for (const old of before) {
        const from = origins.get(old)
        if (kept.has(old) || from === undefined || dropped.some(({start, end}) => start === old.start && end === old.end)) continue
        for (const mention of made) if (mention.start < old.end && old.start < mention.end) carry(mention, from)
      }
    },
    settle(final) {
      const survived = new Set(final.flatMap((mention) => origins.get(mention) ?? []))
      for (const [index, hit] of hits.entries()) if (!survived.has(index)) hit.kept = false
    }
  }
}
