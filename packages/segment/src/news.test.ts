/**
 * News-style paragraphs of our own, several for each cause of a wrong boundary in news text, each
 * in both directions: where a sentence must end and where it must go on.
 */
import {abbreviationSets} from '@tidings/lexicon'
import {describe, expect, it} from 'vitest'
import {type SegmentRuleHit, sentenceSpans} from './boundaries.js'

const lexicon = abbreviationSets()
function split(text: string): string[] {
  return sentenceSpans(text, {start: 0, end: text.length}, lexicon).map(({start, end}) => text.slice(start, end))
}

const cases: Record<string, Array<[string, string[]]>> = {
  'closing quotes and brackets after the full stop': [
    ['"We will rebuild," he said. "The next step is funding."', ['"We will rebuild," he said.', '"The next step is funding."']],
    ['The mayor said: "It is over." The next meeting is Monday.', ['The mayor said: "It is over."', 'The next meeting is Monday.']],
    ["He called it 'a disgrace.' Others agreed.", ["He called it 'a disgrace.'", 'Others agreed.']],
    ['Fares rose (the third rise this year.) Riders complained.', ['Fares rose (the third rise this year.)', 'Riders complained.']],
    ['He said "no." and left.', ['He said "no." and left.']],
    ['"We are at a fork in the road. " Greece must pay in May.', ['"We are at a fork in the road. "', 'Greece must pay in May.']],
    ['“It held. ” The dam did not.', ['“It held. ”', 'The dam did not.']],
    ['The port closed. " We had no choice," he said.', ['The port closed.', '" We had no choice," he said.']],
    ['“Is the bridge safe?” a reporter asked.', ['“Is the bridge safe?” a reporter asked.']]
  ],
  'sentences that open with a quote or a bracket': [
    ['“Stay home.” That was the advice.', ['“Stay home.”', 'That was the advice.']],
    ['The port closed. (Officials gave no reason.) Ships waited.', ['The port closed.', '(Officials gave no reason.)', 'Ships waited.']],
    ['The port closed. "We had no choice," the manager said.', ['The port closed.', '"We had no choice," the manager said.']],
    ['The port closed. [Editor’s note: updated.] Ships waited.', ['The port closed.', '[Editor’s note: updated.]', 'Ships waited.']]
  ],
  'a quotation and its attribution': [
    ['"Why now?" Ortega asked. Nobody answered.', ['"Why now?" Ortega asked.', 'Nobody answered.']],
    ['“Enough!” Mina Patel shouted, and the room fell silent.', ['“Enough!” Mina Patel shouted, and the room fell silent.']],
    ['"The dam held." Ortega said the repairs would wait.', ['"The dam held."', 'Ortega said the repairs would wait.']],
    ['"It is done." He added that crews were tired.', ['"It is done."', 'He added that crews were tired.']],
    ['"We won." And I said, "Not yet."', ['"We won."', 'And I said, "Not yet."']],
    ['"The levee held." Mayor Ortega added, "We were lucky."', ['"The levee held."', 'Mayor Ortega added, "We were lucky."']]
  ],
  'a quotation that opens a sentence in lower case': [
    ['The roof caved in. "it was like thunder," a neighbour said.', ['The roof caved in.', '"it was like thunder," a neighbour said.']],
    ['The mill closed in 1998. “nobody came back,” one worker said.', ['The mill closed in 1998.', '“nobody came back,” one worker said.']],
    ['The ferry sank. ‘we swam for an hour,’ said a survivor.', ['The ferry sank.', '‘we swam for an hour,’ said a survivor.']],
    ['Snow fell to 6 in. "then it stopped" for a day.', ['Snow fell to 6 in. "then it stopped" for a day.']],
    ['Rents rose approx. "far too much" for most tenants.', ['Rents rose approx. "far too much" for most tenants.']],
    ['The song was by B. "big band" Ortiz.', ['The song was by B. "big band" Ortiz.']],
    ['Was it Tuesday? "no idea," he wrote.', ['Was it Tuesday? "no idea," he wrote.']],
    ['He called it "over." and left.', ['He called it "over." and left.']]
  ],
  'headlines in title case': [
    ['Singer Checks Out Of Rehab... To Check Into Another', ['Singer Checks Out Of Rehab... To Check Into Another']],
    ['Fugitive Robert Ames Jr. On The Run In Ohio', ['Fugitive Robert Ames Jr. On The Run In Ohio']],
    ['The rally ended... Then the march began.', ['The rally ended...', 'Then the march began.']],
    ['Crews left Acme Inc. The New firm hired them.', ['Crews left Acme Inc.', 'The New firm hired them.']],
    ['She died at home in Santa Rosa, Calif. On Tuesday, Oct. 10, crowds gathered.', ['She died at home in Santa Rosa, Calif.', 'On Tuesday, Oct. 10, crowds gathered.']]
  ],
  'datelines and headlines without a full stop': [
    ['WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.', ['WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.']],
    ['LONDON — Prices rose. Shoppers cut back.', ['LONDON — Prices rose.', 'Shoppers cut back.']],
    ['NAIROBI, Kenya (AP) — Rains eased. Roads reopened.', ['NAIROBI, Kenya (AP) — Rains eased.', 'Roads reopened.']]
  ],
  initials: [
    ['J.K. Rowling spoke at the event.', ['J.K. Rowling spoke at the event.']],
    ['Gen. John F. Kelly said the talks failed.', ['Gen. John F. Kelly said the talks failed.']],
    ['The film stars Michael J. Fox and others.', ['The film stars Michael J. Fox and others.']],
    ['The man, identified as John D. Smith Jr., was held.', ['The man, identified as John D. Smith Jr., was held.']],
    ['E. coli was found in the water.', ['E. coli was found in the water.']]
  ],
  'an abbreviation that ends a sentence': [
    ['They moved to the U.S. The next year they left.', ['They moved to the U.S.', 'The next year they left.']],
    ['Sales fell in the U.S. Analysts blamed rates.', ['Sales fell in the U.S.', 'Analysts blamed rates.']],
    ['Trade with the U.K. Officials in London said it grew.', ['Trade with the U.K.', 'Officials in London said it grew.']],
    ['The deal was signed by Acme Inc. Shares rose.', ['The deal was signed by Acme Inc.', 'Shares rose.']],
    ['Rain hit Tulsa, Okla. "We lost the roof," a farmer said.', ['Rain hit Tulsa, Okla.', '"We lost the roof," a farmer said.']],
    ['She works for Lumen Co. It’s a small firm.', ['She works for Lumen Co.', 'It’s a small firm.']],
    ['Orders rose at Halden Corp. Separately, its rival cut jobs.', ['Orders rose at Halden Corp.', 'Separately, its rival cut jobs.']],
    ['Production moved to the U.S. Workers in Mexico lost their jobs.', ['Production moved to the U.S.', 'Workers in Mexico lost their jobs.']],
    ['She was born in St. Paul, Minn. Doctors said she was healthy.', ['She was born in St. Paul, Minn.', 'Doctors said she was healthy.']],
    ['The march was led by the A.C.L.U. Dozens of lawyers joined it.', ['The march was led by the A.C.L.U.', 'Dozens of lawyers joined it.']],
    ['The fund invests in the U.K. Asked why, its manager smiled.', ['The fund invests in the U.K.', 'Asked why, its manager smiled.']],
    ['The jet was held in the U.K. Passengers waited for hours.', ['The jet was held in the U.K.', 'Passengers waited for hours.']],
    ['A gas leak shut 40 Birch St. Neighbours were moved out.', ['A gas leak shut 40 Birch St.', 'Neighbours were moved out.']],
    ['Recalls rose at Halden Motor Co. Dealers said demand held.', ['Recalls rose at Halden Motor Co.', 'Dealers said demand held.']],
    ['Strike Hits U.K. Passengers On The Night Trains', ['Strike Hits U.K. Passengers On The Night Trains']],
    ['The U.S. Passenger Rail Board met.', ['The U.S. Passenger Rail Board met.']],
    ['The U.S. Marines landed at dawn.', ['The U.S. Marines landed at dawn.']],
    ['He flew with U.S. Airways to Boston.', ['He flew with U.S. Airways to Boston.']],
    ['The talks were held in the U.S. (Details were not released.)', ['The talks were held in the U.S.', '(Details were not released.)']],
    ['Its plant moved to Toledo, Ohio, from Gary, Ind. (Workers were not told why.) Unions protested.', ['Its plant moved to Toledo, Ohio, from Gary, Ind.', '(Workers were not told why.)', 'Unions protested.']],
    ['The deal closed... [Shares rose 4 percent.]', ['The deal closed...', '[Shares rose 4 percent.]']],
    ['SALEM, Ore. (AP) — The dam held on Monday.', ['SALEM, Ore. (AP) — The dam held on Monday.']],
    ['Ames spoke for the U.S. (Washington) delegation.', ['Ames spoke for the U.S. (Washington) delegation.']]
  ],
  'an everyday word spelled like an abbreviation': [
    ['The driver fell ill. Paramedics arrived within minutes.', ['The driver fell ill.', 'Paramedics arrived within minutes.']],
    ['The offer was too good to miss. Investors rushed in.', ['The offer was too good to miss.', 'Investors rushed in.']],
    ['The barges carried iron ore. Customs officers searched them.', ['The barges carried iron ore.', 'Customs officers searched them.']],
    ['Crowds waited in the sun. Vendors sold water.', ['Crowds waited in the sun.', 'Vendors sold water.']],
    ['Rain hit Olympia, Wash. Sunday night.', ['Rain hit Olympia, Wash. Sunday night.']],
    ['Flooding closed roads in Peoria, Ill. Monday.', ['Flooding closed roads in Peoria, Ill. Monday.']]
  ],
  'titles and letters that name': [
    ['Sens. Ana Ruiz and Jo Lee objected.', ['Sens. Ana Ruiz and Jo Lee objected.']],
    ['"It was calm," Const. Tim Roy said.', ['"It was calm," Const. Tim Roy said.']],
    ['The motion came from Atty. Gen. Mary Park on Friday.', ['The motion came from Atty. Gen. Mary Park on Friday.']],
    ['Troops left Ft. Hood on Monday.', ['Troops left Ft. Hood on Monday.']],
    ['The order came from Sec. Rice yesterday.', ['The order came from Sec. Rice yesterday.']],
    ['The rope was 6 ft. The crew cut it.', ['The rope was 6 ft.', 'The crew cut it.']],
    ['He backed Plan B. The vote failed.', ['He backed Plan B.', 'The vote failed.']],
    ['The team was drawn in Group C. It plays Friday.', ['The team was drawn in Group C.', 'It plays Friday.']],
    ['She met Ruth B. Ader in Oslo.', ['She met Ruth B. Ader in Oslo.']],
    ['F. B. I. agents searched the house.', ['F. B. I. agents searched the house.']],
    ['She holds an M. B. A. from Yale.', ['She holds an M. B. A. from Yale.']]
  ],
  'a sentence that opens with a lower-case name': [
    ['Sales rose. iPhone demand held firm.', ['Sales rose.', 'iPhone demand held firm.']],
    ['Bids rose sharply. eBay said so.', ['Bids rose sharply.', 'eBay said so.']],
    ['It cost approx. iPhone money.', ['It cost approx. iPhone money.']],
    ['Phones, e.g. iPhone models, sold out.', ['Phones, e.g. iPhone models, sold out.']]
  ],
  'sentences glued without a space': [
    ['He said it was “over.”Crews left.', ['He said it was “over.”', 'Crews left.']],
    ['Rain fell (heavily.)Roads shut.', ['Rain fell (heavily.)', 'Roads shut.']],
    ['He said it was "over."Crews left.', ['He said it was "over."Crews left.']],
    ['Exports fell in the UK.Officials blamed costs.', ['Exports fell in the UK.', 'Officials blamed costs.']],
    ['Ask Jo Lee of ACME.Her team knows.', ['Ask Jo Lee of ACME.', 'Her team knows.']],
    ['See the U.S.Army page.', ['See the U.S.Army page.']],
    ['Rep. Jo Hale (D-W.Va.) spoke.', ['Rep. Jo Hale (D-W.Va.) spoke.']]
  ],
  'streets and saints': [
    ['He lives on Elm St. The house burned.', ['He lives on Elm St.', 'The house burned.']],
    ['Shops line 5th St. It is busy.', ['Shops line 5th St.', 'It is busy.']],
    ['The flight to St. Louis left late.', ['The flight to St. Louis left late.']],
    ['Crowds filled St. Peter’s Square.', ['Crowds filled St. Peter’s Square.']],
    ['Traffic stopped on Hwy. 9 near Elm Rd. Police closed it.', ['Traffic stopped on Hwy. 9 near Elm Rd.', 'Police closed it.']]
  ],
  'an abbreviation inside a sentence': [
    ['The House passed H.R. 412 in May.', ['The House passed H.R. 412 in May.']],
    ['Opponents of S.B. 90 rallied. Its sponsor did not.', ['Opponents of S.B. 90 rallied.', 'Its sponsor did not.']],
    ['Take U.S. 30 east to the bridge.', ['Take U.S. 30 east to the bridge.']],
    ['The bill went to the Senate. 52 senators backed it.', ['The bill went to the Senate.', '52 senators backed it.']],
    ['The U.S. Senate voted.', ['The U.S. Senate voted.']],
    ['He spent time in the U.S. Army.', ['He spent time in the U.S. Army.']],
    ['The ruling came from the 9th U.S. Circuit Court of Appeals.', ['The ruling came from the 9th U.S. Circuit Court of Appeals.']],
    ['Acme Inc. Chief Executive Jo Lee spoke.', ['Acme Inc. Chief Executive Jo Lee spoke.']],
    ['Officials in Washington, D.C. said on Monday it was over.', ['Officials in Washington, D.C. said on Monday it was over.']],
    ['He joined Goldman Sachs Group Inc. in 2001.', ['He joined Goldman Sachs Group Inc. in 2001.']]
  ],
  'times and numbers': [
    ['Polls close at 8 p.m. Eastern time on Tuesday.', ['Polls close at 8 p.m. Eastern time on Tuesday.']],
    ['The probe lands at 2 a.m. Pacific Standard Time.', ['The probe lands at 2 a.m. Pacific Standard Time.']],
    ['Markets open at 9 a.m. New York time.', ['Markets open at 9 a.m. New York time.']],
    ['Doors open at 6 p.m. Tokyo fans queued all day.', ['Doors open at 6 p.m.', 'Tokyo fans queued all day.']],
    ['The vote closes at 8 p.m. The time was set by law.', ['The vote closes at 8 p.m.', 'The time was set by law.']],
    ['The vote is at 3 p.m. Monday.', ['The vote is at 3 p.m. Monday.']],
    ['The fire started around 2 a.m. Saturday in a warehouse.', ['The fire started around 2 a.m. Saturday in a warehouse.']],
    ['Polls close at 8 p.m. ET on Tuesday.', ['Polls close at 8 p.m. ET on Tuesday.']],
    ['Bids close at 5 p.m. Nov. 9 in Denver.', ['Bids close at 5 p.m. Nov. 9 in Denver.']],
    ['The vote ended at 5 p.m. The results came later.', ['The vote ended at 5 p.m.', 'The results came later.']],
    ['It happened at 10 a.m. Police arrived soon after.', ['It happened at 10 a.m.', 'Police arrived soon after.']],
    ['The index rose 1.5 percent. It fell later.', ['The index rose 1.5 percent.', 'It fell later.']],
    ['The bill passed 52-48. Democrats objected.', ['The bill passed 52-48.', 'Democrats objected.']],
    ['He was No. 1 in the draft.', ['He was No. 1 in the draft.']]
  ],
  ellipses: [
    ['He paused... Then he went on.', ['He paused...', 'Then he went on.']],
    ['The list went on… "We counted forty," she said.', ['The list went on…', '"We counted forty," she said.']],
    ['It was ... unusual, she said.', ['It was ... unusual, she said.']],
    ['“We tried …” she said.', ['“We tried …” she said.']],
    ['“It was larger...” she explained.', ['“It was larger...” she explained.']],
    ['I waited... I mean, we all did.', ['I waited... I mean, we all did.']],
    ['“Wait... Pedro, wait,” she said.', ['“Wait... Pedro, wait,” she said.']]
  ],
  'list items and bylines': [
    ['1. Close the port 2. Call the crews 3. Wait', ['1. Close the port', '2. Call the crews', '3. Wait']],
    ['• Roads shut • Schools closed', ['• Roads shut', '• Schools closed']],
    ['The plan has two aims: 1) cut costs and 2) raise pay.', ['The plan has two aims: 1) cut costs and 2) raise pay.']],
    ['Applicants must 1. register online, 2. show ID and 3. sign the form.', ['Applicants must 1. register online, 2. show ID and 3. sign the form.']],
    ['The choices are a) wait, b) sell or c) sue.', ['The choices are a) wait, b) sell or c) sue.']],
    ['The plan: 1) Cut costs. 2) Raise pay.', ['The plan: 1) Cut costs.', '2) Raise pay.']],
    ['• cut costs • raise pay', ['• cut costs', '• raise pay']],
    ['Reporting by Jo Lee; Editing by Ana Ruiz', ['Reporting by Jo Lee; Editing by Ana Ruiz']],
    ['By Jo Lee and Ana Ruiz', ['By Jo Lee and Ana Ruiz']]
  ],
  'a list written one item a paragraph': [
    ['3. Raise the fares. This would cover the deficit.', ['3. Raise the fares.', 'This would cover the deficit.']],
    ['b. Hire more drivers for the night routes.', ['b. Hire more drivers for the night routes.']],
    ['12) Keep every receipt. Auditors will ask.', ['12) Keep every receipt.', 'Auditors will ask.']],
    ['No. 2 seed Ruiz won in three sets.', ['No. 2 seed Ruiz won in three sets.']],
    ['The fare rose by 2. Riders were angry.', ['The fare rose by 2.', 'Riders were angry.']]
  ]
}

describe('sentences of news text', () => {
  for (const [cause, examples] of Object.entries(cases)) {
    it.each(examples)(`${cause}: %j`, (text, sentences) => {
      expect(split(text)).toEqual(sentences)
    })
  }
})

describe('rule hits', () => {
  it('names the rule behind each decision, with where it decided', () => {
    const text = 'Sales fell in the U.S. Analysts blamed rates. The U.S. Senate met at 3 p.m. Monday.'
    const hits: SegmentRuleHit[] = []
    sentenceSpans(text, {start: 0, end: text.length}, lexicon, (hit) => hits.push(hit))
    expect(hits.map(({rule, start, kept}) => [rule, text.slice(start - 3, start + 1), kept])).toEqual([
      ['abbreviation-end', 'U.S.', true],
      ['full-stop', 'tes.', true],
      ['abbreviation-inside', 'U.S.', false],
      ['time-then-day', 'p.m.', false]
    ])
  })
})
