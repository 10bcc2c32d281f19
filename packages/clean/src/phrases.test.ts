import {describe, expect, it} from 'vitest'
import {defaultPhrases, publisherVoiceWords, stopWords} from './phrases.js'

const lineRule = (line: string) => Object.entries(defaultPhrases.lines).find(([, patterns]) => patterns.some((pattern) => pattern.test(line)))?.[0]
const sentenceRule = (sentence: string) =>
  Object.entries(defaultPhrases.sentences).find(([, patterns]) => patterns.some((pattern) => pattern.test(sentence)))?.[0]

describe('the boilerplate line list', () => {
  it.each([
    ['Comments', 'comments'],
    ['[ 42 comments ]', 'comments'],
    ['Top Rated Comments', 'comments'],
    ['Join our commenting forum', 'comments'],
    ['Most Commented', 'related'],
    ['Most Read Stories', 'related'],
    ['Related articles', 'related'],
    ['Other news in this section', 'related'],
    ['Leia também', 'related'],
    ['Você pode gostar...', 'related'],
    ['Ti potrebbe interessare', 'related'],
    ['Das könnte Sie auch interessieren', 'related'],
    ['READ MORE: Harbour reopens after the storm', 'teaser'],
    ['Ferry operator fined over late sailings [VIDEO]', 'teaser'],
    ['Share this article', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['Advertisement', 'advert'],
    ['Skip to main content', 'navigation'],
    ['Home | World | Sport', 'navigation'],
    ['Privacy Policy', 'navigation'],
    ['Photo: Lena Ortiz', 'caption'],
    ['Image 2 of 7', 'caption'],
    ['The pier after the storm (Image: Harbour Trust)', 'caption'],
    ['© 2024 The Valley Courier', 'copyright']
  ])('catches %j as %s', (line, rule) => {
    expect(lineRule(line)).toBe(rule)
  })

  it.each([
    'The council said comments from residents would be heard on Monday.',
    'More than 200 people were evacuated from the valley.',
    'Top officials met in Lisbon to discuss the ferry contract.',
    'Related costs rose by a third, the report said.',
    'Você pode gostar de saber que a ponte reabriu na segunda-feira, disse o prefeito à imprensa local.',
    'Share prices fell 4% after the announcement.',
    'Home owners near the river were told to leave.',
    'Photographs of the damage were sent to the insurer.',
    'NISSAN SENTRA',
    'Scores: Lions 2 | Bears 1 | a late goal in the final minute of a match the home side had dominated from the start'
  ])('leaves %j alone', (line) => {
    expect(lineRule(line)).toBeUndefined()
  })
})

describe('the boilerplate sentence list', () => {
  it.each([
    ['Your support makes all the difference.', 'appeal'],
    ['Your donation helps us keep reporters in the field.', 'appeal'],
    ['Please consider supporting our newsroom.', 'appeal'],
    ['Please read our comment policy before commenting.', 'comments'],
    ['Join the conversation with other readers below.', 'comments'],
    ['Sign up for our daily newsletter.', 'newsletter'],
    ['Get breaking alerts straight to your inbox.', 'newsletter'],
    ['Receive our morning briefing directly in your inbox.', 'newsletter'],
    ['Top stories from the valley, right to your inbox.', 'newsletter'],
    ['Thank you for subscribing!', 'newsletter'],
    ['Thank you for signing up to the weekend edition.', 'newsletter'],
    ['We use cookies to improve your experience.', 'cookies'],
    ['Click here for more information.', 'share'],
    ['Follow us on Twitter for updates.', 'follow'],
    ['Follow @harbourdesk on Instagram for live pictures.', 'follow'],
    ['Ana Ruiz can be reached at aruiz@example.com.', 'contact'],
    ['Email Jonas Vik at jvik@example.com with news of the port.', 'contact'],
    ['Write to Mara Lind at mlind@example.org.', 'contact'],
    ['This article was based in part on wire service reports.', 'attribution'],
    ['Tom Bell contributed to this report.', 'attribution'],
    ['This document is subject to copyright.', 'copyright']
  ])('catches %j as %s', (sentence, rule) => {
    expect(sentenceRule(sentence)).toBe(rule)
  })

  it.each([
    'The mayor thanked residents for their support during the flood.',
    'Crews follow 40 trucks on Telegraph Road.',
    'Donations to the relief fund passed $2 million on Friday.',
    'The paywall debate divided the publishers at the conference.',
    'Officials could not be reached for comment.',
    'Email servers at the port failed on Monday.',
    'The policy was based on reports from the coast guard.',
    'She said the newsletter had been sent to 300 members.',
    'The threats came straight to her inbox, she told the court.',
    'The mayor said thank you to the volunteers who signed up.'
  ])('leaves %j alone', (sentence) => {
    expect(sentenceRule(sentence)).toBeUndefined()
  })
})

describe('the opening list', () => {
  const openingLength = (line: string) => Object.values(defaultPhrases.openings).flat().map((pattern) => pattern.exec(line)?.[0].length ?? 0).find(Boolean)

  it.each([
    ['Could not subscribe, try again later', 36],
    ["Couldn't subscribe. Please try again", 36],
    ['Invalid Email', 13],
    ['Please enter a valid email address', 34],
    ['Thanks for signing up', 21]
  ])('catches %j', (line, length) => {
    expect(openingLength(`${line} The ferry sailed on Monday.`)).toBe(length)
  })

  it.each(['The form said the email was invalid.', 'Subscribers could not log in on Monday.', 'Try again, the coach told the players.', 'Something went wrong at the port, officials said.'])(
    'leaves %j alone',
    (line) => {
      expect(openingLength(line)).toBeUndefined()
    }
  )
})

describe('the word lists', () => {
  it('hold function words and publisher words, not content words', () => {
    for (const word of ['the', 'of', 'que', 'und', 'и']) expect(stopWords.has(word)).toBe(true)
    for (const word of ['storm', 'ferry', 'minister']) expect(stopWords.has(word)).toBe(false)
    expect([...publisherVoiceWords]).toEqual(expect.arrayContaining(['we', 'our', 'your']))
    expect(publisherVoiceWords.has('they')).toBe(false)
  })
})
