-- ── Credit follows the stage reached, and one person is one talent however they were logged.
-- Until now a Signing or Landing counted as soon as it was recorded, at whatever stage the project stood: an
-- active project still at 线索 could record a signing and be counted, and credit_once_per_talent followed
-- talent records and merges only, so one person logged twice (two records with one phone, as createLead makes
-- when the first unit has dropped its project) could be counted by two units. From here:
-- (a) a project counts as signed when it has its Signing and has reached 签约 (its stage now, or a stage its
--     StageChanges went to), and as landed when it has its Landing and has reached 落地注册. Every count reads
--     this: the assessment's credit (ProjectCredit), the staff figures (ProjectProgress), the one-unit rule;
-- (b) the one-unit rule looks at every record of the person: merged records either way, and records with the
--     same (E.164) phone, transitively. Writers of one phone are serialised with the claim check's advisory
--     locks (talent_claim_check) before the talents' rows are locked, in that order on every path.

-- The furthest stage position (statistics_stage_position: 签约 5, 落地注册 6) a project has reached.
CREATE FUNCTION credit_furthest_position(project uuid) RETURNS smallint
LANGUAGE sql STABLE AS $$
  SELECT GREATEST(
    (SELECT statistics_stage_position(p.stage) FROM "Project" p WHERE p.id = project),
    (SELECT max(statistics_stage_position(h."toStage")) FROM "StageChange" h WHERE h."projectId" = project))
$$;

