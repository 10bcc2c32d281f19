import {clean} from '@tidings/clean'
import type {CorpusStage} from '@tidings/core'
import {dates} from '@tidings/dates'
import {dedupe} from '@tidings/dedupe'
import {entities} from '@tidings/entities'
import {events} from '@tidings/events'
import {places} from '@tidings/places'
import {quantities} from '@tidings/quantities'
import {segment} from '@tidings/segment'
import type {Pluggable} from 'unified'

/** The per-article stages, in the order a full run applies them. */
// Dates before quantities: numbers inside dates and times are not quantities.
// Entities before places: places take the names entities typed as people or organisations as vetoes.
export const articleStageNames = ['clean', 'segment', 'dates', 'quantities', 'entities', 'places'] as const
export type ArticleStageName = (typeof articleStageNames)[number]

/** The corpus stages, in the order a full run applies them. */
export const corpusStageNames = ['dedupe', 'events'] as const
export type CorpusStageName = (typeof corpusStageNames)[number]

/** The built-in stages this build ships; a stage that does not exist yet is simply not in the pipeline. */
export const articleStages: Partial<Record<ArticleStageName, () => Pluggable>> = {
  clean: () => clean,
  segment: () => segment,
  dates: () => dates,
  quantities: () => quantities,
  entities: () => entities,
  places: () => places
}
export const corpusStages: Partial<Record<CorpusStageName, () => CorpusStage>> = {
  dedupe: () => dedupe(),
  events: () => events()
}
