// The access line of a request that is not GraphQL's (those are logged by access-log.ts): the app's pages,
// its files and the probes. Pages (the app's routes), missing files and refused scrapes are logged at info; a
// file served and a probe at debug, so that a phone loading the app's assets or a load balancer asking every few
// seconds does not bury the API's lines (LOG_LEVEL=debug shows them).
import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { givenRequestId, REQUEST_ID_HEADER, type Logger } from '../errors/request-log.ts'

const probePaths = new Set(['/healthz', '/readyz', '/metrics'])

export function logHttpAccess(
  logger: Logger,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  address: string,
): void {
  const requestId = givenRequestId(request.headers[REQUEST_ID_HEADER]) ?? randomUUID()
  response.setHeader(REQUEST_ID_HEADER, requestId)
  const started = performance.now()
  response.once('finish', () => {
    const status = response.statusCode
    // A probe's failure is logged where it is known (not ready: once, as it changes); a refused scrape is not.
    const routine = probePaths.has(pathname) ? status !== 403 : status < 400 && /\.[a-z0-9]+$/i.test(pathname)
    const line = {
      requestId,
      method: request.method,
      path: pathname,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      address,
    }
    if (routine) logger.debug(line, 'request')
    else logger.info(line, 'request')
  })
}
