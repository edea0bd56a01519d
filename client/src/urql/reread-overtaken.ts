// A read whose answer was on its way when a write was acknowledged may have been answered before that write
// committed: the list it brings can lack the lead, unit or request just saved. urql sends one request per
// query at a time and drops a screen's own "ask again" while one is in flight, so the screen cannot fix this
// itself. This exchange, between the cache and the network, asks such a read again once its answer is in.
import { makeOperation, mapExchange, type Exchange, type Operation } from '@urql/core'

export const rereadOvertakenExchange: Exchange = (input) => {
  /** Queries sent to the server and not yet answered, and whether a write was acknowledged meanwhile. */
  const inFlight = new Map<number, { overtaken: boolean }>()

  function askAgain(operation: Operation) {
    const again = makeOperation('query', operation, { ...operation.context, requestPolicy: 'network-only' })
    // After this answer has reached the screen: urql would drop a request for a query still in flight.
    setTimeout(() => input.client.reexecuteOperation(again))
  }

  return mapExchange({
    onOperation(operation) {
      if (operation.kind === 'query') inFlight.set(operation.key, { overtaken: false })
      else if (operation.kind === 'teardown') inFlight.delete(operation.key)
    },
    onResult(result) {
      const { operation } = result
      if (operation.kind === 'mutation' && result.data) {
        for (const read of inFlight.values()) read.overtaken = true
      } else if (operation.kind === 'query') {
        const read = inFlight.get(operation.key)
        inFlight.delete(operation.key)
        if (read?.overtaken) askAgain(operation)
      }
    },
  })(input)
}
