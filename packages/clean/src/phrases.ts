/**
 * What scraped pages say around an article: the stage's heuristic lists, as data. Each list is
 * tested both ways in `phrases.test.ts`: text it must catch and article text it must leave alone.
 *
 * `lines` are whole lines (a menu entry, a section heading, a share prompt): they match the
 * trimmed line from start to end. `sentences` are phrases that make the sentence holding them
 * boilerplate (an appeal, a comment policy), wherever in the line that sentence sits. `openings`
 * are interface text a scraper glued, with no full stop, to the start of the line that follows it
 * (a sign-up form's "Invalid email"): a run of them at the start of a line is cut off when a
 * capital follows it, and the rest of the line is kept.
 *
 * Every line and sentence of every page is tested against these, and V8 runs a pattern with both
 * the `i` and `u` flags several times slower than with one: use `u` only with an anchor (`^`).
 * What the rule finder reads of these sources is read before the build (`phrase-sources.ts`): after a
 * change here, `npx vitest run packages/clean/src/phrase-sources.test.ts -u` writes it anew.
 */
export interface BoilerplatePhrases {
  lines: Record<string, ReadonlyArray<RegExp>>
  sentences: Record<string, ReadonlyArray<RegExp>>
  openings: Record<string, ReadonlyArray<RegExp>>
}

