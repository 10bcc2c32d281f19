import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('counted', () => {
  it('names what is counted with its qualifiers', async () => {
    expect(await brief('Lee said seven regional airports and 12 NBA teams hired 2,000 seasonal workers, and one proposal passed.')).toEqual([
      ['seven regional airports', 7, 'regional airports', 'exact'],
      ['12 NBA teams', 12, 'NBA teams', 'exact'],
      ['2,000 seasonal workers', 2000, 'seasonal workers', 'exact'],
      ['one proposal', 1, 'proposal', 'exact']
    ])
  })

  it('counts the members of a group, a name in the plural, and the parts of one thing, but not a verb', async () => {
    expect(await brief('Two of the pilots flew 40 Model 3s; five of the three-ton trucks and 12m of its users stayed.')).toEqual([
      ['Two of the pilots', 2, 'pilots', 'exact'],
      ['40 Model 3s', 40, 'Model 3s', 'exact'],
      ['five', 5, null, 'exact'],
      ['three-ton', 3, 'ton', 'exact'],
      ['12m of its users', 12e6, 'users', 'exact']
    ])
    expect(await brief('A 12 page memo on a 6 speed gearbox; of those asked, 3 blamed energy.')).toEqual([
      ['12 page', 12, 'page', 'exact'],
      ['6 speed', 6, 'speed', 'exact'],
      ['3', 3, null, 'exact']
    ])
  })

  it('reads past an owner to the members of a group, as an owner in the singular is no plural', async () => {
    expect(await brief("Two of the city's schools closed.")).toEqual([["Two of the city's schools", 2, "city's schools", 'exact']])
    expect(await brief("Five of the firm's workers quit.")).toEqual([["Five of the firm's workers", 5, "firm's workers", 'exact']])
    expect(await brief('Three of the club’s coaches left.')).toEqual([['Three of the club’s coaches', 3, 'club’s coaches', 'exact']])
  })

  it('keeps a plural or a noun after the count as what it counts, with an owner before or after', async () => {
    expect(await brief("Three cities' mayors met.")).toEqual([['Three cities', 3, 'cities', 'exact']])
    expect(await brief("The club's 3 coaches left.")).toEqual([['3 coaches', 3, 'coaches', 'exact']])
    expect(await brief('Four of the boss’s ideas worked.')).toEqual([['Four of the boss’s ideas', 4, 'boss’s ideas', 'exact']])
  })

  it('counts crews and deer as plurals, and a plural without "s" that qualifies the plural after it', async () => {
    expect(await brief('The plane was carrying 180 passengers and six crew.')).toEqual([
      ['180 passengers', 180, 'passengers', 'exact'],
      ['six crew', 6, 'crew', 'exact']
    ])
    expect(await brief('Hunters shot 12 deer.')).toEqual([['12 deer', 12, 'deer', 'exact']])
    expect(await brief('The town was surrounded by 40 police officers, and 30 crew members were safe.')).toEqual([
      ['40 police officers', 40, 'police officers', 'exact'],
      ['30 crew members', 30, 'crew members', 'exact']
    ])
  })

  it('ends the count at a plural without "s" before a verb, and at a plural in "s" before another word', async () => {
    expect(await brief('12 people died.')).toEqual([['12 people', 12, 'people', 'exact']])
    expect(await brief('Some 200 staff joined unions.')).toEqual([['Some 200 staff', 200, 'staff', 'approximate']])
    expect(await brief('The 40 officers patrols ended.')).toEqual([['40 officers', 40, 'officers', 'exact']])
  })

  it('ends what a count counts at a modal verb', async () => {
    expect(await brief('At least 18 may vote.')).toEqual([['At least 18', 18, null, 'atLeast']])
    expect(await brief('Up to 300 can attend.')).toEqual([['Up to 300', 300, null, 'atMost']])
    expect(await brief('Three cannot swim, and 40 workers should leave.')).toEqual([
      ['Three', 3, null, 'exact'],
      ['40 workers', 40, 'workers', 'exact']
    ])
  })

  it('counts a noun spelt as a modal where "of" follows it, or in the plural', async () => {
    expect(await brief('She bought one can of beans.')).toEqual([['one can', 1, 'can', 'exact']])
    expect(await brief('She bought 4 cans of soup.')).toEqual([['4 cans', 4, 'cans', 'exact']])
    expect(await brief('The 12 mayors met.')).toEqual([['12 mayors', 12, 'mayors', 'exact']])
  })

  it('reads the time before or after a date, halves of a unit, and "that one of"', async () => {
    expect(await brief('Ten days later, and a year earlier, they said that one of the boats left a half hour after half a million people ran a half marathon.')).toEqual([
      ['Ten days', 10, 'day', 'exact'],
      ['one of the boats', 1, 'boats', 'exact'],
      ['half hour', 0.5, 'hour', 'exact'],
      ['half a million people', 500_000, 'people', 'exact']
    ])
  })

  it('reads "-ous" and "-us" words as no plurals, and counts past "more"', async () => {
    expect(await brief('The 30 previous seasons paid two bonus payments to 12 campus clubs.')).toEqual([
      ['30 previous seasons', 30, 'previous seasons', 'exact'],
      ['two bonus payments', 2, 'bonus payments', 'exact'],
      ['12 campus clubs', 12, 'campus clubs', 'exact']
    ])
    expect(await brief('They need four more weeks and six more volunteers, though she has 5 more than him.')).toEqual([
      ['four more weeks', 4, 'week', 'exact'],
      ['six more volunteers', 6, 'volunteers', 'exact'],
      ['5', 5, null, 'exact']
    ])
  })

  it('counts measured things with their measure, and a model named inside what is counted', async () => {
    expect(await brief('The plant shipped three million 500ml cans and 2 5 kg of rice.')).toEqual([
      ['three million', 3e6, '500ml cans', 'exact'],
      ['500ml', 500, 'millilitre', 'exact'],
      ['2', 2, null, 'exact'],
      ['5 kg', 5, 'kilogram', 'exact']
    ])
    expect(await brief('The airline leased three new 787 Dreamliner jets but kept two new 737 Max in storage.')).toEqual([
      ['three new 787 Dreamliner jets', 3, 'new 787 Dreamliner jets', 'exact'],
      ['two', 2, null, 'exact']
    ])
    expect(await brief('The report put GDP -2% for the year.')).toEqual([['-2%', -2, 'percentage', 'exact']])
  })

  it("counts the members of a named owner's group", async () => {
    expect(await brief("Two of Lee’s aides and three of Kim's ministers left, and two of them stayed.")).toEqual([
      ['Two of Lee’s aides', 2, 'aides', 'exact'],
      ["three of Kim's ministers", 3, 'ministers', 'exact'],
      ['two', 2, 'ministers', 'exact']
    ])
  })

  it('counts acronyms in the plural, but reads units written in capitals as units', async () => {
    expect(await brief('The fleet bought 5 EVs and 12 SUVs, and three CEOs met 40 local NGOs.')).toEqual([
      ['5 EVs', 5, 'EVs', 'exact'],
      ['12 SUVs', 12, 'SUVs', 'exact'],
      ['three CEOs', 3, 'CEOs', 'exact'],
      ['40 local NGOs', 40, 'local NGOs', 'exact']
    ])
    expect(await brief('Two MPs voted against; 30 ATMs and 8 DVDs were stolen.')).toEqual([
      ['Two MPs', 2, 'MPs', 'exact'],
      ['30 ATMs', 30, 'ATMs', 'exact'],
      ['8 DVDs', 8, 'DVDs', 'exact']
    ])
    expect(await brief('The farm makes 5 MW, the beam carries 1.7 eV and the crate weighs 20 KGs.')).toEqual([
      ['5 MW', 5, 'megawatt', 'exact'],
      ['1.7 eV', 1.7, 'electronvolt', 'exact'],
      ['20 KGs', 20, 'kilogram', 'exact']
    ])
    expect(await brief("The 2 EV chargers broke, 4 CEO's cars were towed and 3 BMW sedans left.")).toEqual([
      ['2 EV chargers', 2, 'EV chargers', 'exact'],
      ["4 CEO's cars", 4, "CEO's cars", 'exact'],
      ['3 BMW sedans', 3, 'BMW sedans', 'exact']
    ])
  })

  it('reads no word of time as what is counted', async () => {
    expect(await brief('The ratio is 1.5 today, against one yesterday.')).toEqual([
      ['1.5', 1.5, null, 'exact'],
      ['one', 1, null, 'exact']
    ])
    expect(await brief('Rates are 1 nowadays; one tomorrow would be 1 lately, 2 meanwhile.')).toEqual([
      ['1', 1, null, 'exact'],
      ['one', 1, null, 'exact'],
      ['1', 1, null, 'exact'],
      ['2', 2, null, 'exact']
    ])
    expect(await brief('Two recently hired nurses ran two daily flights and one todayish event.')).toEqual([
      ['Two recently hired nurses', 2, 'recently hired nurses', 'exact'],
      ['two daily flights', 2, 'daily flights', 'exact'],
      ['one todayish event', 1, 'todayish event', 'exact']
    ])
  })

  it('counts past a name or an acronym that qualifies the plural after adjectives', async () => {
    expect(await brief('Police searched two separate Sydney homes and questioned three former Labour ministers.')).toEqual([
      ['two separate Sydney homes', 2, 'separate Sydney homes', 'exact'],
      ['three former Labour ministers', 3, 'former Labour ministers', 'exact']
    ])
    expect(await brief('Labs compared two relatively rare HIV strains in 12 big Texas hospitals.')).toEqual([
      ['two relatively rare HIV strains', 2, 'relatively rare HIV strains', 'exact'],
      ['12 big Texas hospitals', 12, 'big Texas hospitals', 'exact']
    ])
    expect(await brief('After three long years Smith resigned, and 2 young Smith cousins stayed.')).toEqual([
      ['three long years', 3, 'long years', 'exact'],
      ['2 young Smith cousins', 2, 'young Smith cousins', 'exact']
    ])
    expect(await brief('She met 3 new Ford staff and 4 old Ford dealers said no.')).toEqual([
      ['3 new Ford staff', 3, 'new Ford staff', 'exact'],
      ['4 old Ford dealers', 4, 'old Ford dealers', 'exact']
    ])
  })

  it('reads a word that ends in a plural without a final s as a plural, not a singular that ends like one', async () => {
    expect(await brief('Three gunmen shot two policemen while 40 schoolchildren hid.')).toEqual([
      ['Three gunmen', 3, 'gunmen', 'exact'],
      ['two policemen', 2, 'policemen', 'exact'],
      ['40 schoolchildren', 40, 'schoolchildren', 'exact']
    ])
    expect(await brief('The 12 townspeople, 3 businesswomen and 5 firemen voted.')).toEqual([
      ['12 townspeople', 12, 'townspeople', 'exact'],
      ['3 businesswomen', 3, 'businesswomen', 'exact'],
      ['5 firemen', 5, 'firemen', 'exact']
    ])
    expect(await brief('They tested 3 specimen jars, 2 regimen changes and 4 pumice stones.')).toEqual([
      ['3 specimen jars', 3, 'specimen jars', 'exact'],
      ['2 regimen changes', 2, 'regimen changes', 'exact'],
      ['4 pumice stones', 4, 'pumice stones', 'exact']
    ])
  })

  it('reads a stop word written in capitals as an acronym that qualifies what is counted', async () => {
    expect(await brief('About 20 US soldiers and 40 IT staff left.')).toEqual([
      ['About 20 US soldiers', 20, 'US soldiers', 'approximate'],
      ['40 IT staff', 40, 'IT staff', 'exact']
    ])
    expect(await brief('She sent 3 AT teams, and 5 of us stayed with 2 it sent.')).toEqual([
      ['3 AT teams', 3, 'AT teams', 'exact'],
      ['5', 5, null, 'exact'],
      ['2', 2, null, 'exact']
    ])
  })

  it('reads a verb in the past alone after "one" as no noun, but nouns in -ing and -eed as nouns', async () => {
    expect(await brief('One died in the fire.')).toEqual([['One', 1, null, 'exact']])
    expect(await brief('Of the staff, one resigned; one married.')).toEqual([
      ['one', 1, null, 'exact'],
      ['one', 1, null, 'exact']
    ])
    expect(await brief('She kept one building, one seed and one wounded bird.')).toEqual([
      ['one building', 1, 'building', 'exact'],
      ['one seed', 1, 'seed', 'exact'],
      ['one wounded bird', 1, 'wounded bird', 'exact']
    ])
  })
})
