import type {ArticleRecord, EventRecord, TidingsRecord} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {events} from './index.js'
import {article} from './test-records.js'

const km = (value: number) => ({dimension: 'length', bound: 'approximate' as const, value, normalized: {value: value * 1000, unit: 'm'}})
const miles = (value: number) => ({dimension: 'length', bound: 'approximate' as const, value, normalized: {value: value * 1609.344, unit: 'm'}})

const harbourGazette = article(
  'gazette',
  'Storm Alda flooded the harbour of Port Elden on Saturday. The sea wall at Elden broke along about 40 km of coast, the harbour master Ines Varga said. Crews from Elden and Moravik pumped water through the night.',
  {dates: [['Saturday', '2031-03-15']], quantities: [['about 40 km', km(40)]]},
  {publishedAt: '2031-03-17', source: 'Gazette'}
)
const harbourPost = article(
  'post',
  'Harbour master Ines Varga said Storm Alda broke the Elden sea wall on March 15, flooding Port Elden. Some 25 miles of coast were hit. Moravik sent crews to pump water.',
  {dates: [['March 15', '2031-03-15']], quantities: [['Some 25 miles', miles(25)]]},
  {publishedAt: '2031-03-16', url: 'https://www.example-post.org/alda'}
)
const harbourWire = article(
  'wire',
  'Port Elden harbour master Ines Varga said the Storm Alda sea wall breach at Elden happened on March 22. Crews from Moravik pumped water out of the harbour.',
  {dates: [['March 22', '2031-03-22']]},
  {publishedAt: '2031-03-17'}
)
const orchestra = article(
  'orchestra',
  'The Tarvo Philharmonic opened its season on Friday with a new symphony by Lena Okafor. Conductor Pavel Ruud led three premieres at the Tarvo concert hall.',
  {dates: [['Friday', '2031-03-14']]},
  {publishedAt: '2031-03-15'}
)

async function run(stage: ReturnType<typeof events>, ...records: TidingsRecord[]): Promise<TidingsRecord[]> {
  const output: TidingsRecord[] = []
  for await (const record of stage.transform((async function* () { yield* records })())) output.push(record)
  return output
}

const onlyEvents = (records: TidingsRecord[]) => records.filter((record): record is EventRecord => record.kind === 'event')