export const defaultPhrases: BoilerplatePhrases = {
  lines: {
    comments: [
      /^[^\p{L}\d]*(?:(?:top|rated|best|latest|newest|oldest|all|view|show|reader'?s?|\d+)[ \t]+){0,3}(?:comments?|replies|discussion|commentaires?|comentarios?|comentários|комментарии|kommentare)(?:[ \t]*\(?\d+)?[^\p{L}\d]*$/iu,
      /^(?:show|view|load|read|see|hide) (?:all |more )?(?:\d+ )?comments?$/i,
      /^(?:leave|post|add|write) a (?:comment|reply)$/i,
      /^join the (?:conversation|discussion)$/i,
      /^(?:join|visit) our commenting forum$/i
    ],
    related: [
      /^(?:most|top) (?:read|popular|commented|viewed|shared|emailed|recent)(?: (?:stories|articles|news|posts))?$/i,
      /^(?:related|recommended|suggested|popular|latest|trending|more)(?: (?:stories|articles|news|posts|content|reading|videos|topics|coverage|links))?:?$/i,
      /^(?:related|more|other|top|latest|recent|popular|most popular|most read|recommended|editors?'?s?'? picks?|trending|featured|further|see also)\b.{0,30}\b(?:stories|news|links|articles|posts|picks|reads|videos|headlines|coverage|section|topics)\b[^.!?]{0,25}$/i,
      /^(?:you (?:may|might) (?:also )?(?:like|enjoy)|read (?:more|next|also)|see also|more from|more on|more in|also read|don't miss|editor's picks?|around the web|from the web)\b[^:]{0,60}$/i,
      /^(?:leia (?:também|mais)|veja também|lea también|ver también|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|читайте также|смотрите также|leggi anche)\b.{0,60}$/i,
      // "You may also like" in other languages.
      /^(?:você (?:também )?pode (?:gostar|se interessar)|(?:también )?te puede interesar|(?:ti )?potrebbe(?:ro)? interessar(?:ti|e)|vous (?:aimerez|pourriez aimer)(?: aussi| également)?|das könnte sie (?:auch )?interessieren|articoli correlati|artículos relacionados|artigos relacionados|articles similaires|ähnliche artikel)\b.{0,40}$/iu
    ],
    teaser: [
      /^(?:related|see more|read more|more|also read|read also|read next|watch|listen|recommended|further reading)\s*:/i,
      // Teasers tagged with a kind in capitals: "Storm warning for the coast [VIDEO]".
      /\[\p{Lu}{3,12}\][\s|]*$/u
    ],
    share: [
      /^(?:share|tweet|email|print|pin|save|copy link|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger)$/i,
      /^share (?:this|on|via|the|article|story|page)\b.{0,40}$/i,
      /^(?:(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard)[\s|,/·•]+){1,8}(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard)$/i
    ],
    advert: [/^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|ads|publicidade|publicidad|anzeige|реклама|continue reading(?: below| the main story)?|story continues below(?: advertisement)?)$/i],
    navigation: [
      // A run of short items between bars or bullets: "Home | World | Sport".
      /^[^|•·\s](?:[^|•·]{0,28}[^|•·\s])?(?:[ \t]*[|•·][ \t]*[^|•·\s](?:[^|•·]{0,28}[^|•·\s])?){2,}$/,
      /^(?:home|menu|search|close|open|skip to (?:main )?content|back to top|next|previous|prev|sign in|log ?in|sign up|register|subscribe|log out|sections?|more|toggle navigation|main menu|navigation|top)$/i,
      /^(?:terms(?: of (?:use|service))?|privacy(?: policy| notice)?|cookie (?:policy|settings)|contact(?: us)?|about(?: us)?|careers|advertise(?: with us)?|faq|help|sitemap|site map|accessibility|copyright)$/i
    ],
    caption: [
      /^(?:photo|image|picture|foto|фото|video|graphic|illustration)(?: credit)?s?\s*[:|]/i,
      /^(?:image|photo) (?:credit|source|courtesy)\b/i,
      /^(?:image|photo|picture|slide)s? \d+ (?:of|\/) \d+$/i,
      // A caption ending in its credit: "The harbour at dawn (Image: Agency)", "... Credit: Agency".
      /\((?:image|photo|picture|credit|image credit|photo credit|pictured)s?:[^()]{1,80}\)$/i,
      /\b(?:credit|photo|image|foto|фото):[ \t]*[^\s.:]+(?:[ \t]+[^\s.:]+){0,5}$/i,
      /^\(?(?:photo|image|picture)s? (?:by|courtesy of)\b.{0,80}$/i,
      /^(?:getty images|reuters|ap photo|afp|shutterstock|istock)(?:\/[^\s/]+)?$/i
    ],
    copyright: [/^(?:©|\(c\)|copyright\b)/i, /\ball rights reserved\.?$/i]
  },
  sentences: {
    appeal: [
      /\byour (?:support|donation|contribution|gift)s? (?:makes?|helps?|allows?|means?|keeps?|enables?|is)\b/i,
      /\b(?:support|fund) (?:independent|quality|our) (?:journalism|reporting|news)\b/i,
      /\b(?:make|become) (?:a )?(?:one-off |one-time |monthly )?(?:donation|contribution|supporter|member|subscriber)\b/i,
      /\bplease (?:consider )?(?:donating|supporting|subscribing|contributing)\b/i,
      /\b(?:donate|contribute) (?:now|today|to (?:us|our))\b/i,
      /\bsubscribe (?:now|today|to (?:our|the) (?:\w+ )?(?:newsletter|print edition|channel|magazine|title|podcast))\b/i,
      /\bwe need (?:reporters|journalists|your help|your support)\b/i
    ],
    comments: [
      /\b(?:read|review|see) our (?:comment|commenting|community) (?:policy|guidelines|rules)\b/i,
      /\bjoin the conversation\b/i,
      /\bjoin our (?:\w+ )?(?:forums?|community|discussion)\b/i,
      /\bcomments? (?:are|is) (?:closed|moderated|subject to)\b/i,
      /\byou must be (?:logged in|signed in) to (?:post|comment|reply)\b/i
    ],
    newsletter: [
      /\bsign up (?:for|to) (?:our|the) (?:\w+ )?(?:newsletters?|daily|weekly|briefing|alerts)\b/i,
      /\b(?:get|receive) (?:the latest|our) (?:\w+ )?(?:news|headlines|stories|updates|newsletter)\b.{0,40}\b(?:inbox|email)\b/i,
      /\bdelivered (?:straight |directly )?to your inbox\b/i,
      /\b(?:straight|directly|right) (?:to|into|in) your inbox\b/i,
      /\bthank you for (?:subscribing|signing up)\b/i
    ],
    copyright: [/\bsubject to copyright\b/i, /\ball rights reserved\b/i, /\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/i],
    cookies: [/\b(?:we|this (?:site|website)) uses? cookies\b/i, /\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b/i],
    share: [/\bshare (?:this|the) (?:article|story|page) (?:on|with|via)\b/i, /\bclick (?:here|the link) (?:to|for)\b/i],
    follow: [/\bfollow [^\s\d][^\s]* on (?:twitter|facebook|instagram|x|linkedin|tiktok|telegram)\b/i, /\blike us on facebook\b/i],
    contact: [/\bcan be (?:reached|contacted|emailed) at\b/i, /^(?:[Ee]-?mail|[Cc]ontact|[Ww]rite to) [\p{Lu}][\p{L}.'-]*(?: [\p{Lu}][\p{L}.'-]*){0,3} at \S+@/u, /\b(?:send|email) (?:us )?(?:your )?(?:news )?tips? to\b/i],
    attribution: [/\bbased (?:in part |partly |largely )?on (?:wire(?: service)?|news agency|agency) reports\b/i, /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i]
  },
  openings: {
    // A newsletter form's status messages, left in the text when its widget is flattened.
    form: [
      /^(?:could not|couldn't|unable to|failed to) subscribe(?:[,.;]? (?:please )?try again(?: later)?)?/i,
      /^(?:invalid|(?:please )?(?:enter|provide) a valid) e-?mail(?: address)?/i,
      /^(?:thank you|thanks) for (?:subscribing|signing up)/i
    ]
  }
}

/**
 * Lines that end an article without being its text: the author's bio and the publisher's pitch
 * for a newsletter, podcast or app. They read as sentences, and an article may speak of a
 * reporter or a newsletter, so they count only as the article's last lines.
 */
export const articleEndPatterns: Record<string, ReadonlyArray<RegExp>> = {
  bio: [
    /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:is|was|has been) (?:a|an|the) [^.]{0,80}?\b(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|photographer|analyst|author|blogger)\b/u,
    /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:covers|writes about|reports on) /u,
    /^about the authors?\b/i
  ],
  pitch: [/^(?:sign up|subscribe|get|join|follow|download|listen to|want more|never miss)\b[^.!]{0,80}\b(?:newsletters?|inbox|podcasts?|app|alerts|updates)\b/i]
}

