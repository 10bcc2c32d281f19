import {isoCurrencyUnits} from './currencies.js'
import {technicalUnits} from './units-technical.js'

/**
 * The unit vocabulary: British singular names, symbols, the surfaces that name them in text, and how
 * to reach the dimension's SI unit. `convert` names a convert-units unit; `factor` fills its gaps
 * (nautical miles, metric tonnes, barrels) and replaces its imperial factors, which it rounds to six
 * digits (its mile is 1609.34395 m, the legal one exactly 1609.344 m), so the library is never patched.
 */
export interface UnitDefinition {
  id: string
  name: string
  symbol: string
  dimension: string
  /** Lower-case spellings that follow a number ("km", "kilometers", "kilometres"). */
  surfaces: string[]
  /** Spellings that precede a number ("$", "US$", "£"). */
  prefixes?: string[]
  convert?: string
  /** Multiply by this to reach the dimension's SI unit, where convert-units has no exact one. */
  factor?: number
  /** The ISO 4217 code, for currencies, which normalize to themselves. */
  currency?: string
  /** Symbols that follow a number only as written here, where another case is another word ("eV", not "EVs"). */
  cased?: string[]
}

/** The SI unit each dimension normalizes to. */
export const siUnits: Record<string, string> = {
  length: 'm',
  mass: 'kg',
  speed: 'm/s',
  temperature: 'K',
  area: 'm2',
  volume: 'm3',
  energy: 'J',
  power: 'W',
  time: 's',
  data: 'B',
  pressure: 'Pa',
  frequency: 'Hz',
  'data rate': 'B/s',
  'electric charge': 'C',
  'absorbed dose': 'Gy',
  'equivalent dose': 'Sv',
  radioactivity: 'Bq',
  force: 'N',
  torque: 'N·m',
  voltage: 'V',
  'electric current': 'A',
  resistance: 'Ω'
}

const length = (id: string, name: string, symbol: string, surfaces: string[], convert?: string, factor?: number): UnitDefinition => ({
  id, name, symbol, dimension: 'length', surfaces, ...(convert ? {convert} : {}), ...(factor ? {factor} : {})
})
const money = (id: string, name: string, symbol: string, currency: string, surfaces: string[], prefixes: string[] = [], factor?: number): UnitDefinition => ({
  id, name, symbol, dimension: 'currency', surfaces, prefixes, currency, ...(factor ? {factor} : {})
})