describe('events', () => {
  it('passes every record on, then gives one event record per real-world event', async () => {
    const output = await run(events(), harbourGazette, orchestra, harbourPost, harbourWire)
    expect(output.map((record) => `${record.kind}:${record.id}`)).toEqual([
      'article:gazette',
      'article:orchestra',
      'article:post',
      'article:wire',
      'event:event-1',
      'event:event-2'
    ])
    expect(onlyEvents(output).map((event) => event.articles)).toEqual([['gazette', 'post', 'wire'], ['orchestra']])
  })

  it('lists sources, dates, the timeline, reconciled facts and conflicts', async () => {
    const [flood] = onlyEvents(await run(events(), harbourGazette, harbourPost, harbourWire))
    expect(flood!.title).toBe('Storm Alda flooded the harbour of Port Elden on Saturday.')
    expect(flood!.sources).toEqual([
      {article: 'gazette', outlet: 'Gazette', publishedAt: '2031-03-17'},
      {article: 'post', outlet: 'example-post.org', url: 'https://www.example-post.org/alda', publishedAt: '2031-03-16'},
      {article: 'wire', publishedAt: '2031-03-17'}
    ])
    expect(flood!.when).toEqual([
      {value: '2031-03-15', text: 'Saturday', sources: 2, articles: ['gazette', 'post']},
      // The wire's day comes after its publication: it reports the day it was published, which no words name.
      {value: '2031-03-17', sources: 1, articles: ['wire']},
      {value: '2031-03-22', text: 'March 22', sources: 1, articles: ['wire']}
    ])
    expect(flood!.timeline.map((entry) => [entry.date, entry.sources, entry.mentions.map((mention) => mention.text)])).toEqual([
      ['2031-03-15', ['gazette', 'post'], ['Saturday', 'March 15']],
      ['2031-03-22', ['wire'], ['March 22']]
    ])
    expect(flood!.facts).toEqual([
      {
        dimension: 'length',
        unit: 'm',
        value: 40_116.8,
        range: [40_000, 40_233.6],
        mentions: [
          {article: 'gazette', start: 92, end: 103, text: 'about 40 km'},
          {article: 'post', start: 101, end: 114, text: 'Some 25 miles'}
        ]
      }
    ])
    expect(flood!.conflicts).toEqual([
      {
        kind: 'date',
        reason: 'wire gives 2031-03-22 where other sources give 2031-03-15 for the same happening',
        sides: [
          {
            value: '2031-03-15',
            mentions: [
              {article: 'gazette', start: 48, end: 56, text: 'Saturday'},
              {article: 'post', start: 70, end: 78, text: 'March 15'}
            ]
          },
          {value: '2031-03-22', mentions: [{article: 'wire', start: 94, end: 102, text: 'March 22'}]}
        ]
      }
    ])
  })

  it('sees no conflict in a sentence that names the other source\'s day as well', async () => {
    const fire = article('fire', 'The ferry Aster caught fire off Port Elden on Sunday, the coast guard said.', {dates: [['Sunday', '2031-03-16']]})
    const said = article('said', 'The ferry Aster caught fire off Port Elden on Sunday, the coast guard said Monday.', {
      dates: [['Sunday', '2031-03-16'], ['Monday', '2031-03-17']]
    })
    const [event] = onlyEvents(await run(events(), fire, said))
    expect(event!.articles).toEqual(['fire', 'said'])
    expect(event!.conflicts).toEqual([])
  })

  it('takes the title from a headline, and the timeline text from a sentence that names its day alone', async () => {
    const headed = article(
      'headed',
      'Crews from Moravik pumped water out of Port Elden all night. The sea wall at Elden gave way on Saturday, harbour master Ines Varga said Sunday.',
      {dates: [['Saturday', '2031-03-15'], ['Sunday', '2031-03-16']]},
      {title: 'Sea wall gives way in Port Elden'}
    )
    const plain = article('plain', 'Harbour master Ines Varga said the Port Elden sea wall gave way on Saturday. Crews from Moravik pumped water.', {
      dates: [['Saturday', '2031-03-15']]
    })
    const [event] = onlyEvents(await run(events(), plain, headed))
    expect(event!.title).toBe('Sea wall gives way in Port Elden')
    expect(event!.timeline.map((entry) => [entry.date, entry.text])).toEqual([
      ['2031-03-15', 'Harbour master Ines Varga said the Port Elden sea wall gave way on Saturday.'],
      ['2031-03-16', 'The sea wall at Elden gave way on Saturday, harbour master Ines Varga said Sunday.']
    ])
  })

  it('sees two happenings, not a dispute, in two days that several sources each back', async () => {
    const launches = (id: string, text: string) =>
      article(id, text, {dates: [['March 15', '2031-03-15'], ['March 18', '2031-03-18']]})
    const [event] = onlyEvents(
      await run(
        events(),
        launches('one', 'Missiles from Port Elden were launched on March 15. More missiles from Port Elden were launched on March 18.'),
        launches('two', 'Port Elden launched missiles on March 15. Port Elden launched more missiles on March 18.')
      )
    )
    expect(event!.articles).toEqual(['one', 'two'])
    expect(event!.conflicts).toEqual([])
  })

  it('counts a source that gives the day without its year among those behind the resolved day', async () => {
    const dated = article('dated', 'Storm Alda flooded Port Elden on 30 December, harbour master Ines Varga said.', {dates: [['30 December', '2031-12-30']]})
    const yearless = article('yearless', 'Harbour master Ines Varga said Storm Alda flooded Port Elden on December 30.', {dates: [['December 30', 'XXXX-12-30']]})
    const [event] = onlyEvents(await run(events(), dated, yearless))
    expect(event!.when).toEqual([{value: '2031-12-30', text: '30 December', sources: 2, articles: ['dated', 'yearless']}])
    expect(event!.timeline.map((entry) => [entry.date, entry.sources])).toEqual([['2031-12-30', ['dated', 'yearless']]])
  })

  it('flags counts of one thing that sources give differently, and never averages them', async () => {
    const count = (value: number) => ({dimension: 'count', bound: 'exact' as const, value, of: 'boats'})
    const a = article('a', 'Storm Alda sank 12 boats in Port Elden, harbour master Ines Varga said.', {quantities: [['12 boats', count(12)]]})
    const b = article('b', 'Harbour master Ines Varga said Storm Alda sank 15 boats at Port Elden.', {quantities: [['15 boats', count(15)]]})
    const [event] = onlyEvents(await run(events(), a, b))
    expect(event!.facts.map((fact) => fact.value)).toEqual([12, 15])
    expect(event!.conflicts).toEqual([
      {
        kind: 'fact',
        reason: 'Sources give different counts of boats: 12 or 15',
        sides: [
          {value: '12', mentions: [{article: 'a', start: 16, end: 24, text: '12 boats'}]},
          {value: '15', mentions: [{article: 'b', start: 47, end: 55, text: '15 boats'}]}
        ]
      }
    ])
  })

  it('says who did what where: names and places across sources, ranked by sources, then headlines and how early', async () => {
    const entity = (text: string, at: string, type: 'person' | 'organisation' | 'other', name = at) => {
      const start = text.indexOf(at)
      return {start, end: start + at.length, text: at, type, name}
    }
    const place = (text: string, at: string, name: string, geonameId: number) => {
      const start = text.indexOf(at)
      return {start, end: start + at.length, text: at, name, country: 'XE', lat: 10, lon: 20, geonameId}
    }
    const first = 'The Harbour Board said Storm Alda flooded Port Elden. Ines Varga led the crews from Moravik.'
    const second = 'Varga said the sea wall of Port Elden broke. The Harbour Board met in Moravik.'
    const [event] = onlyEvents(
      await run(
        events(),
        article('first', first, {}, {
          title: 'Storm Alda floods Port Elden as crews work through the night',
          entities: [entity(first, 'Harbour Board', 'organisation'), entity(first, 'Ines Varga', 'person'), entity(first, 'Storm Alda', 'other')],
          places: [place(first, 'Port Elden', 'Port Elden', 1), place(first, 'Moravik', 'Moravik', 2)]
        }),
        article('second', second, {}, {
          entities: [entity(second, 'Varga', 'person'), entity(second, 'Harbour Board', 'organisation')],
          places: [place(second, 'Port Elden', 'Port Elden', 1), place(second, 'Moravik', 'Moravik', 2)]
        })
      )
    )
    expect(event!.what).toBe('Storm Alda floods Port Elden')
    expect(event!.who).toEqual([
      {name: 'Harbour Board', type: 'organisation', mentions: 2, sources: 2},
      {name: 'Ines Varga', type: 'person', mentions: 2, sources: 2},
      {name: 'Storm Alda', type: 'other', mentions: 1, sources: 1}
    ])
    expect(event!.where).toEqual([
      {name: 'Port Elden', country: 'XE', lat: 10, lon: 20, mentions: 2, sources: 2},
      {name: 'Moravik', country: 'XE', lat: 10, lon: 20, mentions: 2, sources: 2}
    ])
  })

  it('says where as the reports write it: lead places first, then places inside the first one\'s country', async () => {
    const text =
      'The XE sea wall broke on Saturday. Crews worked all night. Boats were moved. Elden officials met. Moravik sent pumps. Storm Alda reached the North Coast. Doran sent a ship.'
    const place = (at: string, name: string, geonameId: number, country: string, adjective = false) => {
      const start = text.indexOf(at)
      return {start, end: start + at.length, text: at, name, country, lat: 1, lon: 2, geonameId, ...(adjective ? {adjective} : {})}
    }
    const record = article('a', text, {}, {
      places: [
        place('XE', 'Republic of Xe', 1, 'XE'),
        place('Elden', 'Elden', 2, 'XE', true),
        place('Moravik', 'Moravik', 3, 'YD'),
        place('North Coast', 'North Coast', 4, 'XE'),
        place('Doran', 'Doran', 5, 'ZZ')
      ]
    })
    const [event] = onlyEvents(await run(events(), record))
    expect(event!.where!.map((where) => where.name)).toEqual(['XE', 'North Coast', 'Moravik', 'Doran'])
  })

  it('says where first at the named site the reports place the news at, drawn at the town they put it in', async () => {
    const text = 'Fans gathered outside Ashford Arena on Saturday. The match in Ashford was called off. Moravik sent buses.'
    const mention = (at: string, extra: object) => {
      const start = text.indexOf(at)
      return {start, end: start + at.length, text: at, ...extra}
    }
    const record = article('a', text, {}, {
      entities: [mention('Ashford Arena', {type: 'organisation', name: 'Ashford Arena'})],
      places: [
        mention('Ashford', {name: 'Ashford', country: 'XE', admin1: 'North', lat: 51.1, lon: 0.9, geonameId: 1}),
        mention('Moravik', {name: 'Moravik', country: 'XE', lat: 50, lon: 1, geonameId: 2})
      ]
    } as Partial<ArticleRecord>)
    const [event] = onlyEvents(await run(events(), record))
    expect(event!.where).toEqual([
      {name: 'Ashford Arena', within: 'Ashford', country: 'XE', lat: 51.1, lon: 0.9, mentions: 1, sources: 1},
      {name: 'Ashford', country: 'XE', lat: 51.1, lon: 0.9, mentions: 1, sources: 1},
      {name: 'Moravik', country: 'XE', lat: 50, lon: 1, mentions: 1, sources: 1}
    ])
    // A name ending in a word the list lacks is a site once the option adds it.
    const atWorks = article('b', 'Crews met at Ashford Works on Saturday. Ashford was quiet.', {}, {
      entities: [{start: 13, end: 26, text: 'Ashford Works', type: 'organisation', name: 'Ashford Works'}],
      places: [{start: 39, end: 46, text: 'Ashford', name: 'Ashford', country: 'XE', lat: 51.1, lon: 0.9, geonameId: 1}]
    })
    expect(onlyEvents(await run(events(), atWorks))[0]!.where!.map((where) => where.name)).toEqual(['Ashford'])
    expect(onlyEvents(await run(events({siteWords: ['Works']}), atWorks))[0]!.where!.map((where) => where.name)).toEqual(['Ashford Works', 'Ashford'])
    // A site one report of three names is where someone spoke, not where it happened.
    const shelling = 'Shells hit Moravik overnight, aides told reporters in the Elden House on Friday.'
    const moravik = {start: 11, end: 18, text: 'Moravik', name: 'Moravik', country: 'XE', admin1: 'North', lat: 50, lon: 1, geonameId: 2}
    const elden = {start: 58, end: 69, text: 'Elden House', type: 'organisation' as const, name: 'Elden House'}
    const reports = ['c', 'd', 'e'].map((id, index) => article(id, shelling, {}, {places: [moravik], entities: index === 0 ? [elden] : []}))
    expect(onlyEvents(await run(events(), ...reports))[0]!.where!.map((where) => where.name)).toEqual(['Moravik'])
    expect(onlyEvents(await run(events(), reports[0]!, reports[1]!))[0]!.where!.map((where) => where.name)).toEqual(['Elden House', 'Moravik'])
  })

  it('says no where when no headline or opening sentence names a place: places further down are background', async () => {
    const text =
      'The council voted to close the library on Tuesday. Members argued for an hour. The vote was close. Residents were upset. A similar library in Moravik closed last year.'
    const start = text.indexOf('Moravik')
    const place = {start, end: start + 7, text: 'Moravik', name: 'Moravik', country: 'XE', lat: 1, lon: 2, geonameId: 3}
    const where = async (title?: string) => onlyEvents(await run(events(), article('a', text, {}, {places: [place], ...(title ? {title} : {})})))[0]!.where
    expect(await where()).toEqual([])
    expect(await where('Moravik council closes its library')).toEqual([{name: 'Moravik', country: 'XE', lat: 1, lon: 2, mentions: 1, sources: 1}])
  })

  it('puts first the actor a headline names as its subject, past a label before a colon', async () => {
    const text = 'The Harbour Board met on Monday. Ines Varga closed the harbour. Russia sent a ship.'
    const entities = [
      {start: 4, end: 17, text: 'Harbour Board', type: 'organisation' as const, name: 'Harbour Board'},
      {start: 33, end: 43, text: 'Ines Varga', type: 'person' as const, name: 'Ines Varga'},
      {start: 64, end: 70, text: 'Russia', type: 'place' as const, name: 'Russia'}
    ]
    const who = async (title: string) => onlyEvents(await run(events(), article('a', text, {}, {title, entities})))[0]!.who!.map((actor) => actor.name)
    expect(await who('Varga closes the harbour after talks with the Harbour Board')).toEqual(['Ines Varga', 'Harbour Board', 'Russia'])
    expect(await who('Harbour Board: Varga closes the harbour')).toEqual(['Ines Varga', 'Harbour Board', 'Russia'])
    expect(await who('Russia sends a ship as the Harbour Board meets')).toEqual(['Harbour Board', 'Ines Varga', 'Russia'])
  })

  it('puts first, among actors named as often in one sentence, the one the article names first', async () => {
    const text = 'Zara Quill told the Harbour Board that Ines Varga would stay.'
    const entities = [
      {start: 0, end: 10, text: 'Zara Quill', type: 'person' as const, name: 'Zara Quill'},
      {start: 20, end: 33, text: 'Harbour Board', type: 'organisation' as const, name: 'Harbour Board'},
      {start: 39, end: 49, text: 'Ines Varga', type: 'person' as const, name: 'Ines Varga'}
    ]
    const [event] = onlyEvents(await run(events(), article('a', text, {}, {entities})))
    expect(event!.who!.map((actor) => actor.name)).toEqual(['Zara Quill', 'Harbour Board', 'Ines Varga'])
  })

  it('dates the event by the day its reports give first, else the day they were published', async () => {
    const [event] = onlyEvents(
      await run(
        events(),
        article('lead', 'Storm Alda flooded Port Elden on Saturday. The harbour had last flooded on March 2.', {
          dates: [['Saturday', '2031-03-15'], ['March 2', '2031-03-02']]
        }),
        article('late', 'Port Elden was flooded by Storm Alda. Crews pumped water. The wall held. It had last flooded on March 2.', {
          dates: [['March 2', '2031-03-02']]
        }, {publishedAt: '2031-03-15'})
      )
    )
    expect(event!.when).toEqual([
      {value: '2031-03-15', text: 'Saturday', sources: 2, articles: ['lead', 'late']},
      {value: '2031-03-02', text: 'March 2', sources: 2, articles: ['lead', 'late']}
    ])
  })

  it('words each day as the most sources do, the leads that report it first', async () => {
    const report = (id: string, text: string, dates: Array<[string, string]>) => article(id, text, {dates}, {publishedAt: '2031-03-17'})
    const [event] = onlyEvents(
      await run(
        events(),
        report('one', 'Storm Alda flooded Port Elden on March 15. Crews pumped water on Sunday.', [['March 15', '2031-03-15'], ['Sunday', '2031-03-16']]),
        report('two', 'Storm Alda flooded Port Elden on Saturday. Crews pumped water on March 16.', [['Saturday', '2031-03-15'], ['March 16', '2031-03-16']]),
        report('three', 'Storm Alda flooded Port Elden on Saturday. Crews pumped water on Sunday.', [['Saturday', '2031-03-15'], ['Sunday', '2031-03-16']])
      )
    )
    expect(event!.when.map(({value, text}) => [value, text])).toEqual([
      ['2031-03-15', 'Saturday'],
      ['2031-03-16', 'Sunday']
    ])
  })

  it('joins counts of one thing named two ways, and leaves out a count one source gives in passing', async () => {
    const count = (value: number, of: string) => ({dimension: 'count', bound: 'moreThan' as const, value, of})
    const a = article('a', 'Storm Alda sank more than 40 boats in Port Elden. Crews worked all night. Two tugs helped. Harbour master Ines Varga said two cranes fell.', {
      quantities: [['more than 40 boats', count(40, 'boats')], ['two cranes', {...count(2, 'cranes'), bound: 'exact'}]]
    })
    const b = article('b', 'Over 40 ferries and boats sank at Port Elden when Storm Alda struck, harbour master Ines Varga said.', {
      quantities: [['Over 40 ferries and boats', count(40, 'ferries and boats')]]
    })
    const [event] = onlyEvents(await run(events(), a, b))
    expect(event!.facts.map((fact) => [fact.value, fact.of, fact.mentions.map((mention) => mention.text)])).toEqual([
      [40, 'ferries and boats', ['more than 40 boats', 'Over 40 ferries and boats']]
    ])
    const c = article('c', 'Over 40 ferries sank at Port Elden, harbour master Ines Varga said.', {quantities: [['Over 40 ferries', count(40, 'ferries')]]})
    const [joined] = onlyEvents(await run(events(), a, b, c))
    expect(joined!.facts.map((fact) => fact.mentions.map((mention) => mention.text))).toEqual([
      ['more than 40 boats', 'Over 40 ferries and boats', 'Over 40 ferries']
    ])
    const [kept] = onlyEvents(await run(events({passingFacts: true}), a, b))
    expect(kept!.facts.map((fact) => fact.of)).toEqual(['ferries and boats', 'cranes'])
  })

  it('keeps two events of one kind apart when their years differ', async () => {
    const earlier = article(
      'earlier',
      'Storm Alda flooded the harbour of Port Elden on Saturday, harbour master Ines Varga said. Crews from Moravik pumped water.',
      {dates: [['Saturday', '2024-10-05']]}
    )
    const later = article(
      'later',
      'Storm Brin flooded the harbour of Port Elden on Sunday, harbour master Ines Varga said. Crews from Moravik pumped water.',
      {dates: [['Sunday', '2031-11-09']]}
    )
    expect(onlyEvents(await run(events(), earlier, later)).map((event) => event.articles)).toEqual([['earlier'], ['later']])
  })

  it('keeps two events of one kind apart when each is about a place far from any the other names', async () => {
    const town = (name: string, lat: number, lon: number, geonameId: number, admin1: string) => ({name, country: 'XE', admin1, lat, lon, geonameId})
    const placed = (id: string, text: string, ...places: Array<ReturnType<typeof town>>) =>
      article(id, text, {}, {
        places: places
          .flatMap((place) => [...text.matchAll(new RegExp(`${place.name}(?! Harbour)`, 'g'))].map((match) => ({...place, start: match.index, end: match.index + place.name.length, text: place.name})))
          .sort((a, b) => a.start - b.start)
      })
    const say = (place: string, more = '') =>
      `A gunman opened fire at a shopping centre in ${place} on Saturday, police chief Tomas Ruud said. Crews in ${place} closed the roads.${more}`
    const elden = town('Elden', 10, 20, 1, 'North')
    const moravik = town('Moravik', 10, 40, 2, 'South')
    const eldenHarbour = town('Elden Harbour', 10.1, 20.1, 3, 'North')
    const grouped = async (...records: TidingsRecord[]) => onlyEvents(await run(events(), ...records)).map((event) => event.articles)
    expect(await grouped(placed('one', say('Elden'), elden), placed('two', say('Moravik'), moravik))).toEqual([['one'], ['two']])
    expect(await grouped(placed('one', say('Elden'), elden), placed('two', say('Elden Harbour'), eldenHarbour))).toEqual([['one', 'two']])
    const both = placed('two', say('Moravik', ' Elden sent help.'), moravik, elden)
    expect(await grouped(placed('one', say('Elden'), elden), both)).toEqual([['one', 'two']])
  })

  it('keeps two events of one kind apart when each is about a person the other never names', async () => {
    const about = (id: string, text: string, ...people: string[]) =>
      article(id, text, {}, {
        entities: people.flatMap((person) =>
          [...text.matchAll(new RegExp(`(?:${person.split(' ')[0]} )?${person.split(' ')[1]}`, 'g'))].map((match) => ({start: match.index, end: match.index + match[0].length, text: match[0], type: 'person' as const, name: person}))
        )
      })
    const say = (person: string, more = '') =>
      `The singer ${person} has checked into a clinic in Port Elden, her agent told the Gazette. ${person.split(' ')[1]} will miss the tour of Moravik and the festival in Alda.${more}`
    const grouped = async (...records: TidingsRecord[]) => onlyEvents(await run(events(), ...records)).map((event) => event.articles)
    const mira = about('one', say('Mira Holt'), 'Mira Holt')
    expect(await grouped(mira, about('two', say('Lena Varga'), 'Lena Varga'))).toEqual([['one'], ['two']])
    expect(await grouped(mira, about('two', say('Mira Holt'), 'Mira Holt'))).toEqual([['one', 'two']])
    const rival = about('two', say('Lena Varga', ' Holt cancelled too.'), 'Lena Varga', 'Mira Holt')
    expect(await grouped(mira, rival)).toEqual([['one', 'two']])
  })

  it('joins a later batch to the events of earlier ones', async () => {
    const stage = events()
    await run(stage, harbourGazette, orchestra)
    const later = onlyEvents(await run(stage, harbourPost))
    expect(later.map((event) => [event.id, event.articles])).toEqual([['event-1', ['gazette', 'post']]])
    expect(await stage.index.store.size()).toBe(3)
  })

  it('puts a near copy in the event of the article it copies', async () => {
    const copy = article('copy', orchestra.text, {}, {duplicateOf: {article: 'orchestra', similarity: 1}})
    const [concert] = onlyEvents(await run(events(), orchestra, harbourGazette, copy)).filter((event) => event.articles.includes('orchestra'))
    expect(concert!.articles).toEqual(['orchestra', 'copy'])
    expect(concert!.sources[1]).toEqual({article: 'copy', duplicateOf: 'orchestra'})
  })

  it('rejects bad options when the pipeline is built', () => {
    expect(() => events({threshold: 2})).toThrow('Invalid options for events: threshold must be less than 1 (was 2)')
  })
})
