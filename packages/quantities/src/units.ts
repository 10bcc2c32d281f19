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
  data: 'B'
}

const length = (id: string, name: string, symbol: string, surfaces: string[], convert?: string, factor?: number): UnitDefinition => ({
  id, name, symbol, dimension: 'length', surfaces, ...(convert ? {convert} : {}), ...(factor ? {factor} : {})
})
const money = (id: string, name: string, symbol: string, currency: string, surfaces: string[], prefixes: string[] = []): UnitDefinition => ({
  id, name, symbol, dimension: 'currency', surfaces, prefixes, currency
})

export const defaultUnits: UnitDefinition[] = [
  length('km', 'kilometre', 'km', ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], 'km'),
  length('m', 'metre', 'm', ['m', 'metre', 'metres', 'meter', 'meters'], 'm'),
  length('cm', 'centimetre', 'cm', ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'], 'cm'),
  length('mm', 'millimetre', 'mm', ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], 'mm'),
  length('mi', 'mile', 'mi', ['mi', 'mile', 'miles'], undefined, 1609.344),
  length('nmi', 'nautical mile', 'nmi', ['nautical mile', 'nautical miles', 'nmi'], undefined, 1852),
  length('yd', 'yard', 'yd', ['yd', 'yds', 'yard', 'yards'], undefined, 0.9144),
  length('ft', 'foot', 'ft', ['ft', 'foot', 'feet'], undefined, 0.3048),
  length('in', 'inch', 'in', ['inch', 'inches'], undefined, 0.0254),
  {id: 'kg', name: 'kilogram', symbol: 'kg', dimension: 'mass', surfaces: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'], convert: 'kg'},
  {id: 'g', name: 'gram', symbol: 'g', dimension: 'mass', surfaces: ['g', 'gram', 'grams', 'gramme', 'grammes'], convert: 'g'},
  {id: 'mg', name: 'milligram', symbol: 'mg', dimension: 'mass', surfaces: ['mg', 'milligram', 'milligrams'], convert: 'mg'},
  {id: 't', name: 'tonne', symbol: 't', dimension: 'mass', surfaces: ['tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'], factor: 1000},
  {id: 'ton', name: 'ton', symbol: 'ton', dimension: 'mass', surfaces: ['ton', 'tons', 'short ton', 'short tons'], factor: 907.18474},
  {id: 'lb', name: 'pound', symbol: 'lb', dimension: 'mass', surfaces: ['lb', 'lbs', 'pound', 'pounds'], factor: 0.45359237},
  {id: 'oz', name: 'ounce', symbol: 'oz', dimension: 'mass', surfaces: ['oz', 'ounce', 'ounces'], factor: 0.028349523125},
  {id: 'mph', name: 'mile per hour', symbol: 'mph', dimension: 'speed', surfaces: ['mph', 'miles per hour', 'mile per hour', 'miles an hour'], convert: 'm/h'},
  {id: 'kmh', name: 'kilometre per hour', symbol: 'km/h', dimension: 'speed', surfaces: ['km/h', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'], convert: 'km/h'},
  {id: 'kn', name: 'knot', symbol: 'kn', dimension: 'speed', surfaces: ['knot', 'knots'], factor: 1852 / 3600},
  {id: 'c', name: 'celsius', symbol: '°C', dimension: 'temperature', surfaces: ['°c', 'degrees celsius', 'degree celsius', 'celsius', 'degrees centigrade', 'c'], convert: 'C'},
  {id: 'f', name: 'fahrenheit', symbol: '°F', dimension: 'temperature', surfaces: ['°f', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'f'], convert: 'F'},
  {id: 'deg', name: 'degree', symbol: '°', dimension: 'angle', surfaces: ['°', 'degree', 'degrees']},
  {id: 'km2', name: 'square kilometre', symbol: 'km²', dimension: 'area', surfaces: ['km2', 'km²', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'], convert: 'km2'},
  {id: 'm2', name: 'square metre', symbol: 'm²', dimension: 'area', surfaces: ['m2', 'm²', 'sq m', 'square metre', 'square metres', 'square meter', 'square meters'], convert: 'm2'},
  {id: 'mi2', name: 'square mile', symbol: 'mi²', dimension: 'area', surfaces: ['sq mi', 'square mile', 'square miles'], factor: 2_589_988.110336},
  {id: 'ft2', name: 'square foot', symbol: 'ft²', dimension: 'area', surfaces: ['sq ft', 'square foot', 'square feet'], factor: 0.09290304},
  {id: 'ha', name: 'hectare', symbol: 'ha', dimension: 'area', surfaces: ['ha', 'hectare', 'hectares'], convert: 'ha'},
  {id: 'ac', name: 'acre', symbol: 'ac', dimension: 'area', surfaces: ['acre', 'acres'], factor: 4046.8564224},
  {id: 'ft3', name: 'cubic foot', symbol: 'ft³', dimension: 'volume', surfaces: ['cubic foot', 'cubic feet', 'cu ft', 'ft3'], factor: 0.028316846592},
  {id: 'm3', name: 'cubic metre', symbol: 'm³', dimension: 'volume', surfaces: ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3'], convert: 'm3'},
  {id: 'l', name: 'litre', symbol: 'l', dimension: 'volume', surfaces: ['l', 'litre', 'litres', 'liter', 'liters'], convert: 'l'},
  {id: 'ml', name: 'millilitre', symbol: 'ml', dimension: 'volume', surfaces: ['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'], convert: 'ml'},
  {id: 'gal', name: 'gallon', symbol: 'gal', dimension: 'volume', surfaces: ['gal', 'gallon', 'gallons'], factor: 0.003785411784},
  {id: 'bbl', name: 'barrel', symbol: 'bbl', dimension: 'volume', surfaces: ['bbl', 'barrel', 'barrels'], factor: 0.158987294928},
  {id: 'kwh', name: 'kilowatt hour', symbol: 'kWh', dimension: 'energy', surfaces: ['kwh', 'kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours'], convert: 'kWh'},
  {id: 'mwh', name: 'megawatt hour', symbol: 'MWh', dimension: 'energy', surfaces: ['mwh', 'megawatt hour', 'megawatt hours', 'megawatt-hours'], convert: 'MWh'},
  {id: 'w', name: 'watt', symbol: 'W', dimension: 'power', surfaces: ['w', 'watt', 'watts'], convert: 'W'},
  {id: 'kw', name: 'kilowatt', symbol: 'kW', dimension: 'power', surfaces: ['kw', 'kilowatt', 'kilowatts'], convert: 'kW'},
  {id: 'mw', name: 'megawatt', symbol: 'MW', dimension: 'power', surfaces: ['mw', 'megawatt', 'megawatts'], convert: 'MW'},
  {id: 'gw', name: 'gigawatt', symbol: 'GW', dimension: 'power', surfaces: ['gw', 'gigawatt', 'gigawatts'], convert: 'GW'},
  {id: 'hz', name: 'hertz', symbol: 'Hz', dimension: 'frequency', surfaces: ['hz', 'hertz']},
  {id: 'ghz', name: 'gigahertz', symbol: 'GHz', dimension: 'frequency', surfaces: ['ghz', 'gigahertz']},
  {id: 'gb', name: 'gigabyte', symbol: 'GB', dimension: 'data', surfaces: ['gb', 'gigabyte', 'gigabytes'], factor: 1e9},
  {id: 'tb', name: 'terabyte', symbol: 'TB', dimension: 'data', surfaces: ['tb', 'terabyte', 'terabytes'], factor: 1e12},
  {id: 's', name: 'second', symbol: 's', dimension: 'time', surfaces: ['second', 'seconds', 'sec', 'secs'], convert: 's'},
  {id: 'min', name: 'minute', symbol: 'min', dimension: 'time', surfaces: ['minute', 'minutes', 'min', 'mins'], convert: 'min'},
  {id: 'h', name: 'hour', symbol: 'h', dimension: 'time', surfaces: ['hour', 'hours', 'hr', 'hrs'], convert: 'h'},
  {id: 'd', name: 'day', symbol: 'd', dimension: 'time', surfaces: ['day', 'days'], convert: 'd'},
  {id: 'wk', name: 'week', symbol: 'wk', dimension: 'time', surfaces: ['week', 'weeks'], convert: 'week'},
  {id: 'mo', name: 'month', symbol: 'mo', dimension: 'time', surfaces: ['month', 'months'], convert: 'month'},
  {id: 'yr', name: 'year', symbol: 'yr', dimension: 'time', surfaces: ['year', 'years', 'yr', 'yrs'], convert: 'year'},
  {id: 'decade', name: 'decade', symbol: 'decade', dimension: 'time', surfaces: ['decade', 'decades'], factor: 315_576_000},
  {id: 'pct', name: 'percentage', symbol: '%', dimension: 'percentage', surfaces: ['%', 'percent', 'per cent', 'pct']},
  {id: 'pp', name: 'percentage point', symbol: 'pp', dimension: 'percentage', surfaces: ['percentage point', 'percentage points']},
  {id: 'pt', name: 'point', symbol: 'pt', dimension: 'score', surfaces: ['point', 'points', 'pts']},
  money('usd', 'dollar', '$', 'USD', ['dollar', 'dollars', 'usd', 'us dollars'], ['$', 'us$', 'usd']),
  money('aud', 'australian dollar', 'A$', 'AUD', ['australian dollar', 'australian dollars', 'aud'], ['a$', 'au$', 'aud']),
  money('cad', 'canadian dollar', 'C$', 'CAD', ['canadian dollar', 'canadian dollars', 'cad'], ['c$', 'ca$', 'cad']),
  money('eur', 'euro', '€', 'EUR', ['euro', 'euros', 'eur'], ['€', 'eur']),
  money('gbp', 'pound sterling', '£', 'GBP', ['pound sterling', 'pounds sterling', 'sterling', 'gbp'], ['£', 'gbp']),
  money('jpy', 'japanese yen', '¥', 'JPY', ['yen', 'japanese yen', 'jpy'], ['¥', 'jpy']),
  money('cny', 'chinese yuan', '¥', 'CNY', ['yuan', 'renminbi', 'chinese yuan', 'cny', 'rmb'], ['cny', 'rmb']),
  money('inr', 'indian rupee', '₹', 'INR', ['rupee', 'rupees', 'inr'], ['₹', 'rs', 'rs.', 'inr']),
  money('rub', 'russian ruble', '₽', 'RUB', ['ruble', 'rubles', 'rouble', 'roubles', 'rub'], ['₽']),
  money('chf', 'swiss franc', 'CHF', 'CHF', ['swiss franc', 'swiss francs', 'chf'], ['chf'])
]
