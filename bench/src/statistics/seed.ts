// What the statistics and the scores count, on top of the projects list's seed (src/seed.ts): each project's
// StageChange history up to its stage, signings and landings, talents' class, age and sector, programs and
// applications, three departments with support requests, service events with participants, spending, and
// the 2026 scheme with every unit's targets. Set-based SQL for PostgreSQL (gen_random_uuid for new ids).
import { stages, supportCategories } from '@talent/rules/enums'
import { projectId, talentId, unitId, userId, type SeedSize } from '../seed.ts'

const day = '86400000::bigint'
const projectMs = (i: string) => `(${Date.UTC(2026, 0, 1)}::bigint + (${i})::bigint * 120000)`
const at = (ms: string) => `to_timestamp((${ms})::double precision / 1000)`
const pick = (values: readonly string[], type: string, i: string) =>
  `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])[((${i}) % ${values.length}) + 1]::"${type}"`

const indicators: [code: string, metric: string, weight: number, kinds: string, park: number, town: number][] = [
  ['NATIONAL_MAJOR', 'NATIONAL_MAJOR_TALENTS', 20, 'PARK,TOWN', 5, 1],
  ['INVESTMENT', 'TALENT_INVESTMENT', 10, 'PARK,TOWN', 800, 200],
  ['LEADS', 'LEADS_LOGGED', 10, 'PARK,TOWN', 6000, 4000],
  ['SIGNED', 'PROJECTS_SIGNED', 15, 'PARK,TOWN', 900, 600],
  ['LANDED', 'PROJECTS_LANDED', 20, 'PARK,TOWN', 700, 500],
  ['APPLIED', 'APPLICATIONS_SUBMITTED', 10, 'PARK,TOWN', 150, 100],
  ['SELECTED', 'PROGRAM_SELECTIONS', 5, 'PARK,TOWN', 40, 30],
  ['YOUTH', 'YOUTH_RESERVE', 5, 'PARK,TOWN', 60, 40],
  ['EVENTS', 'EVENT_PARTICIPANTS', 5, 'PARK,TOWN', 500, 300],
  ['SUPPORT', 'SUPPORT_RESOLVED', 100, 'DEPARTMENT', 0, 0],
]

