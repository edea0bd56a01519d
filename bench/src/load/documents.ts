// The GraphQL requests the phones send, built from the client's own sources: every `graphql(`…`)` template in
// client/src is read and indexed by operation and fragment name, an operation gets the fragments it spreads
// (transitively), and urql (@urql/core, the version the client uses) formats it and makes the HTTP request from
// it as the app does: `__typename` added to every selection, a query as GET while its URL stays under 2 048
// characters, POST otherwise, mutations POST. Reading the sources (not importing them) keeps Solid and the
// screens out of the load generator; a renamed or removed operation fails the run instead of measuring
// something else.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createRequest, formatDocument, gql, makeOperation } from '@urql/core'
import { makeFetchBody, makeFetchOptions, makeFetchURL } from '@urql/core/internal'
import { parse, type DefinitionNode, type DocumentNode } from 'graphql'
import { benchDir } from '../settings.ts'

const clientDir = path.resolve(benchDir, '../client')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : []
  })
}

/** Every operation and fragment the client defines, by name, with the names of the fragments it spreads. */
function indexClientDocuments() {
  const byName = new Map<string, { text: string; spreads: string[]; file: string }>()
  for (const file of sourceFiles(path.join(clientDir, 'src'))) {
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(/graphql\(\s*`([^`]*)`/g)) {
      const text = match[1]!
      if (text.includes('${')) throw new Error(`${file}: a GraphQL template with an interpolation`)
      for (const definition of parse(text).definitions) {
        const name = (definition as DefinitionNode & { name?: { value: string } }).name?.value
        if (!name || !definition.loc) continue
        const own = text.slice(definition.loc.start, definition.loc.end)
        byName.set(name, { text: own, spreads: [...own.matchAll(/\.\.\.\s*([_A-Za-z]\w*)/g)].map((m) => m[1]!), file })
      }
    }
  }
  return byName
}

const index = indexClientDocuments()

/** The operation as the app's document holds it: the operation and every fragment it needs. */
export function clientDocument(operationName: string): DocumentNode {
  const operation = index.get(operationName)
  if (!operation) throw new Error(`no GraphQL operation ${operationName} in client/src`)
  const texts = new Map<string, string>()
  const add = (name: string) => {
    if (texts.has(name)) return
    const found = index.get(name)
    if (!found) throw new Error(`fragment ${name} (spread by ${operationName}) not found in client/src`)
    texts.set(name, found.text)
    for (const spread of found.spreads) if (spread !== 'on') add(spread)
  }
  add(operationName)
  return gql([...texts.values()].join('\n'))
}

export interface HttpRequest {
  method: 'GET' | 'POST'
  /** Path and query string. */
  path: string
  headers: Record<string, string>
  body?: string
}

const documents = new Map<string, DocumentNode>()

/** The request urql's fetchExchange makes for this operation, with the headers the app adds (urql/client.ts). */
export function clientRequest(
  operationName: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): HttpRequest {
  const document = documents.get(operationName) ?? formatDocument(clientDocument(operationName))
  documents.set(operationName, document)
  const request = createRequest(document, variables)
  const isMutation = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation')
  const operation = makeOperation(isMutation ? 'mutation' : 'query', request, {
    url: '/graphql',
    requestPolicy: 'network-only',
    preferGetMethod: 'within-url-limit',
    fetchOptions: { headers },
  })
  const body = makeFetchBody(operation)
  const url = makeFetchURL(operation, body)
  const options = makeFetchOptions(operation, body)
  return {
    method: options.method === 'GET' ? 'GET' : 'POST',
    path: url,
    headers: options.headers as Record<string, string>,
    body: typeof options.body === 'string' ? options.body : undefined,
  }
}
