import {describe, expect, it} from 'vitest'
import {rulesFired} from './test-helpers.js'

/** For each rule, sentences it fires on, and near misses of the same shape it must leave alone. */
const examples: Record<string, {fires: string[]; quiet: string[]}> = {
  'code-name': {
    fires: [
      'The army tested a new S-400 battery near the coast.', 'Pilots flew the F-16 over the lake at dawn.', 'Researchers at 42 Harbour published the satellite images.',
      'The car struck a Ford F-150 on the bridge.', 'The airline grounded its Airbus A320 fleet.'
    ],
    quiet: ['The army tested a new battery near the coast.', 'About 40 Kenyans were rescued from the boat.', 'The car struck Ford Hale on the bridge.']
  },
  law: {
    fires: ['He was charged under the Proceeds of Crime Act.', 'The Jeanne Halvik Act passed the House.', 'Leaders signed the Treaty of Tarnow.', 'The Act of Union was signed.'],
    quiet: ['He was charged under the act.', 'Jeanne Halvik passed the House.', 'The Union of Tarnow was signed.']
  },
  'known-organisation': {
    fires: [
      'The Kremlin rejected the claim on Monday.', 'A statement from the White House came late.', 'Fighters loyal to Hamas left the town.',
      'The Italian Red Cross said it had set up shelters.', 'Aid from the Turkish Red Crescent arrived.'
    ],
    quiet: ['A statement from the small house came late.', 'The Red Sea Cross-border trade fell.']
  },
  'known-place': {
    fires: ['Talks between Chile and Peru resumed.', 'The Brazilian delegation walked out.', 'Officials in Canberra said little.'],
    quiet: ['Talks between the two unions resumed.']
  },
  'organisation-head': {
    fires: [
      'The Interior Ministry denied the report.', 'Shares in Brightwater Inc. fell sharply.', 'A study by the Institute for Coastal Research was cited.',
      'The coach told Halvik Sports he was pleased.', 'She spoke to Tavish Radio on Monday.', 'The clip aired on Nile Television.'
    ],
    quiet: ['The interior ministry denied the report.', 'The institute for coastal research was cited.']
  },
  'place-head': {
    fires: [
      'Ships were diverted from the Red Sea.', 'Shelling hit the Kherson region overnight.', 'Protesters gathered on Baker Street.',
      'Boats sailed down the River Tavish at dawn.', 'Fans filled Kelsey Stadium for the final.', 'Divers searched Loch Corran for the wreck.',
      'He grew up in the town of Keswin.', 'Crews were called to a farm in Eden Township.', 'Flooding hit Tavish Parish overnight.',
      'Voters in Halvik Borough said no.', 'Most deaths were in the districts of Nacala and Brinley.', 'Rain hit the Keswin and Tavish counties.',
      'Water covered the Somerset Levels for weeks.', 'Walkers were lost on the Tavish Moors.', 'Farmers on the Keswin Fens lost their crops.'
    ],
    quiet: ['Shelling hit the region overnight.', "Kherson's governor said shelling went on.", 'Kelsey Grant won the final.', 'The old river rose.', "The state of Ada Reyes's health worried them.", 'Halden states that no data was lost.', 'Eden Hale farmed near the township.', 'The plan spread to other NFL cities.']
  },
  'editorial-label': {
    fires: ['NOTE — The list was brought up to date on Monday.', "EDITOR'S NOTE: This story has been changed.", 'CORRECTION — An earlier version misspelt a name.'],
    quiet: ['HALVIK — Crews worked all night.', 'The NOTE — a memo of two pages — was leaked.', 'BREAKING BAD fans met in Leeds.']
  },
  dateline: {
    fires: [
      'WASHINGTON -- The agency closed the case on Sunday.', 'TARNOW (Reuters) - Floods hit the town.', 'HALVIK — Crews worked all night.',
      'BRAMBLE, NJ — Two people died in a crash.', 'PORT ELDEN, NJ (AP) — Crews worked.', 'TARNOW, Dec 2 (Reuters) - Floods hit the town.',
      'HALVIK, Sept. 14 — Crews worked all night.', 'KESWICK, Cumbria — Roads were shut.',
      'TARNOW: Floods hit the town on Monday.', 'NEW HALVIK: The court said it would rule.', 'HALVIK: Police arrested two men.'
    ],
    quiet: [
      'NATO — the alliance of 32 states — met on Monday.', 'The FBI -- and the police -- declined to comment.', 'Talks in Lima - Peru ended.',
      'In the end, NATO — the alliance — met.', 'NATO, May 5 - nothing was agreed.', 'HALVIK: Rover finds water on Mars',
      'The memo said: TARNOW: Floods hit the town.'
    ]
  },
  acronym: {
    fires: ['The FBI opened an inquiry.', 'NATO leaders meet next month.', 'The IAEA sent inspectors to the plant.'],
    quiet: ['The TV station opened an inquiry.', 'Several NGOs sent inspectors to the plant.']
  },
  'product-noun': {
    fires: ['Vexa Mail users were told to update at once.', 'The company wrote on its official Brindle page that stocks were low.', 'All versions of Quillon were affected by the flaw.'],
    quiet: ['Vexa Mail was told to update at once.', "The company wrote on Ann Lee's page that stocks were low.", 'Police searched the laptop of Teodor Brask.']
  },
  'company-noun': {
    fires: [
      'On Monday Halden shareholders approved the merger.', 'The plant is run by a subsidiary of Morrow Brandt.', 'By noon Brightwater employees were sent home.',
      'Shares of Tavona fell 4% on Monday.', 'The fund sold its stake in Kessmore for cash.', 'He kept his stock in Orlan until the sale.'
    ],
    quiet: [
      'On Monday Halden approved the merger.', 'The plant is run by the family of Morrow Brandt.', 'The Kessler headquarters were sealed off.',
      'On Monday Ulla Brandt shares her notes.', 'The stake was driven in Kessmore soil.'
    ]
  },
  'acronym-opens-name': {
    fires: ['The coach told BBC Radio Tavish he was proud.', 'NHS Wessex said waiting times rose.', 'The mayor told ITV Wessex the road was safe.'],
    quiet: ['JD Vance said the bill would pass.', 'The BBC said it would appeal.', 'CEO Rita Cole resigned.']
  },
  ampersand: {
    fires: ['Procter & Gamble raised prices.', 'Brinley Gas & Electric said power was out.', 'Hale & Reyes said it would appeal.'],
    quiet: ['Shares of Procter rose.', 'Salt and pepper were sold.', 'Tom Hale and Ada Reyes said it would appeal.', 'Loans from the EU & IMF arrived.']
  },
  'group-name': {
    fires: ['The charity Doctors Without Borders said its clinic was hit.', 'Nurses Without Borders sent staff.', 'A statement from Parents Against Knife Crime followed.'],
    quiet: ['Doctors without borders sent staff.', 'Nurses sent staff without delay.', 'Ada Reyes spoke Against the plan.']
  },
  employer: {
    fires: ['Analysts at Morrow Brandt said the outlook was poor.', 'A researcher at Keswin said the results were clear.', 'Economists at Halvik expect a cut.'],
    quiet: ['Fans met at Kelsey on Sunday.', 'The talks at Halvik ended.', 'Analysts said Morrow Brandt was cheap.', "An officer stood at Ada Reyes's door."]
  },
  hometown: {
    fires: ['Tom Hale, 34, of Brinley, was charged.', 'Ada Reyes, 61, of Lower Tavish, admitted fraud.', 'A man, 29, of Keswin, was held.'],
    quiet: ['Tom Hale of Brinley was charged.', 'Ada Reyes, 61, of the Tavish Trust, admitted fraud.', 'Shares rose 3, of Halden 4.']
  },
  'place-speaker': {
    fires: ['Chile Telecom said the cable would be fixed.', 'The road was shut, the Ohio Highway Patrol said.', 'According to Peru Rail, trains would run again.'],
    quiet: ['Texas Ranger Tom Hale said the files were found.', 'Kenyan Americans said they would vote.', 'Georgia Lee said the road was shut.']
  },
  'title-before': {
    fires: ['President Ana Ruiz signed the bill.', 'The deal was announced by Mr. Okafor.', 'The plan was drawn up by analyst Ida Strand.'],
    quiet: ['The president signed the bill.', 'The deal was announced by the firm.']
  },
  'role-owner': {
    fires: ['The Mercado spokesman Tom Hale declined to comment.', 'A Halvorsen family spokeswoman said the funeral was private.', 'Staff were told by Tredwell chief executive Ann Moss that she would leave.'],
    quiet: ["Hale's spokesman declined to comment.", 'Mercado declined to comment.', 'Staff were thanked by Tarnow mayor Ewa Nowak.']
  },
  'given-name': {
    fires: ['Margaret Okonjo won the race.', 'The prize went to Peter Lindqvist.', 'Sarah Whitcombe will chair the panel.', 'Lewis Marlow finished second.', 'The cup went to Kirsty Odell.'],
    quiet: ['The prize went to Lindqvist.', 'Crime fell in North Dallas last year.', 'West Harlem tenants marched on Friday.', 'A ferry left Port Arthur at dawn.']
  },
  apposition: {
    fires: ['Tomasz Wrobel, a researcher at the museum, found the coins.', 'Zdravko Brekke, 62, was among the victims.', 'Chidubem Nwosu, the team doctor, treated him.'],
    quiet: ['Tomasz Wrobel found the coins.', 'In Tromso, 62 homes lost power.']
  },
  locative: {
    fires: ['Floods hit homes in Ballymena overnight.', 'A bus crashed near Woodbridge on the bypass.', 'Water rose across Somerleyton and the marshes.'],
    quiet: ['Floods hit homes overnight.', 'A bus crashed on Tuesday.', 'A rise in HIV was seen.']
  },
  route: {
    fires: ['The bus was travelling from Kelby to Dunmore.', 'Flights from Brinley to Tarnow resumed.', 'The road from Port Halvik to Keswin was shut.'],
    quiet: ['The gift came from Ada Reyes.', 'He wrote to Ada Reyes on Monday.', 'She moved from Acme to sales.', 'Coaches came and went, from Halvik to Tarnow.', 'Stream video from Vexa to Orlo.']
  },
  attribution: {
    fires: ['Kofi Mensah said the vote was fair.', 'The vote was fair, according to Okwudili Haddad.', '"It was fair," said Riya Kapoor.'],
    quiet: ['Kofi Mensah won the vote.', 'Mensah said the vote was fair.', 'She said Vexa Mail holds most of the market.', 'Experts said Quill Browser flaws were grave.']
  },
  'sentence-start': {
    fires: ['Heavy rain fell overnight.', 'Storms closed the road; storms often do.'],
    quiet: ['Moreno said the road was closed, and Moreno was right.']
  },
  title: {
    fires: ['Prime Minister Lena Holm resigned.', 'Gen. Omar Bashir spoke.', 'Secretary of State Rita Cole flew to Oslo.', 'Halden CEO Rita Cole resigned.', 'Harlow County Sheriff Ada Reyes closed the road.', 'Field Marshal Ivo Brandt inspected the troops.', 'Secretary-General Ana Ruiz warned of famine.', 'Representative for South Sudan Tom Hale spoke.', 'Secretary of Homeland Security Ana Ruiz spoke.', 'Halden Bank Chair Ana Ruiz spoke.', 'The Minister for Sport, Ana Ruiz, spoke.'],
    quiet: ['The prime minister resigned.', 'The county sheriff closed the road.', 'She pulled up a chair.']
  },
  'short-name': {
    fires: ['Maria Lopez won. Lopez thanked her staff.', 'Minister Ali Demir spoke first. Later Demir left.'],
    quiet: ['Maria Lopez won. Carlos Lopez came second, and Lopez thanked her staff.']
  },
  'short-organisation-name': {
    fires: ['Halden Labs cut jobs on Monday. Analysts expect Halden to recover.', 'Shares of Corvo Therapeutics fell, and Corvo said nothing.', 'Brisa Airways added flights. Critics said Brisa cut fares too.'],
    quiet: ['The Harlow Police closed the road. Harlow stayed calm.', 'Halden Labs cut jobs. Halden Systems hired. Halden said little.']
  },
  'coordinated-place': {
    fires: [
      'Floods hit homes in Brinley and Tavish Cross overnight.', 'The cities of Harlow or Keswin may bid.', 'Crews worked near Kelby and Dunmore.', 'Drones hit the Brinley and Kherson regions.',
      'Homes in Brinley, Tavish and Kelby lost power.', 'Crews from offices in Harlow, Keswin, and Dunmore helped.', 'It cut jobs in Austin, Texas, and Kelby.'
    ],
    quiet: [
      'Talks between Russia and Gazprom stalled.', "In Kyiv and Zelensky's office, staff left.", 'A rise in HIV and Ebola cases was seen.', 'In Brinley, Tavish said, the talks went well.',
      'Floods hit Brinley, Tavish and Kelby.'
    ]
  },
  'same-name': {
    fires: ['Officials in Tarnow said the bridge was safe. Tarnow has one bridge.'],
    quiet: ['Tarnow has one bridge.']
  },
  'inside-date': {
    fires: ['The talks ended on Dec. 30 without a deal.', 'Shops close early on Christmas Day.'],
    quiet: ['The talks ended without a deal.']
  }
}

describe('each rule fires on its pattern and not on near misses', () => {
  for (const [rule, {fires, quiet}] of Object.entries(examples)) {
    const id = rule === 'sentence-start' || rule === 'inside-date' ? `${rule} (rejected)` : rule
    it.each(fires)(`${rule} fires on %s`, async (text) => {
      expect(await rulesFired(text)).toContain(id)
    })
    it.each(quiet)(`${rule} stays quiet on %s`, async (text) => {
      expect(await rulesFired(text)).not.toContain(id)
    })
  }
})
