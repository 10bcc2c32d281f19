/**
 * Short news documents we write ourselves, for the queue mode's tests and benchmark: reports of
 * many small events, several papers per event, some of them near copies of another paper's text.
 */
const towns = ['Teller Bay', 'Norland', 'Ostby', 'Quarry Hill', 'Marsh End', 'Fenwick', 'Lowmoor', 'Brightwater', 'Caddon', 'Elmstead']
const happenings = [
  (town: string, n: number) => `A barge struck the ${town} bridge on Monday, and engineers closed it after finding ${n} cracked beams.`,
  (town: string, n: number) => `Voters in ${town} approved a library tax of ${n} cents on Tuesday, the county clerk said.`,
  (town: string, n: number) => `A fire at the ${town} paper mill burned for ${n} hours on Wednesday before crews put it out.`,
  (town: string, n: number) => `The ${town} school board hired ${n} teachers on Thursday to cut class sizes next year.`,
  (town: string, n: number) => `Flooding closed ${n} roads around ${town} on Friday after two days of heavy rain.`
]
const papers = ['Gazette', 'Courier', 'Herald', 'Post', 'Ledger']
const closings = [
  'Officials said more details would follow next week.',
  'Residents were asked to check the council website for updates.',
  'The mayor called the day a test for the whole town.',
  'A public meeting is set for March 12 at 7 p.m.'
]

export interface GeneratedDocument {
  id: string
  text: string
  publishedAt: string
  source: string
}

/** `count` documents: event `n / 5` told by five papers in turn; every seventh document nearly copies the one before it. */
export function queueDocuments(count: number): GeneratedDocument[] {
  const documents: GeneratedDocument[] = []
  for (let index = 0; index < count; index++) {
    const event = Math.floor(index / 5)
    const town = towns[event % towns.length]!
    const happening = happenings[Math.floor(event / towns.length) % happenings.length]!
    const figure = 2 + (event % 37)
    const paper = papers[index % papers.length]!
    const day = String(1 + (event % 28)).padStart(2, '0')
    const text =
      index % 7 === 6
        ? `${documents[index - 1]!.text}\nShare this article`
        : `${happening(town, figure)}\nThe ${paper} spoke to ${3 + (index % 9)} people there, who described the day.\n${closings[index % closings.length]}`
    documents.push({id: `doc-${String(index).padStart(5, '0')}`, text, publishedAt: `2026-03-${day}`, source: `The ${paper}`})
  }
  return documents
}