/**
 * Words that make up much of running text in the languages news is most often scraped in. Menus,
 * headlines and captions have few of them; paragraphs have many.
 */
export const stopWords: ReadonlySet<string> = new Set(
  [
    // English
    'a an the and or but of to in on at by for with from as is are was were be been has have had it its this that these those he she they we you his her their our not no will would said says than then there which who what when',
    // Spanish, Portuguese, Italian
    'el la los las un una y o de del en con por para que se su sus es son fue al lo como más pero sus le les ha han o os as um uma e do da dos das no na nos nas em com por para que se seu sua é são foi ao mais il lo gli di che è per non sono',
    // French, German, Dutch
    'le la les un une et ou de du des en dans sur pour par avec que qui est sont il elle ils au aux ce cette pas plus der die das ein eine und oder zu im in auf mit von für ist sind nicht sich den dem des er sie es het een en van op voor met dat niet',
    // Russian, Polish
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по ее мне есть они из ему от о это w z i na do się nie że jest to o po jak'
  ]
    .join(' ')
    .split(' ')
)

/**
 * Words of a publisher speaking to its readers ("we need your support"), rare in reported text
 * outside quotes. A run of such lines beside an appeal is the appeal.
 */
export const publisherVoiceWords: ReadonlySet<string> = new Set(['we', 'our', 'us', 'you', 'your', "we're", "we've", 'ourselves'])
