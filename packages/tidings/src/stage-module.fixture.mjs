// A stage module as a user writes one, for the tests of `--stage` and `stageModules`: a stage of
// its own, and a rule added to the built-in dates stage, which runs where dates always runs.
import {dates, defaultRules} from '@tidings/dates'

/** Counts the words of the article, as a stand-in for a user's own findings. */
function wordCount() {
  return (_tree, file) => {
    const words = (file.data.text ?? '').split(/\s+/).filter(Boolean).length
    file.data.extensions = {...file.data.extensions, words}
  }
}

const fortnightly = {
  id: 'fortnightly',
  anchors: {words: ['fortnightly']},
  pattern: /\bfortnightly\b/gi,
  build: () => ({type: 'SET', value: 'P2W'})
}

export default [wordCount, [dates, {rules: [...defaultRules, fortnightly]}]]
