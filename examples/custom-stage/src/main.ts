import {tidings} from 'tidings'
import {numbering, shouting} from './stages.js'

const pipeline = tidings({
  published: '2025-03-10',
  extraArticleStages: [[shouting, {minLetters: 3}]],
  extraCorpusStages: [numbering()]
})
const documents = [
  {id: 'one', text: 'Protesters held signs reading STOP THE PLAN.'},
  {id: 'two', text: 'Fishermen cheered the ruling.'}
]
for await (const record of pipeline.run(documents)) {
  if (record.kind === 'article') console.log(record.id, JSON.stringify(record.extensions))
}
