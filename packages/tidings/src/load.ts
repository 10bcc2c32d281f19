import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {basename, extname} from 'node:path'
import {createInterface} from 'node:readline'
import type {Readable} from 'node:stream'
import {ArticleRecord, checkDocument, errorRecord, isSchemaErrors, type PipelineInput} from '@tidings/core'

export interface LoadOptions {
  /** Drop the `html` of JSONL documents that carry both, so their `text` is what gets processed. */
  ignoreHtml?: boolean
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Input documents from files, in order: `.txt` (one paragraph a line), `.html`/`.htm` pages, and
 * `.jsonl` files of documents. A file or line that cannot be read becomes an error record in its
 * place, so every input yields exactly one output.
 */
export async function* readInputs(paths: Iterable<string>, options: LoadOptions = {}): AsyncGenerator<PipelineInput> {
  for (const path of paths) {
    if (/\.jsonl$/i.test(path)) yield* readJsonl(createReadStream(path), path, options)
    else yield await readDocumentFile(path)
  }
}

/** A `.txt` or `.html` file as one document whose id is the file name. */
export async function readDocumentFile(path: string): Promise<PipelineInput> {
  const id = basename(path)
  const origin = {path}
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    return errorRecord(id, 'unreadable-input', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, origin)
  }
  if (bytes.length === 0) return errorRecord(id, 'empty-input', `${path} is empty`, origin)
  if (bytes.includes(0)) return errorRecord(id, 'binary-input', `${path} holds NUL bytes: binary, not text`, origin)
  let content: string
  try {
    content = utf8.decode(bytes)
  } catch {
    return errorRecord(id, 'not-utf8', `${path} is not valid UTF-8`, origin)
  }
  if (content.trim() === '') return errorRecord(id, 'empty-input', `${path} holds only white space`, origin)
  const extension = extname(path).toLowerCase()
  return extension === '.html' || extension === '.htm' ? {id, html: content} : {id, text: content.replace(/^\uFEFF/, '')}
}

/**
 * Documents from a JSONL stream, one a line. A line that is not JSON or not a document becomes an
 * error record naming the line; blank lines are skipped.
 */
export async function* readJsonl(stream: Readable, path: string, options: LoadOptions = {}): AsyncGenerator<PipelineInput> {
  const lines = createInterface({input: stream, crlfDelay: Number.POSITIVE_INFINITY})
  let lineNumber = 0
  try {
    for await (const line of lines) {
      lineNumber++
      if (line.trim() === '') continue
      yield parseJsonlLine(line, {path, line: lineNumber}, options)
    }
  } catch (error) {
    yield errorRecord(
      `${path}:${lineNumber + 1}`,
      'unreadable-input',
      `Reading ${path} failed: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      {path, line: lineNumber + 1}
    )
  }
}

function parseJsonlLine(line: string, origin: {path: string; line: number}, options: LoadOptions): PipelineInput {
  const fallbackId = `${origin.path}:${origin.line}`
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return errorRecord(fallbackId, 'invalid-json', `Line ${origin.line} is not JSON: ${(error as Error).message}`, origin)
  }
  // Article records written earlier (by `tidings articles`) go straight to the corpus stages.
  const check = (value as {kind?: unknown})?.kind === 'article' ? ArticleRecord : checkDocument
  if (options.ignoreHtml && typeof (value as {text?: unknown})?.text === 'string') {
    const {html: _dropped, ...rest} = value as Record<string, unknown>
    value = rest
  }
  const document = check(value)
  if (isSchemaErrors(document)) {
    const id = typeof (value as {id?: unknown})?.id === 'string' ? (value as {id: string}).id : fallbackId
    return errorRecord(id, 'invalid-document', `Line ${origin.line}: ${document.summary}`, origin)
  }
  return document
}
