// The bench data, as set-based SQL (INSERT … SELECT generate_series) that runs the same on PostgreSQL and
// PGlite and gives the same rows on both: every id and date is a function of the row number, nothing random.
// Ids are UUIDv7-shaped (48-bit milliseconds first), so "newest first" (ORDER BY id DESC) is by creation time.
// The enums' values, and so which row gets which, come in the schema's order from @talent/rules.
import { sourceChannels, stages } from '@talent/rules/enums'

export interface SeedSize {
  units: number
  users: number
  talents: number
  projects: number
  activitiesPerProject: number
}

export const defaultSize: SeedSize = {
  units: 20,
  users: 200,
  talents: 50_000,
  projects: 100_000,
  activitiesPerProject: 3,
}

export const adminLogin = 'bench-admin'

const base = Date.UTC(2026, 0, 1) // ms
const hour = 3_600_000

/** A UUIDv7-shaped id: 12 hex of milliseconds, version 7, a 3-hex table tag, variant 8, 15 hex of row number. */
function uuid(tag: string, msExpr: string, rowExpr: string): string {
  return `(lpad(to_hex(${msExpr}), 12, '0') || '7${tag}8' || lpad(to_hex(${rowExpr}), 15, '0'))::uuid`
}
const at = (msExpr: string) => `to_timestamp((${msExpr})::double precision / 1000)`

// Row number → milliseconds, per table (projects two minutes apart, activities hours after their project).
const unitMs = (i: string) => `(${base}::bigint + ${i})`
const userMs = (i: string) => `(${base}::bigint + 1000 + ${i})`
const talentMs = (i: string) => `(${base}::bigint + (${i})::bigint * 60000)`
const projectMs = (i: string) => `(${base}::bigint + (${i})::bigint * 120000)`

export const unitId = (i: string) => uuid('001', unitMs(i), i)
export const userId = (i: string) => uuid('002', userMs(i), i)
export const talentId = (i: string) => uuid('003', talentMs(i), i)
export const projectId = (i: string) => uuid('004', projectMs(i), i)

const activityKinds = ['CALL', 'VISIT', 'MEETING', 'EVENT', 'MESSAGE', 'NOTE']
const pick = (values: readonly string[], type: string, i: string) =>
  `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])[((${i}) % ${values.length}) + 1]::"${type}"`

/**
 * The whole seed as one SQL script. Unit 1 is the talent office and user 1 its ADMIN (`bench-admin`, with the
 * given argon2 hash); every 10th project has no owner; each project has `activitiesPerProject` activities an
 * hour apart (the database's trigger marks the newest on its project, with its time).
 */
export function seedSql(adminPasswordHash: string, size: SeedSize = defaultSize): string {
  if (!/^[$A-Za-z0-9+/=,.-]+$/.test(adminPasswordHash)) throw new Error('unexpected characters in the password hash')
  const { units, users, talents, projects, activitiesPerProject: perProject } = size
  const otherUnits = units - 1
  // A talent's projects all belong to one unit: claim protection refuses another unit's active project for them.
  const talentUnit = `((((g - 1) % ${talents}) % ${otherUnits}) + 2)`
  return `
INSERT INTO "Unit" (id, kind, name, code, "updatedAt")
SELECT ${unitId('g')},
       CASE WHEN g = 1 THEN 'OFFICE' WHEN g <= ${Math.ceil(units / 2)} THEN 'PARK' ELSE 'TOWN' END::"UnitKind",
       CASE WHEN g = 1 THEN '人才办' ELSE '单位 ' || g END, 'U' || g, now()
FROM generate_series(1, ${units}) AS g;

INSERT INTO "User" (id, login, name, "passwordHash", role, "unitId", "updatedAt")
SELECT ${userId('g')},
       CASE WHEN g = 1 THEN '${adminLogin}' ELSE 'user' || g END,
       CASE WHEN g = 1 THEN '管理员' ELSE '工作人员 ' || g END,
       CASE WHEN g = 1 THEN '${adminPasswordHash}' ELSE '!' END,
       CASE WHEN g = 1 THEN 'ADMIN' WHEN g % 5 = 0 THEN 'PARK_MANAGER' ELSE 'STAFF' END::"Role",
       CASE WHEN g = 1 THEN ${unitId('1')} ELSE ${unitId(`(((g - 2) % ${otherUnits}) + 2)`)} END,
       now()
FROM generate_series(1, ${users}) AS g;

INSERT INTO "Talent" (id, name, phone, employer, "createdAt", "updatedAt")
SELECT ${talentId('g')}, '人才 ' || g, '138' || lpad(g::text, 8, '0'), '单位' || (g % 997), ${at(talentMs('g'))},
  ${at(talentMs('g'))}
FROM generate_series(1, ${talents}) AS g;

INSERT INTO "Project" (id, title, "talentId", "unitId", "creditUnitId", "ownerId", "sourceChannel", stage,
                       "createdById", "createdAt", "updatedAt", "stageEnteredAt")
SELECT ${projectId('g')}, '项目 ' || g,
       ${talentId(`(((g - 1) % ${talents}) + 1)`)},
       ${unitId(talentUnit)},
       ${unitId(talentUnit)},
       CASE WHEN g % 10 = 0 THEN NULL ELSE ${userId(`(((g - 1) % ${users - 1}) + 2)`)} END,
       ${pick(sourceChannels, 'SourceChannel', 'g')}, ${pick(stages, 'Stage', 'g')},
       ${userId('1')}, ${at(projectMs('g'))}, ${at(projectMs('g'))}, ${at(projectMs('g'))}
FROM generate_series(1, ${projects}) AS g;

INSERT INTO "Activity" (id, "projectId", kind, "occurredAt", summary, "authorId", "createdAt", "updatedAt")
SELECT ${uuid('005', `${projectMs('p')} + k * ${hour}`, `((p - 1) * ${perProject} + k)`)},
       ${projectId('p')},
       ${pick(activityKinds, 'ActivityKind', 'p + k')},
       ${at(`${projectMs('p')} + k * ${hour}`)},
       '第' || k || '次跟进：项目 ' || p || ' 的进展与下一步',
       ${userId(`(((p - 1) % ${users - 1}) + 2)`)},
       ${at(`${projectMs('p')} + k * ${hour}`)}, ${at(`${projectMs('p')} + k * ${hour}`)}
FROM generate_series(1, ${projects}) AS p, generate_series(1, ${perProject}) AS k;
`
}