export function statisticsSeedSql(size: SeedSize): string {
  const { projects, talents, units } = size
  const otherUnits = units - 1
  const stageOf = (g: string) => `((${g}) % 7)`
  // One talent's venture is credited by one unit (migration credit_once_per_talent): a talent's projects are
  // signed and landed only in the unit of its first project.
  const creditedOnce = (g: string) => `((${g}) - 1) % ${otherUnits} = (((${g}) - 1) % ${talents}) % ${otherUnits}`
  const sectors = pick(['ENTERPRISE', 'EDUCATION', 'HEALTH', 'RESEARCH', 'PUBLIC_INSTITUTION', 'OTHER'], 'Sector', 'n')
  const stageArray = `(ARRAY[${stages.map((s) => `'${s}'`).join(',')}])`
  const categories = pick(supportCategories, 'SupportCategory', 'g')
  const eventKinds = pick(
    ['STUDY_TOUR', 'HISTORY_LECTURE', 'COUNTY_TOUR', 'MATCHMAKING', 'SALON'],
    'ServiceEventKind',
    'e',
  )
  const indicatorRows = indicators
    .map(
      ([code, metric, weight, kinds, park, town], o) =>
        `('${code}', '${metric}', ${weight}, '${kinds}', ${park}, ${town}, ${o})`,
    )
    .join(', ')
  const targetRows = indicators.map(([code, , , , park, town]) => `('${code}', ${park}, ${town})`).join(', ')
  return `
UPDATE "Talent" t SET "talentClass" = (CASE WHEN n % 13 = 0 THEN 'A' WHEN n % 13 < 3 THEN 'B' WHEN n % 13 < 6 THEN 'C'
  WHEN n % 13 < 9 THEN 'D' ELSE 'NONE' END)::"TalentClass",
  "birthYear" = 1960 + n % 45, sector = ${sectors}
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Talent") r WHERE r.id = t.id;

UPDATE "Project" SET industry = (ARRAY['新材料','生物医药','高端装备','数字经济','新能源'])[(abs(hashtext(id::text)) % 5) + 1];

INSERT INTO "StageChange" (id, "projectId", "fromStage", "toStage", "fromStatus", "toStatus", at, "byId")
SELECT gen_random_uuid(), ${projectId('g')}, ${stageArray}[k]::"Stage", ${stageArray}[k + 1]::"Stage",
       'ACTIVE', 'ACTIVE', ${at(`${projectMs('g')} + k * ${day}`)}, ${userId('1')}
FROM generate_series(1, ${projects}) AS g, generate_series(1, 6) AS k WHERE k <= ${stageOf('g')};

INSERT INTO "Signing" (id, "projectId", "signedAt", "agreementKind", "investmentAgreed", "updatedAt")
SELECT gen_random_uuid(), ${projectId('g')},
  (${at(`${projectMs('g')} + 4 * ${day}`)} AT TIME ZONE 'Asia/Shanghai')::date, 'INVESTMENT', 100 + g % 900, now()
FROM generate_series(1, ${projects}) AS g WHERE ${stageOf('g')} >= 4 AND ${creditedOnce('g')};

INSERT INTO "Landing" (id, "projectId", "companyName", uscc, "registeredAt", "registeredCapital", "updatedAt")
SELECT gen_random_uuid(), ${projectId('g')}, '公司 ' || g, 'B' || lpad(g::text, 17, '0'),
  (${at(`${projectMs('g')} + 5 * ${day}`)} AT TIME ZONE 'Asia/Shanghai')::date, 50 + g % 500, now()
FROM generate_series(1, ${projects}) AS g WHERE ${stageOf('g')} >= 5 AND ${creditedOnce('g')};

INSERT INTO "Unit" (id, kind, name, code, "updatedAt")
SELECT ('0000000000007a0a8' || lpad(to_hex(d), 15, '0'))::uuid, 'DEPARTMENT', (ARRAY['人社局','工信局','商务局'])[d], 'D' || d,
  now() FROM generate_series(1, 3) AS d;

INSERT INTO "Program" (id, code, name, level, "isNationalMajor", "updatedAt") VALUES
  ('0000000000007b0b8000000000000001', 'GJ', '国家重大人才计划', 'NATIONAL', true, now()),
  ('0000000000007b0b8000000000000002', 'SSC', '省双创计划', 'PROVINCE', false, now()),
  ('0000000000007b0b8000000000000003', 'S333', '省333工程', 'PROVINCE', false, now()),
  ('0000000000007b0b8000000000000004', 'SSC2', '市双创计划', 'CITY', false, now());

INSERT INTO "ProgramApplication" (id, "programId", year, "talentId", "unitId", status, "statusChangedAt",
  "submittedAt", "decidedAt", "createdAt", "updatedAt")
SELECT gen_random_uuid(), ('0000000000007b0b800000000000000' || (1 + g % 4))::uuid, y, ${talentId('g')},
  ${unitId(`(((g - 1) % ${otherUnits}) + 2)`)},
       ${pick(['RESERVE', 'COACHING', 'SUBMITTED', 'SELECTED', 'REJECTED'], 'ApplicationStatus', 'g / 10')},
       make_timestamptz(y, 3, 1, 0, 0, 0, 'Asia/Shanghai'),
       CASE WHEN (g / 10) % 5 >= 2 THEN make_timestamptz(y, 4, 1 + g % 28, 0, 0, 0, 'Asia/Shanghai') END,
       CASE WHEN (g / 10) % 5 >= 3 THEN make_timestamptz(y, 9, 1 + g % 28, 0, 0, 0, 'Asia/Shanghai') END,
       make_timestamptz(y, 2, 1 + g % 28, 0, 0, 0, 'Asia/Shanghai'), now()
FROM generate_series(10, ${talents}, 10) AS g, generate_series(2025, 2026) AS y;

INSERT INTO "SupportRequest" (id, "projectId", category, description, "departmentId", "dueAt", status, "resolvedAt",
  "createdById", "createdAt", "updatedAt")
SELECT gen_random_uuid(), ${projectId('g')}, ${categories}, '诉求 ' || g,
       ('0000000000007a0a8' || lpad(to_hex(1 + g % 3), 15, '0'))::uuid, ${at(`${projectMs('g')} + 40 * ${day}`)},
       ${pick(['ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'RESOLVED', 'REJECTED'], 'SupportStatus', 'g / 3')},
       CASE WHEN (g / 3) % 6 IN (2, 3, 4) THEN ${at(`${projectMs('g')} + (10 + g % 30) * ${day}`)} END, ${userId('1')},
       ${at(`${projectMs('g')} + 6 * ${day}`)}, now()
FROM generate_series(1, ${projects}) AS g WHERE ${stageOf('g')} >= 5 AND g % 3 = 0;

INSERT INTO "ServiceEvent" (id, kind, title, "heldOn", "organiserUnitId", "updatedAt")
SELECT ('0000000000007c0c8' || lpad(to_hex(e), 15, '0'))::uuid, ${eventKinds}, '活动 ' || e,
       make_date(2026, 1 + e % 12, 1 + e % 28), ${unitId(`(((e - 1) % ${otherUnits}) + 2)`)}, now()
FROM generate_series(1, 500) AS e;

INSERT INTO "ServiceEventParticipant" ("eventId", "talentId")
SELECT DISTINCT ('0000000000007c0c8' || lpad(to_hex(e), 15, '0'))::uuid,
  ${talentId(`(((e * 37 + k * 101) % ${talents}) + 1)`)}
FROM generate_series(1, 500) AS e, generate_series(1, 20) AS k;

INSERT INTO "TalentSpending" (id, "unitId", "spentOn", amount, purpose, "updatedAt")
SELECT gen_random_uuid(), ${unitId('u')}, make_date(2026, m, 15), 20 + (u * m) % 80, '人才公寓补贴', now()
FROM generate_series(2, ${units}) AS u, generate_series(1, 12) AS m;

INSERT INTO "AssessmentScheme" (id, year, name, "updatedAt") VALUES ('0000000000007d0d8000000000000001', 2026,
  '2026年度人才工作目标责任制考核办法', now());
INSERT INTO "Indicator" (id, "schemeId", code, name, metric, weight, "unitKinds", "sortOrder")
SELECT ('0000000000007d0d8' || lpad(to_hex(100 + o), 15, '0'))::uuid, '0000000000007d0d8000000000000001', v.code,
  v.code, v.metric::"IndicatorMetric", v.weight, string_to_array(v.kinds, ',')::"UnitKind"[], o
FROM (VALUES ${indicatorRows}) AS v(code, metric, weight, kinds, park, town, o);
INSERT INTO "Target" (id, "indicatorId", "unitId", value, "updatedAt")
SELECT gen_random_uuid(), i.id, u.id, CASE u.kind WHEN 'PARK' THEN v.park WHEN 'TOWN' THEN v.town ELSE 20 END, now()
FROM "Indicator" i JOIN (VALUES ${targetRows}) AS v(code, park, town) ON v.code = i.code
JOIN "Unit" u ON u.kind = ANY (i."unitKinds");
`
}
