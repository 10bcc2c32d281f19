import type {Entity, Place} from '@tidings/core'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {places} from './index.js'

// Each filter with three sentences of our own where it fires (drops a name, or some of its
// readings, or marks them weak) and one where it keeps quiet: patterns of news English, not fits.
// A [bracketed] name is one another stage typed as an organisation.
const examples: Record<string, {fires: string[]; quiet: string[]}> = {
  'after-number': {
    fires: [
      'Researchers at 38 North published new satellite images on Friday.',
      'The crash closed Interstate 95 North near the bridge.',
      'Crews cleared snow from Highway 1 South before dawn.'
    ],
    quiet: ['Floods hit 12 towns in northern Kenya last week.']
  },
  code: {
    fires: [
      'Engineers restarted the Paris-3 reactor on Monday.',
      'The Boston-1 probe reached orbit.',
      'A Denver-2 drone crashed near the base.',
      'The fund pledged US$40 million to the clinics.',
      'Exports were worth $US 3 billion last year.'
    ],
    quiet: ['The Paris-Berlin train was late.']
  },
  'after-title': {
    fires: [
      'Mr. Lincoln said the plan would cost more.',
      'Gov. Jackson signed the bill on Tuesday.',
      'President Austin met the delegation.'
    ],
    quiet: ['The president flew to Austin on Tuesday.']
  },
  'in-person-name': {
    fires: [
      'Analyst Tessa Lowell expects prices to rise.',
      'Marcus Denton spent a decade at the bank.',
      'Coach Priya Houston praised the defence.'
    ],
    quiet: ['Prices rose in Houston and Denton last month.']
  },
  'first-name': {
    fires: [
      'Victoria Okafor won the race.',
      'Austin Mbeki signed the contract on Friday.',
      'Paris Hilton arrived late.'
    ],
    quiet: ['Queensland Premier Anna Bligh declared a disaster.', 'Ohio Sen. Rob Portman voted no.', 'Samples went to the NY Plum Island center.']
  },
  speaker: {
    fires: [
      'Prices will rise again, Lowell said.',
      'We are ready, Denton told reporters.',
      'The vote is close, Tulsa added.'
    ],
    quiet: [
      'The vote in Tulsa was close.',
      'Officials in Denton said the road reopened.',
      'A resident of Lowell told reporters the bridge was shut.',
      'Officials in Denton and Lowell said the roads reopened.'
    ]
  },
  'in-hyphenated-name': {
    fires: [
      'Tankers crossed the Bab-el-Mandab strait at night.',
      'Shells fell on Rafah-al-Sharqiya at dawn.',
      'Pilgrims bathed at the Ain-es-Sultan spring.'
    ],
    quiet: ['Drones hit an airfield near Rostov-on-Don.']
  },
  'in-feature-name': {
    fires: [
      'Hikers were rescued in the Ural Mountains on Sunday.',
      'The barge sank in the Hudson River.',
      'Fishermen on Lake Victoria reported a storm.',
      'The fire spread along Washington Avenue overnight.',
      'A crash closed Boston Road for hours.',
      'Trucks jammed the Santa Monica Freeway at dawn.',
      'Climbers waited below Mt. Everest for the wind to drop.',
      'Tanzania, home to Mt. Kilimanjaro, drew more visitors.'
    ],
    quiet: ['Floods reached Victoria, the state capital said.', 'Buses left Mt. Pleasant, Michigan, at noon.']
  },
  'in-organisation-name': {
    fires: [
      'According to Xinhua News Agency, the bridge reopened.',
      'The Lowell Sun Times reported the closure.',
      'Shares of Denton Foods fell 4%.',
      'She told the New York Times the talks had stalled.',
      'A reporter for the Washington Post asked about the plan.',
      'Leeds United beat the leaders on Saturday.',
      'Bristol Rovers signed a striker from Scotland.',
      'Fans of Manchester United marched to the ground.'
    ],
    quiet: ['Officials in Denton said the road reopened.', 'Fans of Kenya United for Peace marched in Nairobi.', 'Leeds and Bristol united behind the plan.']
  },
  'sports-team': {
    fires: [
      'Syracuse beat Duke 78-70 on Saturday night.',
      'Leeds drew with Burnley 1-1 at the weekend.',
      'Arsenal won, while Liverpool lost 3-1 to Brighton.',
      'Kent beat Surrey by 50 runs.',
      'Houston edged Memphis 68-66 in overtime.'
    ],
    quiet: [
      'Kentucky won 85-77 in Knoxville on Friday.',
      'Exports from Houston fell 3-4% last year.',
      'Texas beat the deadline by two days.',
      'India beat Australia by six wickets in Mumbai.',
      'Prices in Leeds fell 2-3 percent in May.'
    ]
  },
  'the-common-noun': {
    fires: [
      'Farmers across the Plains lost their wheat, officials in Kansas said.',
      'A fire in the Valley forced 2,000 people from their homes in Alabama.',
      'Snow fell across the Highlands overnight, officials in New Jersey said.'
    ],
    quiet: [
      'Rain will spread across the Midlands by Tuesday.',
      'Shops reopened in The Woodlands after the storm.',
      'A blaze hit a shop in Wellington. The Wellington crew put it out.',
      'Farmers in Plains, Pa., lost their crops.'
    ]
  },
  'relative-who': {
    fires: [
      'Jordan, who owns part of the team, said he was pleased.',
      'Her sister Paris, who is 19, moved to the coast.',
      'Coach Dallas Reed praised Dallas, who scored twice.',
      'The match ended late. Georgia, who had led all night, lost.'
    ],
    quiet: [
      'Aid reached refugees from Syria, who fled the war.',
      'Jordan, which hosts a million refugees, asked for aid.',
      'A man from Springfield, Ill., who was not named, died.',
      'A farmer in rebel-held Idlib, who lost his home, spoke to us.',
      'Migrants from Vietnam, Cambodia and Laos, who arrived in 1980, settled here.',
      'A nurse from Mill Hill, north London, who treated him, spoke.',
      'A man in St. Louis, who was not named, died.',
      'In Kenya, WHO says cases fell.'
    ]
  },
  'division-list': {
    fires: [
      'Floods hit Ankara, Samsun and Ordu provinces on Monday.',
      'Traders in Kaduna and Katsina states shut their shops.',
      'Bergen and Passaic counties opened shelters.'
    ],
    quiet: ['Floods hit Ankara and Samsun on Monday.', 'Officials in Kent and Essex said other counties agreed.']
  },
  'world-region': {
    fires: [
      'Drought in the Sahel has spread, the agency said.',
      'Ships in the Red Sea were attacked on Monday.',
      'Jihadists moved across the Sahel last year.'
    ],
    quiet: ['Militants attacked a town in the Sahel region of Burkina Faso.', 'Flights to Asia were cut.']
  },
  'dateline-town': {
    fires: [
      'ANKARA, Turkey — Floods hit Samsun and Ordu provinces on Monday.',
      'LVIV, Ukraine (Wire) - Sirens sounded before dawn.',
      'KANO — Traders in Kano and Kaduna states closed their shops.'
    ],
    quiet: ['Floods hit Ankara, Samsun and Ordu provinces on Monday.', 'LONDON — The council met.']
  },
  'after-comma': {
    fires: [
      'Call the office OR write to the board.',
      'Tell ME what happened, she wrote.',
      'Entries must arrive IN TIME for the draw.'
    ],
    quiet: ['A storm hit Springfield, Ill., on Monday.', 'Sen. Ann Lee, R-Mo., backed the bill.', 'Rep. Tom Hale (D-Calif.) voted no.']
  },
  'kind-noun': {
    fires: [
      'The city of New York reported 40 cases.',
      'Officials in the town of Victoria closed the road.',
      'Farms in the state of Washington were inspected.'
    ],
    quiet: ['The state of the economy worried voters in Ohio.', 'The city of Boston reopened its schools.']
  },
  governor: {
    fires: [
      'Georgia Gov. Brian Kemp signed the bill on Tuesday.',
      'The governor of Washington declared an emergency.',
      'Gov. Kathy Hochul of New York toured the damage.'
    ],
    quiet: ['Georgia and Armenia signed a trade deal.', 'The Governor of the Bank of England spoke in London.', 'Officials of New York met the mayor.']
  },
  'direction-word': {
    fires: [
      'Snow closed schools across upstate New York on Monday.',
      'Wildfires forced evacuations in eastern Washington.',
      'Farmers in northern New York lost much of the harvest.'
    ],
    quiet: ['Protests spread through northern Paris overnight.', 'Flooding hit eastern Ukraine.', 'The northern New York Times bureau closed.']
  },
  'people-word': {
    fires: [
      'Brits flocked to the coast for the long weekend.',
      'Thousands of Brits were stranded at the airport.',
      'Many Brits booked holidays abroad this year.'
    ],
    quiet: ['Flooding closed roads in the town of Brits.']
  },
  'saints-site': {
    fires: [
      "Crowds filled St. Peter's Square for the blessing.",
      "The driver was taken to St. Mary's Hospital in the city.",
      "Mourners gathered at Saint Patrick's Cathedral on Sunday.",
      "Two of the injured were treated at St George's overnight.",
      "She sang in the choir at St. Vincent's for a decade.",
      'St. Paul Lutheran Church will mark its centenary with a dinner.',
      'Pupils at St. Louis Catholic School raised money for the food bank.',
      'The couple married at St. Albans Cathedral in June.'
    ],
    quiet: ['Fog delayed ferries to St. Helier, Jersey, on Monday.', 'St. Paul police closed the bridge after the crash.', 'A St. Louis church hosted the vigil on Friday.']
  },
  'institution-word': {
    fires: [
      'Police in the capital arrested two men.',
      'The Council voted to close the pool, officials in Idaho said.',
      'Congress passed the bill after a debate in Arizona.'
    ],
    quiet: ['The mayor of Council, Idaho, resigned.', 'Roads closed in the town of Police on Monday.']
  },
  'ordinary-word-in-name': {
    fires: [
      'Officials in Texas said patients at [Harbor Treatment Center] in Malibu were moved.',
      'Freight cars of [Union Pacific] were stranded near Cheyenne.',
      'Lawyers for the [Center for Coastal Safety] filed the suit in Texas.'
    ],
    quiet: ['The [Texas Department of Health] sent nurses to Malibu.', 'The [Reading Symphony Orchestra] played in Reading on Friday.']
  },
  'weak-name': {
    fires: [
      'Reading the report, the minister frowned.',
      'Mobile phones were banned in the hall.',
      'Bath time ended early at the shelter.',
      'Hope faded as the river rose, Arkansas officials said.',
      'Tornado kills three in Oklahoma. A tornado tore through two towns.'
    ],
    quiet: ['Flooding closed roads in Chicago.', 'Flooding closed roads in Hertfordshire.']
  }
}

