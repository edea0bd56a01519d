/** Serialises outbox senders across tabs with the Web Locks API, where there is one. */
export function browserLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  // request() resolves with what the callback's promise resolves with, whatever its typing says.
  return locks ? (locks.request('tp-outbox-sender', run) as unknown as Promise<T>) : run()
}
