import {extendLexicon, numberWords} from '@tidings/lexicon'

/** The words around numbers, as data; `quantities({lexicon})` extends any list. Keys are lower case. */
export interface QuantityLexicon {
  numbers: Record<string, number>
  /** Words that multiply the number before them ("64 billion", "€5m"). */
  magnitudes: Record<string, number>
  /** Magnitudes of talk, read in lower case only where the amount ends, as no noun follows ("3 grand", not "two grand pianos"). */
  closingMagnitudes: Record<string, number>
  /** Amounts that imply a range ("dozens of" = [12, 120]). */
  vague: Record<string, [number, number]>
  /** Words before number words that give the number a sign ("negative five", "minus ten"). */
  signs: Record<string, number>
  /** Phrases before a quantity that bound it. */
  bounds: Record<string, 'approximate' | 'atLeast' | 'moreThan' | 'atMost' | 'lessThan'>
  /** Phrases right after a quantity that bound it ("five or more", "$3m or less", "20 or so"). */
  boundsAfter: Record<string, 'approximate' | 'atLeast' | 'atMost'>
  /** Words hyphenated to a figure that bound it, before its unit or what it counts ("40-odd years", "a 50-plus crowd"). */
  hyphenBounds: Record<string, 'approximate' | 'atLeast'>
  /** Words near a quantity that make it a rise or a fall. */
  increases: string[]
  decreases: string[]
  /** Words after a number that end the phrase naming what is counted. */
  stopWords: string[]
  /** Words of time, which end the phrase naming what is counted as the stop words do ("1.5 today", "one yesterday"). */
  timeWords: string[]
  /** Words before a number that make it a label, not a quantity ("No. 5", "page 12"). */
  labels: string[]
  /**
   * Words that make a label's word after them a verb, whose number is a quantity: "the arena will
   * seat 62,000", "the crowd could number 5,000". Not "to": "turn to page 12" as often as "to stage 30 shows".
   */
  verbLeads: string[]
  /** Words right before two small numbers joined by a dash that make them a score ("won 3-1", "drew 2-2"). */
  scoreLeads: string[]
  /** Words right after two small numbers joined by a dash that make them a score ("a 24-17 defeat", "a 2-1 home win"). */
  scoreNouns: string[]
  /** What a rate is per ("barrels a day", "$45 a share"). */
  perUnits: string[]
  /** Other names of what a rate is per ("per annum" is per year). */
  perSynonyms: Record<string, string>
  /** Words after "a year", "a day" that make it a time, not a rate ("a year earlier"). */
  notRates: string[]
  /** Denominators of spoken fractions ("a third of", "two-thirds of"). */
  fractions: Record<string, number>
  /** Plural nouns without a final s ("300 people"); a word ending in one is plural too ("three gunmen", "40 schoolchildren"). */
  plurals: string[]
  /** Singular words that end in one of `plurals` ("specimen", "abdomen"). */
  singularsLikePlurals: string[]
  /** Words before "up" or "down" that make it a rise or a fall ("was up 5%", "edged down 2%"), not a phrasal verb ("set up 5 camps"). */
  directionLeads: string[]
  /** Comparatives right after a figure that make it a rise or a fall ("closed 3.4% higher", "5% lower than a year ago"). */
  changesAfter: Record<string, 'increase' | 'decrease'>
  /** Nouns before "of" that name the amount of a rise or fall, after its verb ("rose by an average of 5%", "fell by a total of 12"). */
  changeAmounts: string[]
  /** Words after an amount of time that make it the distance to a date ("three years ago", "six weeks later"). */
  relativeTimeWords: string[]
  /** Words before an amount of time that make it the distance to a date ("in 15 years", "within three weeks"). */
  relativeTimeLeads: string[]
  /** Words right before a bare whole number that make it an age ("aged 45", "at the age of 62"). */
  ageLeads: string[]
  /** Nouns of a person after which a whole number set off by commas is an age, as after a name ("the victim, 45, was"). */
  personNouns: string[]
  /** Lower-case words after a number, glued or spaced, that say "years old" ("5 yo", "a 19yo"; "y/o" is read too). */
  ageAbbreviations: string[]
  /** Words after "of" that make a number a part of a group ("two of the victims", "4m of its phones"). */
  partitives: string[]
  /** Names that end in a number, matched in any case ("S&P 500", "ftse 100"): the number names, it does not count. */
  numberedNames: string[]
  /** Words before "one" that make it a pronoun ("each one", "the same one"). */
  pronounOne: string[]
  /**
   * Modal verbs, in lower case, that make "one" before them the pronoun when a word other than "of" follows ("one should
   * ask", "one can already see"; not "one can of soup"), and end what a count counts there ("300 can attend").
   */
  modalsAfterPronounOne: string[]
  /** Words between a number and what it counts or measures that add to an amount ("six more laps", "two fewer weeks"). */
  addedWords: string[]
  /** Words after which a bare figure may leave out the unit of the figure before ("320 lambs at auction and 75 by private sale"). */
  coordinators: string[]
  /** Words between such a word and the bare figure that make it a level or a place of its own ("and closed at 3,100"). */
  levelWords: string[]
  /** Words after a bare figure that make it the number itself or a part of a group, which leaves no unit out ("and 32 is the total", "while two of them"). */
  notElided: string[]
  /** Words of size after a measure, which make "in" before them the inch ("4 in wide", "2 in thick"). */
  sizeWords: string[]
  /** Units that "a" or "an" measures one of ("a pint of milk", "a mile away", "it costs a dollar"), by unit id. */
  articleUnits: string[]
  /** Currencies named by a common word, by unit id, read only after a magnitude of millions or more ("5 trillion won"; not "12 won"). */
  wordCurrencies: Record<string, string>
  /** Unit symbols that also abbreviate a word ("St." a street), read only glued to their figure or in a compound measure ("12st", "12 st 4 lb"). */
  gluedSymbols: string[]
  /** Words after "a" and such a unit that end the measure, where a noun would make the unit name a kind of thing ("a mile away", not "a foot injury"). */
  unitEnds: string[]
  /** Verbs that "up" or "down" completes ("set up 5 camps", "shut down 3 plants"): the figure after them is no rise or fall. */
  phrasalVerbs: string[]
  /** Currency signs that are words, read apart from their figure only in the case news writes them ("Rs 500", "RM 20"; not "RS 5", a car). */
  spacedSigns: string[]
  /**
   * Currency signs written in letters, to ISO 4217 codes, read before an amount only in the case written here, glued or
   * spaced ("KSh 5,000", "Rp50,000"); a one-letter sign only glued to an amount written as money ("R1 250 000", "R2.5bn").
   */
  letterSigns: Record<string, string>
}

