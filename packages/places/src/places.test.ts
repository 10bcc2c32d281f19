import type {Entity, Place} from '@tidings/core'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defaultFilters, type Options, type PlaceFilter, places} from './index.js'

async function find(text: string, options: Options = {}, entities?: Entity[]): Promise<Place[]> {
  const file = new VFile({value: text})
  file.data.text = text
  if (entities) (file.data as {entities?: Entity[]}).entities = entities
  await unified().use(places, options).run({type: 'RootNode', children: []}, file)
  return file.data.places ?? []
}

/** Each place with its first-level division, which tells namesakes of one country apart. */
const division = async (text: string) => (await find(text)).map((place) => `${place.text}=${place.name}/${place.admin1}`)
const brief = (found: Place[]) => found.map((place) => `${place.text}=${place.name}/${place.country}${place.adjective ? '/adjective' : ''}`)

describe('places', () => {
  it('resolves countries, divisions and their adjectives, with offsets into the text', async () => {
    const text = 'Ukrainian officials said Russia struck the Zaporizhzhia region overnight, and that Crimea and Ukraine were on alert.'
    const found = await find(text)
    expect(brief(found)).toEqual([
      'Ukrainian=Ukraine/UA/adjective',
      'Russia=Russia/RU',
      'Zaporizhzhia region=Zaporizhia Oblast/UA',
      'Crimea=Autonomous Republic of Crimea/UA',
      'Ukraine=Ukraine/UA'
    ])
    for (const place of found) expect(text.slice(place.start, place.end)).toBe(place.text)
    const ukraine = found.at(-1)!
    // Inside Ukraine's borders, roughly 44-52 N, 22-40 E.
    expect(ukraine.lat).toBeGreaterThan(44)
    expect(ukraine.lat).toBeLessThan(52.5)
    expect(ukraine.lon).toBeGreaterThan(22)
    expect(ukraine.lon).toBeLessThan(40.5)
    expect(ukraine.geonameId).toBe(690791)
  })

  it('reads words for a country\'s people as people, not towns, and the town where the text says so', async () => {
    expect(brief(await find('Brits flocked to the coast as the Aussies and Kiwis stayed home.'))).toEqual([])
    expect(brief(await find('Thousands of Russians and Americans watched the match.'))).toEqual([])
    expect(brief(await find('Brits, a town in North West province, lost power.'))).toEqual(['North West province=North West/ZA'])
    expect(brief(await find('Flooding closed roads in the town of Brits on Monday.'))).toEqual(['Brits=Brits/ZA'])
    expect(brief(await find('The Philippines and the British sent aid.'))).toEqual(['Philippines=Philippines/PH', 'British=United Kingdom/GB/adjective'])
    expect(brief(await find('Freedonians crossed into Paris.', {lexicon: {peopleWords: ['paris']}}))).toEqual([])
  })

  it('reads a demonym inside a hyphenated word, and leaves adjectives out when asked', async () => {
    const text = 'The launchers fired North Korean-made rockets, Crimean residents said.'
    expect(brief(await find(text))).toEqual(['North Korean=North Korea/KP/adjective', 'Crimean=Autonomous Republic of Crimea/UA/adjective'])
    expect(await find(text, {adjectives: false})).toEqual([])
  })

  it('reads the adjectives the demonyms miss, and nothing else from them', async () => {
    expect(brief(await find('Scottish and Welsh ministers met Texan farmers and Philippine diplomats.'))).toEqual([
      'Scottish=Scotland/GB/adjective',
      'Welsh=Wales/GB/adjective',
      'Texan=Texas/US/adjective',
      'Philippine=Philippines/PH/adjective'
    ])
    // Not the country's name ("Thai" was Thailand), nor a town of the same name (Welsh, Louisiana).
    expect(brief(await find('Thai police questioned a Catalan cyclist.'))).toEqual(['Thai=Thailand/TH/adjective', 'Catalan=Catalonia/ES/adjective'])
    expect(brief(await find('The Ruritanian envoy left.', {lexicon: {placeAdjectives: {Ruritanian: 'RO'}}}))).toEqual(['Ruritanian=Romania/RO/adjective'])
    // A region's adjective, the default ones' and a caller's for a region of its own.
    expect(brief(await find('European and Middle Eastern envoys met Balkan leaders.'))).toEqual([
      'European=Europe//adjective',
      'Middle Eastern=Middle East//adjective',
      'Balkan=Balkans//adjective'
    ])
    const plain = {regions: [{name: 'Tarn Plain', lat: 47.5, lon: 19.25}], lexicon: {placeAdjectives: {Tarnish: 'Tarn Plain'}}}
    expect(brief(await find('Tarnish farmers sold grain.', plain))).toEqual(['Tarnish=Tarn Plain//adjective'])
    expect(brief(await find('The English teacher and the Lombard family moved.'))).toEqual([])
  })

  it('reads an English word after a place\'s adjective as the head of a name, and a place\'s own name as the place', async () => {
    expect(brief(await find('Snow fell on the Tibetan Plateau, and Welsh Water raised its prices.'))).toEqual(['Tibetan=Tibet Autonomous Region/CN/adjective', 'Welsh=Wales/GB/adjective'])
    expect(brief(await find('Avalanches hit the Austrian Tyrol.'))).toEqual(['Austrian=Austria/AT/adjective', 'Tyrol=Tyrol/AT'])
  })

  it('finds no place in a code or in a name that starts with a number', async () => {
    expect(await find('Analysts at 38 North said the KN-23 and the Su-35 were seen near the border.')).toEqual([])
    expect(await find('Traffic was stopped on Route 9 North for an hour.')).toEqual([])
  })

  it('reads a town by the state after its comma, and by the dateline in capitals', async () => {
    expect(brief(await find('A tornado damaged homes in Paris, Texas, on Sunday.'))).toEqual(['Paris=Paris/US', 'Texas=Texas/US'])
    expect(brief(await find('Museums in Paris reopened on Sunday.'))).toEqual(['Paris=Paris/FR'])
    const found = await find('SPRINGFIELD, Mass. — The city council voted on Tuesday to repair the bridge.')
    expect(found.map((place) => [place.text, place.name, place.admin1])).toEqual([
      ['SPRINGFIELD', 'Springfield', 'Massachusetts'],
      ['Mass.', 'Massachusetts', 'Massachusetts']
    ])
  })

  it('reads a name with "St.", "Ft." or "Mt." as the place that writes the word in full, and the other way round', async () => {
    expect(await division('Crews from St. Paul, Minnesota, reached Ft. Worth, Texas, and Mt. Vernon, Ohio, by Friday.')).toEqual([
      'St. Paul=Saint Paul/Minnesota',
      'Minnesota=Minnesota/Minnesota',
      'Ft. Worth=Fort Worth/Texas',
      'Texas=Texas/Texas',
      'Mt. Vernon=Mount Vernon/Ohio',
      'Ohio=Ohio/Ohio'
    ])
    expect(await division('Deputies from St. Landry Parish and Ste. Genevieve, Missouri, helped. Saint Louis was dry.')).toEqual([
      'St. Landry Parish=Saint Landry Parish/Louisiana',
      'Ste. Genevieve=Sainte Genevieve/Missouri',
      'Missouri=Missouri/Missouri',
      'Saint Louis=St. Louis/Missouri'
    ])
  })

  it('reads a town that the gazetteer writes with its river or sea by its name alone', async () => {
    expect(await division('Banks in Frankfurt and Halle, Germany, cut rates; ferries from Southend-on-Sea and Southend, England, sailed.')).toEqual([
      'Frankfurt=Frankfurt am Main/Hesse',
      'Halle=Halle (Saale)/Saxony-Anhalt',
      'Germany=Germany/undefined',
      'Southend-on-Sea=Southend-on-Sea/England',
      'Southend=Southend-on-Sea/England',
      'England=England/England'
    ])
  })

  it('reads a town of Russia or Ukraine by the spelling news gives it, and a big city over the division named after it', async () => {
    expect(await division('Missiles struck Kramatorsk and Lysychansk, then Mykolaiv; protests spread from Grozny to Nizhny Novgorod.')).toEqual([
      'Kramatorsk=Kramators’k/Donetsk Oblast',
      'Lysychansk=Lysychans’k/Luhansk Oblast',
      'Mykolaiv=Mykolayiv/Mykolaiv Oblast',
      'Grozny=Groznyy/Chechnya',
      'Nizhny Novgorod=Nizhniy Novgorod/Nizhny Novgorod Oblast'
    ])
  })

  it('reads a big city by the former name news still writes, and a town of that name by its state', async () => {
    expect(await division('Flights from Bombay and Calcutta to Saigon resumed.')).toEqual([
      'Bombay=Mumbai/Maharashtra',
      'Calcutta=Kolkata/West Bengal',
      'Saigon=Ho Chi Minh City/Ho Chi Minh City'
    ])
    expect(await division('Officials in Calcutta, Ohio, met.')).toEqual(['Calcutta=Calcutta/Ohio', 'Ohio=Ohio/Ohio'])
  })

  it('reads a town whose name opens with "The" without it, as news writes "the Bronx"', async () => {
    expect(await division('He was born in the Bronx and studied in the Hague.')).toEqual(['Bronx=The Bronx/New York', 'Hague=The Hague/South Holland'])
  })

  it('reads a town that names its division by the division\'s other spellings too', async () => {
    expect(await division('Ships left Odesa as drones struck Zaporizhzhia; the Zaporizhzhia region lost power.')).toEqual([
      'Odesa=Odessa/Odessa Oblast',
      'Zaporizhzhia=Zaporizhia/Zaporizhia Oblast',
      'Zaporizhzhia region=Zaporizhia Oblast/Zaporizhia Oblast'
    ])
  })

  it('reads a town of an Arabic-speaking country by the spelling news gives it', async () => {
    expect(await division('Fighting spread from Fallujah to Basra and Raqqa, and pilgrims left Taif.')).toEqual([
      'Fallujah=Al Fallūjah/Al Anbar Governorate',
      'Basra=Basrah/Basra Governorate',
      'Raqqa=Ar Raqqah/Ar-Raqqah Governorate',
      'Taif=Ta’if/Makkah Region'
    ])
  })

  it('reads small towns listed together in a division they share, where neither is sure alone', async () => {
    expect(await division('Officers in Bowie and Laurel answered the calls.')).toEqual(['Bowie=Bowie/Maryland', 'Laurel=Laurel/Maryland'])
    expect(await division('Traffic in Plano, Frisco and McKinney slowed.')).toEqual(['Plano=Plano/Texas', 'Frisco=Frisco/Texas', 'McKinney=McKinney/Texas'])
    // A town with its state after a comma may lie only there: no backing for a namesake elsewhere.
    expect(await division('Doctors in Winnipeg, Vancouver and Rochester, New York, were threatened.')).toEqual([
      'Winnipeg=Winnipeg/Manitoba',
      'Vancouver=Vancouver/British Columbia',
      'Rochester=Rochester/New York',
      'New York=New York/New York'
    ])
  })

  it('reads no town from a saint\'s name in the possessive, which names the saint\'s church, school or hospital', async () => {
    expect(await find("Two of the injured were treated at St George's overnight.")).toEqual([])
    expect(brief(await find("Fog delayed ferries to St. John's, Newfoundland, on Monday."))).toEqual(["St. John=St. John's/CA", 'Newfoundland=Newfoundland/CA'])
  })

  it('reads three divisions in a list as a list, not as "Town, State" and more', async () => {
    expect(await division('Cases were found in Washington, Pennsylvania and California.')).toEqual([
      'Washington=Washington/Washington',
      'Pennsylvania=Pennsylvania/Pennsylvania',
      'California=California/California'
    ])
    expect(await division('Officials in Delaware, Ohio and Indiana reported cases.')).toEqual(['Delaware=Delaware/Delaware', 'Ohio=Ohio/Ohio', 'Indiana=Indiana/Indiana'])
    // A fuller name elsewhere does not make a listed division its city.
    expect(await division('Cases in New York City rose. New York, New Jersey and Connecticut closed schools.')).toEqual([
      'New York City=New York City/New York',
      'New York=New York/New York',
      'New Jersey=New Jersey/New Jersey',
      'Connecticut=Connecticut/Connecticut'
    ])
    // Two names, or a third that is no division, leave the town before the comma.
    expect(await division('He grew up in Washington, Pennsylvania.')).toEqual(['Washington=Washington/Pennsylvania', 'Pennsylvania=Pennsylvania/Pennsylvania'])
    expect(await division('Delaware, Ohio, and Columbus lost power.')).toEqual(['Delaware=Delaware/Ohio', 'Ohio=Ohio/Ohio', 'Columbus=Columbus/Ohio'])
  })

  it('reads a province by the name news gives it, without GeoNames\' "Province of", and its towns after its comma', async () => {
    expect(brief(await find('Floods hit farms in Laguna and Pangasinan in the Philippines.'))).toEqual([
      'Laguna=Province of Laguna/PH',
      'Pangasinan=Province of Pangasinan/PH',
      'Philippines=Philippines/PH'
    ])
    expect(await division('Pigs died in Santa Maria, Davao del Sur, last month.')).toEqual(['Santa Maria=Santa Maria/Davao Region', 'Davao del Sur=Province of Davao del Sur/Davao Region'])
    // Without its country named, a province stands no more than a small town does; the Californian city keeps the name.
    expect(brief(await find('Surfers in Laguna Beach and Laguna met in California.'))).toEqual([
      'Laguna Beach=Laguna Beach/US',
      'Laguna=Laguna/US',
      'California=California/US'
    ])
  })

  it('keeps a dateline\'s town in capitals that another stage typed as an acronym, and drops one typed so elsewhere', async () => {
    const acronym = (text: string, word: string): Entity[] => [{start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word, type: 'organisation', name: word}]
    const dayton = 'DAYTON, Ohio (Wire) — Crews cleared the road.'
    expect(brief(await find(dayton, {}, acronym(dayton, 'DAYTON')))).toEqual(['DAYTON=Dayton/US', 'Ohio=Ohio/US'])
    const boise = 'BOISE, Idaho — The council met on Monday.'
    expect(brief(await find(boise, {}, acronym(boise, 'BOISE')))).toEqual(['BOISE=Boise/US', 'Idaho=Idaho/US'])
    const london = 'LONDON -- The council closed the bridge.'
    expect(brief(await find(london, {}, acronym(london, 'LONDON')))).toEqual(['LONDON=London/GB'])
    const shares = 'Shares of Dayton rose in Ohio.'
    expect(brief(await find(shares, {}, acronym(shares, 'Dayton')))).toEqual(['Ohio=Ohio/US'])
  })

  it('reads a word for an institution as the body, and its town only as "Town, State" or "the town of"', async () => {
    expect(brief(await find('Police in Idaho said Council officials met.'))).toEqual(['Idaho=Idaho/US'])
    expect(brief(await find('PHOENIX, Ariz. — Congress passed the bill.'))).toEqual(['PHOENIX=Phoenix/US', 'Ariz.=Arizona/US'])
    expect(await division('The mayor of Council, Idaho, resigned.')).toEqual(['Council=Council/Idaho', 'Idaho=Idaho/Idaho'])
    expect(brief(await find('Roads closed in the town of Police in West Pomerania.'))).toEqual(['Police=Police/PL', 'West Pomerania=West Pomeranian Voivodeship/PL'])
    expect(brief(await find('Police in West Pomerania closed roads.'))).toEqual(['West Pomerania=West Pomeranian Voivodeship/PL'])
    expect(brief(await find('Officials in Idaho said Sheriff Lane met the Board.', {lexicon: {institutionWords: ['sheriff']}}))).toEqual(['Idaho=Idaho/US'])
  })

  it('reads a dateline\'s name as the town the story was filed from, not the division around it', async () => {
    const ankara = await find('ANKARA, Turkey — Floods in Samsun, Ordu and Trabzon provinces killed 15 people.')
    expect(ankara.map((place) => `${place.text}=${place.name}/${place.admin1}`)).toEqual([
      'ANKARA=Ankara/Ankara Province',
      'Turkey=Türkiye/undefined',
      'Samsun=Samsun Province/Samsun Province',
      'Ordu=Ordu Province/Ordu Province',
      'Trabzon=Trabzon Province/Trabzon Province'
    ])
    expect(await division('KANO — Traders in Kaduna State and Katsina State shut their shops.')).toEqual(['KANO=Kano/Kano State', 'Kaduna State=Kaduna State/Kaduna State', 'Katsina State=Katsina State/Katsina State'])
    // Outside a dateline the province word after it makes the name a province.
    expect(await division('Floods hit Ankara province on Monday.')).toEqual(['Ankara province=Ankara Province/Ankara Province'])
  })

  it('reads the names of a list before a plural noun of divisions as the divisions, and "counties" as the counties named whole', async () => {
    expect(await division('Floods hit Ankara, Samsun and Ordu provinces.')).toEqual(['Ankara=Ankara Province/Ankara Province', 'Samsun=Samsun Province/Samsun Province', 'Ordu=Ordu Province/Ordu Province'])
    expect(await division('Traders in Kaduna and Katsina states shut their shops.')).toEqual(['Kaduna=Kaduna State/Kaduna State', 'Katsina=Katsina State/Katsina State'])
    expect(await division('Bergen and Passaic counties opened shelters.')).toEqual(['Bergen=Bergen County/New Jersey', 'Passaic=Passaic County/New Jersey'])
    expect(await division('Schools in Kent and Essex counties closed early.')).toEqual(['Kent=Kent/England', 'Essex=Essex/England'])
    // Without the plural noun, or with it elsewhere, the towns stay.
    expect(await division('Traders in Kaduna and Katsina shut their shops, and other states followed.')).toEqual(['Kaduna=Kaduna/Kaduna State', 'Katsina=Katsina/Katsina State'])
    const emirates = (options: Options) => find('Traders in Kaduna and Katsina emirates shut their shops.', options)
    expect((await emirates({})).map((place) => place.name)).toEqual(['Kaduna', 'Katsina'])
    expect((await emirates({lexicon: {divisionPlurals: ['emirates']}})).map((place) => place.name)).toEqual(['Kaduna State', 'Katsina State'])
  })

  it('reads divisions listed together as divisions of one country, whatever the article names elsewhere', async () => {
    expect(brief(await find('Smog covered Lahore and Islamabad in Pakistan. Fires in Punjab and Haryana states went on.'))).toEqual(['Lahore=Lahore/PK', 'Islamabad=Islamabad/PK', 'Pakistan=Pakistan/PK', 'Punjab=Punjab/IN', 'Haryana=Haryana/IN'])
    expect(brief(await find('Smog in Lahore, Faisalabad and Multan. Crop fires in Punjab and Haryana were blamed.')).slice(3)).toEqual(['Punjab=Punjab/IN', 'Haryana=Haryana/IN'])
    expect(brief(await find('Smog in Lahore and Multan. Rain hit Punjab and Sindh on Monday.')).slice(2)).toEqual(['Punjab=Punjab/PK', 'Sindh=Sindh/PK'])
    // Outside a list, the article's other places choose.
    expect(brief(await find('Smog in Lahore and Multan. Crop fires in Punjab were blamed.')).slice(2)).toEqual(['Punjab=Punjab/PK'])
  })

  it('reads a dateline in capitals before a spaced dash, with or without the agency, after leftovers of the page', async () => {
    expect(brief(await find('LONDON -- The council closed the bridge on Monday.'))).toEqual(['LONDON=London/GB'])
    expect(brief(await find('NEW DELHI (Wire) — Floods cut the road to the airport.'))).toEqual(['NEW DELHI=New Delhi/IN'])
    expect(brief(await find('Photo credit: Staff) ROME - Rain flooded the old town.'))).toEqual(['ROME=Rome/IT'])
    // Capitals that go on before it are a headline; a word in capitals and no dash is not a dateline.
    expect(brief(await find('STORM NEWS FROM LONDON — The'))).toEqual([])
    expect(brief(await find('Fans chanted ROME at the match.'))).toEqual([])
  })

  it('reads a dateline in capitals that opens a line before a colon and a whole sentence, not a headline', async () => {
    expect(brief(await find('ROME: Rain flooded the old town on Monday.'))).toEqual(['ROME=Rome/IT'])
    expect(brief(await find('Photo: staff\nNEW DELHI: The court closed the case.'))).toEqual(['NEW DELHI=New Delhi/IN'])
    expect(brief(await find('ROME: Rain floods old town'))).toEqual([])
    expect(brief(await find('The word was ROME: Rain fell.'))).toEqual([])
  })

  it('marks a name that qualifies a title, an office or a hyphenated compound as a modifier, and keeps it', async () => {
    const modifiers = async (text: string) => (await find(text)).map((place) => `${place.text}${place.modifier ? '/modifier' : ''}`)
    expect(await modifiers('The US President flew to Ohio.')).toEqual(['US/modifier', 'Ohio'])
    expect(await modifiers('A Texas-based firm and the French presidential race.')).toEqual(['Texas/modifier', 'French'])
    expect(await modifiers('UK Secretary Jane Moss spoke in Leeds.')).toEqual(['UK/modifier', 'Leeds'])
    // A name before other nouns, or a place's own hyphenated name, is where.
    expect(await modifiers('The Ohio floods cut roads across Ohio.')).toEqual(['Ohio', 'Ohio'])
    expect(await modifiers('Talks in Guinea-Bissau ended.')).toEqual(['Guinea-Bissau'])
  })

  it('marks a place at the head of an organisation\'s name, or after its "of", as a modifier; a public body\'s place, a team\'s or a race\'s, and the place named alone stay where', async () => {
    const typed = (text: string, ...names: Array<[string, Entity['type']]>): Entity[] =>
      names.map(([name, type]) => ({start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type, name}))
    const modifiers = async (text: string, entities: Entity[]) => (await find(text, {}, entities)).map((place) => `${place.text}${place.modifier ? '/modifier' : ''}`)
    const chips = 'Shares of Texas Instruments fell, and the firm left Texas.'
    expect(await modifiers(chips, typed(chips, ['Texas Instruments', 'organisation']))).toEqual(['Texas/modifier', 'Texas'])
    const exchange = 'The New York Stock Exchange halted trading, a spokesman in Chicago said.'
    expect(await modifiers(exchange, typed(exchange, ['New York Stock Exchange', 'organisation']))).toEqual(['New York/modifier', 'Chicago'])
    const bank = 'The Bank of England raised rates, and the University of Michigan froze fees.'
    expect(await modifiers(bank, typed(bank, ['Bank of England', 'organisation'], ['University of Michigan', 'organisation']))).toEqual(['England/modifier', 'Michigan'])
    // A public body acts where its place is; a place that ends a longer name, or one the other stage typed as a place, is no organisation's word.
    const police = 'Surrey Police said the fire was out.'
    expect(await modifiers(police, typed(police, ['Surrey Police', 'organisation']))).toEqual(['Surrey'])
    const fans = 'Crowds at the Melbourne Cup cheered.'
    expect(await modifiers(fans, typed(fans, ['Melbourne Cup', 'other']))).toEqual(['Melbourne'])
    const south = 'Fans celebrated in South Philadelphia and at the Sydney Opera House.'
    expect(await modifiers(south, typed(south, ['South Philadelphia', 'other'], ['Sydney Opera House', 'place']))).toEqual(['Philadelphia', 'Sydney'])
  })

  it('takes no place from the name of a newspaper', async () => {
    expect(brief(await find('USA Today and the Denver Post reported floods in Denver.'))).toEqual(['Denver=Denver/US'])
  })

  it('takes no town from the name of a football club, and a caller\'s own club words', async () => {
    expect(brief(await find('Leeds United beat Bristol Rovers 2-1 in Leeds on Saturday.'))).toEqual(['Leeds=Leeds/GB'])
    // A division of the same name elsewhere (a parish of Jamaica) does not keep the club's town.
    expect(brief(await find('Manchester United fans gathered in London.'))).toEqual(['London=London/GB'])
    expect(brief(await find('Leeds and Bristol united behind the plan.'))).toEqual(['Leeds=Leeds/GB', 'Bristol=Bristol/GB'])
    expect(brief(await find('Denver Nuggets fans met in Boston.', {lexicon: {clubWords: ['nuggets']}}))).toEqual(['Boston=Boston/US'])
  })

  it('does not take a person for a town', async () => {
    const found = await find('John Kirby told reporters that Mr. Lincoln and Gov. Jackson would visit George W. Bush in Dallas.')
    expect(brief(found)).toEqual(['Dallas=Dallas/US'])
    // Once a surname, a surname all through the article.
    expect(brief(await find('Senator Maria Lowell spoke first. Lowell said the vote in Boston would wait.'))).toEqual(['Boston=Boston/US'])
    // A first name is not how the article names the person again; a surname is.
    expect(brief(await find('Paris Hilton arrived in Paris on Monday.'))).toEqual(['Paris=Paris/FR'])
    expect(brief(await find('Officials in Denton said the road reopened, and police in Lufkin, Texas, agreed.'))).toEqual(['Denton=Denton/US', 'Lufkin=Lufkin/US', 'Texas=Texas/US'])
    const vetoed = await find('Sydney Adams spoke in Boston.', {}, [{start: 0, end: 12, text: 'Sydney Adams', type: 'person', name: 'Sydney Adams'}])
    expect(brief(vetoed)).toEqual(['Boston=Boston/US'])
  })

  it('reads a name with "who" after its comma as a person\'s, all through the article, but not the people of a place', async () => {
    // A country's name too: places take "which" and "where".
    expect(brief(await find('Jordan, who owns part of the team, flew to Charlotte.'))).toEqual(['Charlotte=Charlotte/US'])
    expect(brief(await find('Her daughter Paris, who is 19, lives in Lyon. Paris said she liked it.'))).toEqual(['Lyon=Lyon/FR'])
    expect(brief(await find('Jordan, which hosts a million refugees, asked for aid.'))).toEqual(['Jordan=Jordan/JO'])
    expect(brief(await find('Aid reached refugees from Syria, who fled the war.'))).toEqual(['Syria=Syria/SY'])
    expect(brief(await find('A man from Springfield, Ill., who was not named, died.'))).toEqual(['Springfield=Springfield/US', 'Ill.=Illinois/US'])
  })

  it('keeps a state\'s abbreviation after a town and a comma that another stage took for an organisation, but not after a surname', async () => {
    const acronym = (text: string, name: string) => {
      const start = text.indexOf(name)
      return [{start, end: start + name.length, text: name, type: 'organisation' as const, name}]
    }
    const text = 'Officials in Trenton, N.J., met.'
    expect(brief(await find(text, {}, acronym(text, 'N.J.')))).toEqual(['Trenton=Trenton/US', 'N.J.=New Jersey/US'])
    const degree = 'The panel heard Dr. Ann Trenton, MD, on Monday.'
    expect(await find(degree, {}, [...acronym(degree, 'MD'), {start: 20, end: 31, text: 'Ann Trenton', type: 'person', name: 'Ann Trenton'}])).toEqual([])
  })

  it('keeps a place before a word for its people or officials that another stage took for an organisation owning the role', async () => {
    const owner = (text: string, name: string): Entity[] => {
      const start = text.indexOf(name)
      return [{start, end: start + name.length, text: name, type: 'organisation', name}]
    }
    const lagos = 'The road reopened, Lagos officials said.'
    expect(brief(await find(lagos, {}, owner(lagos, 'Lagos')))).toEqual(['Lagos=Lagos/NG'])
    const nakuru = 'Nakuru residents queued for water, and Nakuru was dry.'
    expect(brief(await find(nakuru, {}, owner(nakuru, 'Nakuru')))).toEqual(['Nakuru=Nakuru/KE', 'Nakuru=Nakuru/KE'])
    // A word of the organisation's own name in capitals, or no such word, leaves it the organisation.
    const named = 'Lagos Police said the road reopened.'
    expect(await find(named, {}, owner(named, 'Lagos'))).toEqual([])
    const club = 'Lagos beat the visitors on Sunday.'
    expect(await find(club, {}, owner(club, 'Lagos'))).toEqual([])
    const caller = 'Lagos traders said the road reopened.'
    expect(brief(await find(caller, {lexicon: {localPeopleWords: ['traders']}}, owner(caller, 'Lagos')))).toEqual(['Lagos=Lagos/NG'])
  })

  it('keeps a place another stage took for a person where the gazetteer holds its words whole, or where it qualifies a full name', async () => {
    const person = (text: string, name: string) => {
      const start = text.indexOf(name)
      return [{start, end: start + name.length, text: name, type: 'person' as const, name}]
    }
    const keeps = async (text: string, name: string) => brief(await find(text, {}, person(text, name)))
    expect(await keeps('He was taken to a hospital in Milton Keynes on Friday.', 'Milton Keynes')).toEqual(['Milton Keynes=Milton Keynes/GB'])
    expect(await keeps('Crowds filled the streets of San Diego.', 'San Diego')).toEqual(['San Diego=San Diego/US'])
    // A place named for a person: the person's name inside the place's.
    expect(await keeps("Queen Anne's County deputies closed the road.", 'Anne')).toEqual(["Queen Anne's County=Queen Anne's County/US"])
    expect(await keeps('Voters in Lewis and Clark County, Montana, went to the polls.', 'Lewis')).toEqual([
      'Lewis and Clark County=Lewis and Clark County/US',
      'Montana=Montana/US'
    ])
    expect(await keeps('The envoy for South Sudan David Marsh said talks would resume.', 'South Sudan David Marsh')).toEqual(['South Sudan=South Sudan/SS'])
    expect(await keeps('Stores closed across the U.S. Jane Moss, a spokeswoman, said.', 'U.S. Jane Moss')).toEqual(['U.S.=United States/US'])
    // A town before a full name, a country before a lone surname, and a one-word name are the person's.
    expect(await keeps('Paris Hilton Smith arrived late.', 'Paris Hilton Smith')).toEqual([])
    expect(await keeps('Jordan Spieth won the open.', 'Jordan Spieth')).toEqual([])
    expect(await keeps('Lowell spoke first.', 'Lowell')).toEqual([])
  })

  describe('an ordinary word inside the name of an organisation', () => {
    /** The places of a text whose [bracketed] names another stage typed as organisations (or `type`). */
    const inNames = async (marked: string, type: Entity['type'] = 'organisation') => {
      const entities: Entity[] = []
      let text = ''
      for (const [index, part] of marked.split(/[[\]]/).entries()) {
        if (index % 2 === 1) entities.push({start: text.length, end: text.length + part.length, text: part, type, name: part})
        text += part
      }
      return (await find(text, {}, entities)).map((place) => `${place.text}=${place.name}/${place.admin1 ?? place.country}`)
    }

    it('is a word of that name, wherever it stands in it', async () => {
      expect(await inNames('Officials in Texas said patients at [Harbor Treatment Center] in Malibu were moved.')).toEqual(['Texas=Texas/Texas', 'Malibu=Malibu/California'])
      expect(await inNames('Texas farmers sued, and lawyers for the [Center for Coastal Safety] joined them.')).toEqual(['Texas=Texas/Texas'])
      expect(await inNames('Freight cars of [Union Pacific] were stranded near Cheyenne, Wyoming.')).toEqual(['Cheyenne=Cheyenne/Wyoming', 'Wyoming=Wyoming/Wyoming'])
      expect(await inNames('In Oregon, [Summit Health Partners] laid off 40 nurses.')).toEqual(['Oregon=Oregon/Oregon'])
      expect(await inNames('Texas drivers lined up at a [Providence Medical Center] clinic.')).toEqual(['Texas=Texas/Texas', 'Providence=Providence/Rhode Island'])
      expect(await inNames('Ohio shoppers queued at [Vexa Mobile] stores.', 'other')).toEqual(['Ohio=Ohio/Ohio'])
    })

    it('stays a place where the article names it on its own, or at the head of the name as a city or any name that is no English word', async () => {
      expect(await inNames('The [Reading Police Department] said officers in Reading, Pennsylvania, found the car.')).toEqual(['Reading=Reading/Pennsylvania', 'Reading=Reading/Pennsylvania', 'Pennsylvania=Pennsylvania/Pennsylvania'])
      expect(await inNames('Fans of the [Buffalo Bills] packed bars across upstate New York.')).toEqual(['Buffalo=Buffalo/New York', 'New York=New York/New York'])
      expect(await inNames('The [Texas Department of Health] sent nurses to Houston.')).toEqual(['Texas=Texas/Texas', 'Houston=Houston/Texas'])
      expect(await inNames('Aid from the [Turkey Red Crescent] reached the border.')).toEqual(['Turkey=Türkiye/TR'])
      expect(await inNames('Patients at [Harbor Treatment Center] were moved to a shelter in Harbor, Oregon.')).toEqual(['Harbor=Harbor/Oregon', 'Harbor=Harbor/Oregon', 'Oregon=Oregon/Oregon'])
    })
  })

  it('finds the entities over each candidate whatever their order, past an entity that spans others', async () => {
    const text = 'Sydney Adams spoke in Boston, and Lowell and Denver Health said so in Austin.'
    const entity = (name: string, type: Entity['type'], start = text.indexOf(name)): Entity => ({start, end: start + name.length, text: name, type, name})
    const entities = [entity(text, 'other'), entity('Sydney Adams', 'person'), entity('Lowell', 'person'), entity('Denver', 'organisation'), entity('Denver Health', 'organisation')]
    const expected = ['Boston=Boston/US', 'Austin=Austin/US']
    expect(brief(await find(text, {}, entities))).toEqual(expected)
    expect(brief(await find(text, {}, entities.toReversed()))).toEqual(expected)
    expect(brief(await find(text))).toEqual(['Boston=Boston/US', 'Lowell=Lowell/US', 'Denver=Denver/US', 'Austin=Austin/US'])
  })

  it('reads small towns of one state as backing each other, and a lone small town as too little', async () => {
    expect(brief(await find('Storms flooded roads in Nacogdoches and Lufkin on Monday.'))).toEqual(['Nacogdoches=Nacogdoches/US', 'Lufkin=Lufkin/US'])
    expect(await find('Storms flooded roads in Lufkin on Monday.')).toEqual([])
    expect(brief(await find('Storms flooded roads in Lufkin, Texas, on Monday.'))).toEqual(['Lufkin=Lufkin/US', 'Texas=Texas/US'])
  })

  it('lets a named division tell comparable towns apart, and not outweigh a namesake many times bigger', async () => {
    expect(await division('Utility crews in New York and Boston worked through the night.')).toEqual(['New York=New York City/New York', 'Boston=Boston/Massachusetts'])
    expect(await division('Buses from Buffalo and Boston reached the border by noon.')).toEqual(['Buffalo=Buffalo/New York', 'Boston=Boston/Massachusetts'])
    expect(await division('Texas officials said Atlanta had sent two rescue teams.')).toEqual(['Texas=Texas/Texas', 'Atlanta=Atlanta/Georgia'])
    expect(await division('Crews from Ohio were sent to Toronto after the storm.')).toEqual(['Ohio=Ohio/Ohio', 'Toronto=Toronto/Ontario'])
    expect(await division('Maine officials said Portland was hit hardest.')).toEqual(['Maine=Maine/Maine', 'Portland=Portland/Maine'])
    expect(await division('Indiana officials said Columbus was hit hardest.')).toEqual(['Indiana=Indiana/Indiana', 'Columbus=Columbus/Indiana'])
    expect(await division('Minnesota officials said Austin was hit hardest.')).toEqual(['Minnesota=Minnesota/Minnesota', 'Austin=Austin/Minnesota'])
    expect(await division('The plant in Boston, N.Y., closed on Friday.')).toEqual(['Boston=Boston/New York', 'N.Y.=New York/New York'])
  })

  it('reads a town in the division where most of the article\'s places lie over a bigger namesake abroad', async () => {
    expect(await division('A barn burned outside Lebanon on Tuesday. Crews from Mason, Springboro and Franklin helped.')).toEqual(['Lebanon=Lebanon/Ohio', 'Mason=Mason/Ohio', 'Springboro=Springboro/Ohio', 'Franklin=Franklin/Ohio'])
    expect(await division('Volunteers from Bogart, Winterville and Watkinsville met in Athens on Monday.')).toEqual(['Bogart=Bogart/Georgia', 'Winterville=Winterville/Georgia', 'Watkinsville=Watkinsville/Georgia', 'Athens=Athens/Georgia'])
    expect(await division('Schools in Hilliard, Worthington and Westerville closed, but Dublin stayed open.')).toEqual(['Hilliard=Hilliard/Ohio', 'Worthington=Worthington/Ohio', 'Westerville=Westerville/Ohio', 'Dublin=Dublin/Ohio'])
    expect(await division('Crews from Muscle Shoals, Sheffield and Tuscumbia were sent to Florence.')).toEqual(['Muscle Shoals=Muscle Shoals/Alabama', 'Sheffield=Sheffield/Alabama', 'Tuscumbia=Tuscumbia/Alabama', 'Florence=Florence/Alabama'])
    // Two towns make no home; a name listed with one that cannot lie there is where its neighbour is.
    expect(await division('A barn burned outside Lebanon on Tuesday. Crews from Mason and Springboro helped.')).toEqual(['Lebanon=Lebanon/undefined', 'Mason=Mason/Ohio', 'Springboro=Springboro/Ohio'])
    expect(await division('Students from Lititz, Ephrata and Manheim flew to Jordan and Lebanon.')).toEqual(['Lititz=Lititz/Pennsylvania', 'Ephrata=Ephrata/Pennsylvania', 'Manheim=Manheim/Pennsylvania', 'Jordan=Jordan/undefined', 'Lebanon=Lebanon/undefined'])
    expect(await division('Fans from Hilliard, Worthington and Westerville watched the match in Dublin and Cork.')).toEqual(['Hilliard=Hilliard/Ohio', 'Worthington=Worthington/Ohio', 'Westerville=Westerville/Ohio', 'Dublin=Dublin/Leinster', 'Cork=Cork/Munster'])
    // Ordinary words that make a name of two or more ("Bay City", "Crown Heights") are backed by the home division, as its own name would.
    expect(await division('Officers from Flint, Saginaw and Midland chased the car to Bay City.')).toEqual(['Flint=Flint/Michigan', 'Saginaw=Saginaw/Michigan', 'Midland=Midland/Michigan', 'Bay City=Bay City/Michigan'])
    expect(await division('Marchers from Harlem, Queens and the Bronx walked to Crown Heights.')).toEqual(['Harlem=Harlem/New York', 'Queens=Queens/New York', 'Bronx=The Bronx/New York', 'Crown Heights=Crown Heights/New York'])
    expect(await division('Crews from Fresno, Visalia and Hanford reached Grass Valley.')).toEqual(['Fresno=Fresno/California', 'Visalia=Visalia/California', 'Hanford=Hanford/California', 'Grass Valley=Grass Valley/California'])
    expect(await find('Officers from Flint chased the car to Bay City.')).toEqual([])
    // A dateline names where the story was filed; the country's capital is where its government sits.
    expect(await division('WASHINGTON — Farmers near Tarkio, Maryville and St. Joseph lost crops, a congressman said.')).toEqual(['WASHINGTON=Washington, D.C./District of Columbia', 'Tarkio=Tarkio/Missouri', 'Maryville=Maryville/Missouri', 'St. Joseph=Saint Joseph/Missouri'])
    expect(await division('Farmers near Tarkio, Maryville and St. Joseph asked for help in Washington.')).toEqual(['Tarkio=Tarkio/Missouri', 'Maryville=Maryville/Missouri', 'St. Joseph=Saint Joseph/Missouri', 'Washington=Washington, D.C./District of Columbia'])
    expect(await division('Crews from Mason, Springboro and Franklin flew to Greece. In Athens, they toured the Acropolis.')).toEqual(['Mason=Mason/Ohio', 'Springboro=Springboro/Ohio', 'Franklin=Franklin/Ohio', 'Greece=Greece/undefined', 'Athens=Athens/Attica'])
    // A namesake many times bigger stays where the town is not listed with the home's towns.
    expect(await division('Buses from Tyler, Lufkin and Nacogdoches left for Paris on Friday.')).toEqual(['Tyler=Tyler/Texas', 'Lufkin=Lufkin/Texas', 'Nacogdoches=Nacogdoches/Texas', 'Paris=Paris/Île-de-France'])
  })

  it('reads "X City" as the city of X where the towns called X are far bigger than any called "X City", and as its own name elsewhere', async () => {
    expect(await division('Protesters gathered outside Oakland City Hall on Monday.')).toEqual(['Oakland City=Oakland/California'])
    expect(await division('A rally at Boise City Hall drew hundreds.')).toEqual(['Boise City=Boise/Idaho'])
    expect(await division('The Hamilton City Council voted on Monday. Residents of Fairfield, Trenton and Middletown spoke.')).toEqual(['Hamilton City=Hamilton/Ohio', 'Fairfield=Fairfield/Ohio', 'Trenton=Trenton/Ohio', 'Middletown=Middletown/Ohio'])
    expect(await division('Officials in Oakland City, Indiana, said the road was closed.')).toEqual(['Oakland City=Oakland City/Indiana', 'Indiana=Indiana/Indiana'])
    expect(await division('The Panama City Commission approved the plan in Florida.')).toEqual(['Panama City=Panama City/Florida', 'Florida=Florida/Florida'])
    expect(await division('Crowds filled Mexico City on Sunday.')).toEqual(['Mexico City=Mexico City/Mexico City'])
  })

  it('reads a list of three or more towns or counties in the one division that can hold them all, the one whose namesakes hold the most people', async () => {
    expect(await division('Workers will be hired from Scott, Fayette and Woodford counties.')).toEqual(['Scott=Scott County/Kentucky', 'Fayette=Fayette County/Kentucky', 'Woodford=Woodford County/Kentucky'])
    expect(await division('Storms hit Decatur, Forsyth and Mount Zion overnight.')).toEqual(['Decatur=Decatur/Illinois', 'Forsyth=Forsyth/Illinois', 'Mount Zion=Mount Zion/Illinois'])
    expect(await division('Storms hit Salem, Albany and Eugene overnight.')).toEqual(['Salem=Salem/Oregon', 'Albany=Albany/Oregon', 'Eugene=Eugene/Oregon'])
    // Cities no one division holds keep their own readings.
    expect(await division('Teams from Paris, London and Berlin met on Friday.')).toEqual(['Paris=Paris/Île-de-France', 'London=London/England', 'Berlin=Berlin/Berlin'])
  })

  it('reads a state\'s abbreviation after a lawmaker\'s party as the state, and not after another word\'s hyphen', async () => {
    expect(await division('Sen. Ann Lee, R-Mo., backed the bill. Rep. Tom Hale (D-Calif.) voted no. Rep. Joe Park, I-Vt., abstained.')).toEqual(['Mo.=Missouri/Missouri', 'Calif.=California/California', 'Vt.=Vermont/Vermont'])
    expect(await find('The X-Calif. rally drew few. Prices rose, T-Mo. said.')).toEqual([])
  })

  it('reads a bare name as the town its "Town, State" names elsewhere in the article', async () => {
    expect(await division('Storms hit Paris, Texas, on Monday. In Paris, crews cleared the roads.')).toEqual(['Paris=Paris/Texas', 'Texas=Texas/Texas', 'Paris=Paris/Texas'])
    expect(await division('The plant in Boston, N.Y., closed on Friday. Workers in Boston said they were not warned.')).toEqual(['Boston=Boston/New York', 'N.Y.=New York/New York', 'Boston=Boston/New York'])
    expect(await division('A tornado touched down near Athens, Ohio. Schools in Athens stayed closed.')).toEqual(['Athens=Athens/Ohio', 'Ohio=Ohio/Ohio', 'Athens=Athens/Ohio'])
    expect(await division('Schools in Athens stayed closed.')).toEqual(['Athens=Athens/Attica'])
  })

  it('reads a name as the place a fuller name of the article names by its first or last words', async () => {
    expect(brief(await find('Ebola broke out in the Republic of Congo near Gabon. The government of Congo said.'))).toEqual([
      'Republic of Congo=Republic of the Congo/CG',
      'Gabon=Gabon/GA',
      'Congo=Republic of the Congo/CG'
    ])
    expect((await find('Police in New York City said the subway reopened. Officials in New York added.')).map((place) => place.name)).toEqual(['New York City', 'New York City'])
    // A fuller name of another place leaves the shorter one alone.
    expect(brief(await find('Leaders of South Sudan and Sudan met.'))).toEqual(['South Sudan=South Sudan/SS', 'Sudan=Sudan/SD'])
  })

  it('keeps a town named by an ordinary word only where the article backs it', async () => {
    expect(await find('Reading the report, officials in the White House frowned.')).toEqual([])
    expect(brief(await find('Flooding closed roads in Reading, Pennsylvania.'))).toEqual(['Reading=Reading/US', 'Pennsylvania=Pennsylvania/US'])
  })

  it('reads a name opened by "Mount", "Fort", "Port" or "Point" as a name, though its words are ordinary: backed by a town of its state, as other small towns are', async () => {
    expect(await division('Residents of Manheim and Mount Joy were told to avoid low roads.')).toEqual(['Manheim=Manheim/Pennsylvania', 'Mount Joy=Mount Joy/Pennsylvania'])
    expect(await division('Voters in Fort Thomas and Covington rejected the levy.')).toEqual(['Fort Thomas=Fort Thomas/Kentucky', 'Covington=Covington/Kentucky'])
    expect(await division('Voters in Port Clinton and Sandusky rejected the levy.')).toEqual(['Port Clinton=Port Clinton/Ohio', 'Sandusky=Sandusky/Ohio'])
    expect(await find('Residents of Mount Joy were told to avoid low roads.')).toEqual([])
    expect(await find('Pressure began to mount. Joy turned to anger in the square.')).toEqual([])
  })

  it('reads no town from an ordinary word that the article capitalises only where a sentence opens', async () => {
    expect(brief(await find('Hope faded as the river rose, Arkansas officials said.'))).toEqual(['Arkansas=Arkansas/US'])
    expect(brief(await find('Banks closed early across England. Schools stayed open.'))).toEqual(['England=England/GB'])
    expect(brief(await find('Justice was slow, Ohio officials said.'))).toEqual(['Ohio=Ohio/US'])
    expect(brief(await find('Hope, Arkansas, was flooded. Hope residents fled.'))).toEqual(['Hope=Hope/US', 'Arkansas=Arkansas/US', 'Hope=Hope/US'])
  })

  it('reads no country from a native spelling that is a common English word', async () => {
    expect(await find('Island residents voted to keep the ferry.')).toEqual([])
    expect(await find('SKERRY HARBOUR (Island News) — The ferry left at dawn.')).toEqual([])
    expect(brief(await find('Voters in Iceland and the Emirates went to the polls.'))).toEqual(['Iceland=Iceland/IS', 'Emirates=United Arab Emirates/AE'])
  })

  it('reads a name shared by a country and a division by the places the article names beside it', async () => {
    expect(brief(await find('Farmers in Georgia, Ohio and Texas lost their crops.'))).toEqual(['Georgia=Georgia/US', 'Ohio=Ohio/US', 'Texas=Texas/US'])
    expect(brief(await find('The flight left Atlanta, Georgia on Monday.'))).toEqual(['Atlanta=Atlanta/US', 'Georgia=Georgia/US'])
    expect(brief(await find('Armenia, Azerbaijan and Georgia signed the pact.'))).toEqual(['Armenia=Armenia/AM', 'Azerbaijan=Azerbaijan/AZ', 'Georgia=Georgia/GE'])
    expect(brief(await find('Storms hit Batumi, Georgia overnight.'))).toEqual(['Batumi=Batumi/GE', 'Georgia=Georgia/GE'])
    expect(brief(await find('Georgia sent troops to the border.'))).toEqual(['Georgia=Georgia/GE'])
    // A division is backed by the towns the article names in it, as a country is by its own.
    expect(brief(await find('Storms knocked out power across Georgia, and officials in Atlanta said repairs would take days.'))).toEqual(['Georgia=Georgia/US', 'Atlanta=Atlanta/US'])
    expect(brief(await find('Floods hit Georgia, and Savannah was cut off.'))).toEqual(['Georgia=Georgia/US', 'Savannah=Savannah/US'])
    expect(brief(await find('Protesters filled the streets of Tbilisi as Georgia debated the bill.'))).toEqual(['Tbilisi=Tbilisi/GE', 'Georgia=Georgia/GE'])
    expect(brief(await find('Georgia and Armenia signed a deal in Yerevan.'))).toEqual(['Georgia=Georgia/GE', 'Armenia=Armenia/AM', 'Yerevan=Yerevan/AM'])
  })

  it('places a country at GeoNames\' point for the GeoNames id it gives', async () => {
    const found = await find('Canada and the United States closed the border.')
    expect(found.map((place) => [place.text, place.geonameId, Math.round(place.lat * 10) / 10, Math.round(place.lon * 10) / 10])).toEqual([
      ['Canada', 6251999, 60.1, -113.6],
      ['United States', 6252001, 39.8, -98.5]
    ])
  })

  it('reads the continents, at GeoNames\' points and in no country', async () => {
    const found = await find('Cases rose across Africa, Europe and South America.')
    expect(found.map((place) => [place.text, place.name, place.country, place.geonameId, Math.round(place.lat), Math.round(place.lon)])).toEqual([
      ['Africa', 'Africa', '', 6255146, 7, 21],
      ['Europe', 'Europe', '', 6255148, 49, 9],
      ['South America', 'South America', '', 6255150, -15, -58]
    ])
    // The European Union is no continent, only Europe's adjective, as British is in "the British Council"; and "America" is none either.
    expect(brief(await find('Leaders of the European Union met in Asia.'))).toEqual(['European=Europe//adjective', 'Asia=Asia/'])
    expect(brief(await find('Fans across America watched the final.'))).toEqual([])
  })

  it('reads the regions news names across countries, whole, and a caller\'s own', async () => {
    const found = await find('Measles spread from West Africa to the Middle East, and South-East Asia sent vaccines.')
    expect(found.map((place) => [place.text, place.name, place.country, place.geonameId, place.lat, place.lon])).toEqual([
      ['West Africa', 'West Africa', '', 0, 12, -3],
      ['Middle East', 'Middle East', '', 0, 29, 45],
      ['South-East Asia', 'Southeast Asia', '', 0, 6, 110]
    ])
    expect(brief(await find('Storms crossed Western Europe and the Balkans before reaching Scandinavia.'))).toEqual([
      'Western Europe=Western Europe/',
      'Balkans=Balkans/',
      'Scandinavia=Scandinavia/'
    ])
    // A direction word that is no part of a region's name leaves the continent; "the Gulf" alone is no region, nor are "the Gulf states".
    expect(brief(await find('Rains hit southern Africa and the Gulf on Monday.'))).toEqual(['Africa=Africa/'])
    expect(brief(await find('The storm moved over the Gulf States on Tuesday.'))).toEqual([])
    const own = {regions: [{name: 'Ruritanian Plain', aliases: ['the Plain'], lat: 47.5, lon: 19.25}]}
    const mine = await find('Farmers on the Ruritanian Plain met traders from Asia.', own)
    expect(mine.map((place) => [place.text, place.name, place.country, place.lat, place.lon])).toEqual([
      ['Ruritanian Plain', 'Ruritanian Plain', '', 47.5, 19.25],
      ['Asia', 'Asia', '', 29.8406, 89.2969]
    ])
    expect(await find('Farmers on the Ruritanian Plain met.')).toEqual([])
  })

  it('reads seas, gulfs and oceans by their whole names, and no ocean from a word of another name', async () => {
    expect(brief(await find('The tanker sank in the Black Sea after crossing the Mediterranean and the Gulf of Aden.'))).toEqual([
      'Black Sea=Black Sea/',
      'Mediterranean=Mediterranean Sea/',
      'Gulf of Aden=Gulf of Aden/'
    ])
    expect(brief(await find('Yachts crossed the Pacific Ocean while the Arctic warmed.'))).toEqual(['Pacific Ocean=Pacific Ocean/', 'Arctic=Arctic/'])
    expect(brief(await find('Security Pacific Corp. and Asia-Pacific markets rose.'))).toEqual(['Asia-Pacific=Asia-Pacific/'])
  })

  it('reads a region of the world over a division named after it, and the division where the text marks it', async () => {
    expect(brief(await find('Drought in the Sahel has spread, and ships in the Red Sea were attacked.'))).toEqual(['Sahel=Sahel/', 'Red Sea=Red Sea/'])
    expect(brief(await find('Militants attacked a town in the Sahel region of Burkina Faso.'))).toEqual(['Sahel region=Sahel Region/BF', 'Burkina Faso=Burkina Faso/BF'])
    expect(brief(await find('Officials in Red Sea state, Sudan, said the port was calm.'))).toEqual(['Red Sea state=Red Sea/SD', 'Sudan=Sudan/SD'])
  })

  it('reads the islands of one country that are none of its divisions as its divisions, and a caller\'s own', async () => {
    const found = await find('Ferries to Majorca and Ibiza were cancelled, and the storm later reached Luzon.')
    expect(found.map((place) => [place.text, place.name, place.country, place.admin1, place.population])).toEqual([
      ['Majorca', 'Majorca', 'ES', 'Majorca', 920_000],
      ['Ibiza', 'Ibiza', 'ES', 'Ibiza', 150_000],
      ['Luzon', 'Luzon', 'PH', 'Luzon', 53_000_000]
    ])
    // An island before a namesake town: "Rhodes" is the Greek island, not the Sydney suburb, unless the text says Australia.
    expect(brief(await find('Wildfires forced tourists off Rhodes and Mallorca.'))).toEqual(['Rhodes=Rhodes/GR', 'Mallorca=Majorca/ES'])
    const own = {regions: [{name: 'Isle of Tarn', country: 'NO', lat: 68.1, lon: 13.2, population: 4_000}, {name: 'Outer Tarn', country: 'QQ', lat: 1, lon: 2}]}
    expect((await find('Boats left the Isle of Tarn for Outer Tarn.', own)).map((place) => [place.name, place.country, place.admin1])).toEqual([
      ['Isle of Tarn', 'NO', 'Isle of Tarn'],
      ['Outer Tarn', '', undefined]
    ])
  })

  it('reads "Congo" as either Congo by the places named beside it, and as the larger without them', async () => {
    expect(brief(await find('Fighting in Congo drove thousands from their homes.'))).toEqual(['Congo=DR Congo/CD'])
    expect(brief(await find('Rebels in eastern Congo took Goma on Monday.'))).toEqual(['Congo=DR Congo/CD', 'Goma=Goma/CD'])
    expect(brief(await find('Ministers met in Brazzaville, the capital of Congo.'))).toEqual(['Brazzaville=Brazzaville/CG', 'Congo=Republic of the Congo/CG'])
    expect(brief(await find('Aid reached the Republic of Congo and Gabon.'))).toEqual(['Republic of Congo=Republic of the Congo/CG', 'Gabon=Gabon/GA'])
  })

  it('reads "the city of" and "the state of" as the kind of place they name', async () => {
    const kindOf = async (text: string) => (await find(text)).map((place) => place.name)
    expect(await kindOf('The city of New York reported 40 cases.')).toEqual(['New York City'])
    expect(await kindOf('The state of New York reported 40 cases.')).toEqual(['New York'])
    expect(brief(await find('Officials in the town of Victoria closed the road.'))).toEqual(['Victoria=Victoria/CA'])
    expect(brief(await find('Fires burned across Victoria.'))).toEqual(['Victoria=Victoria/AU'])
  })

  it('reads counties and other second-level divisions where the article names their country or state', async () => {
    expect(brief(await find('Farms in Suffolk, England were closed after the outbreak.'))).toEqual(['Suffolk=Suffolk/GB', 'England=England/GB'])
    expect(brief(await find('Schools in Montgomery County closed as snow fell on Maryland.'))).toEqual(['Montgomery County=Montgomery County/US', 'Maryland=Maryland/US'])
    expect(brief(await find('Cases were reported in Bohol, in the central Philippines.'))).toEqual(['Bohol=Bohol/PH', 'Philippines=Philippines/PH'])
    const county = (await find('Deputies in Anne Arundel County, Maryland arrested two men.'))[0]!
    expect([county.name, county.admin1, county.lat > 38.8 && county.lat < 39.3, county.lon > -76.9 && county.lon < -76.4]).toEqual(['Anne Arundel County', 'Maryland', true, true])
    // Alone, or named by a word of its own ("Bureau County" is not "the Bureau"), a county is no place.
    expect(await find('The outbreak hit Suffolk.')).toEqual([])
    expect(await find('The Bureau said the Christian group met Caroline in Creek.')).toEqual([])
  })

  it('reads a large county that one word names alone after a preposition of place, without its country', async () => {
    expect(brief(await find('Police were called to a house in Hertfordshire.'))).toEqual(['Hertfordshire=Hertfordshire/GB'])
    expect(brief(await find('A man from Cambridgeshire was charged.'))).toEqual(['Cambridgeshire=Cambridgeshire/GB'])
    expect(brief(await find('Buses ran late across Nottinghamshire on Monday.'))).toEqual(['Nottinghamshire=Nottinghamshire/GB'])
    // Without the preposition the word may be a person's; a county of a shared name needs its country.
    expect(await find('Fans cheered as Hertfordshire and Gaga sang.')).toEqual([])
    expect(await find('Farms in Suffolk were closed.')).toEqual([])
  })

  it('reads a town named by an ordinary word only where its division itself is named, and a month or an opening preposition only as "Town, State"', async () => {
    // London lies in England, but a big city is no backing for a town called "Over".
    expect(brief(await find('Patients in London were tested for hours; officials in Over said little.'))).toEqual(['London=London/GB'])
    expect(brief(await find('Over the weekend officials in London and England met.'))).toEqual(['London=London/GB', 'England=England/GB'])
    expect(brief(await find('Officials in California acted in August to stop it.'))).toEqual(['California=California/US'])
    expect(brief(await find('Mobile was hit by the storm, Alabama officials said. Power returned to Mobile on Friday.'))).toEqual([
      'Mobile=Mobile/US',
      'Alabama=Alabama/US',
      'Mobile=Mobile/US'
    ])
    expect(brief(await find('Reading, Pennsylvania, was flooded on Monday.'))).toEqual(['Reading=Reading/US', 'Pennsylvania=Pennsylvania/US'])
  })

  it('places a state at the centre of its territory, not of its towns', async () => {
    // Texas's geographic centre lies near Brady (31.1 N, 99.3 W); most of its towns lie east of it.
    const texas = (await find('Storms crossed Texas overnight.'))[0]!
    expect([texas.name, Math.round(texas.lat * 10) / 10, Math.round(texas.lon * 10) / 10]).toEqual(['Texas', 31, -99.1])
  })

  it('reads a region by the name its divisions share, and no such region from an ordinary word', async () => {
    const darfur = (await find('Fighting spread across Darfur and into Chad.'))[0]!
    expect([darfur.name, darfur.country, darfur.lat > 10 && darfur.lat < 16, darfur.lon > 22 && darfur.lon < 27]).toEqual(['Darfur', 'SD', true, true])
    expect(brief(await find('Aid reached Kivu and Sulawesi by boat.'))).toEqual(['Kivu=Kivu/CD', 'Sulawesi=Sulawesi/ID'])
    // "Western Cape" and "Eastern Cape" make no "Cape"; "Eastern Province" and "Western Province" no "Province".
    expect(await find('Tourists flocked to the Cape on the Province ferry.')).toEqual([])
  })

  it('reads the parts of a country news names as a whole, by names of ordinary words too', async () => {
    expect(brief(await find('Storms hit the Bay Area, the Twin Cities and South Jersey, and snow fell across New England.'))).toEqual([
      'Bay Area=Bay Area/US',
      'Twin Cities=Twin Cities/US',
      'South Jersey=South Jersey/US',
      'New England=New England/US'
    ])
    expect(brief(await find('Hikers in the Lake District were rescued before floods reached the Midlands.'))).toEqual(['Lake District=Lake District/GB', 'Midlands=Midlands/GB'])
    expect(brief(await find('Shelling hit the Donbas and the West Bank; fires burned across Siberia and Iraqi Kurdistan.'))).toEqual([
      'Donbas=Donbas/UA',
      'West Bank=West Bank/PS',
      'Siberia=Siberia/RU',
      'Iraqi Kurdistan=Kurdistan Region/IQ'
    ])
  })

  it('reads a name whose last word opens with a French article cut short ("d\'Ivoire")', async () => {
    expect(brief(await find("Ships from Côte d'Ivoire reached Ghana, and snow fell in Coeur d'Alene, Idaho."))).toEqual([
      "Côte d'Ivoire=Ivory Coast/CI",
      'Ghana=Ghana/GH',
      "Coeur d'Alene=Coeur d'Alene/US",
      'Idaho=Idaho/US'
    ])
  })

  it('reads a county named whole that no other place shares on its own, and a shared one only where the article backs it', async () => {
    expect(brief(await find('Schools in Anne Arundel County closed on Monday.'))).toEqual(['Anne Arundel County=Anne Arundel County/US'])
    expect(await find('Schools in Essex County closed on Monday.')).toEqual([])
    // Spelt as one of the counties of its key alone: Maryland's "Prince George's County", not Virginia's "Prince George County".
    expect(brief(await find("Schools in Prince George's County closed on Monday."))).toEqual(["Prince George's County=Prince George's County/US"])
    expect((await find('Schools in Prince George County closed on Monday.')).map((place) => place.admin1)).toEqual(['Virginia'])
    // A county named by ordinary words is still a name with its county word; one that dwarfs its namesakes needs no backing.
    expect(await division('Voters in Cook County and King County lined up.')).toEqual(['Cook County=Cook County/Illinois', 'King County=King County/Washington'])
    expect(await find('Deputies in Orange County arrested two men.')).toEqual([])
    expect(await division('Deputies in Orange County and Seminole County arrested two men.')).toEqual([
      'Orange County=Orange County/Florida',
      'Seminole County=Seminole County/Florida'
    ])
  })

  it('reads a capital over a bigger namesake only where the article names no place in the namesake\'s country', async () => {
    expect(brief(await find('Roads in San Jose and Oakland were closed on Monday.'))).toEqual(['San Jose=San Jose/US', 'Oakland=Oakland/US'])
    expect(brief(await find('Ferries from Vancouver to Victoria were cancelled.'))).toEqual(['Vancouver=Vancouver/CA', 'Victoria=Victoria/CA'])
    expect(brief(await find('Talks in San Jose stalled, Costa Rican officials said.'))).toEqual(['San Jose=San José/CR', 'Costa Rican=Costa Rica/CR/adjective'])
  })

  it('reads the short names news gives big towns as the largest town of that name', async () => {
    expect(brief(await find('Rents in NYC rose, traffic in L.A. was heavy, and fans in Philly cheered.'))).toEqual([
      'NYC=New York City/US',
      'L.A.=Los Angeles/US',
      'Philly=Philadelphia/US'
    ])
    expect(await find('The nyc of the la la land film was fun.')).toEqual([])
  })

  it('reads the official names of Indian cities the gazetteer lacks, and a namesake abroad by its country', async () => {
    expect(await division('Flights to Kochi resumed, and the port in Mangaluru reopened, officials in Kerala said.')).toEqual(['Kochi=Cochin/Kerala', 'Mangaluru=Mangalore/Karnataka', 'Kerala=Kerala/Kerala'])
    expect(await division('Trains from Mysuru, Belagavi and Kalaburagi to Hubballi were full.')).toEqual(['Mysuru=Mysore/Karnataka', 'Belagavi=Belgaum/Karnataka', 'Kalaburagi=Gulbarga/Karnataka', 'Hubballi=Hubli/Karnataka'])
    expect(await division('A quake shook Kochi and Tokushima, Japan said.')).toEqual(['Kochi=Kochi/Kōchi Prefecture', 'Tokushima=Tokushima Prefecture/Tokushima Prefecture', 'Japan=Japan/undefined'])
  })

  it('reads "D.C." alone as the district, and "Washington, D.C." as the city', async () => {
    expect(brief(await find('Lawmakers in D.C. met on Monday; the senator then flew from Washington, D.C., to Ohio.'))).toEqual([
      'D.C.=District of Columbia/US',
      'Washington, D.C.=Washington, D.C./US',
      'Ohio=Ohio/US'
    ])
  })

  it('reads abbreviations only in capitals or with dots', async () => {
    expect(brief(await find('The U.S. and the UK sent aid to NSW after the fires.'))).toEqual([
      'U.S.=United States/US',
      'UK=United Kingdom/GB',
      'NSW=New South Wales/AU'
    ])
    expect(await find('Let us know IN ADVANCE if you can come.')).toEqual([])
  })

  it('does not read a town in the name of a mountain range or a river', async () => {
    expect(brief(await find('Snow fell across the Ural Mountains and in Kazakhstan.'))).toEqual(['Kazakhstan=Kazakhstan/KZ'])
  })

  it('reads a name shared by a division and a big city of its country as the city, unless the text marks the division', async () => {
    const kinds = async (text: string) => (await find(text)).map((place) => `${place.text}=${place.name}@${Math.round(place.lat)}`)
    expect(await kinds('Police in New York arrested two men on Friday.')).toEqual(['New York=New York City@41'])
    expect(await kinds('Rain flooded streets in Sao Paulo on Monday.')).toEqual(['Sao Paulo=São Paulo@-24'])
    expect(await kinds('Officials in Washington said the talks would resume.')).toEqual(['Washington=Washington, D.C.@39'])
    expect(await kinds('Farms across New York state lost crops to the frost.')).toEqual(['New York state=New York@43'])
    expect(await kinds('The state of Sao Paulo reported more cases this week.')).toEqual(['Sao Paulo=São Paulo@-22'])
    expect(await kinds('A storm cut power in Albany, New York, overnight.')).toEqual(['Albany=Albany@43', 'New York=New York@43'])
    expect(await kinds('Voters in Spokane, Washington, went to the polls.')).toEqual(['Spokane=Spokane@48', 'Washington=Washington@47'])
    // A list of its country's divisions names the division; a list with a town, or of big cities, does not.
    expect(await kinds('Cases rose in Ohio, New York and Utah this week.')).toEqual(['Ohio=Ohio@40', 'New York=New York@43', 'Utah=Utah@40'])
    expect(await kinds('Storms hit New Jersey and New York overnight.')).toEqual(['New Jersey=New Jersey@40', 'New York=New York@43'])
    expect(await kinds('Flights from Dallas, Texas, and New York were cancelled.')).toEqual(['Dallas=Dallas@33', 'Texas=Texas@31', 'New York=New York City@41'])
    expect(await kinds('Fans in Boston and New York celebrated the win.')).toEqual(['Boston=Boston@42', 'New York=New York City@41'])
    expect(await kinds('Rain fell on Sao Paulo and Rio de Janeiro.')).toEqual(['Sao Paulo=São Paulo@-24', 'Rio de Janeiro=Rio de Janeiro@-23'])
    // A word of direction makes the name an area's: the division, and the name keeps its own span.
    expect(await kinds('Snow closed schools across upstate New York on Monday.')).toEqual(['New York=New York@43'])
    expect(await kinds('Wildfires forced evacuations in eastern Washington.')).toEqual(['Washington=Washington@47'])
    expect(await kinds('Protests spread through northern Paris overnight.')).toEqual(['Paris=Paris@49'])
  })

  it('reads a division named after its seat as the seat where the seat holds a good share of its people, unless the text marks the division', async () => {
    expect(await division('Missiles hit Lviv and Kharkiv overnight.')).toEqual(['Lviv=Lviv/Lviv Oblast', 'Kharkiv=Kharkiv/Kharkiv Oblast'])
    expect(await division('Trams stopped in Osaka on Friday.')).toEqual(['Osaka=Osaka/Osaka Prefecture'])
    expect((await find('Drones struck the Lviv region overnight.')).map((place) => place.name)).toEqual(['Lviv Oblast'])
    // A seat that is a small part of its division leaves the name to the division.
    expect((await find('Snow fell across Quebec on Monday.')).map((place) => place.name)).toEqual(['Quebec'])
    expect((await find('Rice farms in Fukushima were tested.')).map((place) => place.name)).toEqual(['Fukushima Prefecture'])
  })

  it('reads a name as a division over its own country\'s towns, but not over a bigger town abroad', async () => {
    expect(await division('Dockworkers in Portland walked off the job.')).toEqual(['Portland=Portland/Oregon'])
    expect(await division('Fires burned across Victoria.')).toEqual(['Victoria=Victoria/Victoria'])
    expect(await division('Snow closed roads in Ontario.')).toEqual(['Ontario=Ontario/Ontario'])
    expect(await division('Voters in Portland, Maine, went to the polls.')).toEqual(['Portland=Portland/Maine', 'Maine=Maine/Maine'])
  })

  it('reads the name a governor governs as the division', async () => {
    expect(await division('Washington Gov. Jay Inslee signed the order.')).toEqual(['Washington=Washington/Washington'])
    expect(brief(await find('Georgia Gov. Brian Kemp said the roads would reopen.'))).toEqual(['Georgia=Georgia/US'])
    expect(brief(await find('The governor of Georgia declared an emergency.'))).toEqual(['Georgia=Georgia/US'])
    expect((await find('Gov. Kathy Hochul of New York toured the damage.')).map((place) => place.name)).toEqual(['New York'])
    // Without a governor the names beside it still choose.
    expect(brief(await find('Georgia and Armenia signed a trade deal.'))).toEqual(['Georgia=Georgia/GE', 'Armenia=Armenia/AM'])
  })

  it('reads each pipeline\'s own word lists, however their articles alternate', async () => {
    const steward = {lexicon: {governorWords: ['steward']}}
    const text = 'The steward of Georgia declared an emergency.'
    const answers = [await find(text), await find(text, steward), await find(text), await find(text, steward)]
    expect(answers.map(brief)).toEqual([['Georgia=Georgia/GE'], ['Georgia=Georgia/US'], ['Georgia=Georgia/GE'], ['Georgia=Georgia/US']])
  })

  it('gives a filter of the user\'s every word of the text as tokens, as the default filters read them', async () => {
    const seen: string[] = []
    const beforeName: PlaceFilter = {
      id: 'word-before',
      apply(candidate, input) {
        seen.push(`${input.tokens[candidate.first - 1]?.key ?? '-'} ${input.tokens.length}`)
        return input.tokens[candidate.first - 1]?.key === 'visited' ? 'drop' : false
      }
    }
    const found = await find('Kyiv was calm when the mayor visited Lviv on Monday.', {filters: [...defaultFilters, beforeName]})
    expect(seen).toEqual(['- 10', 'visited 10'])
    expect(brief(found)).toEqual(['Kyiv=Kyiv/UA'])
  })

  it('rejects bad options when the pipeline is built', () => {
    expect(() => unified().use(places, {adjectives: 'yes'} as never).freeze()).toThrow(/Invalid options for places/)
    expect(() => unified().use(places, {filters: [{}]} as never).freeze()).toThrow(/a filter needs/)
  })

  it('stays linear on long runs of capitals and punctuation', async () => {
    const text = `${'NEW YORK, '.repeat(20_000)}${'St. '.repeat(20_000)}${"People's ".repeat(20_000)}`
    expect((await find(text)).length).toBeGreaterThan(0)
  })
})
