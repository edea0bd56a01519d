// Who is on the other end of a request. Behind reverse proxies the socket is the nearest proxy, and the
// client's address is in X-Forwarded-For — but only the entries our own proxies appended can be believed:
// anything to their left was written by the client (`X-Forwarded-For: 1.2.3.4, <real>`).

/** TRUST_PROXY: unset or 0 = no proxy; 1 (or `true`) = one proxy in front; N = N proxies in a chain. */
export function trustedProxyHops(setting: string | undefined): number {
  if (!setting || setting === 'false') return 0
  if (setting === 'true') return 1
  const hops = Number(setting)
  if (!Number.isInteger(hops) || hops < 0)
    throw new Error(`TRUST_PROXY must be a number of proxies (0, 1, 2…), not "${setting}"`)
  return hops
}

/**
 * Counting from the socket, each trusted proxy vouches for the address one step further left; the client is
 * the entry `hops` steps from the right (the socket itself when no proxy is trusted). A shorter chain than
 * configured means the request skipped a proxy: the furthest address we have is taken.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const socket = socketAddress || 'unknown'
  if (hops === 0 || !forwardedFor) return socket
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [socket, ...entries.reverse()]
  return chain[Math.min(hops, chain.length - 1)]!
}
