import type {UnitDefinition} from './units.js'

const unit = (id: string, name: string, symbol: string, dimension: string, surfaces: string[], factor?: number, cased?: string[]): UnitDefinition => ({
  id, name, symbol, dimension, surfaces, ...(factor === undefined ? {} : {factor}), ...(cased ? {cased} : {})
})

/**
 * Units of science, energy and industry reporting: radiation doses, the energy of particles and
 * fuels, large masses of emissions, oil and plant output, data volumes, pressures, forces and
 * electric measures. Symbols that read as other words in any case ("gray" wolves, two "bars") are
 * left out; those that do in one case only are `cased` ("1.7 eV", not "5 EVs"; "400 Nm", not "400 nm").
 */
export const technicalUnits: UnitDefinition[] = [
  unit('ev', 'electronvolt', 'eV', 'energy', ['electronvolt', 'electronvolts', 'electron volt', 'electron volts'], 1.602176634e-19, ['eV']),
  unit('btu', 'british thermal unit', 'BTU', 'energy', ['btu', 'btus', 'british thermal unit', 'british thermal units'], 1055.05585262),
  unit('mmbtu', 'mega british thermal unit', 'MMBtu', 'energy', ['mmbtu', 'mmbtus'], 1.05505585262e9),
  // The yield of a bomb, in tons of TNT; emissions are weighed in tonnes.
  unit('kt-tnt', 'kiloton', 'kt', 'energy', ['kiloton', 'kilotons'], 4.184e12),
  unit('mt-tnt', 'megaton', 'Mt', 'energy', ['megaton', 'megatons'], 4.184e15),
  unit('kt', 'kilotonne', 'kt', 'mass', ['kilotonne', 'kilotonnes'], 1e6),
  unit('mt', 'megatonne', 'Mt', 'mass', ['megatonne', 'megatonnes'], 1e9),
  unit('gt', 'gigatonne', 'Gt', 'mass', ['gigatonne', 'gigatonnes', 'gigaton', 'gigatons'], 1e12, ['Gt']),
  unit('ng', 'nanogram', 'ng', 'mass', ['ng', 'nanogram', 'nanograms'], 1e-12),
  unit('ozt', 'troy ounce', 'ozt', 'mass', ['troy ounce', 'troy ounces', 'ozt'], 0.0311034768),
  unit('mgy', 'milligray', 'mGy', 'absorbed dose', ['mgy', 'milligray', 'milligrays'], 1e-3),
  unit('gy', 'gray', 'Gy', 'absorbed dose', ['gy'], 1),
  unit('sv', 'sievert', 'Sv', 'equivalent dose', ['sievert', 'sieverts'], 1),
  unit('msv', 'millisievert', 'mSv', 'equivalent dose', ['msv', 'millisievert', 'millisieverts'], 1e-3),
  unit('usv', 'microsievert', 'µSv', 'equivalent dose', ['µsv', 'μsv', 'microsievert', 'microsieverts'], 1e-6),
  unit('bq', 'becquerel', 'Bq', 'radioactivity', ['bq', 'becquerel', 'becquerels'], 1),
  // Output per day of oil fields and plants, written as one symbol.
  unit('bbl/day', 'barrel per day', 'bpd', 'rate', ['bpd', 'b/d', 'bopd']),
  unit('t/day', 'tonne per day', 'tpd', 'rate', ['tpd']),
  unit('byte', 'byte', 'B', 'data', ['byte', 'bytes'], 1),
  unit('eb', 'exabyte', 'EB', 'data', ['exabyte', 'exabytes'], 1e18),
  unit('zb', 'zettabyte', 'ZB', 'data', ['zettabyte', 'zettabytes'], 1e21),
  unit('kbit', 'kilobit', 'kbit', 'data', ['kilobit', 'kilobits'], 125),
  unit('mbit', 'megabit', 'Mbit', 'data', ['megabit', 'megabits'], 125_000),
  unit('gbit', 'gigabit', 'Gbit', 'data', ['gigabit', 'gigabits'], 125_000_000),
  unit('km3', 'cubic kilometre', 'km³', 'volume', ['km3', 'km³', 'cu km', 'cubic kilometre', 'cubic kilometres', 'cubic kilometer', 'cubic kilometers'], 1e9),
  unit('mi3', 'cubic mile', 'mi³', 'volume', ['cu mi', 'cubic mile', 'cubic miles'], 4_168_181_825.440579584),
  unit('yd3', 'cubic yard', 'yd³', 'volume', ['cu yd', 'cubic yard', 'cubic yards'], 0.764554857984),
  unit('in3', 'cubic inch', 'in³', 'volume', ['cu in', 'cubic inch', 'cubic inches'], 0.000016387064),
  unit('mm3', 'cubic millimetre', 'mm³', 'volume', ['mm3', 'mm³', 'cubic millimetre', 'cubic millimetres', 'cubic millimeter', 'cubic millimeters'], 1e-9),
  unit('hl', 'hectolitre', 'hl', 'volume', ['hl', 'hectolitre', 'hectolitres', 'hectoliter', 'hectoliters'], 0.1),
  unit('dl', 'decilitre', 'dl', 'volume', ['dl', 'decilitre', 'decilitres', 'deciliter', 'deciliters'], 1e-4),
  unit('cl', 'centilitre', 'cl', 'volume', ['cl', 'centilitre', 'centilitres', 'centiliter', 'centiliters'], 1e-5),
  unit('cm2', 'square centimetre', 'cm²', 'area', ['cm2', 'cm²', 'sq cm', 'square centimetre', 'square centimetres', 'square centimeter', 'square centimeters'], 1e-4),
  unit('mm2', 'square millimetre', 'mm²', 'area', ['mm2', 'mm²', 'sq mm', 'square millimetre', 'square millimetres', 'square millimeter', 'square millimeters'], 1e-6),
  unit('in2', 'square inch', 'in²', 'area', ['in²', 'sq in', 'square inch', 'square inches'], 0.00064516),
  unit('yd2', 'square yard', 'yd²', 'area', ['yd2', 'yd²', 'sq yd', 'square yard', 'square yards'], 0.83612736),
  unit('gpa', 'gigapascal', 'GPa', 'pressure', ['gpa', 'gigapascal', 'gigapascals'], 1e9),
  unit('hpa', 'hectopascal', 'hPa', 'pressure', ['hpa', 'hectopascal', 'hectopascals'], 100),
  unit('mbar', 'millibar', 'mbar', 'pressure', ['mbar', 'millibar', 'millibars'], 100),
  unit('mmhg', 'millimetre of mercury', 'mmHg', 'pressure', ['mmhg', 'mm hg', 'millimetres of mercury', 'millimeters of mercury'], 133.322387415),
  unit('n', 'newton', 'N', 'force', ['newton', 'newtons'], 1),
  unit('kn-force', 'kilonewton', 'kN', 'force', ['kilonewton', 'kilonewtons'], 1e3, ['kN']),
  unit('nm-torque', 'newton metre', 'N·m', 'torque', ['newton metre', 'newton metres', 'newton meter', 'newton meters', 'newton-metre', 'newton-metres', 'newton-meter', 'newton-meters'], 1, ['Nm']),
  unit('lbft', 'pound-foot', 'lb-ft', 'torque', ['lb-ft', 'lb ft', 'pound-feet', 'pound-foot', 'pounds-feet'], 1.3558179483314),
  unit('v', 'volt', 'V', 'voltage', ['v', 'volt', 'volts'], 1),
  unit('kv', 'kilovolt', 'kV', 'voltage', ['kv', 'kilovolt', 'kilovolts'], 1e3),
  unit('amp', 'ampere', 'A', 'electric current', ['amp', 'amps', 'ampere', 'amperes'], 1),
  unit('ohm', 'ohm', 'Ω', 'resistance', ['ohm', 'ohms', 'Ω'], 1),
  unit('tw', 'terawatt', 'TW', 'power', ['tw', 'terawatt', 'terawatts'], 1e12),
  unit('thz', 'terahertz', 'THz', 'frequency', ['thz', 'terahertz'], 1e12),
  unit('lm', 'lumen', 'lm', 'luminous flux', ['lumen', 'lumens']),
  unit('lx', 'lux', 'lx', 'illuminance', ['lux']),
  unit('angstrom', 'ångström', 'Å', 'length', ['ångström', 'ångströms', 'angstrom', 'angstroms'], 1e-10),
  unit('au', 'astronomical unit', 'au', 'length', ['astronomical unit', 'astronomical units'], 149_597_870_700),
  unit('pc', 'parsec', 'pc', 'length', ['parsec', 'parsecs'], 30_856_775_814_913_673),
  unit('fathom', 'fathom', 'ftm', 'length', ['fathom', 'fathoms'], 1.8288),
  unit('fortnight', 'fortnight', 'fortnight', 'time', ['fortnight', 'fortnights'], 1_209_600),
  unit('century', 'century', 'century', 'time', ['century', 'centuries'], 3_155_760_000),
  unit('millennium', 'millennium', 'millennium', 'time', ['millennium', 'millennia', 'millenniums'], 31_557_600_000)
]
