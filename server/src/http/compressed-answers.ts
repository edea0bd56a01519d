// GraphQL answers are JSON that compresses about eight to one (a phone's working set: 2.8 MB, 336 KB gzipped;
// bench/README.md). nginx compresses them in front of the server, but an install without it (npm start, a
// county's first trial) sent them whole over 3G. Gzip here when the client accepts it and the answer is worth it;
// never a live stream (each event must leave at once, not wait in a compressor's buffer). Compressed request
// bodies are not accepted: the request limits count what arrives.
import type { Plugin } from 'graphql-yoga'

/** Smaller answers gain less than the gzip header and the CPU cost. */
const smallestCompressed = 1024

function acceptsGzip(header: string | null): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';')
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param))
    return (coding === 'gzip' || coding === '*') && !refused
  })
}

export const useCompressedAnswers = (): Plugin => ({
  onResponse({ request, response, setResponse, fetchAPI }) {
    const type = response.headers.get('content-type') ?? ''
    const length = Number(response.headers.get('content-length') ?? Number.NaN)
    if (
      !response.body ||
      !/^application\/(graphql-response\+)?json/.test(type) ||
      response.headers.has('content-encoding') ||
      length < smallestCompressed ||
      !acceptsGzip(request.headers.get('accept-encoding'))
    )
      return
    const headers = new fetchAPI.Headers(response.headers)
    headers.set('content-encoding', 'gzip')
    headers.delete('content-length')
    headers.append('vary', 'accept-encoding')
    const body = response.body.pipeThrough(new fetchAPI.CompressionStream('gzip'))
    setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }))
  },
})
