// A push service on 127.0.0.1 for the tests, and a browser's side of a subscription: the key pair and auth
// secret a browser makes (RFC 8291 §2), and the decryption it performs on a push (aes128gcm, RFC 8188), written
// with node:crypto alone so the test checks the sender against the RFCs rather than against web-push itself.
import { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedPush {
  path: string
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** Answers each path with the status the test set (201 unless told), and keeps every request. */
export async function startPushService() {
  const received: ReceivedPush[] = []
  const answers = new Map<string, number>()
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = request.url ?? '/'
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) })
      response.writeHead(answers.get(path) ?? 201).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    received,
    origin: `http://127.0.0.1:${port}`,
    endpoint: (path: string) => `http://127.0.0.1:${port}${path}`,
    answer: (path: string, status: number) => answers.set(path, status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** What a browser keeps for one subscription; `p256dh` and `auth` are what it hands the server. */
export function browserSubscriptionKeys() {
  const ecdh = createECDH('prime256v1')
  const publicKey = ecdh.generateKeys()
  const authSecret = randomBytes(16)
  return {
    p256dh: publicKey.toString('base64url'),
    auth: authSecret.toString('base64url'),
    /** Decrypts an aes128gcm push body addressed to this subscription (one record, as Web Push sends). */
    decrypt(body: Buffer): string {
      const salt = body.subarray(0, 16)
      const idLength = body.readUInt8(20)
      const serverPublicKey = body.subarray(21, 21 + idLength)
      const ciphertext = body.subarray(21 + idLength)
      const sharedSecret = ecdh.computeSecret(serverPublicKey)
      const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), publicKey, serverPublicKey])
      const inputKey = Buffer.from(hkdfSync('sha256', sharedSecret, authSecret, keyInfo, 32))
      const derive = (label: string, length: number) =>
        Buffer.from(hkdfSync('sha256', inputKey, salt, Buffer.from(`Content-Encoding: ${label}\0`), length))
      const decipher = createDecipheriv('aes-128-gcm', derive('aes128gcm', 16), derive('nonce', 12))
      decipher.setAuthTag(ciphertext.subarray(-16))
      const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, -16)), decipher.final()])
      // The last record ends with the delimiter 2, then zero padding.
      const end = padded.lastIndexOf(2)
      if (end < 0 || padded.subarray(end + 1).some((byte) => byte !== 0)) throw new Error('no record delimiter')
      return padded.subarray(0, end).toString('utf8')
    },
  }
}

/**
 * Reads a `vapid t=<JWT>, k=<key>` Authorization header (RFC 8292): the token's claims once its ES256
 * signature checks against the key the header names.
 */
export function verifiedVapidClaims(authorization: string): { key: string; claims: Record<string, unknown> } {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization)
  if (!match) throw new Error(`not a VAPID header: ${authorization}`)
  const [, token, key] = match as unknown as [string, string, string]
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const point = Buffer.from(key, 'base64url')
  const publicKey = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  })
  const signed = Buffer.from(`${header}.${payload}`)
  const valid = verify(
    'sha256',
    signed,
    { key: publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  )
  if (!valid) throw new Error('the VAPID signature does not verify')
  return { key, claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown> }
}
