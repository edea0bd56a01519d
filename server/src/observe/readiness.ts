// /readyz: may this process take requests? Only when its database answers and holds every migration this
// release ships. The query on `_prisma_migrations` proves both at once.
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { prismaDir } from '../db/paths.ts'

/** `reason` is answered to anyone who asks; `detail` (the database's own words) goes only to the log. */
export type Readiness = { ready: true } | { ready: false; reason: string; detail?: string }

/** A database that does not answer within this is as good as down to a load balancer. */
const answerWithinMs = 2000

/** The migrations of this release: the folders beside the schema, read once (a later copy is another release). */
let shipped: Promise<string[]> | undefined
function shippedMigrations(): Promise<string[]> {
  shipped ??= readdir(path.join(prismaDir, 'migrations'), { withFileTypes: true }).then((entries) =>
    entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
  )
  return shipped
}

export function readinessCheck(prisma: PrismaClient): () => Promise<Readiness> {
  return async () => {
    try {
      const applied = new Set(await answered(appliedMigrations(prisma)))
      const missing = (await shippedMigrations()).filter((name) => !applied.has(name))
      if (missing.length) return { ready: false, reason: `migrations not applied: ${missing.join(', ')}` }
      return { ready: true }
    } catch (error) {
      if (await answered(lacksMigrationTable(prisma)).catch(() => false))
        return { ready: false, reason: 'no migrations applied (empty database)' }
      return { ready: false, reason: 'database unavailable', detail: lastLine(error) }
    }
  }
}

/** The database's answer, or a failure once it has kept us waiting for answerWithinMs. */
async function answered<T>(query: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${answerWithinMs} ms`)), answerWithinMs)
  })
  try {
    return await Promise.race([query, timeout])
  } finally {
    clearTimeout(timer)
  }
}

async function appliedMigrations(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
  return rows.map((row) => row.migration_name)
}

/** True only when the database answers and has no migration table; false when it does not answer. */
async function lacksMigrationTable(prisma: PrismaClient): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ found: boolean }[]>`
    SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found`
  return rows[0]?.found === false
}

/** Prisma ends its message with the database's own words: enough to tell a refused connection from a lost table. */
function lastLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return (lines.at(-1) ?? 'unknown error').slice(0, 200)
}
