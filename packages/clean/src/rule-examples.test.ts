import {createPipeline} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {clean} from './index.js'

// These rules fire on two development items or fewer (`pnpm eval --rules`), too few to tell a
// pattern from a fit; the pages below, our own, show each is a pattern of news pages.
const rareRules = ['announced-list', 'attribution', 'bio', 'contact', 'inner-table', 'numbered-list']

const ferry = [
  'The ferry between the two islands will run twice a day from next month, after the council agreed to cover the cost of a second crew.',
  'Islanders have asked for a later crossing for years, saying the last boat leaves before most shops and the clinic on the mainland close.',
  'The operator said the new timetable would be tested over the summer and kept if enough passengers used the evening sailing.'
]
const library = [
  'The town library will open on Sundays from October, the first change to its hours since the reading room was rebuilt after the flood.',
  'Volunteers will staff the desk in the afternoons, and the children’s corner will host a story hour for families who work during the week.',
  'The head librarian said lending had risen by a fifth since the building reopened, and that students had asked for more quiet space.'
]
const harvest = [
  'Apple growers in the valley expect their smallest harvest in a decade, after a late frost in April killed most of the blossom on the lower slopes.',
  'Several farms have already told seasonal pickers that there will be fewer weeks of work this autumn, and some will not hire at all.',
  'The growers’ association has asked the regional government for help with loans, saying a second poor year would force some families to sell.'
]
const followUp = [
  'The figures show that the busiest days come at the start of the week, while the numbers fall away towards the weekend and the holidays.',
  'Organisers will look at them again in the spring, before they decide whether the change is worth keeping for another full year.'
]
const page = (...lines: ReadonlyArray<string>[]) => lines.flat().join('\n')

const examples: Record<string, {fires: string[]; quiet: string[]}> = {
  'announced-list': {
    fires: [
      page(ferry, ['The evening boat will call at these harbours:', 'North Point -- pier 2, from 18:40', 'Quay Market -- pier 1, from 19:05', 'Old Square -- pier 3, from 19:30']),
      page(library, ['The story hour has three guests this autumn:', 'Mira Olsen, author of picture books', 'Tom Reyes, a retired ferry captain', 'Ada Moss, who keeps bees on the roof']),
      page(harvest, ['Growers will meet the minister in three towns:', '12 May – Old Mill Hall, Lower Vale', '19 May – Church Rooms, Highbridge', '26 May – Market House, Eastfold'])
    ],
    quiet: [page(ferry, ['Sections:', 'Home', 'Islands', 'Weather'])]
  },
  attribution: {
    fires: [
      page(ferry, ['Anna Berg in Oslo contributed to this report.']),
      page(library, ['This story is based on news agency reports.']),
      page(harvest, ['Staff writer Paul Lind contributed to the report.'])
    ],
    quiet: [page(harvest, ['Neighbours from the upper valley contributed to a fund for the worst-hit farms.'])]
  },
  bio: {
    fires: [
      page(ferry, ['Lena Hart is a reporter who covers the islands and their ferries for the paper.']),
      page(library, ['Jonas Vik writes about schools, libraries and the town council.']),
      page(harvest, ['Maria Costa has been a correspondent in the valley since 2015.'])
    ],
    quiet: [page(ferry.slice(0, 2), ['Lena Hart is a reporter who has taken the crossing every week for ten years, and she backs the change.'], ferry.slice(2))]
  },
  contact: {
    fires: [
      page(ferry, ['The reporter can be reached at islands@example.com.']),
      page(library, ['Jonas Vik can be emailed at jonas.vik@example.org.']),
      page(harvest, ['Send your news tips to valley@example.net.'])
    ],
    quiet: [page(harvest, ['The minister’s office could not be reached at the weekend.'])]
  },
  'inner-table': {
    fires: [
      page(ferry, ['Monday', '120', 'Tuesday', '95', 'Wednesday', '101', 'Thursday', '88', 'Friday', '143'], followUp),
      page(library, ['Month | Loans', 'June | 4,210', 'July | 3,980', 'August | 3,455', 'September | 4,870', 'October | 5,020', 'November | 4,660', 'December | 3,900'], followUp),
      page(harvest, ['2019', '41,000 t', '2020', '38,500 t', '2021', '44,200 t', '2022', '12,900 t'], followUp)
    ],
    quiet: [page(ferry, ['Monday', '120', 'Tuesday', '95', 'Wednesday', '101', 'Thursday', '88', 'Friday', '143'])]
  },
  'numbered-list': {
    fires: [
      page(ferry, ['The council set three conditions:', '1. The boat runs on time', '2. Fares stay the same', '3. The clinic is told of changes']),
      page(library, ['Readers asked for:', '1) Longer hours', '2) More desks', '3) A printer that works']),
      page(harvest, ['The association wants:', '1. Cheaper loans', '2. A frost fund', '3. Help for pickers'])
    ],
    quiet: [page(ferry, ['Most read', '1. Storm closes the harbour road', '2. New school head named', '3. Lifeboat crew honoured'])]
  }
}

const pipeline = createPipeline({article: [clean], traceRules: true})
const hitsOf = async (text: string, rule: string) => {
  const record = await pipeline.article({id: 'example', text})
  return (record.kind === 'article' ? (record.ruleHits ?? []) : []).filter((hit) => hit.stage === 'clean' && hit.rule === rule)
}

// A clean rule's hit removes a line (kept: false) or vouches for one (kept: true): firing is any hit.
describe('the rules that fire rarely on development data, on pages of our own', () => {
  it('has three pages where each fires and a near miss where it does not', () => {
    expect(Object.keys(examples)).toEqual(rareRules)
    for (const {fires, quiet} of Object.values(examples)) expect([fires.length >= 3, quiet.length >= 1]).toEqual([true, true])
  })
  for (const [rule, {fires, quiet}] of Object.entries(examples)) {
    it.each(fires)(`${rule} fires on %j`, async (text) => expect(await hitsOf(text, rule)).not.toEqual([]))
    it.each(quiet)(`${rule} stays quiet on %j`, async (text) => expect(await hitsOf(text, rule)).toEqual([]))
  }
})
