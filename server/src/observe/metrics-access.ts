// Who may read /metrics (METRICS_ALLOW): a list of addresses and CIDR ranges, loopback only by default.
// Both the socket's peer and the client the trusted proxies name must be in it: behind nginx the peer is
// always nginx (allowed as loopback), so the peer alone would open the metrics to anyone nginx lets through;
// and the proxy-reported client alone could be forged by whoever reaches the port directly with TRUST_PROXY
// set (X-Forwarded-For: 127.0.0.1). Requiring both holds in either mistake.
import { BlockList, isIPv4, isIPv6 } from 'node:net'

export const defaultMetricsAllow = '127.0.0.1,::1'

export class MetricsAllowError extends Error {}

/** The allowed addresses, or null when METRICS_ALLOW=none turns the endpoint off. */
export function metricsAllowList(setting: string | undefined): BlockList | null {
  const text = setting?.trim() || defaultMetricsAllow
  if (text === 'none') return null
  const list = new BlockList()
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = '', bits, ...rest] = entry.split('/')
    const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null
    const prefix = bits === undefined ? (family === 'ipv4' ? 32 : 128) : Number(bits)
    const widest = family === 'ipv4' ? 32 : 128
    if (!family || rest.length || !Number.isInteger(prefix) || prefix < 0 || prefix > widest)
      throw new MetricsAllowError(
        `METRICS_ALLOW: "${entry}" is not an address or a CIDR range (e.g. 127.0.0.1,10.0.0.0/8,::1); ` +
          'none turns /metrics off',
      )
    list.addSubnet(address, prefix, family)
  }
  return list
}

/** `::ffff:10.0.0.5` (IPv4 on a dual-stack socket) is judged as 10.0.0.5. */
export function isAllowedAddress(list: BlockList, address: string | undefined): boolean {
  if (!address) return false
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  if (isIPv4(plain)) return list.check(plain, 'ipv4')
  if (isIPv6(plain)) return list.check(plain, 'ipv6')
  return false
}
