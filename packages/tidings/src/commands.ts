import type {ArticleRecord, TidingsRecord} from '@tidings/core'
import {
  type ArticleStageName,
  articleStageNames,
  articleStages,
  type CorpusStageName,
  corpusStageNames,
  corpusStages
} from './stages.js'

export interface Command {
  name: string
  summary: string
  /** Per-article stages this command runs, and the corpus stages after them. */
  stages: ReadonlyArray<ArticleStageName>
  corpus: ReadonlyArray<CorpusStageName>
  /** The stage that must exist for the command to be offered. */
  requires?: ArticleStageName | CorpusStageName
  /** True when the output holds every article record whole, so a resumed job can rebuild corpus state from it. */
  writesArticleRecords?: boolean
  /** What the command prints for a record; undefined prints nothing for it. Error records always print. */
  output(record: TidingsRecord): unknown
  examples: ReadonlyArray<string>
}

const allArticleStages = articleStageNames
const identity = (record: TidingsRecord) => record

/**
 * A one-stage command's line for each article record (nothing for other records), with the rules
 * that fired when the job traces them (`--trace-rules`).
 */
function stageOutput(fields: (record: ArticleRecord) => object): Command['output'] {
  return (record) => {
    if (record.kind !== 'article') return undefined
    const line = fields(record)
    return record.ruleHits ? {...line, ruleHits: record.ruleHits} : line
  }
}

export const commands: ReadonlyArray<Command> = [
  {
    name: 'run',
    summary: 'the whole pipeline: article records, then event records',
    stages: allArticleStages,
    corpus: corpusStageNames,
    writesArticleRecords: true,
    output: identity,
    examples: ['tidings run articles/*.txt', 'tidings run --jsonl articles.jsonl --out records.jsonl']
  },
  {
    name: 'articles',
    summary: 'article records only (every per-article stage)',
    stages: allArticleStages,
    corpus: [],
    writesArticleRecords: true,
    output: identity,
    examples: ['tidings articles page.html', 'cat articles.jsonl | tidings articles --jsonl - --published 2024-01-04']
  },
  {
    name: 'clean',
    summary: 'the article text without boilerplate: {id, text, removed, metadata}',
    stages: ['clean'],
    corpus: [],
    requires: 'clean',
    output: stageOutput((record) => ({
      id: record.id,
      text: record.cleanText ?? record.text,
      removed: record.removed ?? [],
      metadata: record.metadata ?? {}
    })),
    examples: ['tidings clean scraped.txt', 'tidings clean --jsonl pages.jsonl --ignore-html']
  },
  {
    name: 'segment',
    summary: 'sentence and paragraph offsets: {id, sentences, paragraphs}',
    stages: ['segment'],
    corpus: [],
    requires: 'segment',
    output: stageOutput((record) => ({id: record.id, sentences: record.sentences, paragraphs: record.paragraphs})),
    examples: ['tidings segment article.txt', 'tidings segment --clean page.html']
  },
  {
    name: 'quantities',
    summary: 'quantities with units, bounds and SI values: {id, quantities}',
    stages: ['segment', 'dates', 'quantities'],
    corpus: [],
    requires: 'quantities',
    output: stageOutput((record) => ({id: record.id, quantities: record.quantities ?? []})),
    examples: ['tidings quantities article.txt', 'tidings quantities --jsonl sentences.jsonl --out quantities.jsonl']
  },
  {
    name: 'entities',
    summary: 'people, organisations, places and other names, each with its name in the article: {id, entities}',
    stages: ['segment', 'dates', 'entities'],
    corpus: [],
    requires: 'entities',
    output: stageOutput((record) => ({id: record.id, entities: record.entities ?? []})),
    examples: ['tidings entities article.txt', 'tidings entities --jsonl articles.jsonl --out entities.jsonl']
  },
  {
    name: 'dates',
    summary: 'temporal expressions as TIMEX3 values: {id, publishedAt, dates}',
    stages: ['segment', 'dates'],
    corpus: [],
    requires: 'dates',
    output: stageOutput((record) => ({
      id: record.id,
      publishedAt: record.referenceDate?.value ?? record.publishedAt ?? null,
      ...(record.referenceDate ? {referenceDate: record.referenceDate} : {}),
      dates: record.dates ?? []
    })),
    examples: ['tidings dates article.txt --published 2024-01-04', 'tidings dates --jsonl articles.jsonl']
  },
  {
    name: 'places',
    summary: 'places resolved to the map: {id, places, adjectives}',
    stages: ['segment', 'entities', 'places'],
    corpus: [],
    requires: 'places',
    // Toponyms and adjectives apart: gazetteers and toponym scorers count names, and "Ukrainian" is not one.
    output: stageOutput((record) => ({
      id: record.id,
      places: (record.places ?? []).filter((place) => !place.adjective),
      adjectives: (record.places ?? []).filter((place) => place.adjective)
    })),
    examples: ['tidings places article.txt', 'tidings places --jsonl articles.jsonl --out places.jsonl']
  },
  {
    name: 'events',
    summary: 'event records from article records or raw documents',
    stages: allArticleStages,
    corpus: corpusStageNames,
    requires: 'events',
    output: (record) => (record.kind === 'article' ? undefined : record),
    examples: ['tidings articles *.txt --out articles.jsonl && tidings events --jsonl articles.jsonl', 'tidings events seeds/*.txt']
  }
]

/** The commands whose stages this build has. */
export function availableCommands(): Command[] {
  return commands.filter(
    (command) => command.requires === undefined || command.requires in articleStages || command.requires in corpusStages
  )
}
