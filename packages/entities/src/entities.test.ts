import {createPipeline} from '@tidings/core'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {defaultRules, entities, type EntityRule, type Token} from './index.js'
import {mergeLexicon} from './lexicon.js'
import {brief, found} from './test-helpers.js'
import {buildVocabulary} from './vocabulary.js'

describe('entities', () => {
  it('keeps offsets once the token table outgrows its first size, in a sentence of many short tokens', async () => {
    const text = `${'a, '.repeat(3000)}then Pentagon spokesman Tom Hale said so.`
    const {entities: named} = await found(text)
    expect(named?.map(({start, end, type, name}) => [start, end, type, name])).toEqual([
      [9005, 9013, 'organisation', 'Pentagon'],
      [9024, 9032, 'person', 'Tom Hale']
    ])
  })

  it('reads a name across any white space that `\\s` reads, as clean does (lexicon isWhiteSpace)', async () => {
    const names = []
    for (const space of ['\u3000', '\u1680', '\ufeff']) names.push(...(await brief(`Pentagon spokesman Tom${space}Hale said on Monday that talks had ended.`)).slice(1))
    expect(names).toEqual([
      ['Tom\u3000Hale', 'person', 'Tom Hale'],
      ['Tom\u1680Hale', 'person', 'Tom Hale'],
      ['Tom\ufeffHale', 'person', 'Tom Hale']
    ])
  })

  it('types people, organisations and places, and gives each thing one name in the article', async () => {
    expect(
      await brief(
        'Chile accused Peru of moving troops, Pentagon spokesman Tom Hale said on Monday. Mr. Hale told reporters the Kremlin was not involved. Hale said the Peruvian Defence Ministry had asked NATO for help.'
      )
    ).toEqual([
      ['Chile', 'place', 'Chile'],
      ['Peru', 'place', 'Peru'],
      ['Pentagon', 'organisation', 'Pentagon'],
      ['Tom Hale', 'person', 'Tom Hale'],
      ['Hale', 'person', 'Tom Hale'],
      ['Kremlin', 'organisation', 'Kremlin'],
      ['Hale', 'person', 'Tom Hale'],
      ['Peruvian Defence Ministry', 'organisation', 'Peruvian Defence Ministry'],
      ['NATO', 'organisation', 'NATO']
    ])
  })

  it('reads a capitalised first word as an ordinary word when the article writes it in lower case as a word of its own', async () => {
    expect(await brief('Granite Ivor hit the coast. The granite cliffs held.')).toEqual([['Ivor', 'other', 'Ivor']])
    expect(await brief('Granite Ivor hit the coast. The granitelike cliffs held.')).toEqual([['Granite Ivor', 'other', 'Granite Ivor']])
    expect(await brief('Granite Ivor hit the coast. Subgranite layers held.')).toEqual([['Granite Ivor', 'other', 'Granite Ivor']])
    expect(await brief('Granite Ivor hit the coast. Anti-granite crews left.')).toEqual([['Ivor', 'other', 'Ivor']])
  })

  it('names a place by what it names, and cuts names at titles, possessives and hyphenated suffixes', async () => {
    expect(await brief("Brazilian President Ana Ruiz met Japan's envoy about Chinese-made drones and pro-Greek groups.")).toEqual([
      ['Brazilian', 'place', 'Brazil'],
      ['Ana Ruiz', 'person', 'Ana Ruiz'],
      ['Japan', 'place', 'Japan'],
      ['Chinese', 'place', 'China'],
      ['Greek', 'place', 'Greece']
    ])
  })

  it('takes a capitalised first word of a sentence as a name only with evidence', async () => {
    // "Storms" is an ordinary word; "Okafor" recurs inside a sentence; "Mount Kenya" goes on capitalised.
    expect(await brief('Storms hit the coast. Okafor said the damage was light, and Okafor is rarely wrong. Mount Kenya had snow.')).toEqual([
      ['Okafor', 'other', 'Okafor'],
      ['Okafor', 'other', 'Okafor'],
      ['Mount Kenya', 'place', 'Mount Kenya']
    ])
  })

  it('reads a headline in title case word by word', async () => {
    expect(await brief('Floods Force Thousands From Homes In Ghana\nFloods forced thousands from their homes in Ghana on Monday.')).toEqual([
      ['Ghana', 'place', 'Ghana'],
      ['Ghana', 'place', 'Ghana']
    ])
  })

  it('leaves names inside dates to the dates stage, and keeps numbered names and codes apart from places', async () => {
    expect(await brief('On Dec. 30 analysts at 42 Harbour said the KN-23 was fired from Korea.')).toEqual([
      ['42 Harbour', 'other', '42 Harbour'],
      ['KN-23', 'other', 'KN-23'],
      ['Korea', 'place', 'Korea']
    ])
  })

  it('reads places written in capitals, and ends a run at a capitalised word that starts a missed sentence', async () => {
    expect(await brief('LIMA (Reuters) - Floods hit Ohio and NSW. Crews in Leeds The mayor thanked them.')).toEqual([
      ['LIMA', 'place', 'Lima'],
      ['Reuters', 'organisation', 'Reuters'],
      ['Ohio', 'place', 'Ohio'],
      ['NSW', 'place', 'NSW'],
      ['Leeds', 'place', 'Leeds']
    ])
  })

  it('keeps offsets into the original text', async () => {
    const text = 'Talks in  Oslo\nended. Officials of the World Bank left.'
    const record = await found(text)
    for (const entity of record.entities ?? []) expect(text.slice(entity.start, entity.end)).toBe(entity.text)
    expect(record.entities?.map((entity) => entity.text)).toEqual(['Oslo', 'World Bank'])
  })

  it('runs without the dates stage, and on a text with no sentences', async () => {
    const pipeline = createPipeline({article: [segment, entities]})
    const record = await pipeline.article({id: 'a', text: 'The Kremlin said nothing.'})
    expect(record.kind === 'article' && record.entities).toEqual([{start: 4, end: 11, text: 'Kremlin', type: 'organisation', name: 'Kremlin'}])
    const empty = await pipeline.article({id: 'b', text: ''})
    expect(empty.kind === 'article' && empty.entities).toEqual([])
  })

  it('scans long input in time linear in its length', async () => {
    const text = `${'Ab '.repeat(20_000)}x. ${'of the '.repeat(20_000)}. ${'A-B-C-D-'.repeat(5_000)} said.`
    const record = await found(text)
    expect(record.entities?.length).toBeGreaterThan(0)
  })

  it('reads an editorial label before a dash as no place, and a dateline still as one', async () => {
    expect(await brief('NOTE — The list was brought up to date on Monday.')).toEqual([['NOTE', 'other', 'NOTE']])
    expect(await brief('HALVIK — Crews worked all night.')).toEqual([['HALVIK', 'place', 'HALVIK']])
    expect(await brief('MEMO — Staff were told to stay home.')).toEqual([['MEMO', 'place', 'MEMO']])
    expect(await brief('MEMO — Staff were told to stay home.', {lexicon: {editorialLabels: ['MEMO']}})).toEqual([['MEMO', 'other', 'MEMO']])
  })

  it("gives a rule of the caller's the sentence's tokens as objects, and the built-in rules read a candidate made outside the stage", async () => {
    let seen: Token[] = []
    const keep: EntityRule = {id: 'keep', type: 'other', test: (candidate) => ((seen = candidate.tokens), false)}
    await found('Crews of Harwich worked, said Ines Varga.', {rules: [keep]})
    expect(seen.map((token) => [token.value, token.word, token.spaced, token.capital])).toEqual([
      ['Crews', true, false, true], ['of', true, true, false], ['Harwich', true, true, true], ['worked', true, true, false], [',', false, false, false], ['said', true, true, false], ['Ines', true, true, true],
      ['Varga', true, true, true], ['.', false, false, false]
    ])
    const token = (value: string, start: number, spaced: boolean): Token => ({value, start, end: start + value.length, word: /\w/.test(value), spaced, capital: /^[A-Z]/.test(value)})
    const tokens = [token('Tom', 0, false), token('Berg', 4, true), token(',', 8, false), token('62', 10, true), token(',', 12, false)]
    const candidate = {start: 0, end: 8, words: ['Tom', 'Berg'], name: 'Tom Berg', lowerWords: ['tom', 'berg'], before: [], after: [], tokens, first: 0, last: 1, titled: false, titleAfter: undefined, possessive: false, numbered: false}
    const apposition = defaultRules.find((rule) => rule.id === 'apposition')!
    expect(apposition.test(candidate, undefined as never)).toBe(true)
  })

  it("gives a rule of the caller's a candidate's lower-case words and the words around it, which the built-in rules read one at a time", async () => {
    const seen: unknown[] = []
    const look: EntityRule = {id: 'look', type: 'other', test: (candidate) => (seen.push([candidate.name, candidate.lowerWords, candidate.before, candidate.after]), false)}
    const text = 'According to Ines Varga, the Acme Inc. spokesman in Harwich said so.'
    expect(await brief(text, {rules: [look]})).toEqual([['Ines Varga', 'person', 'Ines Varga'], ['Acme Inc.', 'organisation', 'Acme Inc.'], ['Harwich', 'place', 'Harwich']])
    expect(seen).toEqual([
      ['Ines Varga', ['ines', 'varga'], ['to', 'according'], []],
      ['Acme Inc.', ['acme', 'inc'], ['the'], ['spokesman', 'in', 'Harwich', 'said']],
      ['Harwich', ['harwich'], ['in', 'spokesman'], ['said', 'so']]
    ])
  })

  it('reads the words around a candidate made outside the stage from its lists', () => {
    const candidate = {start: 3, end: 10, words: ['Harwich'], name: 'Harwich', lowerWords: ['harwich'], before: ['in'], after: ['crews'], tokens: [], first: 0, last: 0, titled: false, titleAfter: undefined, possessive: false, numbered: false}
    const vocabulary = buildVocabulary(mergeLexicon())
    const test = (id: string, fields: object) => defaultRules.find((rule) => rule.id === id)!.test({...candidate, ...fields}, vocabulary)
    expect([test('locative', {}), test('locative', {before: ['of']}), test('place-head', {after: ['region']}), test('role-owner', {after: ['chief', 'said']}), test('role-owner', {after: ['Ann', 'chief']})]).toEqual([true, false, true, true, false])
    expect([test('attribution', {words: ['Ann', 'Lee'], before: ['to', 'according'], after: []}), test('title-before', {before: ['analyst']}), test('organisation-head', {words: ['Acme', 'Ltd'], lowerWords: ['acme', 'ltd']})]).toEqual([true, true, true])
  })

  it('types a product and a company by the nouns said of them, and keeps their people', async () => {
    expect(
      await brief('Crews at Brindle shipped a fix for Vexa Explorer on Tuesday. Experts said Vexa Explorer users should install it. Brindle CEO Rita Cole said the flaw was grave, and Ms Cole apologised.')
    ).toEqual([
      ['Brindle', 'organisation', 'Brindle'],
      ['Vexa Explorer', 'other', 'Vexa Explorer'],
      ['Vexa Explorer', 'other', 'Vexa Explorer'],
      ['Brindle', 'organisation', 'Brindle'],
      ['Rita Cole', 'person', 'Rita Cole'],
      ['Cole', 'person', 'Rita Cole']
    ])
  })

  it('types a company by the shares or stake of it, and leaves "shares" after a name to be a verb', async () => {
    expect(await brief('Shares of Vexor fell 4%, and Brindle sold its stake in Quellan Mining on Friday.')).toEqual([
      ['Vexor', 'organisation', 'Vexor'],
      ['Brindle', 'other', 'Brindle'],
      ['Quellan Mining', 'organisation', 'Quellan Mining']
    ])
    expect(await brief('Rita Cole shares her notes with Tom Hale.')).toEqual([
      ['Rita Cole', 'person', 'Rita Cole'],
      ['Tom Hale', 'person', 'Tom Hale']
    ])
  })

  it('reads one "and" inside what follows an organisation\'s "of" or "for" as part of its name', async () => {
    expect(
      await brief('The Ministry of Fisheries and Coastal Affairs wrote to the Institutes for Soil and Water Studies and to the Department of Housing and Rural Renewal.')
    ).toEqual([
      ['Ministry of Fisheries and Coastal Affairs', 'organisation', 'Ministry of Fisheries and Coastal Affairs'],
      ['Institutes for Soil and Water Studies', 'organisation', 'Institutes for Soil and Water Studies'],
      ['Department of Housing and Rural Renewal', 'organisation', 'Department of Housing and Rural Renewal']
    ])
    // Another organisation, a place's organisation, a listed name or an acronym after the "and" is a name of its own.
    expect(await brief('The University of Harlow and University College Fenwick agreed, as did the Bank of England and Brindle Labs.')).toEqual([
      ['University of Harlow', 'organisation', 'University of Harlow'],
      ['University College Fenwick', 'other', 'University College Fenwick'],
      ['Bank of England', 'organisation', 'Bank of England'],
      ['Brindle Labs', 'organisation', 'Brindle Labs']
    ])
    expect(await brief('The Department of Health and NHS Wessex met the Ministry of Defence and Ukraine.')).toEqual([
      ['Department of Health', 'organisation', 'Department of Health'],
      ['NHS Wessex', 'other', 'NHS Wessex'],
      ['Ministry of Defence', 'organisation', 'Ministry of Defence'],
      ['Ukraine', 'place', 'Ukraine']
    ])
    expect(await brief('The Department of Justice and Attorney General Ada Reyes sued, and the Office of Trade and Margaret Tanaka agreed.')).toEqual([
      ['Department of Justice', 'organisation', 'Department of Justice'],
      ['Ada Reyes', 'person', 'Ada Reyes'],
      ['Office of Trade', 'organisation', 'Office of Trade'],
      ['Margaret Tanaka', 'person', 'Margaret Tanaka']
    ])
  })

  it('reads a word, "and" and an institution\'s name as one name, and two companies as two', async () => {
    expect(await brief('A spokeswoman for the Fisheries and Oceans Service said the Soil and Water Agency would help.')).toEqual([
      ['Fisheries and Oceans Service', 'organisation', 'Fisheries and Oceans Service'],
      ['Soil and Water Agency', 'organisation', 'Soil and Water Agency']
    ])
    expect(await brief('Agents of Customs and Border Protection met staff of the Harbour Enforcement.')).toEqual([
      ['Customs and Border Protection', 'organisation', 'Customs and Border Protection'],
      ['Harbour Enforcement', 'organisation', 'Harbour Enforcement']
    ])
    expect(await brief('Staff of Halden and Brindle Industries met officials of Peru and the Water Agency.')).toEqual([
      ['Halden', 'other', 'Halden'],
      ['Brindle Industries', 'organisation', 'Brindle Industries'],
      ['Peru', 'place', 'Peru'],
      ['Water Agency', 'organisation', 'Water Agency']
    ])
  })

  it("reads a lawmaker's party and state after a comma or a bracket as the state, not as a person", async () => {
    expect(await brief('Rep. Ada Reyes, R-Ohio, and Sen. Tom Hale (D-Oregon) voted no; the R-Series car was shown.')).toEqual([
      ['Ada Reyes', 'person', 'Ada Reyes'],
      ['Ohio', 'place', 'Ohio'],
      ['Tom Hale', 'person', 'Tom Hale'],
      ['Oregon', 'place', 'Oregon'],
      ['R-Series', 'other', 'R-Series']
    ])
  })

  it("names a company by its first word alone once the article names it in full, typed or not, and not an institution by its town's name", async () => {
    expect(
      await brief('Halvorsen Therapeutics cut its forecast on Monday, and Talbot Studios sued. Talbot Studios Inc. filed on Friday. Analysts expect Halvorsen to recover; Talbot declined to comment. Shares of Halvorsen rose.')
    ).toEqual([
      ['Halvorsen Therapeutics', 'organisation', 'Halvorsen Therapeutics'],
      ['Talbot Studios', 'organisation', 'Talbot Studios'],
      ['Talbot Studios Inc.', 'organisation', 'Talbot Studios Inc.'],
      ['Halvorsen', 'organisation', 'Halvorsen Therapeutics'],
      ['Talbot', 'organisation', 'Talbot Studios'],
      ['Halvorsen', 'organisation', 'Halvorsen Therapeutics']
    ])
    expect(await brief('The Harlow Police closed the road; Harlow residents were told to stay home.')).toEqual([
      ['Harlow Police', 'organisation', 'Harlow Police'],
      ['Harlow', 'other', 'Harlow']
    ])
  })

  it('reads a title whose "of" names an organisation\'s head word as a title, before a name', async () => {
    expect(await brief('Minister of Communications Ada Reyes and Chief of Police Tom Hale spoke.')).toEqual([
      ['Ada Reyes', 'person', 'Ada Reyes'],
      ['Tom Hale', 'person', 'Tom Hale']
    ])
  })

  it('reads a hyphenated title, and a title\'s "of" or "for" up to a given name', async () => {
    expect(await brief('The UN Secretary-General, the Representative for South Sudan Tom Hale and Secretary of Homeland Security Ada Reyes met.')).toEqual([
      ['UN', 'organisation', 'UN'],
      ['Tom Hale', 'person', 'Tom Hale'],
      ['Ada Reyes', 'person', 'Ada Reyes']
    ])
  })

  it("cuts a local officer's title out of a run, and keeps the place before it", async () => {
    expect(await brief('Harlow County Sheriff Ada Reyes said Deputy Ortiz was hurt, and District Attorney Tom Hale filed charges.')).toEqual([
      ['Harlow County', 'place', 'Harlow County'],
      ['Ada Reyes', 'person', 'Ada Reyes'],
      ['Ortiz', 'person', 'Ortiz'],
      ['Tom Hale', 'person', 'Tom Hale']
    ])
    expect(await brief('Troops saw Field Marshal Ivo Brandt and the Harlow Fire Department.')).toEqual([
      ['Ivo Brandt', 'person', 'Ivo Brandt'],
      ['Harlow Fire Department', 'organisation', 'Harlow Fire Department']
    ])
  })

  it("reads a state's abbreviation after a town's comma or a lawmaker's party as the state, and the town before it as a place", async () => {
    expect(await brief('A Tacoma, Wash., firm hired Ann Lee. Rep. Tom Hale, D-Calif., and officials in Albany, N.Y., agreed.')).toEqual([
      ['Tacoma', 'place', 'Tacoma'],
      ['Wash.', 'place', 'Washington'],
      ['Ann Lee', 'person', 'Ann Lee'],
      ['Tom Hale', 'person', 'Tom Hale'],
      ['Calif.', 'place', 'California'],
      ['Albany', 'place', 'Albany'],
      ['N.Y.', 'place', 'New York']
    ])
  })

  it('leaves a word that abbreviates a state alone where no state stands', async () => {
    expect(await brief('After Mass, Ann Lee went home; the Wash. project was late.')).toEqual([
      ['Mass', 'other', 'Mass'],
      ['Ann Lee', 'person', 'Ann Lee'],
      ['Wash', 'other', 'Wash']
    ])
  })

  it('reads the field after a title\'s "of" or "for" as the title\'s, and a surname after it as the person', async () => {
    expect(
      await brief('The Minister of Foreign Affairs met the Secretary of Homeland Security and the Minister for Veterans Affairs. Secretary of State Blinken and Minister of Natural Resources Ann Lee came later.')
    ).toEqual([
      ['Blinken', 'person', 'Blinken'],
      ['Ann Lee', 'person', 'Ann Lee']
    ])
  })

  it('keeps a given name before a field\'s word inside an organisation\'s name, and a person after "and" apart', async () => {
    expect(await brief('The Department of Housing and Urban Development and the Ministry of Rural and Urban Development agreed; the Department of Health and Ann Lee did not.')).toEqual([
      ['Department of Housing and Urban Development', 'organisation', 'Department of Housing and Urban Development'],
      ['Ministry of Rural and Urban Development', 'organisation', 'Ministry of Rural and Urban Development'],
      ['Department of Health', 'organisation', 'Department of Health'],
      ['Ann Lee', 'person', 'Ann Lee']
    ])
  })

  it("cuts a company officer's title out, with the words between its title words and a role after its first", async () => {
    expect(await brief('Chief Executive Rita Cole, Chief Operating Officer Tom Hale and Chief Economist Ada Reyes spoke; Mr. Singer said little.')).toEqual([
      ['Rita Cole', 'person', 'Rita Cole'],
      ['Tom Hale', 'person', 'Tom Hale'],
      ['Ada Reyes', 'person', 'Ada Reyes'],
      ['Singer', 'person', 'Singer']
    ])
  })

  it('reads clubs by their head word, and never the pronoun "I" with a contraction', async () => {
    expect(await brief('"I\'ve never seen it," Ann Lee said after Brinley United beat Tavish Rovers; I’m sure, she added.')).toEqual([
      ['Ann Lee', 'person', 'Ann Lee'],
      ['Brinley United', 'organisation', 'Brinley United'],
      ['Tavish Rovers', 'organisation', 'Tavish Rovers']
    ])
  })

  it("reads a party's leader as a title, and a town before a lawmaker's party as no town", async () => {
    expect(await brief('Senate Majority Leader Tom Hale, D-N.Y., and Opposition Leader Ada Reyes spoke.')).toEqual([
      ['Senate', 'organisation', 'Senate'],
      ['Tom Hale', 'person', 'Tom Hale'],
      ['N.Y.', 'place', 'New York'],
      ['Ada Reyes', 'person', 'Ada Reyes']
    ])
    // A title word that ends a run right after a given name is the surname.
    expect(await brief('General Manager Billy King thanked Cpl. Janice Leader, a dispatcher.')).toEqual([
      ['Billy King', 'person', 'Billy King'],
      ['Janice Leader', 'person', 'Janice Leader']
    ])
  })

  it("reads a field before a title as the title's, with the word that says which field, but not a place", async () => {
    expect(
      await brief('Tourism Minister Ann Lee met Urban Development Minister Tom Hale, Homeland Security Secretary Ada Reyes and former Civil Aviation Minister Rita Cole; Kenya Tourism Minister Ivo Brandt came later.')
    ).toEqual([
      ['Ann Lee', 'person', 'Ann Lee'],
      ['Tom Hale', 'person', 'Tom Hale'],
      ['Ada Reyes', 'person', 'Ada Reyes'],
      ['Rita Cole', 'person', 'Rita Cole'],
      ['Kenya', 'place', 'Kenya'],
      ['Ivo Brandt', 'person', 'Ivo Brandt']
    ])
  })

  it('reads a common acronym alone as no name, and inside a run as part of one', async () => {
    expect(await brief('Growth in GDP slowed as TV sales fell, and DNA tests showed he was OK. Brinley TV and the GDP Watch group disagreed.')).toEqual([
      ['Brinley TV', 'other', 'Brinley TV'],
      ['GDP Watch', 'organisation', 'GDP Watch']
    ])
  })

  it('reads a named scale after "degrees" or before "scale" as no name, and a company named for one as a name', async () => {
    expect(await brief('It was minus 8 degrees Celsius in Tarnow and 14 degrees Fahrenheit in Halvik; the quake was 5.8 on the Richter scale. Celsius Network and Ann Richter disagreed.')).toEqual([
      ['Tarnow', 'place', 'Tarnow'],
      ['Halvik', 'place', 'Halvik'],
      ['Celsius Network', 'organisation', 'Celsius Network'],
      ['Ann Richter', 'person', 'Ann Richter']
    ])
  })

  it('reads a letter written onto an ampersand as an initial, and a capitalised "Today" after a name as part of it', async () => {
    expect(await brief('Fans of Brinley A&M cheered. She told USA Today and Halvik Today that A&E would air it. Today the road is shut.')).toEqual([
      ['Brinley A&M', 'other', 'Brinley A&M'],
      ['USA Today', 'organisation', 'USA Today'],
      ['Halvik Today', 'organisation', 'Halvik Today'],
      ['A&E', 'other', 'A&E']
    ])
  })

  it("reads a title before a given name and a place's head word as a person's, and a place named for a titled person as a place", async () => {
    expect(await brief('Det Ch Insp Ann Lane, Mr. Tom Park and President Park met on King Street, by Queen Ada Square and the Sheikh Tavish Road.')).toEqual([
      ['Ann Lane', 'person', 'Ann Lane'],
      ['Tom Park', 'person', 'Tom Park'],
      ['Park', 'person', 'Tom Park'],
      ['King Street', 'place', 'King Street'],
      ['Queen Ada Square', 'place', 'Queen Ada Square'],
      ['Sheikh Tavish Road', 'place', 'Sheikh Tavish Road']
    ])
  })

  it('throws on bad options when the pipeline is built', () => {
    expect(() => createPipeline({article: [segment, [entities, {rules: [{id: 'x'}]} as never]]}).processor.freeze()).toThrow(/Invalid options for entities/)
  })
})
