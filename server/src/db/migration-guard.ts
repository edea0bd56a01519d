// Before migrating a database that holds data: a pending migration whose statements would lose some (drop a
// table or a column, change a column's type, delete or truncate rows) is refused unless ALLOW_DATA_LOSS=1
// or the migration carries the line `-- data-loss: reviewed` (its author moved the data first). Prisma's
// own warnings come from `migrate dev` only, never at deploy. A database with no migration applied yet is
// not checked: there is nothing to lose. The check reads statements, not what the functions they call do.
import type { MigrationList } from '@prisma/schema-engine-wasm'
import type { PrismaClient } from '../generated/prisma/client.ts'
import { DatabaseOpenError } from './open-error.ts'

export class DataLossRefusedError extends DatabaseOpenError {}

export const reviewedMarker = /^--\s*data-loss:\s*reviewed\b/im

/** The statements of a migration that lose data, as written (without comments). */
export function lossyStatements(sql: string): string[] {
  return topLevelStatements(sql).filter(losesData)
}

function losesData(statement: string): boolean {
  if (/^(DROP\s+(TABLE|SCHEMA)|TRUNCATE|DELETE\s+FROM)\b/i.test(statement)) return true
  const alter = /^ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?(?:"[^"]+"|\S+)(?:\.(?:"[^"]+"|\S+))?\s+(.*)$/is.exec(
    statement,
  )
  if (!alter) return false
  return splitTopLevel(alter[1] as string, ',').some(
    (action) =>
      /^DROP\s+(?!CONSTRAINT\b)/i.test(action) ||
      /^ALTER\s+(?:COLUMN\s+)?(?:"[^"]+"|\S+)\s+(?:SET\s+DATA\s+)?TYPE\b/i.test(action),
  )
}

/**
 * Statements outside function bodies: a `CREATE FUNCTION … $$ DELETE … $$` deletes nothing when it is
 * created. A `DO $$ … $$` block runs at once, so its body is read as statements too.
 */
function topLevelStatements(sql: string): string[] {
  const statements: string[] = []
  for (const raw of splitTopLevel(withoutComments(sql), ';')) {
    const statement = raw.trim()
    if (!statement) continue
    const block = /^DO\s+(\$[A-Za-z_]*\$)([\s\S]*)\1/i.exec(statement)
    if (block) statements.push(...topLevelStatements((block[2] as string).replace(/^\s*(DECLARE[\s\S]*?)?BEGIN/i, '')))
    else statements.push(statement.replace(/\s+/g, ' '))
  }
  return statements
}

function withoutComments(sql: string): string {
  return sql.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ')
}

/** Splits on `separator` outside quotes, dollar-quoted bodies and parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  let i = 0
  while (i < text.length) {
    const char = text[i] as string
    const dollar = char === '$' ? /^\$[A-Za-z_]*\$/.exec(text.slice(i)) : null
    if (dollar) {
      const end = text.indexOf(dollar[0], i + dollar[0].length)
      i = end < 0 ? text.length : end + dollar[0].length
      continue
    }
    if (char === "'" || char === '"') {
      const end = text.indexOf(char, i + 1)
      i = end < 0 ? text.length : end + 1
      continue
    }
    if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i).trim())
      start = i + 1
    }
    i++
  }
  parts.push(text.slice(start).trim())
  return parts.filter(Boolean)
}

/** Refuses (throws) when a migration not yet applied to this database would lose data it holds. */
export async function refuseDataLoss(prisma: PrismaClient, migrations: MigrationList, env: NodeJS.ProcessEnv) {
  if (env.ALLOW_DATA_LOSS === '1') return
  const applied = await appliedMigrations(prisma)
  if (applied.size === 0) return
  const refused: string[] = []
  for (const directory of migrations.migrationDirectories) {
    const content = directory.migrationFile.content
    if (applied.has(directory.path) || content.tag !== 'ok' || reviewedMarker.test(content.value)) continue
    for (const statement of lossyStatements(content.value)) refused.push(`${directory.path}: ${statement}`)
  }
  if (!refused.length) return
  throw new DataLossRefusedError(
    `A pending migration would lose data, and nothing was migrated:\n  ${refused.join('\n  ')}\n` +
      'Back the database up first (pnpm db:backup), then run again with ALLOW_DATA_LOSS=1. A migration that ' +
      'moves its data before dropping it says so with the line `-- data-loss: reviewed`.',
  )
}

async function appliedMigrations(prisma: PrismaClient): Promise<Set<string>> {
  const [table] = await prisma.$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`
  if (!table?.present) return new Set()
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
  return new Set(rows.map((row) => row.name))
}
