import { hash, verify } from '@node-rs/argon2'

// OWASP's minimum for argon2id is m=19 MiB, t=2, p=1; we go above it on memory.
const options = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum the compiler cannot inline here */,
  memoryCost: 19_456 * 2,
  timeCost: 2,
  parallelism: 1,
} as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false)
}
