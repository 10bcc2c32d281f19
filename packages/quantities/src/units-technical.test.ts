import {describe, expect, it} from 'vitest'
import {normalize} from './normalize.js'
import {brief} from './test-helpers.js'
import {technicalUnits} from './units-technical.js'

/** Sentences of science, energy and industry news, and the unit each must find. */
const named: Array<[string, string, string]> = [
  ['The band gap of the new cell is 1.7 eV, up from 1.1 eV.', '1.7 eV', 'electronvolt'],
  ['The furnace is rated at 90,000 BTU.', '90,000 BTU', 'british thermal unit'],
  ['Gas for May delivery fell to $2.10 per MMBtu while traders bought 400 MMBtu.', '400 MMBtu', 'mega british thermal unit'],
  ['The bomb had a yield of 15 kilotons.', '15 kilotons', 'kiloton'],
  ['The test device yielded 50 megatons.', '50 megatons', 'megaton'],
  ['The mill cut its output by 20 kilotonnes.', '20 kilotonnes', 'kilotonne'],
  ['The country emitted 400 megatonnes of carbon dioxide.', '400 megatonnes', 'megatonne'],
  ['Glaciers lost 270 Gt of ice in a year.', '270 Gt', 'gigatonne'],
  ['The samples held 40 nanograms of lead.', '40 nanograms', 'nanogram'],
  ['The mine produced 300,000 troy ounces of gold.', '300,000 troy ounces', 'troy ounce'],
  ['A chest scan gives a dose of 7 mGy.', '7 mGy', 'milligray'],
  ['Tumours were treated with 60 Gy over six weeks.', '60 Gy', 'gray'],
  ['A dose of 4 sieverts is often fatal.', '4 sieverts', 'sievert'],
  ['Workers may receive 20 mSv at most.', '20 mSv', 'millisievert'],
  ['Readings near the gate reached 3 microsieverts.', '3 microsieverts', 'microsievert'],
  ['The milk held 500 becquerels of caesium per litre.', '500 becquerels', 'becquerel'],
  ['The field pumps 120,000 bpd of crude.', '120,000 bpd', 'barrel per day'],
  ['Exports reached 2,300 b/d in March.', '2,300 b/d', 'barrel per day'],
  ['The new kiln makes 3,000 tpd of clinker.', '3,000 tpd', 'tonne per day'],
  ['The old disk held 512 bytes per sector.', '512 bytes', 'byte'],
  ['Its archive holds 10 exabytes of video.', '10 exabytes', 'exabyte'],
  ['The world will store 180 zettabytes by then.', '180 zettabytes', 'zettabyte'],
  ['The modem sent 56 kilobits in the test.', '56 kilobits', 'kilobit'],
  ['The chip holds 64 megabits of memory.', '64 megabits', 'megabit'],
  ['The link carries 400 gigabits each second.', '400 gigabits', 'gigabit'],
  ['The lake holds 4 cubic kilometres of water.', '4 cubic kilometres', 'cubic kilometre'],
  ['The ice sheet lost 60 cubic miles last year.', '60 cubic miles', 'cubic mile'],
  ['Crews hauled away 800 cubic yards of mud.', '800 cubic yards', 'cubic yard'],
  ['The engine displaces 350 cubic inches.', '350 cubic inches', 'cubic inch'],
  ['Each drop holds 50 mm3 of blood.', '50 mm3', 'cubic millimetre'],
  ['The brewery sold 900,000 hectolitres of beer.', '900,000 hectolitres', 'hectolitre'],
  ['Drink 2 dl of water an hour.', '2 dl', 'decilitre'],
  ['The bottle holds 75 cl of wine.', '75 cl', 'centilitre'],
  ['The tumour measured 3 square centimetres.', '3 square centimetres', 'square centimetre'],
  ['The chip covers 120 mm2 of silicon.', '120 mm2', 'square millimetre'],
  ['The label covers 20 square inches of the box.', '20 square inches', 'square inch'],
  ['The stand sold 500 square yards of carpet.', '500 square yards', 'square yard'],
  ['The park covers 12 mi² of forest.', '12 mi²', 'square mile'],
  ['The steel withstands 2 gigapascals.', '2 gigapascals', 'gigapascal'],
  ['The storm deepened to 940 hPa overnight.', '940 hPa', 'hectopascal'],
  ['Pressure at the centre fell to 950 millibars.', '950 millibars', 'millibar'],
  ['His blood pressure was 140 mmHg at the clinic.', '140 mmHg', 'millimetre of mercury'],
  ['The arm pushes with 300 newtons.', '300 newtons', 'newton'],
  ['The rocket gives 845 kilonewtons of thrust.', '845 kilonewtons', 'kilonewton'],
  ['The engine makes 400 Nm of torque.', '400 Nm', 'newton metre'],
  ['The diesel makes 650 lb-ft of torque.', '650 lb-ft', 'pound-foot'],
  ['Charge the pack at 12V for an hour.', '12V', 'volt'],
  ['The line carries 400 kV across the valley.', '400 kV', 'kilovolt'],
  ['The charger draws 16 amps from the wall.', '16 amps', 'ampere'],
  ['The coil has a resistance of 8 ohms.', '8 ohms', 'ohm'],
  ['The world has 3 terawatts of solar power now.', '3 terawatts', 'terawatt'],
  ['The scanner works at 1 terahertz.', '1 terahertz', 'terahertz'],
  ['The headlamp gives 800 lumens.', '800 lumens', 'lumen'],
  ['Offices need 500 lux on each desk.', '500 lux', 'lux'],
  ['The atoms sit 1.5 angstroms apart.', '1.5 angstroms', 'ångström'],
  ['The comet passed 2 astronomical units from the sun.', '2 astronomical units', 'astronomical unit'],
  ['The cluster lies 400 parsecs away.', '400 parsecs', 'parsec'],
  ['The wreck lies in 60 fathoms of water.', '60 fathoms', 'fathom'],
  ['The strike lasted two fortnights.', 'two fortnights', 'fortnight'],
  ['The church stood for three centuries.', 'three centuries', 'century'],
  ['The site was settled for two millennia.', 'two millennia', 'millennium']
]

