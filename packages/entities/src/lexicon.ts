import {calendarWords, clubWords, extendLexicon, usStateAbbreviations} from '@tidings/lexicon'
import {interfaceWords} from './interface-words.js'

/**
 * The words around names, as data; `entities({lexicon})` extends any list. Entries are matched
 * without regard to case unless the list says otherwise; abbreviations are written without their
 * full stop ("Gen", "Inc").
 */
export interface EntityLexicon {
  /** Titles written before a person's name, capitalised ("President", "Gen.", "Mr."): the name after is a person's and the title is not part of it. */
  titles: string[]
  /** Capitalised words that make one title with the title after them ("Prime Minister", "Foreign Minister", "Vice President"). */
  titleModifiers: string[]
  /**
   * Nouns that end the field a minister or a department is for ("Minister of Foreign Affairs",
   * "Secretary of Homeland Security", "Department of Housing and Urban Development"): after a
   * title's "of" they are the title's, where a surname is the person's ("Secretary of State Lee").
   */
  portfolioWords: string[]
  /** Nouns for what a person is or does ("spokesman", "analyst", "doctor"): a name right after, or before in apposition, is a person's. */
  roles: string[]
  /** Roles held for an organisation: a name a few words before is the organisation's ("Pentagon spokesman", "Acme chief executive"). */
  organisationRoles: string[]
  /** Last words of an organisation's name ("Defence Ministry", "Labour Party"); a company's are `companyHeads`. */
  organisationHeads: string[]
  /**
   * Last words of a company's name ("Acme Inc.", "Halden Labs", "Summit Entertainment"). A company
   * goes by the rest of its name alone ("Acme", "Halden"), where an institution named for its town
   * ("the Dayton Police", "Croydon Council") does not: the town alone is the town.
   */
  companyHeads: string[]
  /** First words of an organisation's name before "of" or "for" ("Ministry of Defence", "Institute for Fiscal Studies"). */
  organisationOpeners: string[]
  /**
   * Words that end or open the name of a law or a treaty ("the Proceeds of Crime Act", "the Treaty
   * of Rome"): its "of" goes on with the name, as an organisation's does.
   */
  lawHeads: string[]
  /**
   * Prepositions that running text capitalises only inside a group's name ("Doctors Without
   * Borders", "Mothers Against Drunk Driving"): there they join the name, which is an
   * organisation's. Written as they stand, capitalised.
   */
  namePrepositions: string[]
  /** Organisations news names without a head word: seats of power by metonymy, groups, wire services. */
  organisations: string[]
  /** Last words of a place's name ("Red Sea", "Korean Peninsula", "Baker Street"). */
  placeHeads: string[]
  /** First words of a place's name ("Gulf of Mexico", "Isle of Man", "Mount Kenya", "Lake Geneva"). */
  placeOpeners: string[]
  /** Lower-case nouns after a name that make it a place's ("the Kherson region", "Kent county"). */
  placeNouns: string[]
  /** Regions, continents, seas and the states and provinces of federations, and their adjectives, to the region's name ("Crimean": "Crimea", "NSW": "New South Wales"). */
  regions: Record<string, string>
  /** Names of countries that the country list spells otherwise or not at all, to its name ("U.S.": "United States"). */
  countryNames: Record<string, string>
  /**
   * A state's abbreviation in American news style, with its full stops, to the state's name: a
   * place after a town's comma or a lawmaker's party ("Fresno, Calif.", "Sen. Ann Lee, D-Wash.").
   * Elsewhere "Wash." and "Mass." are words.
   */
  stateAbbreviations: Record<string, string>
  /** The adjectives among `regions` and `countryNames`: a mention of one is named by the place ("Crimean": Crimea); a place's own name keeps its spelling ("UK"). */
  placeAdjectives: string[]
  /**
   * Lower-case nouns said of a product, right after its name or before "of" it ("Vexa Explorer
   * users", "the Vexa browser", "users of Vexa"): the name is a thing's (`other`), not a person's.
   */
  productNouns: string[]
  /** Lower-case nouns said of a company, right after its name or before "of" it ("Acme shareholders", "employees of Acme"): the name is an organisation's. */
  companyNouns: string[]
  /**
   * Lower-case nouns of owning a company, only before "of" or "in" it ("shares of Acme", "a stake in
   * Acme", "stock in Acme"): after a name they are verbs as often ("Ann Lee shares her notes").
   */
  ownershipNouns: string[]
  /** Words of a journey right before its "from" ("travelling from Kelby to Dunmore", "flights from Brinley to Tarnow"): the two ends are places. */
  routeWords: string[]
  /** Prepositions after which a name is most often a place ("in Kharkiv", "near Lyon"). */
  locatives: string[]
  /** Verbs of speech after a name (or after "said" before it): the speaker is a person or an organisation. */
  attributionVerbs: string[]
  /** Lower-case words after a hyphen that end a name ("Russian-made", "US-led"); past participles in "-ed" always do. */
  hyphenSuffixes: string[]
  /** Lower-case words inside a person's name ("Ludwig van Beethoven", "Bashar al-Assad"). */
  nameParticles: string[]
  /**
   * Capitalised words that open a name with a possessive inside it, before the head word of an
   * organisation or a place ("Prince George's County", "St. Mary's Hospital", "King's College"):
   * there the possessive does not end the name.
   */
  possessiveNameOpeners: string[]
  /** Abbreviations that keep their full stop inside a name ("Inc.", "Jr.", "St."); titles keep theirs too. */
  abbreviations: string[]
  /** Capitalised words that start sentences but never names ("The", "However", "After"). */
  functionWords: string[]
  /** Capitalised words that are never names on their own (weekdays, months, "I"). */
  notNames: string[]
  /** Upper-case words that are no organisation ("TV", "CEO", "GDP"), and no name at all where they stand alone. */
  commonAcronyms: string[]
  /** Named scales: no name after "degrees" or before "scale" ("30 degrees Celsius", "the Richter scale"). */
  scaleNames: string[]
  /** Given names added to the English first-name lists the stage reads ("Volodymyr"). */
  givenNames: string[]
  /**
   * Words of those lists that open places' names far more often than people's: a compass point
   * ("North Dallas", "West Harlem") or a harbour ("Port Arthur") is no given name.
   */
  notGivenNames: string[]
  /**
   * Upper-case words of the labels that open a story or a paragraph before a dash or a colon
   * ("NOTE —", "EDITOR'S NOTE:", "UPDATE -"): there they are no dateline and no organisation.
   */
  editorialLabels: string[]
  /** Words of a web page's controls and calls to action ("Subscribe", "Invalid Email"), never a name's: see `interface-words.ts`. */
  interfaceWords: string[]
}

