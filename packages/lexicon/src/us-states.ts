/** A US state as news abbreviates it: its postal code and its name. */
export interface UsState {
  code: string
  name: string
}

/**
 * The state abbreviations of American news style ("Fresno, Calif.", "Sen. Ann Lee, D-Wash."),
 * written with their full stops, to the state. Several are English words as well ("Wash.",
 * "Mass.", "Miss."): a stage reads them as states only where a state stands, after a town's comma
 * or a lawmaker's party.
 */
export const usStateAbbreviations: Readonly<Record<string, UsState>> = Object.fromEntries(
  (
    [
      ['Ala.', 'AL', 'Alabama'], ['Ariz.', 'AZ', 'Arizona'], ['Ark.', 'AR', 'Arkansas'], ['Calif.', 'CA', 'California'],
      ['Colo.', 'CO', 'Colorado'], ['Conn.', 'CT', 'Connecticut'], ['Del.', 'DE', 'Delaware'], ['Fla.', 'FL', 'Florida'],
      ['Ga.', 'GA', 'Georgia'], ['Ill.', 'IL', 'Illinois'], ['Ind.', 'IN', 'Indiana'], ['Kan.', 'KS', 'Kansas'],
      ['Kans.', 'KS', 'Kansas'], ['Ky.', 'KY', 'Kentucky'], ['La.', 'LA', 'Louisiana'], ['Md.', 'MD', 'Maryland'],
      ['Mass.', 'MA', 'Massachusetts'], ['Mich.', 'MI', 'Michigan'], ['Minn.', 'MN', 'Minnesota'], ['Miss.', 'MS', 'Mississippi'],
      ['Mo.', 'MO', 'Missouri'], ['Mont.', 'MT', 'Montana'], ['Neb.', 'NE', 'Nebraska'], ['Nebr.', 'NE', 'Nebraska'],
      ['Nev.', 'NV', 'Nevada'], ['N.H.', 'NH', 'New Hampshire'], ['N.J.', 'NJ', 'New Jersey'], ['N.M.', 'NM', 'New Mexico'],
      ['N.Y.', 'NY', 'New York'], ['N.C.', 'NC', 'North Carolina'], ['N.D.', 'ND', 'North Dakota'], ['Okla.', 'OK', 'Oklahoma'],
      ['Ore.', 'OR', 'Oregon'], ['Pa.', 'PA', 'Pennsylvania'], ['R.I.', 'RI', 'Rhode Island'], ['S.C.', 'SC', 'South Carolina'],
      ['S.D.', 'SD', 'South Dakota'], ['Tenn.', 'TN', 'Tennessee'], ['Tex.', 'TX', 'Texas'], ['Vt.', 'VT', 'Vermont'],
      ['Va.', 'VA', 'Virginia'], ['Wash.', 'WA', 'Washington'], ['W.Va.', 'WV', 'West Virginia'], ['Wis.', 'WI', 'Wisconsin'],
      ['Wyo.', 'WY', 'Wyoming']
    ] as const
  ).map(([abbreviation, code, name]) => [abbreviation, {code, name}])
)
