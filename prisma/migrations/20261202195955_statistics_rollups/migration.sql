-- CreateTable
CREATE TABLE "ProjectCredit" (
    "projectId" UUID NOT NULL,
    "metric" "IndicatorMetric" NOT NULL,
    "unitId" UUID NOT NULL,
    "amount" DECIMAL(5,4) NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "day" DATE NOT NULL,
    "talentId" UUID NOT NULL,
    "talentClass" "TalentClass" NOT NULL,
    "industry" TEXT,
    "sourceChannel" "SourceChannel" NOT NULL,

    CONSTRAINT "ProjectCredit_pkey" PRIMARY KEY ("projectId","metric","unitId")
);

-- CreateTable
CREATE TABLE "CreditDay" (
    "metric" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "unitId" UUID NOT NULL,
    "counted" INTEGER NOT NULL,
    "amount" DECIMAL(14,4) NOT NULL,

    CONSTRAINT "CreditDay_pkey" PRIMARY KEY ("metric","day","unitId")
);

-- CreateTable
CREATE TABLE "CreditMonth" (
    "month" DATE NOT NULL,
    "unitId" UUID NOT NULL,
    "metric" "IndicatorMetric" NOT NULL,
    "dimension" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "counted" INTEGER NOT NULL,
    "amount" DECIMAL(14,4) NOT NULL,

    CONSTRAINT "CreditMonth_pkey" PRIMARY KEY ("month","unitId","metric","dimension","groupKey")
);

-- CreateTable
CREATE TABLE "ProjectProgress" (
    "projectId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "createdOn" DATE NOT NULL,
    "ownerId" UUID,
    "signedOn" DATE,
    "landedOn" DATE,
    "status" "ProjectStatus" NOT NULL,
    "currentPosition" SMALLINT NOT NULL,
    "movedPosition" SMALLINT NOT NULL,
    "furthestPosition" SMALLINT NOT NULL,

    CONSTRAINT "ProjectProgress_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "StageStep" (
    "projectId" UUID NOT NULL,
    "position" SMALLINT NOT NULL,
    "cohortYear" INTEGER NOT NULL,
    "unitId" UUID NOT NULL,
    "seconds" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "StageStep_pkey" PRIMARY KEY ("projectId","position")
);

-- CreateTable
CREATE TABLE "FunnelCount" (
    "cohortYear" INTEGER NOT NULL,
    "unitId" UUID NOT NULL,
    "currentPosition" SMALLINT NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "furthestPosition" SMALLINT NOT NULL,
    "movedPosition" SMALLINT NOT NULL,
    "projects" INTEGER NOT NULL,

    CONSTRAINT "FunnelCount_pkey" PRIMARY KEY ("cohortYear","unitId","currentPosition","status","furthestPosition","movedPosition")
);

-- CreateTable
CREATE TABLE "StaffDay" (
    "day" DATE NOT NULL,
    "userId" UUID NOT NULL,
    "leads" INTEGER NOT NULL DEFAULT 0,
    "followUps" INTEGER NOT NULL DEFAULT 0,
    "lastFollowUpAt" TIMESTAMPTZ(3),
    "signed" INTEGER NOT NULL DEFAULT 0,
    "landed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StaffDay_pkey" PRIMARY KEY ("day","userId")
);

-- CreateIndex
CREATE INDEX "ProjectCredit_metric_unitId_day_idx" ON "ProjectCredit"("metric", "unitId", "day");

-- CreateIndex
CREATE INDEX "StageStep_position_cohortYear_seconds_idx" ON "StageStep"("position", "cohortYear", "seconds");

-- CreateIndex
CREATE INDEX "StageStep_unitId_position_cohortYear_seconds_idx" ON "StageStep"("unitId", "position", "cohortYear", "seconds");

-- ─── What keeps the tables above (Prisma's schema does not model functions; the triggers that call them
-- are in 20261202195956_statistics_triggers) ─────────────────────────────────────────────────────────────
-- Never the application: triggers catch every write path (GraphQL mutations, the ledger import, seeds, the
-- talent office's credit moves and CreditShares, talent merges, cascades) in the writing transaction. A
-- change to anything a project counts on recomputes that project's rows (ProjectCredit; ProjectProgress and
-- StageStep) from the base tables, and the difference between its old and new rows is added to the sums
-- (CreditDay, CreditMonth; FunnelCount, StaffDay). The old rows are what was counted, so whatever a cascade
-- has already removed, exactly that is taken away. Written here again from the TypeScript: the county's time
-- zone (domain/clocks.ts) and the stage order (domain/stage.ts).

