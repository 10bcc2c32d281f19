/**
 * The words of a web page's controls and calls to action, which scraped text runs into its
 * sentences without a full stop between them ("Subscribe Thank you for subscribing", "Invalid
 * Email", "Skip Ad Loading"): capitalised as buttons and messages are, they are never a name's
 * words. Words that also name things are left out ("Watch" in "Coastal Rights Watch", "Register" in
 * a newspaper's name, "Close" as a surname, "Skip" as a given name, "Home" in "Home Office", "Privacy" in a
 * group's name). `entities({lexicon:
 * {interfaceWords}})` adds to them.
 */
export const interfaceWords: string[] = [
  'subscribe', 'subscribed', 'subscribing', 'unsubscribe', 'subscription', 'thank', 'thanks', 'invalid', 'email', 'e-mail',
  'newsletter', 'newsletters', 'signup', 'login', 'logout', 'download', 'embed', 'loading', 'autoplay', 'fullscreen',
  'tweet', 'retweet', 'like', 'print', 'continue', 'menu', 'terms', 'contact', 'ad', 'ads', 'advert', 'unmute', 'mute',
  'replay', 'retry', 'error', 'submit', 'cancel', 'sign', 'up'
]