async function run(marked: string): Promise<{places: Place[]; rules: string[]}> {
  const entities: Entity[] = []
  let text = ''
  for (const [index, part] of marked.split(/[[\]]/).entries()) {
    if (index % 2 === 1) entities.push({start: text.length, end: text.length + part.length, text: part, type: 'organisation', name: part})
    text += part
  }
  const file = new VFile({value: text})
  file.data.text = text
  ;(file.data as {entities?: Entity[]}).entities = entities
  file.data.traceRules = true
  await unified().use(places).run({type: 'RootNode', children: []}, file)
  return {places: file.data.places ?? [], rules: (file.data.ruleHits ?? []).map((hit) => hit.rule)}
}

describe.each(Object.entries(examples))('%s', (rule, {fires, quiet}) => {
  it.each(fires)('fires on %s', async (sentence) => {
    expect((await run(sentence)).rules).toContain(rule)
  })
  it.each(quiet)('keeps quiet on %s', async (sentence) => {
    expect((await run(sentence)).rules).not.toContain(rule)
  })
})

it('drops the names these rules name as no place', async () => {
  const dropped = await run('Analyst Tessa Lowell, Gov. Jackson and 38 North doubt the KN-23 works, Denton said.')
  expect(dropped.places).toEqual([])
})

it('keeps a town with its state where the article speaks of the town as a person or an organisation elsewhere', async () => {
  const found = await run('[Woodburn] said it would sue. Woodburn said so again. Floods later hit homes in Woodburn, Ore., on Monday.')
  expect(found.places.map((place) => `${place.text}=${place.name}/${place.admin1}`)).toEqual(['Woodburn=Woodburn/Oregon', 'Ore.=Oregon/Oregon'])
})

it('drops a town named by a word the article writes in lower case where it capitalises it only to open a sentence', async () => {
  expect((await run('Tornado kills three in Oklahoma. A tornado tore through two towns.')).places.map((place) => place.text)).toEqual(['Oklahoma'])
  expect((await run('Power was cut in Tornado, W.Va., and a tornado watch was issued.')).places.map((place) => place.text)).toEqual(['Tornado', 'W.Va.'])
})

it('drops the teams of a result but keeps its venue and a national side', async () => {
  expect((await run('Kentucky defeated Tennessee 85-77 in Knoxville.')).places.map((place) => place.text)).toEqual(['Knoxville'])
  expect((await run('India beat Australia by six wickets.')).places.map((place) => place.text)).toEqual(['India', 'Australia'])
})

it('reads a common noun after "the" as the region, not a small town of that name', async () => {
  expect((await run('Farmers across the Plains lost their wheat, officials in Kansas said.')).places.map((place) => `${place.text}=${place.name}`)).toEqual(['Kansas=Kansas'])
  expect((await run('Rain will spread across the Midlands by Tuesday.')).places.map((place) => `${place.text}=${place.name}`)).toEqual(['Midlands=Midlands'])
})
