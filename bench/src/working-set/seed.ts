// A heavy field user for the working-set bench: `field.heavy` owns 200 projects with realistic timelines —
// 12 to 28 follow-ups each (20 on average) with a summary and a next step, three stage changes, a support
// request on every fourth — among a county of 1 000 other projects. Set-based SQL, like bench/src/seed.ts.
import { seedSql } from '../seed.ts'

export const heavyLogin = 'field.heavy'
export const heavyProjects = 200

const heavyUser = "'0190a000-0000-7000-8000-00000000beef'::uuid"

export function workingSetSeedSql(passwordHash: string): string {
  const county = seedSql(passwordHash, {
    units: 6,
    users: 30,
    talents: 1_000,
    projects: 1_000,
    activitiesPerProject: 3,
  })
  const project = (g: string) => `('0190a000-0000-7000-8000-' || lpad(to_hex(${g}), 12, '0'))::uuid`
  const talent = (g: string) => `('0190a000-0000-7001-8000-' || lpad(to_hex(${g}), 12, '0'))::uuid`
  const unit = '(SELECT id FROM "Unit" WHERE code = \'U2\')'
  return `${county}
INSERT INTO "User" (id, login, name, "passwordHash", role, "unitId", "updatedAt")
VALUES (${heavyUser}, '${heavyLogin}', '外勤人员', '${passwordHash}', 'STAFF', ${unit}, now());

INSERT INTO "Talent" (id, name, title, employer, field, phone, email, wechat, "createdById", "updatedAt")
SELECT ${talent('g')}, '外勤人才' || g, '研究员', '浙江大学材料科学与工程学院第' || g || '课题组', '新材料',
       '137' || lpad(g::text, 8, '0'), 'talent' || g || '@example.cn', 'wx_field_' || g, ${heavyUser},
       now() - interval '30 days'
FROM generate_series(1, ${heavyProjects}) AS g;

INSERT INTO "Project" (id, title, "talentId", "unitId", "creditUnitId", "ownerId", "sourceChannel", stage,
                       industry, description, tags, "plannedInvestment", "createdById", "createdAt", "updatedAt",
                       "stageEnteredAt", "nextFollowUpAt")
SELECT ${project('g')}, '外勤人才' || g || '团队新材料中试基地项目', ${talent('g')}, ${unit}, ${unit}, ${heavyUser},
       'UNIVERSITY', 'NEGOTIATING', '新材料',
       '团队拟在本县建设中试线，需要标准厂房约两千平方米和人才公寓，计划三年内实现量产。', ARRAY['中试', '高层次'],
       1200 + g, ${heavyUser}, now() - interval '200 days', now() - interval '30 days', now() - interval '30 days',
       now() + (g % 14) * interval '1 day'
FROM generate_series(1, ${heavyProjects}) AS g;

INSERT INTO "Activity" (id, "projectId", kind, "occurredAt", summary, "nextStep", "nextFollowUpAt", "authorId",
                        "createdAt", "updatedAt")
SELECT gen_random_uuid(), ${project('g')}, (ARRAY['CALL','VISIT','MEETING','MESSAGE'])[(k % 4) + 1]::"ActivityKind",
       now() - (200 - k * 7) * interval '1 day',
       '第' || k || '次跟进：与团队负责人沟通厂房选址、设备进场时间和人才公寓安排，对方对园区政策总体满意，' ||
       '希望尽快明确配套资金的兑现节点。',
       '准备投资协议草稿，约经发局一起上门', now() - (193 - k * 7) * interval '1 day', ${heavyUser},
       now() - (200 - k * 7) * interval '1 day', now() - (200 - k * 7) * interval '1 day'
FROM generate_series(1, ${heavyProjects}) AS g, generate_series(1, 28) AS k
WHERE k <= 12 + (g % 17);

INSERT INTO "StageChange" (id, "projectId", "fromStage", "toStage", "fromStatus", "toStatus", at, "byId")
SELECT gen_random_uuid(), ${project('g')}, s.from_stage::"Stage", s.to_stage::"Stage",
       CASE WHEN s.from_stage IS NULL THEN NULL ELSE 'ACTIVE' END::"ProjectStatus", 'ACTIVE',
       now() - s.days_ago * interval '1 day', ${heavyUser}
FROM generate_series(1, ${heavyProjects}) AS g,
     (VALUES (NULL, 'LEAD', 200), ('LEAD', 'VISITED', 150), ('VISITED', 'NEGOTIATING', 30))
       AS s(from_stage, to_stage, days_ago);

INSERT INTO "SupportRequest" (id, "projectId", category, description, "departmentId", "dueAt", status,
                              "createdById", "updatedAt")
SELECT gen_random_uuid(), ${project('g')}, 'HIRING', '急需招聘二十名技术工人，希望人社局协助对接职业院校。',
       NULL, now() + interval '10 days', 'OPEN', ${heavyUser}, now() - interval '5 days'
FROM generate_series(4, ${heavyProjects}, 4) AS g;
`
}

/** Ten of the heavy user's projects get a new follow-up: what an incremental refresh then fetches. */
export function tenNewFollowUpsSql(): string {
  return `
INSERT INTO "Activity" (id, "projectId", kind, "occurredAt", summary, "authorId", "updatedAt")
SELECT gen_random_uuid(), ('0190a000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 'CALL', now(),
       '电话确认设备进场时间', ${heavyUser}, now()
FROM generate_series(1, 10) AS g;
`
}
