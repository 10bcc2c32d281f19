/**
 * What a full stop after a word can mean, and what marks a list item, as data: the segment stage
 * decides sentence ends with them, and the other stages read "Gov." or "Jan." with them. Entries
 * are written without their final full stop, in lower case.
 */
export interface Abbreviations {
  /** Always followed by a name: never the end of a sentence ("Mr. Smith", "Mt. Fuji", "e.g. this"). */
  titles: string[]
  /**
   * Usually inside a sentence, but can end one ("the U.S. He left", "Pitt & Co. It closed", "on
   * Elm St. The house"): a sentence ends after them only when a word that typically opens a
   * sentence, or a quotation, follows. "St." is here, not a title: before a saint's name it goes
   * on ("St. Louis"), as Street it can end a sentence.
   */
  names: string[]
  /**
   * Abbreviations of units and times ("5 a.m.", "3 in.", "etc."): a sentence ends after them when
   * any capitalized word follows, unless the sentence so far is too short to be one ("At 5 a.m. Mr.").
   */
  units: string[]
  /**
   * Words that typically open a sentence, used to decide after `names`, initials and ellipses:
   * function words, and the subjects and adverbs news sentences open with ("Officials said",
   * "Separately, ..."), which follow "the U.S." far more often as a new sentence than as a name.
   */
  sentenceStarters: string[]
  /** Time zones written after a time ("5 p.m. EST"): the time's sentence goes on after them. */
  timeZones: string[]
  /**
   * Verbs that attribute a quotation: after `"Why?" Smith asked.` or `"No." Ana Ruiz said,` the
   * name and verb belong to the quotation's sentence.
   */
  speechVerbs: string[]
}