-- Whether a project counts as signed (and so holds its talent's credit): a landing needs the signing first.
CREATE FUNCTION credit_counts_project(project uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "Signing" s WHERE s."projectId" = project) AND credit_furthest_position(project) >= 5
$$;

-- Every record that is the same person as this talent: merged into it or it into them, or sharing a phone.
CREATE FUNCTION credit_same_person(talent uuid) RETURNS SETOF uuid
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE person(id) AS (
    SELECT talent
    UNION
    SELECT linked.id FROM person JOIN "Talent" x ON x.id = person.id
    CROSS JOIN LATERAL (
      SELECT x."mergedIntoId" AS id WHERE x."mergedIntoId" IS NOT NULL
      UNION ALL SELECT t.id FROM "Talent" t WHERE t."mergedIntoId" = x.id
      UNION ALL SELECT t.id FROM "Talent" t WHERE x."phone" IS NOT NULL AND t."phone" = x."phone"
    ) AS linked
  )
  SELECT id FROM person
$$;

CREATE OR REPLACE FUNCTION credit_once_per_talent(written uuid[], action text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  w record;
  clash record;
BEGIN
  -- A project whose signing or landing is being written claims the credit already, so that a second unit
  -- hears of the holder when it records, not only when it moves to 签约; it holds the credit only once it counts.
  FOR w IN SELECT p.id, p."talentId", p."creditUnitId" FROM "Project" p
           WHERE p.id = ANY (written) AND CASE action WHEN 'record' THEN EXISTS (SELECT 1 FROM "Signing" s WHERE s."projectId" = p.id) ELSE credit_counts_project(p.id) END
           ORDER BY p.id LOOP
    -- The claim check's locks (one bucket per phone, or per record without one), then the rows, in id order.
    PERFORM pg_advisory_xact_lock(hashtext('talent_claim_check'), bucket)
    FROM (SELECT DISTINCT abs(hashtext(coalesce(t."phone", coalesce(t."mergedIntoId", t.id)::text)) % 1024) AS bucket
          FROM "Talent" t WHERE t.id IN (SELECT credit_same_person(w."talentId")) ORDER BY bucket) AS keys;
    PERFORM 1 FROM "Talent" WHERE id IN (SELECT credit_same_person(w."talentId")) ORDER BY id FOR NO KEY UPDATE;
    SELECT u.name AS holder INTO clash
    FROM "Project" q JOIN "Unit" u ON u.id = q."creditUnitId"
    WHERE q."talentId" IN (SELECT credit_same_person(w."talentId")) AND q."creditUnitId" <> w."creditUnitId" AND credit_counts_project(q.id)
    ORDER BY q.id = ANY (written), q.id -- name a unit that held it before this write when there is one
    LIMIT 1;
    IF FOUND THEN
      RAISE EXCEPTION USING ERRCODE = 'TP002', DETAIL = 'CREDIT_CONFLICT', MESSAGE = CASE action
        WHEN 'talent' THEN format('不能合并：这位人才在%s另有已签约或落地的项目，合并后会由两个单位重复计分；请人才办先用“调整计分单位”把两个项目计入同一单位（需要时再设置联合计分），再合并', clash.holder)
        WHEN 'credit' THEN format('不能调整计分单位：该人才另有已签约或落地的项目计入%s，同一人才只计一次；请把该人才的项目计入同一单位，需要分享时设置联合计分', clash.holder)
        WHEN 'phone' THEN format('不能改为这个手机号：使用该号码的人才在%s已有签约或落地的项目，同一人才只计一次；如确为同一人，请人才办合并人才并调整计分单位', clash.holder)
        ELSE format('该人才的项目已由%s登记签约或落地，同一人才只计一次，不能由两个单位重复计分；如需调整，请人才办调整计分单位或设置联合计分', clash.holder)
      END;
    END IF;
  END LOOP;
END $$;

-- A project moved on (it may now count), given to another talent (a merge moves them) or credited to
-- another unit (moveProjectCredit).
CREATE OR REPLACE FUNCTION credit_project_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  retalented uuid[];
  recredited uuid[];
  advanced uuid[];
BEGIN
  SELECT array_agg(n.id) FILTER (WHERE o.id IS NULL OR n."talentId" <> o."talentId"),
         array_agg(n.id) FILTER (WHERE o.id IS NOT NULL AND n."talentId" = o."talentId" AND n."creditUnitId" <> o."creditUnitId"),
         array_agg(n.id) FILTER (WHERE o.id IS NOT NULL AND n."talentId" = o."talentId" AND n."creditUnitId" = o."creditUnitId"
                                   AND statistics_stage_position(n.stage) > statistics_stage_position(o.stage))
  INTO retalented, recredited, advanced
  FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id;
  IF retalented IS NOT NULL THEN PERFORM credit_once_per_talent(retalented, 'talent'); END IF;
  IF recredited IS NOT NULL THEN PERFORM credit_once_per_talent(recredited, 'credit'); END IF;
  IF advanced IS NOT NULL THEN PERFORM credit_once_per_talent(advanced, 'stage'); END IF;
  RETURN NULL;
END $$;

-- A talent merged into another, or given another phone: the projects of the records now joined count for
-- one person. mergeTalents moves the projects first; a raw merge or an edited phone is checked all the same.
CREATE OR REPLACE FUNCTION credit_talent_merged() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  merged uuid[];
  rephoned uuid[];
BEGIN
  WITH RECURSIVE changed(id) AS (
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n."mergedIntoId" IS NOT NULL AND n."mergedIntoId" IS DISTINCT FROM o."mergedIntoId"
    UNION
    SELECT t.id FROM changed JOIN "Talent" t ON t."mergedIntoId" = changed.id
  )
  SELECT array_agg(p.id) INTO merged FROM changed JOIN "Project" p ON p."talentId" = changed.id;
  SELECT array_agg(p.id) INTO rephoned
  FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Project" p ON p."talentId" = n.id
  WHERE n."phone" IS NOT NULL AND n."phone" IS DISTINCT FROM o."phone" AND n."mergedIntoId" IS NOT DISTINCT FROM o."mergedIntoId";
  IF merged IS NOT NULL THEN PERFORM credit_once_per_talent(merged, 'talent'); END IF;
  IF rephoned IS NOT NULL THEN PERFORM credit_once_per_talent(rephoned, 'phone'); END IF;
  RETURN NULL;
END $$;

-- A stage change written on its own (the app writes the project's stage with it; an import or raw SQL may not).
CREATE FUNCTION credit_stage_change_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  SELECT array_agg(DISTINCT "projectId") INTO ids FROM new_rows;
  IF ids IS NOT NULL THEN PERFORM credit_once_per_talent(ids, 'stage'); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "StageChange_credit_insert" AFTER INSERT ON "StageChange" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION credit_stage_change_written();
CREATE TRIGGER "StageChange_credit_update" AFTER UPDATE ON "StageChange" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION credit_stage_change_written();

DROP FUNCTION credit_talent_roots(uuid[]);

-- ── The counts read (a): a signing from the day the project reached 签约, a landing from 落地注册.
CREATE OR REPLACE FUNCTION statistics_refresh_credit(ids uuid[]) RETURNS void
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
    CROSS JOIN LATERAL (SELECT credit_furthest_position(p.id) AS furthest) AS reached
    LEFT JOIN "Signing" s ON s."projectId" = p.id AND reached.furthest >= 5
    LEFT JOIN "Landing" l ON l."projectId" = p.id AND reached.furthest >= 6
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

CREATE OR REPLACE FUNCTION statistics_refresh_progress(ids uuid[]) RETURNS void
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
    SELECT p.*, COALESCE(h.moved, 0) AS moved, GREATEST(statistics_stage_position(p.stage), COALESCE(h.moved, 0)) AS furthest,
           ARRAY[p."createdAt"] || h.first_at AS arrivals
    FROM "Project" p LEFT JOIN history h ON h.id = p.id WHERE p.id = ANY (ids)
  ),
  steps AS (
    INSERT INTO "StageStep" ("projectId", position, "cohortYear", "unitId", seconds)
    SELECT p.id, k, extract(year FROM statistics_county_day(p."createdAt"))::int, p."unitId", extract(epoch FROM p.arrivals[k + 1] - p.arrivals[k])::float8
    FROM project p CROSS JOIN generate_series(1, 6) AS k WHERE p.arrivals[k + 1] IS NOT NULL
  ),
  inserted AS (
    INSERT INTO "ProjectProgress" AS g ("projectId", "unitId", "createdById", "createdOn", "ownerId", "signedOn", "landedOn", status, "currentPosition", "movedPosition", "furthestPosition")
    SELECT p.id, p."unitId", p."createdById", statistics_county_day(p."createdAt"), p."ownerId",
           CASE WHEN p.furthest >= 5 THEN s."signedAt" END, CASE WHEN p.furthest >= 6 THEN l."registeredAt" END, p.status,
           statistics_stage_position(p.stage), p.moved, p.furthest
    FROM project p LEFT JOIN "Signing" s ON s."projectId" = p.id LEFT JOIN "Landing" l ON l."projectId" = p.id
    RETURNING g)
  SELECT array_agg(inserted.g) INTO came FROM inserted;
  PERFORM statistics_add_progress(came, gone);
END $$;

-- A project's credit now also changes with its stage, and with a StageChange written on its own.
CREATE OR REPLACE FUNCTION statistics_project_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  credit uuid[];
  progress uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id) INTO credit FROM new_rows;
    progress := credit;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(id) INTO credit FROM old_rows;
    progress := credit;
  ELSE
    SELECT array_agg(COALESCE(n.id, o.id)) FILTER (WHERE n.id IS NULL OR o.id IS NULL
             OR (n."createdAt", n."creditUnitId", n."talentId", n.industry, n."sourceChannel", n.stage) IS DISTINCT FROM (o."createdAt", o."creditUnitId", o."talentId", o.industry, o."sourceChannel", o.stage)),
           array_agg(COALESCE(n.id, o.id)) FILTER (WHERE n.id IS NULL OR o.id IS NULL
             OR (n."createdAt", n."unitId", n."createdById", n."ownerId", n.stage, n.status) IS DISTINCT FROM (o."createdAt", o."unitId", o."createdById", o."ownerId", o.stage, o.status))
    INTO credit, progress
    FROM new_rows n FULL JOIN old_rows o ON o.id = n.id;
  END IF;
  IF credit IS NOT NULL THEN PERFORM statistics_refresh_credit(credit); END IF;
  IF progress IS NOT NULL THEN PERFORM statistics_refresh_progress(progress); END IF;
  RETURN NULL;
END $$;

DROP TRIGGER "StageChange_statistics_insert" ON "StageChange";
DROP TRIGGER "StageChange_statistics_update" ON "StageChange";
DROP TRIGGER "StageChange_statistics_delete" ON "StageChange";
CREATE TRIGGER "StageChange_statistics_insert" AFTER INSERT ON "StageChange" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');
CREATE TRIGGER "StageChange_statistics_update" AFTER UPDATE ON "StageChange" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');
CREATE TRIGGER "StageChange_statistics_delete" AFTER DELETE ON "StageChange" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');

-- What was counted before is counted again under these rules.
SELECT statistics_rebuild();