CREATE FUNCTION statistics_county_day(timestamptz) RETURNS date
LANGUAGE sql STABLE AS $$ SELECT ($1 AT TIME ZONE 'Asia/Shanghai')::date $$;

CREATE FUNCTION statistics_county_midnight(date) RETURNS timestamptz
LANGUAGE sql STABLE AS $$ SELECT $1::timestamp AT TIME ZONE 'Asia/Shanghai' $$;

CREATE FUNCTION statistics_stage_position("Stage") RETURNS smallint
LANGUAGE sql STABLE AS $$ SELECT array_position(ARRAY['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING'], $1::text)::smallint $$;

-- A project is recomputed by one transaction at a time: a second one waits here for the first to commit, and
-- then sees the rows it wrote (each statement of these functions takes a new snapshot). NO KEY UPDATE: the
-- KEY SHARE lock of a foreign-key check (another transaction writing the project's Signing …) does not block it.
CREATE FUNCTION statistics_lock_projects(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$ BEGIN PERFORM 1 FROM "Project" WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE; END $$;

-- ── Credit: the counting rule of the assessment (不重复统计). A project counts once: for its credit unit with
-- amount 1, or split by its CreditShares (each share's unit, with its share); a lead on the day it was
-- logged, a signing or a landing on its date. server/src/read/assessment-actuals.ts reads these rows.
CREATE FUNCTION statistics_refresh_credit(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  gone "ProjectCredit"[];
  came "ProjectCredit"[];
BEGIN
  PERFORM statistics_lock_projects(ids);
  WITH deleted AS (DELETE FROM "ProjectCredit" c WHERE c."projectId" = ANY (ids) RETURNING c)
  SELECT array_agg(deleted.c) INTO gone FROM deleted;
  WITH inserted AS (
    INSERT INTO "ProjectCredit" AS c ("projectId", metric, "unitId", amount, at, day, "talentId", "talentClass", industry, "sourceChannel")
    SELECT p.id, m.metric, COALESCE(cs."unitId", p."creditUnitId"), COALESCE(cs.share, 1), m.at, m.day, p."talentId", t."talentClass", p.industry, p."sourceChannel"
    FROM "Project" p
    JOIN "Talent" t ON t.id = p."talentId"
    LEFT JOIN "Signing" s ON s."projectId" = p.id
    LEFT JOIN "Landing" l ON l."projectId" = p.id
    CROSS JOIN LATERAL (VALUES
      ('LEADS_LOGGED'::"IndicatorMetric", p."createdAt", statistics_county_day(p."createdAt")),
      ('PROJECTS_SIGNED', statistics_county_midnight(s."signedAt"), s."signedAt"),
      ('PROJECTS_LANDED', statistics_county_midnight(l."registeredAt"), l."registeredAt")
    ) AS m(metric, at, day)
    LEFT JOIN "CreditShare" cs ON cs."projectId" = p.id
    WHERE p.id = ANY (ids) AND m.day IS NOT NULL
    RETURNING c)
  SELECT array_agg(inserted.c) INTO came FROM inserted;
  PERFORM statistics_add_credit(came, gone);
END $$;

-- Adds the new rows and takes away the old ones; a project whose rows did not change writes no sum at all.
-- Sums that fall to nothing are deleted, so that "absent" still means "nothing counted".
CREATE FUNCTION statistics_add_credit(came "ProjectCredit"[], gone "ProjectCredit"[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  empty_days "CreditDay"[];
  empty_months "CreditMonth"[];
BEGIN
  WITH delta AS (SELECT f.*, 1 AS sign FROM unnest(came) f UNION ALL SELECT f.*, -1 FROM unnest(gone) f),
  per_day AS (
    SELECT metric::text AS metric, day, "unitId", sign, amount FROM delta
    UNION ALL -- landed projects again by their lead talent's class, for the 双招双引 bonus
    SELECT 'CLASS_' || "talentClass"::text, day, "unitId", sign, amount FROM delta WHERE metric = 'PROJECTS_LANDED' AND "talentClass" IN ('A', 'B', 'C')
  ),
  upserted AS (
    INSERT INTO "CreditDay" AS r (metric, day, "unitId", counted, amount)
    SELECT metric, day, "unitId", sum(sign), sum(sign * amount) FROM per_day
    GROUP BY metric, day, "unitId" HAVING sum(sign) <> 0 OR sum(sign * amount) <> 0
    ORDER BY metric, day, "unitId"
    ON CONFLICT (metric, day, "unitId") DO UPDATE SET counted = r.counted + excluded.counted, amount = r.amount + excluded.amount
    RETURNING r)
  SELECT array_agg(upserted.r) FILTER (WHERE (upserted.r).counted = 0) INTO empty_days FROM upserted;
  DELETE FROM "CreditDay" r USING unnest(empty_days) e
  WHERE r.metric = e.metric AND r.day = e.day AND r."unitId" = e."unitId" AND r.counted = 0;

  WITH delta AS (SELECT f.*, 1 AS sign FROM unnest(came) f UNION ALL SELECT f.*, -1 FROM unnest(gone) f),
  per_group AS (
    SELECT date_trunc('month', day::timestamp)::date AS month, "unitId", metric, g.dimension, g.group_key, sign, amount
    FROM delta CROSS JOIN LATERAL (VALUES
      ('INDUSTRY', COALESCE('=' || industry, '')),
      ('SOURCE_CHANNEL', '=' || "sourceChannel"::text),
      ('TALENT_CLASS', '=' || "talentClass"::text)
    ) AS g(dimension, group_key)
  ),
  upserted AS (
    INSERT INTO "CreditMonth" AS r (month, "unitId", metric, dimension, "groupKey", counted, amount)
    SELECT month, "unitId", metric, dimension, group_key, sum(sign), sum(sign * amount) FROM per_group
    GROUP BY month, "unitId", metric, dimension, group_key HAVING sum(sign) <> 0 OR sum(sign * amount) <> 0
    ORDER BY month, "unitId", metric, dimension, group_key
    ON CONFLICT (month, "unitId", metric, dimension, "groupKey") DO UPDATE SET counted = r.counted + excluded.counted, amount = r.amount + excluded.amount
    RETURNING r)
  SELECT array_agg(upserted.r) FILTER (WHERE (upserted.r).counted = 0) INTO empty_months FROM upserted;
  DELETE FROM "CreditMonth" r USING unnest(empty_months) e
  WHERE r.month = e.month AND r."unitId" = e."unitId" AND r.metric = e.metric AND r.dimension = e.dimension AND r."groupKey" = e."groupKey" AND r.counted = 0;
END $$;

-- ── Progress: the funnel's cohort (projects logged in a county year) and how far each went — every stage up
-- to the furthest its StageChanges or its current stage show; each stage first reached when a change went
-- to it or beyond (LEAD: when logged); a step timed when both ends are on record — and, for the staff
-- figures, who logged it, who owns it, when it was signed and landed. server/src/read/statistics-funnel.ts
-- and statistics-staff.ts read the sums.
CREATE FUNCTION statistics_refresh_progress(ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  gone "ProjectProgress"[];
  came "ProjectProgress"[];
BEGIN
  PERFORM statistics_lock_projects(ids);
  WITH deleted AS (DELETE FROM "ProjectProgress" g WHERE g."projectId" = ANY (ids) RETURNING g)
  SELECT array_agg(deleted.g) INTO gone FROM deleted;
  DELETE FROM "StageStep" WHERE "projectId" = ANY (ids);
  WITH history AS (
    SELECT h."projectId" AS id, max(h.position) AS moved,
           ARRAY[min(h.at) FILTER (WHERE h.position >= 2), min(h.at) FILTER (WHERE h.position >= 3), min(h.at) FILTER (WHERE h.position >= 4),
                 min(h.at) FILTER (WHERE h.position >= 5), min(h.at) FILTER (WHERE h.position >= 6), min(h.at) FILTER (WHERE h.position >= 7)] AS first_at
    FROM (SELECT "projectId", at, statistics_stage_position("toStage") AS position FROM "StageChange" WHERE "projectId" = ANY (ids)) h
    GROUP BY h."projectId"
  ),
  project AS (
    -- arrivals[k]: when position k was first reached
    SELECT p.*, COALESCE(h.moved, 0) AS moved, ARRAY[p."createdAt"] || h.first_at AS arrivals
    FROM "Project" p LEFT JOIN history h ON h.id = p.id WHERE p.id = ANY (ids)
  ),
  steps AS (
    INSERT INTO "StageStep" ("projectId", position, "cohortYear", "unitId", seconds)
    SELECT p.id, k, extract(year FROM statistics_county_day(p."createdAt"))::int, p."unitId", extract(epoch FROM p.arrivals[k + 1] - p.arrivals[k])::float8
    FROM project p CROSS JOIN generate_series(1, 6) AS k WHERE p.arrivals[k + 1] IS NOT NULL
  ),
  inserted AS (
    INSERT INTO "ProjectProgress" AS g ("projectId", "unitId", "createdById", "createdOn", "ownerId", "signedOn", "landedOn", status, "currentPosition", "movedPosition", "furthestPosition")
    SELECT p.id, p."unitId", p."createdById", statistics_county_day(p."createdAt"), p."ownerId", s."signedAt", l."registeredAt", p.status,
           statistics_stage_position(p.stage), p.moved, GREATEST(statistics_stage_position(p.stage), p.moved)
    FROM project p LEFT JOIN "Signing" s ON s."projectId" = p.id LEFT JOIN "Landing" l ON l."projectId" = p.id
    RETURNING g)
  SELECT array_agg(inserted.g) INTO came FROM inserted;
  PERFORM statistics_add_progress(came, gone);
END $$;

CREATE FUNCTION statistics_add_progress(came "ProjectProgress"[], gone "ProjectProgress"[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  empty_counts "FunnelCount"[];
  empty_days "StaffDay"[];
BEGIN
  WITH delta AS (SELECT f.*, 1 AS sign FROM unnest(came) f UNION ALL SELECT f.*, -1 FROM unnest(gone) f),
  upserted AS (
    INSERT INTO "FunnelCount" AS r ("cohortYear", "unitId", "currentPosition", status, "furthestPosition", "movedPosition", projects)
    SELECT extract(year FROM "createdOn")::int, "unitId", "currentPosition", status, "furthestPosition", "movedPosition", sum(sign) FROM delta
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("cohortYear", "unitId", "currentPosition", status, "furthestPosition", "movedPosition") DO UPDATE SET projects = r.projects + excluded.projects
    RETURNING r)
  SELECT array_agg(upserted.r) FILTER (WHERE (upserted.r).projects = 0) INTO empty_counts FROM upserted;
  DELETE FROM "FunnelCount" r USING unnest(empty_counts) e
  WHERE (r."cohortYear", r."unitId", r."currentPosition", r.status, r."furthestPosition", r."movedPosition") = (e."cohortYear", e."unitId", e."currentPosition", e.status, e."furthestPosition", e."movedPosition")
    AND r.projects = 0;

  WITH delta AS (SELECT f.*, 1 AS sign FROM unnest(came) f UNION ALL SELECT f.*, -1 FROM unnest(gone) f),
  per_person AS (
    SELECT "createdOn" AS day, "createdById" AS user_id, sign AS leads, 0 AS signed, 0 AS landed FROM delta
    UNION ALL SELECT "signedOn", "ownerId", 0, sign, 0 FROM delta WHERE "ownerId" IS NOT NULL AND "signedOn" IS NOT NULL
    UNION ALL SELECT "landedOn", "ownerId", 0, 0, sign FROM delta WHERE "ownerId" IS NOT NULL AND "landedOn" IS NOT NULL
  ),
  upserted AS (
    INSERT INTO "StaffDay" AS r (day, "userId", leads, signed, landed)
    SELECT day, user_id, sum(leads), sum(signed), sum(landed) FROM per_person
    GROUP BY day, user_id HAVING sum(leads) <> 0 OR sum(signed) <> 0 OR sum(landed) <> 0 ORDER BY day, user_id
    ON CONFLICT (day, "userId") DO UPDATE SET leads = r.leads + excluded.leads, signed = r.signed + excluded.signed, landed = r.landed + excluded.landed
    RETURNING r)
  SELECT array_agg(upserted.r) FILTER (WHERE ((upserted.r).leads, (upserted.r)."followUps", (upserted.r).signed, (upserted.r).landed) = (0, 0, 0, 0)) INTO empty_days FROM upserted;
  DELETE FROM "StaffDay" r USING unnest(empty_days) e
  WHERE r.day = e.day AND r."userId" = e."userId" AND (r.leads, r."followUps", r.signed, r.landed) = (0, 0, 0, 0);
END $$;