describe('the units of science, energy and industry', () => {
  it.each(named)('reads %s', async (text, span, name) => {
    const found = await brief(text)
    expect(found.find(([at]) => at === span)?.[2], JSON.stringify(found)).toBe(name)
  })

  it('names each unit of the list in one sentence', () => {
    const names = new Set(named.map(([, , name]) => name))
    expect(technicalUnits.filter((unit) => !names.has(unit.name)).map((unit) => unit.id)).toEqual([])
  })

  it('normalizes to the SI unit of each dimension', () => {
    const unit = (id: string) => technicalUnits.find((candidate) => candidate.id === id)!
    expect(normalize(20, unit('msv'))).toEqual({value: 0.02, unit: 'Sv'})
    expect(normalize(2, unit('km3'))).toEqual({value: 2e9, unit: 'm3'})
    expect(normalize(1, unit('ev'))).toEqual({value: 1.602176634e-19, unit: 'J'})
  })

  it('reads a cased symbol only in its case, and leaves the words those symbols and names also are', async () => {
    expect(await brief('The dealer fitted 3 ev chargers.')).toEqual([['3 ev chargers', 3, 'ev chargers', 'exact']])
    expect(await brief('The chip is built on a 3 nm process and the motor gives 300 Nm.')).toEqual([
      ['3 nm', 3, 'nanometre', 'exact'],
      ['300 Nm', 300, 'newton metre', 'exact']
    ])
    expect(await brief('The jack holds 10 kN, the rope 12 kn.')).toEqual([
      ['10 kN', 10, 'kilonewton', 'exact'],
      ['12', 12, null, 'exact']
    ])
    expect(await brief('Three gray wolves crossed while two bars and 4 GT cars stayed shut.')).toEqual([
      ['Three gray wolves', 3, 'gray wolves', 'exact'],
      ['two bars', 2, 'bars', 'exact'],
      ['4 GT cars', 4, 'GT cars', 'exact']
    ])
  })
})
