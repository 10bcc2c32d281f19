import {type ArticleRecord, createPipeline} from '@tidings/core'

/** Made-up place names, one per story, so that every story is its own event. */
function placeName(story: number): string {
  const syllables = ['ka', 'lo', 'mer', 'vin', 'tas', 'ru', 'bel', 'do', 'sen', 'qua', 'fis', 'nor']
  return `${syllables[story % 10]!.toUpperCase()[0]}${syllables[story % 10]!.slice(1)}${syllables[Math.floor(story / 10)]}ville`
}

/** Three reports of each story, told in turn: more articles than one run of the index, and events over both batches. */
export async function articleRecords(stories: number): Promise<ArticleRecord[]> {
  const pipeline = createPipeline()
  const texts = [
    (place: string, n: number) => `Flood water closed ${n} roads in ${place} on Tuesday, the mayor of ${place} said. Pumps ran all night near the river.`,
    (place: string, n: number) => `In ${place}, ${n} roads stayed shut on Tuesday after the river flooded. The mayor asked drivers to stay home.`,
    (place: string, n: number) => `The river flooded ${place} and closed ${n} roads, officials in ${place} said on Tuesday.`
  ]
  const records: ArticleRecord[] = []
  for (let report = 0; report < 3; report++) {
    for (let story = 0; story < stories; story++) {
      const id = `story-${story}-${report}`
      const record = await pipeline.article({id, text: texts[report]!(placeName(story), 10 + story), publishedAt: '2031-04-08'})
      records.push(record as ArticleRecord)
    }
  }
  return records
}