export const defaultAbbreviations: Abbreviations = {
  titles: [
    'mr', 'mrs', 'ms', 'mssrs', 'messrs', 'mme', 'dr', 'prof', 'rev', 'fr', 'hon', 'pres', 'gov', 'sen', 'rep', 'gen',
    'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'supt', 'insp', 'det', 'mt', 'e.g', 'i.e',
    'cf', 'viz', 'approx', 'ca', 'nos', 'vs', 'v', 'atty', 'attys', 'sens', 'reps', 'govs', 'amb', 'spc', 'pfc', 'brig', 'cdr', 'cpt', 'msgr', 'const',
    // "Rs. 500": rupees, always before their figure.
    'rs'
  ],
  names: [
    'u.s', 'u.s.a', 'u.k', 'e.u', 'u.n', 'd.c', 'n.y', 'l.a', 'co', 'cos', 'corp', 'intl', 'inc', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ',
    'assn', 'st', 'ave', 'blvd', 'rd', 'hwy', 'rte', 'pkwy', 'ste', 'apt', 'ret', 'jr', 'sr', 'esq', 'ph.d', 'm.d', 'b.a', 'm.a', 'no', 'p', 'pp', 'fig', 'figs', 'vol', 'vols',
    'ch', 'sec', 'art', 'ed', 'eds', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn',
    'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb',
    'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'n°', 'nº', 'op', 'cit', 'al', 'a.d', 'b.c', 'b.c.e', 'c.e'
  ],
  units: [
    'a.m', 'p.m', 'etc', 'in', 'ft', 'yd', 'yds', 'mi', 'lb', 'lbs', 'oz', 'pt', 'qt', 'gal', 'sq', 'cu', 'hr', 'hrs',
    'min', 'mins', 'sec', 'secs', 'mph', 'est', 'pst', 'cst', 'mst', 'gmt', 'utc'
  ],
  sentenceStarters: [
    'a', 'after', 'all', 'also', 'although', 'an', 'and', 'another', 'are', 'as', 'at', 'because', 'before', 'both', 'but',
    'by', 'can', 'could', 'did', 'do', 'does', 'each', 'even', 'every', 'few', 'for', 'from', 'had', 'has', 'have', 'he',
    'her', 'here', 'his', 'how', 'however', 'i', 'if', 'in', 'is', 'it', 'its', 'last', 'many', 'meanwhile', 'more', 'most',
    'mr', 'mrs', 'ms', 'dr', 'my', 'no', 'not', 'now', 'of', 'on', 'once', 'one', 'only', 'or', 'our', 'out', 'over', 'she',
    'since', 'so', 'some', 'still', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'those', 'though',
    'thus', 'to', 'today', 'two', 'under', 'until', 'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which', 'while',
    'who', 'why', 'will', 'with', 'would', 'yesterday', 'yet', 'you', 'your',
    'according', 'additionally', 'afterward', 'afterwards', 'among', 'analysts', 'authorities', 'critics', 'despite', 'during',
    'earlier', 'everyone', 'experts', 'finally', 'indeed', 'instead', 'investigators', 'later', 'lawmakers', 'neither', 'nevertheless',
    'nobody', 'none', 'nonetheless', 'officials', 'overall', 'police', 'previously', 'prosecutors', 'recently', 'researchers',
    'residents', 'separately', 'shares', 'tomorrow', 'witnesses',
    // The people news sentences are about, in the plural, and counts of them: "in the U.S. Workers
    // in Mexico", "Paul, Minn. Doctors said"; running text writes them in lower case inside a name.
    'doctors', 'economists', 'employees', 'firefighters', 'investors', 'lawyers', 'members', 'opponents', 'parents', 'people',
    'protesters', 'rescuers', 'scientists', 'students', 'supporters', 'voters', 'workers', 'others',
    // The public that business, transport and local news quote: "at 12 Elm St. Neighbours said",
    // "Ford Motor Co. Dealers said", "in the U.K. Passengers were".
    'buyers', 'commuters', 'consumers', 'customers', 'dealers', 'diplomats', 'drivers', 'families', 'farmers', 'homeowners',
    'lenders', 'neighbors', 'neighbours', 'passengers', 'patients', 'retailers', 'shoppers', 'teachers', 'tenants', 'tourists',
    'traders', 'travelers', 'travellers', 'victims', 'villagers', 'visitors',
    'several', 'dozens', 'hundreds', 'thousands', 'millions', 'three', 'four', 'five',
    // Adverbs and prepositions that open a news sentence: "Asked about the deal, she", "Amid the".
    'again', 'already', 'amid', 'asked', 'currently', 'eventually', 'following', 'furthermore', 'initially', 'moreover',
    'never', 'nothing', 'perhaps', 'similarly', 'sometimes', 'unlike', 'without'
  ],
  timeZones: [
    'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'akst', 'hst', 'gmt', 'bst', 'utc', 'wet', 'cet',
    'cest', 'eet', 'msk', 'ist', 'pkt', 'ict', 'wib', 'hkt', 'sgt', 'jst', 'kst', 'awst', 'acst', 'aest', 'aedt', 'nzst', 'nzdt'
  ],
  speechVerbs: [
    'said', 'says', 'asked', 'asks', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'replied', 'replies', 'answered', 'shouted',
    'yelled', 'cried', 'screamed', 'whispered', 'exclaimed', 'recalled', 'explained', 'noted', 'insisted', 'warned', 'wondered',
    'continued', 'argued', 'tweeted', 'posted', 'remarked', 'declared', 'announced', 'concluded', 'quipped', 'joked'
  ]
}

/** Characters that open a list item ("• First", "▪ Second"). */
export const listBullets: string[] = ['•', '⁃', '‣', '◦', '▪', '·']

/** The lists with `extra` entries added, as sets of lower-case entries for lookups a character run. */
export function abbreviationSets(extra: Partial<Abbreviations> = {}): {[Key in keyof Abbreviations]: ReadonlySet<string>} {
  const merged = (key: keyof Abbreviations) => new Set([...defaultAbbreviations[key], ...(extra[key] ?? [])].map((entry) => entry.toLowerCase()))
  return {
    titles: merged('titles'),
    names: merged('names'),
    units: merged('units'),
    sentenceStarters: merged('sentenceStarters'),
    timeZones: merged('timeZones'),
    speechVerbs: merged('speechVerbs')
  }
}