const namedUnits: UnitDefinition[] = [
  length('km', 'kilometre', 'km', ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], 'km'),
  length('m', 'metre', 'm', ['m', 'metre', 'metres', 'meter', 'meters'], 'm'),
  length('cm', 'centimetre', 'cm', ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'], 'cm'),
  length('mm', 'millimetre', 'mm', ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], 'mm'),
  length('dm', 'decimetre', 'dm', ['dm', 'decimetre', 'decimetres', 'decimeter', 'decimeters'], undefined, 0.1),
  length('um', 'micrometre', 'µm', ['µm', 'μm', 'micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns'], undefined, 1e-6),
  length('pm', 'picometre', 'pm', ['picometre', 'picometres', 'picometer', 'picometers'], undefined, 1e-12),
  length('nm', 'nanometre', 'nm', ['nm', 'nanometre', 'nanometres', 'nanometer', 'nanometers'], undefined, 1e-9),
  length('ly', 'light-year', 'ly', ['light-year', 'light-years', 'light year', 'light years'], undefined, 9_460_730_472_580_800),
  length('fur', 'furlong', 'fur', ['furlong', 'furlongs'], undefined, 201.168),
  length('mi', 'mile', 'mi', ['mi', 'mile', 'miles'], undefined, 1609.344),
  length('nmi', 'nautical mile', 'nmi', ['nautical mile', 'nautical miles', 'nmi'], undefined, 1852),
  length('yd', 'yard', 'yd', ['yd', 'yds', 'yard', 'yards'], undefined, 0.9144),
  length('ft', 'foot', 'ft', ['ft', 'foot', 'feet', '′'], undefined, 0.3048),
  length('in', 'inch', 'in', ['inch', 'inches', '″'], undefined, 0.0254),
  // "He weighs 12 stone", "12st 4lb": the British weight, in the singular as it is written; "st" in lower case, as "St" is a saint or a street.
  {id: 'st', name: 'stone', symbol: 'st', dimension: 'mass', surfaces: ['stone'], factor: 6.35029318, cased: ['st']},
  {id: 'ct', name: 'carat', symbol: 'ct', dimension: 'mass', surfaces: ['carat', 'carats'], factor: 0.0002},
  {id: 'q', name: 'quintal', symbol: 'q', dimension: 'mass', surfaces: ['quintal', 'quintals'], factor: 100},
  {id: 'kg', name: 'kilogram', symbol: 'kg', dimension: 'mass', surfaces: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'], convert: 'kg'},
  {id: 'g', name: 'gram', symbol: 'g', dimension: 'mass', surfaces: ['g', 'gram', 'grams', 'gramme', 'grammes'], convert: 'g'},
  {id: 'ug', name: 'microgram', symbol: 'µg', dimension: 'mass', surfaces: ['µg', 'μg', 'mcg', 'microgram', 'micrograms', 'microgramme', 'microgrammes'], factor: 1e-9},
  {id: 'mg', name: 'milligram', symbol: 'mg', dimension: 'mass', surfaces: ['mg', 'milligram', 'milligrams'], convert: 'mg'},
  {id: 't', name: 'tonne', symbol: 't', dimension: 'mass', surfaces: ['t', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'], factor: 1000},
  {id: 'ton', name: 'ton', symbol: 'ton', dimension: 'mass', surfaces: ['ton', 'tons', 'short ton', 'short tons'], factor: 907.18474},
  {id: 'lb', name: 'pound', symbol: 'lb', dimension: 'mass', surfaces: ['lb', 'lbs', 'pound', 'pounds'], factor: 0.45359237},
  {id: 'oz', name: 'ounce', symbol: 'oz', dimension: 'mass', surfaces: ['oz', 'ounce', 'ounces'], factor: 0.028349523125},
  {id: 'mph', name: 'mile per hour', symbol: 'mph', dimension: 'speed', surfaces: ['mph', 'miles per hour', 'mile per hour', 'miles an hour'], convert: 'm/h'},
  {id: 'kmh', name: 'kilometre per hour', symbol: 'km/h', dimension: 'speed', surfaces: ['km/h', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'kmph', 'km/hr'], convert: 'km/h'},
  {id: 'mpg', name: 'mile per gallon', symbol: 'mpg', dimension: 'fuel economy', surfaces: ['mpg', 'miles per gallon', 'mile per gallon']},
  {id: 'kn', name: 'knot', symbol: 'kn', dimension: 'speed', surfaces: ['knot', 'knots'], factor: 1852 / 3600},
  // The scales' names as they are often misspelt ("celcius", "farenheit") are read as the names.
  {id: 'c', name: 'celsius', symbol: '°C', dimension: 'temperature', surfaces: ['°c', 'ºc', 'degrees celsius', 'degree celsius', 'celsius', 'degrees centigrade', 'degree centigrade', 'centigrade', 'c', '° celsius', '°celsius', 'degc', 'deg c', 'degrees c', 'degree c', 'deg celsius', 'deg centigrade', 'celcius', 'degrees celcius', 'degree celcius'], convert: 'C'},
  {id: 'k', name: 'kelvin', symbol: 'K', dimension: 'temperature', surfaces: ['kelvin', 'kelvins', 'degrees kelvin'], convert: 'K'},
  {id: 'f', name: 'fahrenheit', symbol: '°F', dimension: 'temperature', surfaces: ['°f', 'ºf', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'f', '° fahrenheit', '°fahrenheit', 'degf', 'deg f', 'degrees f', 'degree f', 'deg fahrenheit', 'farenheit', 'degrees farenheit', 'degree farenheit'], convert: 'F'},
  {id: 'deg', name: 'degree', symbol: '°', dimension: 'angle', surfaces: ['°', 'º', 'degree', 'degrees', 'deg']},
  // A whole revolution: "a quarter turn", "three turns of the screw".
  {id: 'turn', name: 'turn', symbol: 'tr', dimension: 'angle', surfaces: ['turn', 'turns', 'revolution', 'revolutions']},
  {id: 'rad', name: 'radian', symbol: 'rad', dimension: 'angle', surfaces: ['rad', 'radian', 'radians']},
  {id: 'km2', name: 'square kilometre', symbol: 'km²', dimension: 'area', surfaces: ['km2', 'km²', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'], convert: 'km2'},
  {id: 'm2', name: 'square metre', symbol: 'm²', dimension: 'area', surfaces: ['m2', 'm²', 'sq m', 'sqm', 'square metre', 'square metres', 'square meter', 'square meters'], convert: 'm2'},
  {id: 'mi2', name: 'square mile', symbol: 'mi²', dimension: 'area', surfaces: ['sq mi', 'mi2', 'mi²', 'square mile', 'square miles'], factor: 2_589_988.110336},
  {id: 'ft2', name: 'square foot', symbol: 'ft²', dimension: 'area', surfaces: ['sq ft', 'square foot', 'square feet'], factor: 0.09290304},
  {id: 'ha', name: 'hectare', symbol: 'ha', dimension: 'area', surfaces: ['ha', 'hectare', 'hectares'], convert: 'ha'},
  {id: 'ac', name: 'acre', symbol: 'ac', dimension: 'area', surfaces: ['acre', 'acres'], factor: 4046.8564224},
  {id: 'ft3', name: 'cubic foot', symbol: 'ft³', dimension: 'volume', surfaces: ['cubic foot', 'cubic feet', 'cu ft', 'ft3'], factor: 0.028316846592},
  {id: 'm3', name: 'cubic metre', symbol: 'm³', dimension: 'volume', surfaces: ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3'], convert: 'm3'},
  // "50L", "4 L of water": the litre's symbol is written in either case.
  {id: 'l', name: 'litre', symbol: 'l', dimension: 'volume', surfaces: ['l', 'ltr', 'ltrs', 'litre', 'litres', 'liter', 'liters'], convert: 'l', cased: ['L']},
  {id: 'ml', name: 'millilitre', symbol: 'ml', dimension: 'volume', surfaces: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'], convert: 'ml'},
  {id: 'cc', name: 'cubic centimetre', symbol: 'cm³', dimension: 'volume', surfaces: ['cc', 'cm3', 'cm³', 'cubic centimetre', 'cubic centimetres', 'cubic centimeter', 'cubic centimeters'], factor: 1e-6},
  {id: 'bu', name: 'bushel', symbol: 'bu', dimension: 'volume', surfaces: ['bushel', 'bushels'], factor: 0.03523907016688},
  {id: 'cup', name: 'cup', symbol: 'cup', dimension: 'volume', surfaces: ['cup', 'cups'], factor: 0.0002365882365},
  {id: 'tbsp', name: 'tablespoon', symbol: 'tbsp', dimension: 'volume', surfaces: ['tbsp', 'tablespoon', 'tablespoons'], factor: 0.00001478676478125},
  {id: 'tsp', name: 'teaspoon', symbol: 'tsp', dimension: 'volume', surfaces: ['tsp', 'teaspoon', 'teaspoons'], factor: 0.00000492892159375},
  {id: 'gal', name: 'gallon', symbol: 'gal', dimension: 'volume', surfaces: ['gal', 'gallon', 'gallons', 'us gallon', 'us gallons'], factor: 0.003785411784},
  {id: 'impgal', name: 'imperial gallon', symbol: 'imp gal', dimension: 'volume', surfaces: ['imperial gallon', 'imperial gallons'], factor: 0.00454609},
  {id: 'qt', name: 'quart', symbol: 'qt', dimension: 'volume', surfaces: ['qt', 'quart', 'quarts', 'us quart', 'us quarts'], factor: 0.000946352946},
  {id: 'pint', name: 'pint', symbol: 'pt', dimension: 'volume', surfaces: ['pint', 'pints', 'us pint', 'us pints'], factor: 0.000473176473},
  {id: 'imppt', name: 'imperial pint', symbol: 'imp pt', dimension: 'volume', surfaces: ['imperial pint', 'imperial pints'], factor: 0.00056826125},
  {id: 'floz', name: 'fluid ounce', symbol: 'fl oz', dimension: 'volume', surfaces: ['fl oz', 'fluid ounce', 'fluid ounces', 'us fluid ounce', 'us fluid ounces'], factor: 0.0000295735295625},
  {id: 'bbl', name: 'barrel', symbol: 'bbl', dimension: 'volume', surfaces: ['bbl', 'barrel', 'barrels'], factor: 0.158987294928},
  {id: 'kwh', name: 'kilowatt hour', symbol: 'kWh', dimension: 'energy', surfaces: ['kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours'], convert: 'kWh'},
  {id: 'mwh', name: 'megawatt hour', symbol: 'MWh', dimension: 'energy', surfaces: ['mwh', 'megawatt hour', 'megawatt hours', 'megawatt-hours'], convert: 'MWh'},
  {id: 'gwh', name: 'gigawatt hour', symbol: 'GWh', dimension: 'energy', surfaces: ['gwh', 'gigawatt hour', 'gigawatt hours', 'gigawatt-hour', 'gigawatt-hours'], factor: 3.6e12},
  {id: 'twh', name: 'terawatt hour', symbol: 'TWh', dimension: 'energy', surfaces: ['twh', 'terawatt hour', 'terawatt hours', 'terawatt-hour', 'terawatt-hours'], factor: 3.6e15},
  {id: 'wh', name: 'watt hour', symbol: 'Wh', dimension: 'energy', surfaces: ['wh', 'watt hour', 'watt hours', 'watt-hour', 'watt-hours'], factor: 3600},
  {id: 'j', name: 'joule', symbol: 'J', dimension: 'energy', surfaces: ['j', 'joule', 'joules'], factor: 1},
  {id: 'kj', name: 'kilojoule', symbol: 'kJ', dimension: 'energy', surfaces: ['kj', 'kilojoule', 'kilojoules'], factor: 1e3},
  {id: 'mj', name: 'megajoule', symbol: 'MJ', dimension: 'energy', surfaces: ['mj', 'megajoule', 'megajoules'], factor: 1e6},
  {id: 'gj', name: 'gigajoule', symbol: 'GJ', dimension: 'energy', surfaces: ['gj', 'gigajoule', 'gigajoules'], factor: 1e9},
  // News counts the calories of food, which are kilocalories ("a 500-calorie meal").
  {id: 'kcal', name: 'kilocalorie', symbol: 'kcal', dimension: 'energy', surfaces: ['kcal', 'kilocalorie', 'kilocalories', 'calorie', 'calories'], factor: 4184},
  // Not "eV": "5 EVs" are electric vehicles.
  {id: 'kev', name: 'kiloelectronvolt', symbol: 'keV', dimension: 'energy', surfaces: ['kev', 'kiloelectronvolt', 'kiloelectronvolts'], factor: 1.602176634e-16},
  {id: 'mev', name: 'megaelectronvolt', symbol: 'MeV', dimension: 'energy', surfaces: ['mev', 'megaelectronvolt', 'megaelectronvolts'], factor: 1.602176634e-13},
  {id: 'gev', name: 'gigaelectronvolt', symbol: 'GeV', dimension: 'energy', surfaces: ['gev', 'gigaelectronvolt', 'gigaelectronvolts'], factor: 1.602176634e-10},
  {id: 'tev', name: 'teraelectronvolt', symbol: 'TeV', dimension: 'energy', surfaces: ['tev', 'teraelectronvolt', 'teraelectronvolts'], factor: 1.602176634e-7},
  {id: 'w', name: 'watt', symbol: 'W', dimension: 'power', surfaces: ['w', 'watt', 'watts'], convert: 'W'},
  {id: 'kw', name: 'kilowatt', symbol: 'kW', dimension: 'power', surfaces: ['kw', 'kilowatt', 'kilowatts'], convert: 'kW'},
  {id: 'mw', name: 'megawatt', symbol: 'MW', dimension: 'power', surfaces: ['mw', 'megawatt', 'megawatts'], convert: 'MW'},
  {id: 'gw', name: 'gigawatt', symbol: 'GW', dimension: 'power', surfaces: ['gw', 'gigawatt', 'gigawatts'], convert: 'GW'},
  {id: 'hp', name: 'horsepower', symbol: 'hp', dimension: 'power', surfaces: ['hp', 'horsepower'], factor: 745.69987158227022},
  {id: 'bhp', name: 'brake horsepower', symbol: 'bhp', dimension: 'power', surfaces: ['bhp', 'brake horsepower'], factor: 745.69987158227022},
  // "Pa" and "ms" only as written: "22 PA" is a news agency, "3 MS patients" have multiple sclerosis.
  {id: 'pa', name: 'pascal', symbol: 'Pa', dimension: 'pressure', surfaces: ['pascal', 'pascals'], factor: 1, cased: ['Pa']},
  {id: 'kpa', name: 'kilopascal', symbol: 'kPa', dimension: 'pressure', surfaces: ['kpa', 'kilopascal', 'kilopascals'], factor: 1e3},
  {id: 'mpa', name: 'megapascal', symbol: 'MPa', dimension: 'pressure', surfaces: ['mpa', 'megapascal', 'megapascals'], factor: 1e6},
  {id: 'psi', name: 'pound per square inch', symbol: 'psi', dimension: 'pressure', surfaces: ['psi', 'pounds per square inch', 'pound per square inch'], factor: 6894.757293168361},
  {id: 'ksi', name: 'kilopound per square inch', symbol: 'ksi', dimension: 'pressure', surfaces: ['ksi'], factor: 6894757.293168361},
  {id: 'rpm', name: 'revolution per minute', symbol: 'rpm', dimension: 'frequency', surfaces: ['rpm', 'revolutions per minute'], factor: 1 / 60},
  {id: 'db', name: 'decibel', symbol: 'dB', dimension: 'sound level', surfaces: ['db', 'decibel', 'decibels']},
  {id: 'mah', name: 'milliampere hour', symbol: 'mAh', dimension: 'electric charge', surfaces: ['mah', 'milliampere hour', 'milliampere hours', 'milliamp hours'], factor: 3.6},
  {id: 'kbps', name: 'kilobit per second', symbol: 'kbps', dimension: 'data rate', surfaces: ['kbps', 'kbit/s'], factor: 125},
  {id: 'mbps', name: 'megabit per second', symbol: 'Mbps', dimension: 'data rate', surfaces: ['mbps', 'mbit/s', 'megabits per second'], factor: 125_000},
  {id: 'gbps', name: 'gigabit per second', symbol: 'Gbps', dimension: 'data rate', surfaces: ['gbps', 'gbit/s', 'gigabits per second'], factor: 125_000_000},
  {id: 'mpx', name: 'megapixel', symbol: 'MP', dimension: 'resolution', surfaces: ['megapixel', 'megapixels']},
  {id: 'hz', name: 'hertz', symbol: 'Hz', dimension: 'frequency', surfaces: ['hz', 'hertz'], factor: 1},
  {id: 'khz', name: 'kilohertz', symbol: 'kHz', dimension: 'frequency', surfaces: ['khz', 'kilohertz'], factor: 1e3},
  {id: 'mhz', name: 'megahertz', symbol: 'MHz', dimension: 'frequency', surfaces: ['mhz', 'megahertz'], factor: 1e6},
  {id: 'ghz', name: 'gigahertz', symbol: 'GHz', dimension: 'frequency', surfaces: ['ghz', 'gigahertz'], factor: 1e9},
  {id: 'bit', name: 'bit', symbol: 'bit', dimension: 'data', surfaces: ['bit', 'bits'], factor: 0.125},
  {id: 'kb', name: 'kilobyte', symbol: 'kB', dimension: 'data', surfaces: ['kb', 'kilobyte', 'kilobytes'], factor: 1e3},
  {id: 'mb', name: 'megabyte', symbol: 'MB', dimension: 'data', surfaces: ['mb', 'megabyte', 'megabytes'], factor: 1e6},
  {id: 'gb', name: 'gigabyte', symbol: 'GB', dimension: 'data', surfaces: ['gb', 'gigabyte', 'gigabytes'], factor: 1e9},
  {id: 'tb', name: 'terabyte', symbol: 'TB', dimension: 'data', surfaces: ['tb', 'terabyte', 'terabytes'], factor: 1e12},
  {id: 'pb', name: 'petabyte', symbol: 'PB', dimension: 'data', surfaces: ['pb', 'petabyte', 'petabytes'], factor: 1e15},
  {id: 'ms', name: 'millisecond', symbol: 'ms', dimension: 'time', surfaces: ['millisecond', 'milliseconds'], convert: 'ms', cased: ['ms']},
  {id: 's', name: 'second', symbol: 's', dimension: 'time', surfaces: ['second', 'seconds', 'sec', 'secs'], convert: 's'},
  {id: 'min', name: 'minute', symbol: 'min', dimension: 'time', surfaces: ['minute', 'minutes', 'min', 'mins'], convert: 'min'},
  {id: 'h', name: 'hour', symbol: 'h', dimension: 'time', surfaces: ['hour', 'hours', 'hr', 'hrs'], convert: 'h'},
  {id: 'd', name: 'day', symbol: 'd', dimension: 'time', surfaces: ['day', 'days'], convert: 'd'},
  {id: 'wk', name: 'week', symbol: 'wk', dimension: 'time', surfaces: ['week', 'weeks', 'wk', 'wks'], convert: 'week'},
  {id: 'mo', name: 'month', symbol: 'mo', dimension: 'time', surfaces: ['month', 'months', 'mos', 'mth', 'mths'], convert: 'month'},
  {id: 'yr', name: 'year', symbol: 'yr', dimension: 'time', surfaces: ['year', 'years', 'yr', 'yrs'], convert: 'year'},
  {id: 'decade', name: 'decade', symbol: 'decade', dimension: 'time', surfaces: ['decade', 'decades'], factor: 315_576_000},
  {id: 'pct', name: 'percentage', symbol: '%', dimension: 'percentage', surfaces: ['%', 'percent', 'per cent', 'pct', 'pc']},
  {id: 'pp', name: 'percentage point', symbol: 'pp', dimension: 'percentage', surfaces: ['percentage point', 'percentage points']},
  {id: 'bp', name: 'basis point', symbol: 'bp', dimension: 'percentage', surfaces: ['basis point', 'basis points', 'bp', 'bps']},
  {id: 'ppm', name: 'part per million', symbol: 'ppm', dimension: 'concentration', surfaces: ['ppm', 'parts per million']},
  {id: 'ppb', name: 'part per billion', symbol: 'ppb', dimension: 'concentration', surfaces: ['ppb', 'parts per billion']},
  {id: 'times', name: 'times', symbol: '×', dimension: 'ratio', surfaces: ['times', 'fold']},
  // Earthquakes: "a magnitude 6.4 earthquake", "a 6.4-magnitude quake", "measuring 5.8 on the Richter scale".
  {id: 'magnitude', name: 'magnitude', symbol: 'M', dimension: 'seismic magnitude', surfaces: ['magnitude', 'on the richter scale'], prefixes: ['magnitude']},
  // Per-game averages of sports reports ("21.4 ppg").
  {id: 'ppg', name: 'point per game', symbol: 'ppg', dimension: 'rate', surfaces: ['ppg']},
  {id: 'rpg', name: 'rebound per game', symbol: 'rpg', dimension: 'rate', surfaces: ['rpg']},
  {id: 'apg', name: 'assist per game', symbol: 'apg', dimension: 'rate', surfaces: ['apg']},
  {id: 'pt', name: 'point', symbol: 'pt', dimension: 'score', surfaces: ['point', 'points', 'pts']},
  // "ten bucks": the dollar in talk, in lower case, as "the Bucks" are a team.
  {...money('usd', 'dollar', '$', 'USD', ['dollar', 'dollars', 'usd', 'us dollar', 'us dollars', '$'], ['$', 'us$', '$us', 'usd']), cased: ['buck', 'bucks']},
  money('usc', 'cent', '¢', 'USD', ['cent', 'cents', '¢'], [], 0.01),
  money('aud', 'australian dollar', 'A$', 'AUD', ['australian dollar', 'australian dollars', 'aud'], ['a$', 'au$', '$a', '$au', 'aud$', 'aud']),
  money('cad', 'canadian dollar', 'C$', 'CAD', ['canadian dollar', 'canadian dollars', 'cad'], ['c$', 'ca$', 'can$', 'cad$', 'cad']),
  money('nzd', 'new zealand dollar', 'NZ$', 'NZD', ['new zealand dollar', 'new zealand dollars', 'nzd'], ['nz$', '$nz', 'nzd$', 'nzd']),
  money('hkd', 'hong kong dollar', 'HK$', 'HKD', ['hong kong dollar', 'hong kong dollars', 'hkd'], ['hk$', '$hk', 'hkd']),
  money('sgd', 'singapore dollar', 'S$', 'SGD', ['singapore dollar', 'singapore dollars', 'sgd'], ['s$', 'sg$', 'sgd']),
  money('twd', 'new taiwan dollar', 'NT$', 'TWD', ['new taiwan dollar', 'new taiwan dollars', 'twd'], ['nt$', 'twd']),
  money('eur', 'euro', '€', 'EUR', ['euro', 'euros', 'eur', '€'], ['€', 'eur']),
  money('gbp', 'pound sterling', '£', 'GBP', ['pound sterling', 'pounds sterling', 'sterling', 'british pound', 'british pounds', 'gbp', 'quid'], ['£', 'gbp', 'ps']),
  money('gbx', 'penny', 'p', 'GBP', ['pence', 'penny', 'p'], [], 0.01),
  money('jpy', 'japanese yen', '¥', 'JPY', ['yen', 'japanese yen', 'jpy', '円'], ['¥', 'jpy']),
  money('cny', 'chinese yuan', '¥', 'CNY', ['yuan', 'renminbi', 'chinese yuan', 'cny', 'rmb', 'kuai', '元'], ['cny', 'rmb']),
  money('inr', 'indian rupee', '₹', 'INR', ['inr', 'indian rupee', 'indian rupees'], ['₹', 'inr']),
  // Rupees with no country named keep the plain name; India's are the most reported, so they normalize to INR.
  money('rupee', 'rupee', 'Rs', 'INR', ['rupee', 'rupees'], ['rs', 'rs.']),
  money('rub', 'russian ruble', '₽', 'RUB', ['ruble', 'rubles', 'rouble', 'roubles', 'rub', '₽'], ['₽']),
  money('chf', 'swiss franc', 'CHF', 'CHF', ['swiss franc', 'swiss francs', 'franc', 'francs', 'chf'], ['chf']),
  money('ils', 'shekel', '₪', 'ILS', ['shekel', 'shekels', 'new shekel', 'new shekels', 'nis', 'ils'], ['₪', 'nis', 'ils']),
  money('dkk', 'danish krone', 'kr', 'DKK', ['danish krone', 'danish kroner', 'danish crown', 'danish crowns', 'dkk'], ['dkk']),
  money('sek', 'swedish krona', 'kr', 'SEK', ['swedish krona', 'swedish kronor', 'swedish crown', 'swedish crowns', 'sek'], ['sek']),
  money('nok', 'norwegian krone', 'kr', 'NOK', ['norwegian krone', 'norwegian kroner', 'norwegian crown', 'norwegian crowns', 'nok'], ['nok']),
  money('myr', 'malaysian ringgit', 'RM', 'MYR', ['ringgit', 'malaysian ringgit', 'myr'], ['rm', 'myr']),
  money('zar', 'south african rand', 'R', 'ZAR', ['rand', 'south african rand', 'zar'], ['zar']),
  money('mxn', 'mexican peso', 'Mex$', 'MXN', ['mexican peso', 'mexican pesos', 'peso', 'pesos', 'mxn'], ['mex$', 'mxn$', 'mx$', 'mxn']),
  money('brl', 'brazilian real', 'R$', 'BRL', ['brazilian real', 'brazilian reais', 'reais', 'brl'], ['r$', 'brl']),
  money('try', 'turkish lira', '₺', 'TRY', ['turkish lira', 'turkish liras', 'lira', 'liras', 'lire'], ['₺']),
  money('krw', 'south korean won', '₩', 'KRW', ['south korean won', 'korean won', 'krw'], ['₩', 'krw']),
  money('fim', 'finnish markka', 'mk', 'FIM', ['finnish markka', 'markka', 'markkaa'], []),
  money('crc', 'costa rican colón', '₡', 'CRC', ['colón', 'colones', '₡'], ['₡']),
  money('gel', 'georgian lari', '₾', 'GEL', ['lari', 'georgian lari', '₾'], ['₾']),
  money('lak', 'lao kip', '₭', 'LAK', ['lao kip', '₭'], ['₭']),
  money('ngn', 'nigerian naira', '₦', 'NGN', ['naira', 'nigerian naira', '₦'], ['₦']),
  money('php', 'philippine peso', '₱', 'PHP', ['philippine peso', 'philippine pesos', '₱'], ['₱']),
  money('uah', 'ukrainian hryvnia', '₴', 'UAH', ['hryvnia', 'hryvnias', '₴'], ['₴']),
  money('btc', 'bitcoin', '₿', 'BTC', ['bitcoin', 'bitcoins', 'btc', '₿'], ['₿', 'btc'])
]

const measuresAndCurrencies = [...namedUnits, ...technicalUnits]

/** The built-in units: measures and the currencies news names most, then every other ISO 4217 currency. */
export const defaultUnits: UnitDefinition[] = [...measuresAndCurrencies, ...isoCurrencyUnits(measuresAndCurrencies)]