export const defaultLexicon: QuantityLexicon = {
  // Cardinals and fraction signs from the shared lexicon; "half" and "quarter" are numbers here too ("a half hour", "quarter million").
  numbers: {...numberWords.cardinals, half: 0.5, quarter: 0.25, ...numberWords.fractionSymbols},
  // "a score of 3-1" is a result, not twenty: "score" is left out. "t" is a trillion only after money ("$2.1T").
  magnitudes: {...withoutKeys(numberWords.magnitudes, ['score']), ...numberWords.figureMagnitudes, t: 1e12},
  closingMagnitudes: {grand: 1000},
  vague: {
    // "Dozens" is one to ten dozen, "millions" one to ten million: the range the plural can cover.
    dozens: [12, 120], scores: [20, 200], hundreds: [100, 1000], thousands: [1000, 10_000], 'tens of thousands': [10_000, 100_000],
    'hundreds of thousands': [100_000, 1_000_000], millions: [1e6, 1e7], 'tens of millions': [1e7, 1e8], 'hundreds of millions': [1e8, 1e9],
    billions: [1e9, 1e10]
  },
  // Only the signs that turn a number negative: "plus five" is five.
  signs: Object.fromEntries(Object.entries(numberWords.signs).filter(([, sign]) => sign < 0)),
  bounds: {
    about: 'approximate', around: 'approximate', approximately: 'approximate', roughly: 'approximate', some: 'approximate', barely: 'approximate',
    nearly: 'approximate', almost: 'approximate', 'an estimated': 'approximate', estimated: 'approximate', circa: 'approximate',
    '~': 'approximate', 'close to': 'approximate', 'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast',
    'a minimum of': 'atLeast', 'more than': 'moreThan', 'over than': 'moreThan', 'over': 'moreThan', 'above': 'moreThan', 'in excess of': 'moreThan',
    'upwards of': 'moreThan', 'greater than': 'moreThan', 'higher than': 'moreThan', 'larger than': 'moreThan', 'bigger than': 'moreThan', 'up to': 'atMost', 'at most': 'atMost', 'no more than': 'atMost',
    'a maximum of': 'atMost', 'as far as': 'atMost', 'as many as': 'atMost', 'as much as': 'atMost', 'as high as': 'atMost',
    // The lowest the amount goes, as "as many as" is the highest.
    'as little as': 'atLeast', 'as few as': 'atLeast', 'as low as': 'atLeast', 'in the region of': 'approximate', 'upward of': 'moreThan',
    exceeding: 'moreThan', exceeded: 'moreThan', exceeds: 'moreThan', exceed: 'moreThan', topping: 'moreThan', topped: 'moreThan', tops: 'moreThan',
    surpassing: 'moreThan', surpassed: 'moreThan', 'north of': 'moreThan', 'just over': 'moreThan', 'well over': 'moreThan', 'well above': 'moreThan',
    'not exceeding': 'atMost', 'not more than': 'atMost', 'capped at': 'atMost', 'not less than': 'atLeast', 'not fewer than': 'atLeast',
    'just under': 'lessThan', 'short of': 'lessThan', 'shy of': 'lessThan', 'south of': 'lessThan', 'well under': 'lessThan', 'well below': 'lessThan',
    'less than': 'lessThan', 'fewer than': 'lessThan', under: 'lessThan', below: 'lessThan', 'lower than': 'lessThan', 'smaller than': 'lessThan'
  },
  boundsAfter: {
    'or more': 'atLeast', 'or over': 'atLeast', 'or above': 'atLeast', 'or higher': 'atLeast', 'or greater': 'atLeast', 'and over': 'atLeast', 'and above': 'atLeast',
    'or less': 'atMost', 'or fewer': 'atMost', 'or under': 'atMost', 'or below': 'atMost', 'or lower': 'atMost', 'and under': 'atMost', 'and below': 'atMost',
    'or so': 'approximate'
  },
  hyphenBounds: {odd: 'approximate', plus: 'atLeast'},
  increases: ['rose', 'rise', 'rises', 'risen', 'rising', 'increased', 'increase', 'increases', 'gained', 'gain', 'gains', 'grew', 'grow', 'grows', 'growth', 'climbed', 'climb', 'jumped', 'jump', 'surged', 'surge', 'soared', 'added', 'higher', 'boost', 'boosted', 'raised', 'raise', 'hike', 'hiked', 'advanced', 'rallied',
    'advance', 'advances', 'advancing', 'rally', 'rallies', 'rallying', 'gaining', 'climbs', 'climbing', 'jumps', 'jumping', 'surges', 'surging', 'soars', 'soaring', 'increasing', 'growing',
    'grown', 'raises', 'raising', 'hikes', 'hiking', 'boosts', 'boosting', 'adds', 'adding', 'widened', 'widens', 'widening', 'expanded', 'expand', 'expands',
    'expanding', 'lifted', 'lifts', 'lifting', 'swelled', 'swells', 'swelling', 'swollen', 'spiked', 'spikes', 'spiking', 'leapt', 'leaped', 'leap', 'leaps',
    'leaping', 'rebounded', 'rebound', 'rebounds', 'rebounding', 'recovered', 'recovers', 'recovering', 'ballooned', 'balloons', 'ballooning', 'rocketed',
    'skyrocketed', 'firmed', 'upped'],
  decreases: ['fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'decreased', 'decrease', 'lost', 'lose', 'loses', 'slid', 'slipped', 'tumbled', 'plunged', 'plummeted', 'sank', 'shed', 'lower', 'cut', 'cuts', 'reduced', 'shrank', 'dipped', 'eased',
    'declining', 'decreasing', 'dropping', 'slides', 'sliding', 'slips', 'slipping', 'tumbles', 'tumbling', 'plunges', 'plunging', 'sinks', 'sinking', 'dips', 'dipping', 'eases', 'easing', 'shrinks', 'shrinking', 'losing',
    'decreases', 'slide', 'slip', 'dip', 'tumble', 'plunge', 'plummet', 'plummets', 'plummeting', 'sink', 'sunk', 'shrink', 'shrunk', 'sheds', 'shedding',
    'cutting', 'reduce', 'reduces', 'reducing', 'lowered', 'lowers', 'lowering', 'slumped', 'slump', 'slumps', 'slumping', 'dived', 'dove', 'dives', 'diving',
    'slashed', 'slash', 'slashes', 'slashing', 'trimmed', 'trims', 'trimming', 'narrowed', 'narrows', 'narrowing', 'contracted', 'contracting', 'crashed',
    'crashes', 'crashing', 'retreated', 'retreats', 'retreating', 'weakened', 'weakens', 'weakening', 'eroded', 'erodes', 'eroding', 'sagged', 'skidded'],
  stopWords: [
    'a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'as', 'than', 'that',
    'which', 'who', 'whom', 'whose', 'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'must', 'might', 'shall',
    'said', 'says', 'per', 'each', 'into', 'over', 'after', 'before', 'during', 'since', 'until', 'between', 'this', 'these',
    'those', 'it', 'its', 'their', 'his', 'her', 'they', 'we', 'he', 'she', 'more', 'less', 'ago', 'later', 'earlier', 'times',
    'including', 'while', 'against', 'across', 'through', 'among', 'like', 'near', 'via', 'within', 'without', 'around',
    'about', 'above', 'below', 'under', 'off', 'out', 'so', 'because', 'if', 'when', 'where', 'then', 'there', 'here', 'also',
    'only', 'just', 'already', 'still', 'even', 'not', 'no', 'yet', 'now', 'up', 'down', 'you', 'i', 'me', 'us', 'them', 'worth',
    'available', 'left', 'remaining', 'total', 'combined', 'ever', 'again', 'too', 'very', 'all', 'both', 'such', 'what', 'how',
    'behind', 'beyond', 'toward', 'towards', 'upon', 'onto', 'inside', 'outside', 'along', 'amid', 'despite', 'unlike', 'beneath', 'last', 'next',
    'nor', 'apiece', 'minus', 'plus', 'every', 'instead', 'alone', 'away', 'back', 'respectively'
  ],
  // Adverbs that qualify no noun: not "daily", "overnight" ("two daily flights") nor "recently" ("12 recently hired nurses").
  timeWords: ['today', 'tonight', 'yesterday', 'tomorrow', 'nowadays', 'lately', 'meanwhile'],
  perUnits: ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'share', 'person', 'capita', 'head', 'game', 'household', 'barrel', 'gallon', 'litre', 'liter', 'kilogram', 'pound', 'ton', 'tonne', 'mile', 'kilometre', 'kilometer',
    'ounce', 'dozen', 'annum', 'century', 'acre', 'hectare', 'unit', 'ticket', 'seat', 'room', 'visit', 'minute'],
  perSynonyms: {annum: 'year'},
  notRates: ['earlier', 'ago', 'before', 'later', 'after', 'since', 'back'],
  fractions: numberWords.fractions,
  plurals: ['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'crew', 'cattle', 'aircraft', 'sheep', 'deer', 'livestock', 'mice', 'geese', 'teeth'],
  singularsLikePlurals: ['specimen', 'regimen', 'abdomen', 'acumen', 'stamen', 'albumen', 'bitumen', 'cyclamen', 'dolmen', 'foramen', 'germen', 'semen',
    'hymen', 'lumen', 'ramen', 'yemen', 'pumice', 'flagstaff', 'distaff'],
  directionLeads: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'closed', 'ended', 'finished', 'now', 'edged', 'inched', 'ticked', 'moved', 'went', 'crept', 'trended', 'slightly', 'sharply', 'marginally', 'trading', 'traded', 'opened', 'shares', 'stock', 'stocks', 'index'],
  changeAmounts: ['average', 'total', 'median'],
  changesAfter: {higher: 'increase', lower: 'decrease'},
  relativeTimeWords: ['ago', 'later', 'earlier'],
  relativeTimeLeads: ['in', 'within'],
  ageLeads: ['aged', 'age', 'the age of', 'turned', 'turns', 'turning', 'who is', 'who was'],
  ageAbbreviations: ['yo'],
  personNouns: ['man', 'woman', 'boy', 'girl', 'teenager', 'child', 'victim', 'suspect', 'driver', 'passenger', 'pedestrian', 'cyclist', 'rider',
    'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'grandmother', 'grandfather', 'widow', 'partner',
    'resident', 'owner', 'worker', 'student', 'pupil', 'patient', 'defendant', 'officer', 'pilot', 'teacher', 'nurse', 'doctor', 'player',
    'actor', 'actress', 'singer', 'author', 'mayor', 'founder', 'survivor', 'gunman', 'attacker', 'motorist', 'tourist', 'climber', 'hiker'],
  partitives: ['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'these', 'those'],
  addedWords: ['more', 'fewer'],
  coordinators: ['and', 'but', 'while', 'whilst', 'whereas'],
  levelWords: ['at', 'to', 'from', 'of', 'than', 'in', 'on', 'since', 'until', 'per', 'aged', 'age'],
  notElided: ['of', 'is', 'was', 'has', 'minus', 'plus'],
  phrasalVerbs: ['set', 'sets', 'setting', 'shut', 'shuts', 'shutting', 'broke', 'break', 'breaks', 'broken', 'breaking', 'turned', 'turn', 'turns', 'came', 'come',
    'comes', 'built', 'build', 'builds', 'made', 'make', 'makes', 'picked', 'pick', 'picks', 'signed', 'sign', 'signs', 'showed', 'show', 'shows', 'wound',
    'put', 'puts', 'gave', 'give', 'gives', 'took', 'take', 'takes', 'handed', 'hand', 'back', 'backed', 'stepped', 'step', 'stepping', 'added', 'add', 'adds',
    'summed', 'sum', 'lined', 'line', 'lines', 'lay', 'laid', 'looked', 'look', 'backs', 'call', 'called', 'calls', 'tied', 'tie', 'ties', 'locked', 'lock',
    'held', 'hold', 'holds', 'wrote', 'write', 'writes', 'written', 'sat', 'sit', 'sits', 'stood', 'stand', 'stands', 'racked', 'racking', 'rack', 'racks', 'ran', 'run',
    'runs', 'piled', 'chalked', 'notched', 'drew', 'draw', 'drawn', 'round', 'rounded', 'beat', 'beats', 'knocked', 'cut', 'cuts', 'cutting', 'played', 'play', 'plays', 'one', 'way', 'hands', 'thumbs'],
  spacedSigns: ['Rs', 'RM'],
  // Not "P" (the pula, and the peso in Philippine news) nor "K" (three kwachas and the kina), which no text tells apart.
  letterSigns: {R: 'ZAR', Rp: 'IDR', KSh: 'KES', Ksh: 'KES', Kshs: 'KES', TSh: 'TZS', USh: 'UGX', Tk: 'BDT'},
  // Not units of time ("a second"), angle ("a degree in law"), score ("a point"), nor the ton ("a ton of work" is a lot).
  articleUnits: ['km', 'm', 'cm', 'mm', 'mi', 'nmi', 'yd', 'ft', 'in', 'kg', 'g', 'mg', 'lb', 'oz', 'st', 't', 'l', 'ml', 'gal', 'qt', 'pint', 'cup', 'tbsp', 'tsp', 'floz',
    'ha', 'ac', 'usd', 'usc', 'eur', 'gbx'],
  gluedSymbols: ['st'],
  wordCurrencies: {won: 'krw'},
  unitEnds: ['of', 'away', 'or', 'and', 'from', 'off', 'apart', 'later', 'further', 'farther', 'ahead', 'behind'],
  sizeWords: ['long', 'wide', 'tall', 'high', 'deep', 'thick', 'thin', 'across', 'broad', 'square', 'diameter', 'deep'],
  // Stock indices, and the forms that lower-cased text without punctuation gives them ("sp 500").
  numberedNames: ['s&p 500', 's & p 500', 'sp 500', 's p 500', 's&p 100', 'ftse 100', 'ftse 250', 'ftse 350', 'nasdaq 100', 'russell 1000', 'russell 2000',
    'russell 3000', 'wilshire 5000', 'cac 40', 'dax 30', 'dax 40', 'mdax 50', 'nikkei 225', 'stoxx 50', 'stoxx 600', 'euro stoxx 50', 'asx 200', 'kospi 200',
    'sensex 30', 'nifty 50', 'ibex 35', 'aex 25', 'smi 20', 'omx 30', 'hang seng 50', 'fortune 500', 'fortune 100', 'forbes 400', 'inc. 5000'],
  modalsAfterPronounOne: ['can', 'cannot', 'could', 'should', 'must', 'might', 'may', 'ought'],
  pronounOne: ['each', 'same', 'this', 'that', 'which', 'any', 'every', 'another', 'no', 'only', 'right', 'wrong', 'new', 'old', 'little', 'young', 'big'],
  scoreLeads: ['won', 'win', 'wins', 'winning', 'beat', 'beats', 'beating', 'lost', 'lose', 'loses', 'losing', 'drew', 'draw', 'draws', 'drawing', 'defeated',
    'edged', 'thrashed', 'thumped', 'trounced', 'routed', 'hammered', 'crushed', 'led', 'lead', 'leads', 'leading', 'trailed', 'trail', 'trails', 'trailing', 'ended',
    'finished', 'tied'],
  scoreNouns: ['win', 'wins', 'victory', 'victories', 'defeat', 'defeats', 'loss', 'losses', 'draw', 'draws', 'lead', 'scoreline', 'thrashing', 'drubbing', 'triumph',
    'home', 'away', 'aggregate'],
  verbLeads: ['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall'],
  labels: ['no', 'no.', 'nos', 'number', 'page', 'pages', 'p.', 'pp.', 'section', 'article', 'chapter', 'row', 'seat', 'gate', 'platform', 'room', 'flight', 'route', 'highway', 'interstate', 'i-', 'level', 'grade', 'week', 'day', 'exit', 'round', 'game', 'episode', 'season', 'version', 'category', 'phase', 'stage', 'lane', 'unit', 'precinct', 'district', 'ward', 'amendment', 'flat', 'apartment', 'apt', 'apt.', 'suite']
}

export function mergeLexicon(extra: Partial<QuantityLexicon> = {}): QuantityLexicon {
  return extendLexicon(defaultLexicon, extra)
}

function withoutKeys<T>(record: Record<string, T>, keys: string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)))
}
