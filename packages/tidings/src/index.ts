export {type BatchOptions, processBatch} from './batch.js'
export {type LoadOptions, readDocumentFile, readInputs, readJsonl} from './load.js'
export {tidings, type TidingsOptions} from './pipeline.js'
export {type ArticleStageName, articleStageNames, type CorpusStageName, corpusStageNames} from './stages.js'
