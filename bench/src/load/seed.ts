// The county the load runs on: the projects list's seed (../seed.ts) and the dashboard's (../statistics/seed.ts)
// at a county's size, then what a working day needs on top: department staff in the three departments, county
// leaders in the talent office, next follow-up dates around today (so Today lists something), and one session
// per user (the cookie's token is `<secret>-<login>`; the database keeps its SHA-256, as a sign-in does).
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { hashPassword } from '../../../server/src/auth/password.ts'
import { seedSql, type SeedSize } from '../seed.ts'
import type { LoadUser } from './workload.ts'
import { statisticsSeedSql } from '../statistics/seed.ts'

export interface LoadSize extends SeedSize {
  departmentUsersPerDepartment: number
  leaders: number
}

export function loadSize(projects: number): LoadSize {
  return {
    units: 20,
    users: 400,
    talents: Math.max(1, Math.round(projects / 2)),
    projects,
    activitiesPerProject: 3,
    departmentUsersPerDepartment: 15,
    leaders: 20,
  }
}

export function loadSeedSql(adminPasswordHash: string, size: LoadSize, tokenSecret: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(tokenSecret)) throw new Error('unexpected characters in the token secret')
  const perDepartment = size.departmentUsersPerDepartment
  // The credit checks (migration credit_once_per_talent) look up each signing's and landing's talent one row at a
  // time: ~0.1–0.2 s a row, minutes for a county. The seed credits each talent in one unit by construction.
  return `${seedSql(adminPasswordHash, size)}
ALTER TABLE "Signing" DISABLE TRIGGER "Signing_credit_insert";
ALTER TABLE "Landing" DISABLE TRIGGER "Landing_credit_insert";
${statisticsSeedSql(size)}
ALTER TABLE "Signing" ENABLE TRIGGER "Signing_credit_insert";
ALTER TABLE "Landing" ENABLE TRIGGER "Landing_credit_insert";
INSERT INTO "User" (id, login, name, "passwordHash", role, "unitId", "updatedAt")
SELECT gen_random_uuid(), 'dept' || d || '-' || k, '部门人员 ' || d || '-' || k, '!', 'DEPARTMENT',
       ('0000000000007a0a8' || lpad(to_hex(d), 15, '0'))::uuid, now()
FROM generate_series(1, 3) AS d, generate_series(1, ${perDepartment}) AS k;

INSERT INTO "User" (id, login, name, "passwordHash", role, "unitId", "updatedAt")
SELECT gen_random_uuid(), 'leader' || k, '县领导 ' || k, '!', 'LEADER', u.id, now()
FROM generate_series(1, ${size.leaders}) AS k, "Unit" u WHERE u.kind = 'OFFICE';

-- Each owned project's owner is field staff of the project's unit (only they may log its follow-ups).
WITH staff AS (
  SELECT id, "unitId", row_number() OVER (PARTITION BY "unitId" ORDER BY login) - 1 AS k,
         count(*) OVER (PARTITION BY "unitId") AS n
  FROM "User" WHERE role = 'STAFF')
UPDATE "Project" p SET "ownerId" = s.id FROM staff s
WHERE p."ownerId" IS NOT NULL AND s."unitId" = p."unitId" AND s.k = abs(hashtext(p.id::text)) % s.n;

-- Follow-ups due from three weeks ago to three weeks ahead, on the newest activity as a phone would have set them
-- (the newest-activity trigger copies it onto the project).
UPDATE "Activity" a SET "nextFollowUpAt" = now() + ((abs(hashtext(a.id::text)) % 1008) - 504) * interval '1 hour'
FROM "Project" p WHERE p."lastActivityId" = a.id;
UPDATE "Project" p SET "nextFollowUpAt" = a."nextFollowUpAt" FROM "Activity" a
WHERE a.id = p."lastActivityId" AND p."nextFollowUpAt" IS DISTINCT FROM a."nextFollowUpAt";

INSERT INTO "Session" (id, "userId", "expiresAt")
SELECT encode(sha256(convert_to('${tokenSecret}-' || login, 'UTF8')), 'hex'), id, now() + interval '30 days'
FROM "User";
`
}

export const sessionToken = (tokenSecret: string, login: string) => `${tokenSecret}-${login}`

/**
 * Makes the county on the run's database (one session per user, tokens made here) and returns the users the
 * load acts as (field staff, managers, departments, leaders, each with up to 30 projects they own) and the counts.
 */
export async function seedLoadCounty(url: string, projects: number) {
  const tokenSecret = randomBytes(12).toString('base64url')
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const size = loadSize(projects)
    await client.query(loadSeedSql(await hashPassword(randomBytes(12).toString('base64url')), size, tokenSecret))
    await client.query('VACUUM ANALYZE')
    const { rows } = await client.query<Omit<LoadUser, 'token'>>(
      `SELECT u.login, u.id::text, u.role::text, u."unitId"::text,
              coalesce(array_agg(p.id::text) FILTER (WHERE p.id IS NOT NULL), '{}') AS projects
       FROM "User" u
       LEFT JOIN LATERAL (SELECT id FROM "Project" WHERE "ownerId" = u.id AND status = 'ACTIVE' ORDER BY id LIMIT 30) p
         ON true
       WHERE u.role IN ('STAFF', 'PARK_MANAGER', 'DEPARTMENT', 'LEADER')
       GROUP BY u.id ORDER BY u.login`,
    )
    const counts = (
      await client.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM "Project") projects, (SELECT count(*) FROM "Activity") activities,
                (SELECT count(*) FROM "User") users, (SELECT count(*) FROM "SupportRequest") "supportRequests",
                (SELECT count(*) FROM "Unit") units`,
      )
    ).rows[0]!
    return { users: rows.map((user) => ({ ...user, token: sessionToken(tokenSecret, user.login) })), counts }
  } finally {
    await client.end()
  }
}