const {months, weekdays} = calendarWords

export const defaultLexicon: EntityLexicon = {
  titles: [
    'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Reverend', 'Father',
    'President', 'Minister', 'Secretary', 'Chancellor', 'Premier', 'Governor', 'Gov', 'Mayor', 'Senator', 'Sen', 'Rep',
    'Representative', 'Congressman', 'Congresswoman', 'Ambassador', 'Speaker', 'Chairman', 'Chairwoman', 'Chair', 'Director',
    'Secretary-General', 'Director-General', 'Attorney-General', 'Governor-General',
    'Commissioner', 'Judge', 'Justice', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Bishop',
    'Archbishop', 'Rabbi', 'Imam', 'Sheikh', 'Ayatollah', 'Emperor', 'General', 'Gen', 'Lt', 'Lieutenant', 'Col',
    'Colonel', 'Maj', 'Major', 'Capt', 'Captain', 'Cmdr', 'Commander', 'Adm', 'Admiral', 'Sgt', 'Sergeant', 'Cpl',
    'Corporal', 'Pvt', 'Private', 'Officer', 'Detective', 'Inspector', 'Constable', 'Superintendent', 'Coach', 'Chief',
    // British police ranks as papers abbreviate them without full stops ("Det Ch Insp", "Det Supt").
    'Det', 'Insp', 'Supt', 'DCI',
    'Coordinator', 'Leader', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'CEO', 'CFO', 'COO', 'CTO', 'CIO',
    // Local officers, as American news writes them before a name ("County Sheriff", "District Attorney").
    'Sheriff', 'Undersheriff', 'Deputy', 'Attorney', 'Prosecutor', 'Coroner', 'Clerk', 'Trooper', 'Ranger', 'Marshal',
    'Councilman', 'Councilwoman', 'Councillor', 'Councilor', 'Alderman', 'Assemblyman', 'Assemblywoman', 'Treasurer'
  ],
  titleModifiers: [
    'Prime', 'Vice', 'Deputy', 'Foreign', 'Defence', 'Defense', 'Interior', 'Finance', 'Health', 'Home', 'Justice',
    'Trade', 'Energy', 'Economy', 'Education', 'Culture', 'Transport', 'Environment', 'Former', 'Acting', 'Chief',
    'Senior', 'Attorney', 'Supreme', 'Grand', 'Police', 'Fire', 'State', 'Lieutenant', 'Major', 'Brigadier', 'Rear',
    'Crown', 'First', 'Executive', 'Managing', 'Head', 'District', 'Prosecuting', 'Field', 'Det', 'Detective', 'Ch',
    // A company's officers ("Chief Operating Officer", "Chief Financial Officer").
    'Operating', 'Financial', 'Technology', 'Technical', 'Medical', 'Marketing', 'Investment', 'Information', 'Legal',
    'Commercial', 'Creative', 'Digital', 'Scientific', 'Product',
    // A party's leaders in a parliament ("Majority Leader", "Opposition Leader").
    'Majority', 'Minority', 'Opposition'
  ],
  portfolioWords: [
    'Affairs', 'Security', 'Resources', 'Development', 'Services', 'Relations', 'Works', 'Protection', 'Welfare', 'Safety',
    'Planning', 'Cooperation', 'Infrastructure', 'Industry', 'Commerce', 'Agriculture', 'Fisheries', 'Tourism', 'Labour',
    'Labor', 'Housing', 'Employment', 'Innovation', 'Technology', 'Communications', 'Transportation', 'Heritage',
    'Aviation', 'Railways', 'Mines', 'Sports', 'Youth', 'Science', 'Immigration', 'Treasury'
  ],
  roles: [
    'spokesman', 'spokeswoman', 'spokesperson', 'president', 'minister', 'secretary', 'chancellor', 'leader', 'chief',
    'director', 'chairman', 'chairwoman', 'commander', 'governor', 'mayor', 'senator', 'lawmaker', 'legislator',
    'ambassador', 'envoy', 'diplomat', 'analyst', 'researcher', 'professor', 'economist', 'scientist', 'expert',
    'adviser', 'advisor', 'aide', 'official', 'coach', 'manager', 'executive', 'founder', 'boss', 'ceo', 'actor',
    'actress', 'singer', 'author', 'writer', 'journalist', 'reporter', 'correspondent', 'editor', 'lawyer', 'attorney',
    'prosecutor', 'judge', 'detective', 'officer', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper',
    'player', 'candidate', 'nominee', 'premier', 'strategist', 'colleague', 'deputy', 'head', 'negotiator', 'doctor',
    'nurse', 'teacher', 'student', 'pilot', 'farmer', 'photographer', 'historian', 'novelist', 'artist', 'musician'
  ],
  organisationRoles: [
    'spokesman', 'spokeswoman', 'spokesperson', 'president', 'chairman', 'chairwoman', 'director', 'executive', 'chief',
    'official', 'officials', 'analyst', 'researcher', 'economist', 'coach', 'manager', 'striker', 'midfielder',
    'defender', 'goalkeeper', 'player', 'founder', 'boss', 'ceo', 'coordinator', 'negotiator', 'lawyer', 'leader'
  ],
  organisationHeads: [
    'Ministry', 'Agency', 'Party', 'Council', 'University', 'Army', 'Police', 'Navy', 'Force', 'Forces', 'Guard',
    'Department', 'Office', 'Committee', 'Commission', 'Bank', 'Institute', 'Foundation', 'Association', 'Union',
    'Group', 'Court', 'Senate', 'Congress', 'Parliament', 'Assembly', 'Organisation', 'Organization',
    'Administration', 'Enforcement', 'Protection', 'Service', 'Services', 'Bureau', 'Authority', 'Board', 'Federation', 'League', 'Club',
    'Coalition', 'Alliance', 'Front', 'Movement', 'Church', 'Hospital', 'School', 'College', 'Academy', 'Times',
    'Post', 'News', 'Journal', 'Herald', 'Press', 'Telegraph', 'Tribune', 'Gazette', 'Today', 'Network', 'Center', 'Centre',
    // Broadcasters ("Sky Sports", "BBC Sport", "Nile Television").
    'Sports', 'Sport', 'Television', 'Radio',
    'Fund', 'Trust', 'Society', 'Command', 'Brigade', 'Regiment', 'Battalion', 'Division', 'Cabinet', 'Government',
    'Reserve', 'Exchange', 'Laboratory', 'Museum', 'Watch', 'International', 'House', 'Endowment', 'Institution',
    // Football and other clubs ("Maidstone United", "Bristol Rovers", "Wigan Athletic").
    ...clubWords
  ],
  companyHeads: [
    'Inc', 'Corp', 'Corporation', 'Co', 'Ltd', 'LLC', 'Plc', 'GmbH', 'AG', 'SA', 'Company', 'Airlines', 'Airways',
    'Studios', 'Systems', 'Technologies', 'Laboratories', 'Holdings', 'Partners', 'Industries', 'Motors', 'Brothers',
    'Bros', 'Enterprises', 'Ventures', 'Pharmaceuticals', 'Therapeutics', 'Solutions', 'Communications',
    'Entertainment', 'Insurance', 'Bancorp', 'Labs'
  ],
  organisationOpeners: [
    'Ministry', 'Department', 'University', 'Bank', 'Institute', 'Council', 'Office', 'Bureau', 'Court', 'Church',
    'Federation', 'League', 'Organisation', 'Organization', 'Association', 'Union', 'Committee', 'Commission', 'House',
    'Board', 'Academy', 'College', 'School', 'Centre', 'Center', 'Centres', 'Centers', 'Institutes', 'Society', 'Order', 'Chamber',
    'Endowment', 'Fund',
    'Agency', 'Institution', 'Alliance', 'Coalition', 'Party', 'Corporation', 'Company'
  ],
  namePrepositions: ['Without', 'Against'],
  lawHeads: ['Act', 'Acts', 'Treaty', 'Charter', 'Convention', 'Accord', 'Accords', 'Protocol', 'Directive', 'Amendment'],
  organisations: [
    'White House', 'Kremlin', 'Pentagon', 'Downing Street', 'Whitehall', 'Elysee', 'Élysée', 'Capitol Hill', 'Vatican',
    'Hamas', 'Hezbollah', 'Taliban', 'al-Qaeda', 'al-Shabab', 'Islamic State', 'Houthis', 'Wagner', 'Interpol',
    'Europol', 'Red Cross', 'Red Crescent', 'Reuters', 'Associated Press', 'Bloomberg', 'Politico', 'Congress', 'Parliament', 'Senate', 'Bundestag',
    'Duma', 'Knesset'
  ],
  placeHeads: [
    'River', 'Mountains', 'Mountain', 'Mount', 'Island', 'Islands', 'Sea', 'Ocean', 'Lake', 'Bay', 'Gulf', 'Strait',
    'Straits', 'Street', 'Avenue', 'Road', 'Square', 'Park', 'County', 'Province', 'Region', 'Oblast', 'City',
    'Valley', 'Peninsula', 'Desert', 'Coast', 'Heights', 'Hills', 'Beach', 'Airport', 'Bridge', 'Station', 'Canal',
    'Channel', 'Plain', 'Plateau', 'Basin', 'Delta', 'Harbour', 'Harbor', 'Port', 'Forest', 'Falls', 'Highway',
    'Boulevard', 'Lane', 'Krai', 'Prefecture', 'Governorate', 'District', 'Territory', 'Territories', 'Republic',
    // Waters, landforms and landmarks: where things happen, not who does them.
    'Loch', 'Lough', 'Creek', 'Fjord', 'Estuary', 'Reservoir', 'Dam', 'Glacier', 'Canyon', 'Gorge', 'Volcano',
    'Tower', 'Towers', 'Stadium', 'Arena', 'Palace', 'Cathedral', 'Abbey', 'Gardens', 'Pier', 'Wharf', 'Quay',
    'Plaza', 'Memorial', 'Monument', 'Terminal', 'Motorway', 'Freeway', 'Expressway', 'Parkway', 'Drive',
    'Panhandle', 'Highlands', 'Plains', 'Township', 'Borough', 'Parish',
    // Stretches of land named in the plural, which no surname is ("the Somerset Levels", "the North York Moors").
    'Levels', 'Moors', 'Fens', 'Wolds', 'Wetlands', 'Lowlands', 'Uplands', 'Marshes'
  ],
  placeOpeners: [
    'Gulf', 'Sea', 'Isle', 'Strait', 'Bay', 'Republic', 'Kingdom', 'Cape', 'Lake', 'Mount', 'Mt', 'Port', 'Fort',
    'River', 'Loch', 'Lough', 'Lac', 'Mont', 'Monte'
  ],
  placeNouns: [
    'region', 'province', 'oblast', 'county', 'district', 'city', 'town', 'village', 'river', 'valley', 'peninsula',
    'island', 'islands', 'coast', 'state', 'border', 'area', 'capital', 'port', 'airport', 'suburb', 'neighbourhood',
    'neighborhood', 'prefecture', 'municipality', 'governorate', 'territory'
  ],
  regions: {
    Europe: 'Europe', European: 'Europe', Asia: 'Asia', Asian: 'Asia', Africa: 'Africa', African: 'Africa',
    'Middle East': 'Middle East', 'Middle Eastern': 'Middle East', 'Latin America': 'Latin America',
    'Latin American': 'Latin America', 'North America': 'North America', 'North American': 'North America',
    'South America': 'South America', 'South American': 'South America', 'Central America': 'Central America',
    'Central Asia': 'Central Asia', 'Southeast Asia': 'Southeast Asia', 'East Asia': 'East Asia',
    Scandinavia: 'Scandinavia', Scandinavian: 'Scandinavia', Balkans: 'Balkans', Caucasus: 'Caucasus', Siberia: 'Siberia',
    Siberian: 'Siberia', Crimea: 'Crimea', Crimean: 'Crimea', Donbas: 'Donbas', Donbass: 'Donbas', Gaza: 'Gaza',
    'Gaza Strip': 'Gaza Strip', 'West Bank': 'West Bank', Kashmir: 'Kashmir', Kurdistan: 'Kurdistan', Sahel: 'Sahel',
    Arctic: 'Arctic', Antarctic: 'Antarctica', Pacific: 'Pacific', Atlantic: 'Atlantic', Mediterranean: 'Mediterranean',
    Caribbean: 'Caribbean', Baltic: 'Baltic', Baltics: 'Baltics', 'Persian Gulf': 'Persian Gulf',
    'Korean Peninsula': 'Korean Peninsula', Korea: 'Korea', Korean: 'Korea', 'Horn of Africa': 'Horn of Africa', Catalonia: 'Catalonia',
    Scotland: 'Scotland', Scottish: 'Scotland', Wales: 'Wales', Welsh: 'Wales', England: 'England', English: 'England',
    'Northern Ireland': 'Northern Ireland', Tibet: 'Tibet', Tibetan: 'Tibet', Xinjiang: 'Xinjiang', Chechnya: 'Chechnya',
    Chechen: 'Chechnya', Darfur: 'Darfur', Transnistria: 'Transnistria', Abkhazia: 'Abkhazia',
    ...Object.fromEntries(
      [
        // The states of the United States, Australia's states and territories and Canada's provinces, which news names as often as countries.
        'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
        'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
        'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
        'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
        'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington State',
        'West Virginia', 'Wisconsin', 'Wyoming', 'New South Wales', 'Queensland', 'Victoria', 'Tasmania', 'South Australia',
        'Western Australia', 'Northern Territory', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba',
        'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland'
      ].map((name) => [name, name])
    ),
    NSW: 'New South Wales', Californian: 'California', Texan: 'Texas', 'New Yorker': 'New York', Floridian: 'Florida',
    // The federal district US news names on its own ("lawmakers in D.C."), and short names of towns ("rents in NYC").
    'D.C.': 'District of Columbia', 'District of Columbia': 'District of Columbia',
    NYC: 'New York City', 'N.Y.C.': 'New York City', 'L.A.': 'Los Angeles', Philly: 'Philadelphia', NOLA: 'New Orleans'
  },
  countryNames: {
    'U.S.': 'United States', 'U.S.A.': 'United States', US: 'United States', USA: 'United States', America: 'United States',
    American: 'United States', 'U.K.': 'United Kingdom', UK: 'United Kingdom', Britain: 'United Kingdom',
    British: 'United Kingdom', 'Great Britain': 'United Kingdom', UAE: 'United Arab Emirates', DPRK: 'North Korea',
    PRC: 'China', DRC: 'DR Congo', Holland: 'Netherlands', Dutch: 'Netherlands', 'Russian Federation': 'Russia',
    'Soviet Union': 'Soviet Union', Soviet: 'Soviet Union', USSR: 'Soviet Union', Turkey: 'Türkiye'
  },
  stateAbbreviations: Object.fromEntries(Object.entries(usStateAbbreviations).map(([abbreviation, state]) => [abbreviation, state.name])),
  placeAdjectives: [
    'European', 'Asian', 'African', 'Middle Eastern', 'Latin American', 'North American', 'South American', 'Scandinavian',
    'Siberian', 'Crimean', 'Korean', 'Scottish', 'Welsh', 'English', 'Tibetan', 'Chechen', 'Californian', 'Texan',
    'New Yorker', 'Floridian', 'American', 'British', 'Dutch', 'Soviet'
  ],
  // Nouns only, in both lists: a word that is also a verb after a person's name ("Obama shares", "Smith updates") is left out.
  productNouns: [
    'users', 'software', 'browser', 'browsers', 'app', 'apps', 'platform', 'smartphone', 'smartphones', 'laptop', 'laptops',
    'tablet', 'tablets', 'device', 'devices', 'servers', 'chip', 'chips', 'processor', 'processors', 'console', 'consoles',
    'page', 'website', 'operating', 'versions', 'plugin', 'subscribers'
  ],
  // Not "headquarters": a party's, a city's or a region's are as common ("the Democratic headquarters", "the Naxos headquarters").
  companyNouns: ['shareholders', 'stockholders', 'investors', 'employees', 'customers', 'subsidiary', 'subsidiaries', 'executives'],
  ownershipNouns: ['shares', 'stock', 'stake', 'stakes', 'holdings'],
  routeWords: [
    'travelling', 'traveling', 'travelled', 'traveled', 'travel', 'flight', 'flights', 'flew', 'flying', 'fly', 'drove', 'driving',
    'drive', 'road', 'roads', 'route', 'routes', 'journey', 'train', 'trains', 'bus', 'buses', 'trip', 'sailed', 'sailing', 'ferry',
    'ferries', 'highway', 'motorway', 'railway', 'marched', 'walked', 'convoy', 'pipeline', 'service', 'services', 'way', 'miles', 'kilometres', 'kilometers'
  ],
  locatives: ['in', 'near', 'outside', 'across', 'throughout', 'inside', 'around', 'towards', 'toward', 'into'],
  attributionVerbs: [
    'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes', 'tweeted', 'posted', 'announced',
    'confirmed', 'denied', 'claimed', 'warned', 'explained', 'noted', 'insisted', 'argued', 'acknowledged', 'admitted',
    'stressed', 'emphasised', 'emphasized', 'urged', 'replied', 'responded', 'asked', 'testified'
  ],
  hyphenSuffixes: [
    'made', 'based', 'led', 'backed', 'owned', 'run', 'born', 'style', 'era', 'controlled', 'occupied', 'linked',
    'affiliated', 'held', 'funded', 'supported', 'sponsored', 'allied', 'built', 'speaking', 'bound', 'wide', 'like',
    'friendly', 'leaning', 'aligned', 'brokered', 'designed', 'related', 'produced', 'supplied', 'trained', 'armed'
  ],
  possessiveNameOpeners: ['St', 'Saint', 'Ste', 'Sainte', 'King', 'Queen', 'Prince', 'Princess', 'Lord', 'Lady'],
  nameParticles: ['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'le', 'la', 'bin', 'ibn', 'bint', 'al', 'el', 'ben', 'abu', 'ter'],
  abbreviations: ['Inc', 'Corp', 'Co', 'Ltd', 'Jr', 'Sr', 'St', 'Ft', 'Mt', 'Bros', 'Plc', 'Cos'],
  functionWords: [
    'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'from',
    'with', 'without', 'about', 'after', 'before', 'since', 'until', 'during', 'while', 'when', 'where', 'why', 'how',
    'what', 'who', 'whom', 'whose', 'which', 'if', 'though', 'although', 'because', 'as', 'than', 'then', 'there',
    'here', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'we', 'they', 'you', 'i', 'me', 'him', 'her',
    'us', 'them', 'his', 'our', 'their', 'your', 'my', 'one', 'some', 'many', 'most', 'more', 'all', 'any', 'each',
    'every', 'both', 'few', 'no', 'not', 'now', 'also', 'however', 'meanwhile', 'still', 'yes', 'just', 'only', 'even',
    'instead', 'despite', 'under', 'over', 'among', 'between', 'against', 'through', 'into', 'onto', 'upon', 'within',
    'per', 'via', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
    'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'let', 'please', 'today', 'yesterday',
    'tomorrow', 'tonight', 'earlier', 'later', 'last', 'next', 'according', 'other', 'another', 'such', 'several',
    'officials', 'police', 'photo', 'image', 'picture', 'video', 'read', 'share', 'click', 'watch', 'follow',
    'advertisement', 'related', 'update', 'updated', 'breaking', 'exclusive', 'analysis', 'opinion', 'comment'
  ],
  // "Rs 4 lakh": the rupee's sign.
  notNames: ['I', 'Rs', "I'm", "I've", "I'll", "I'd", 'I’m', 'I’ve', 'I’ll', 'I’d', ...Object.keys(weekdays).filter((word) => word.length > 3), ...Object.keys(months).filter((word) => word.length > 3)],
  commonAcronyms: [
    'TV', 'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'GDP', 'AM', 'PM', 'OK', 'ID', 'DNA', 'AI', 'COVID', 'UTC', 'GMT', 'EST', 'EDT', 'PST',
    'PDT', 'BST', 'CET', 'PDF', 'SUV', 'CCTV', 'LGBT', 'LGBTQ', 'HIV', 'AIDS', 'ICU', 'IPO', 'GPS', 'USB', 'ICBM',
    'SRBM', 'MP', 'MPs', 'VIP', 'PR', 'HQ', 'FAQ', 'DIY', 'RIP', 'ETA', 'FYI', 'CV', 'PhD', 'MBA', 'BC', 'AD', 'BCE',
    'CE', 'VAT', 'ATM', 'WiFi', 'UFO', 'SOS', 'ASAP', 'NEW', 'UPDATE', 'BREAKING', 'LIVE', 'WATCH', 'READ', 'MORE'
  ],
  scaleNames: ['Celsius', 'Fahrenheit', 'Centigrade', 'Kelvin', 'Richter', 'Mercalli', 'Beaufort'],
  // Common given names that the English first-name datasets lack ("Lewis Hamilton" was no person's name).
  givenNames: [
    'Donald', 'Walter', 'Lewis', 'Oscar', 'Callum', 'Kieran', 'Euan', 'Declan', 'Ciaran', 'Eoin', 'Conor', 'Hassan',
    'Jayden', 'Aiden', 'Grayson', 'Landon', 'Jaxon', 'Gemma', 'Kirsty', 'Leanne', 'Isla', 'Freya'
  ],
  notGivenNames: ['North', 'South', 'East', 'West', 'Port'],
  editorialLabels: [
    'NOTE', 'EDITOR', 'EDITORS', 'UPDATE', 'UPDATED', 'CORRECTION', 'CORRECTED', 'CLARIFICATION', 'BREAKING', 'NEWS', 'WATCH',
    'LIVE', 'ADVISORY', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'VIDEO', 'PHOTOS', 'FACT', 'CHECK', 'FACTBOX', 'EXPLAINER'
  ],
  interfaceWords
}

export function mergeLexicon(extra: Partial<EntityLexicon> = {}): EntityLexicon {
  return extendLexicon(defaultLexicon, extra)
}
