-- CreateIndex
CREATE INDEX "Talent_mergedIntoId_idx" ON "Talent"("mergedIntoId");

-- ── Credit once per talent (DOMAIN.md, "Credit attribution"), on every path that writes a Signing or a
-- Landing, moves one, merges talents or moves credit: GraphQL, the 台账 import, seeds, raw SQL. Two rules:
-- (a) a Signing or Landing is recorded (inserted, or moved to another project) only on an ACTIVE project,
--     and a Landing only on a project that has its Signing: the stage machine (server/src/domain/stage.ts)
--     lets an active project reach 签约 from any stage once its signing is recorded, and 落地注册 after it;
-- (b) one talent's venture is credited by one unit: the signed or landed projects of a talent — with every
--     record merged into it (mergedIntoId) — share one credit unit. A second unit's claim is refused; the
--     talent office settles it with moveProjectCredit or CreditShares, never by a second count.
-- Refusals carry SQLSTATE class TP, the Chinese message the user reads, and the DomainError code in DETAIL
-- (server/src/write/database-refusal.ts maps them). The messages repeat checkRecording and doubleCreditMessage in stage.ts.

CREATE FUNCTION credit_refuse_recording(kind text, projects uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  refused record;
BEGIN
  SELECT p.status, s."projectId" IS NOT NULL AS signed INTO refused
  FROM "Project" p LEFT JOIN "Signing" s ON s."projectId" = p.id
  WHERE p.id = ANY (projects) AND (p.status <> 'ACTIVE' OR (kind = 'landing' AND s."projectId" IS NULL))
  ORDER BY p.id
  LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF refused.status <> 'ACTIVE' THEN
    RAISE EXCEPTION USING ERRCODE = 'TP001', DETAIL = 'CONFLICT', MESSAGE = format('项目%s，不能登记%s：签约、落地只登记在跟进中的项目上',
      CASE refused.status WHEN 'LOST' THEN '已流失' ELSE '已暂缓' END, CASE kind WHEN 'signing' THEN '签约信息' ELSE '落地企业' END);
  END IF;
  RAISE EXCEPTION USING ERRCODE = 'TP001', DETAIL = 'CONFLICT', MESSAGE = '请先登记签约信息，再登记落地企业';
END $$;

-- The record each talent was finally merged into (itself when it was not merged).
CREATE FUNCTION credit_talent_roots(talents uuid[]) RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE up(start_id, id, depth) AS (
    SELECT t, t, 0 FROM unnest(talents) AS t
    UNION ALL
    SELECT up.start_id, tl."mergedIntoId", up.depth + 1 FROM up JOIN "Talent" tl ON tl.id = up.id
    WHERE tl."mergedIntoId" IS NOT NULL AND up.depth < 64
  )
  SELECT array_agg(DISTINCT root ORDER BY root) FROM (SELECT DISTINCT ON (start_id) id AS root FROM up ORDER BY start_id, depth DESC) AS last
$$;

-- Refuses when a written project that is signed or landed shares its talent with a signed or landed project
-- credited to another unit. Locks: the talents (their final records) in id order, FOR NO KEY UPDATE (a
-- foreign-key check's KEY SHARE passes), so two claims on one talent are decided one after the other: the
-- second waits here, and its next statement sees the first's committed Signing. Triggers calling this are
-- named to fire before the statistics ones, so that a record's writer, like a talent's, locks the talent
-- before its projects (statistics_lock_projects).
CREATE FUNCTION credit_once_per_talent(written uuid[], action text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  roots uuid[];
  clash record;
BEGIN
  roots := credit_talent_roots(ARRAY(
    SELECT DISTINCT p."talentId" FROM "Project" p
    WHERE p.id = ANY (written)
      AND (EXISTS (SELECT 1 FROM "Signing" s WHERE s."projectId" = p.id) OR EXISTS (SELECT 1 FROM "Landing" l WHERE l."projectId" = p.id))));
  IF roots IS NULL THEN
    RETURN;
  END IF;
  PERFORM 1 FROM "Talent" WHERE id = ANY (roots) ORDER BY id FOR NO KEY UPDATE;
  WITH RECURSIVE family(id, root) AS (
    SELECT r, r FROM unnest(roots) AS r
    UNION
    SELECT t.id, family.root FROM family JOIN "Talent" t ON t."mergedIntoId" = family.id
  ),
  claims AS (
    SELECT p.id, p."creditUnitId" AS unit_id, family.root FROM family JOIN "Project" p ON p."talentId" = family.id
    WHERE EXISTS (SELECT 1 FROM "Signing" s WHERE s."projectId" = p.id) OR EXISTS (SELECT 1 FROM "Landing" l WHERE l."projectId" = p.id)
  )
  SELECT u.name AS holder INTO clash
  FROM claims w
  JOIN claims q ON q.root = w.root AND q.unit_id <> w.unit_id
  JOIN "Unit" u ON u.id = q.unit_id
  WHERE w.id = ANY (written)
  ORDER BY q.id = ANY (written), q.id -- name a unit that held it before this write when there is one
  LIMIT 1;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  RAISE EXCEPTION USING ERRCODE = 'TP002', DETAIL = 'CREDIT_CONFLICT', MESSAGE = CASE action
    WHEN 'talent' THEN format('不能合并：这位人才在%s另有已签约或落地的项目，合并后会由两个单位重复计分；请人才办先用“调整计分单位”把两个项目计入同一单位（需要时再设置联合计分），再合并', clash.holder)
    WHEN 'credit' THEN format('不能调整计分单位：该人才另有已签约或落地的项目计入%s，同一人才只计一次；请把该人才的项目计入同一单位，需要分享时设置联合计分', clash.holder)
    ELSE format('该人才的项目已由%s登记签约或落地，同一人才只计一次，不能由两个单位重复计分；如需调整，请人才办调整计分单位或设置联合计分', clash.holder)
  END;
END $$;

-- A Signing or Landing recorded, or moved to another project (TG_ARGV[0]: 'signing' or 'landing'). A
-- correction that leaves it on its project checks nothing.
CREATE FUNCTION credit_record_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM new_rows;
  ELSE
    SELECT array_agg(DISTINCT n."projectId") INTO ids FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id
    WHERE o.id IS NULL OR n."projectId" <> o."projectId";
  END IF;
  IF ids IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM credit_refuse_recording(TG_ARGV[0], ids);
  PERFORM credit_once_per_talent(ids, 'record');
  RETURN NULL;
END $$;

-- A project given to another talent (a merge moves them) or credited to another unit (moveProjectCredit).
CREATE FUNCTION credit_project_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  retalented uuid[];
  recredited uuid[];
BEGIN
  SELECT array_agg(n.id) FILTER (WHERE o.id IS NULL OR n."talentId" <> o."talentId"),
         array_agg(n.id) FILTER (WHERE o.id IS NOT NULL AND n."talentId" = o."talentId" AND n."creditUnitId" <> o."creditUnitId")
  INTO retalented, recredited
  FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id;
  IF retalented IS NOT NULL THEN PERFORM credit_once_per_talent(retalented, 'talent'); END IF;
  IF recredited IS NOT NULL THEN PERFORM credit_once_per_talent(recredited, 'credit'); END IF;
  RETURN NULL;
END $$;

-- A talent merged into another: the projects still pointing at it (and at records merged into it) now count
-- for the survivor. mergeTalents moves them first, so this finds none; a raw merge is checked all the same.
CREATE FUNCTION credit_talent_merged() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  WITH RECURSIVE merged(id) AS (
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n."mergedIntoId" IS NOT NULL AND n."mergedIntoId" IS DISTINCT FROM o."mergedIntoId"
    UNION
    SELECT t.id FROM merged JOIN "Talent" t ON t."mergedIntoId" = merged.id
  )
  SELECT array_agg(p.id) INTO ids FROM merged JOIN "Project" p ON p."talentId" = merged.id;
  IF ids IS NOT NULL THEN PERFORM credit_once_per_talent(ids, 'talent'); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Signing_credit_insert" AFTER INSERT ON "Signing" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION credit_record_written('signing');
CREATE TRIGGER "Signing_credit_update" AFTER UPDATE ON "Signing" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION credit_record_written('signing');
CREATE TRIGGER "Landing_credit_insert" AFTER INSERT ON "Landing" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION credit_record_written('landing');
CREATE TRIGGER "Landing_credit_update" AFTER UPDATE ON "Landing" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION credit_record_written('landing');
CREATE TRIGGER "Project_credit_update" AFTER UPDATE ON "Project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION credit_project_written();
CREATE TRIGGER "Talent_credit_update" AFTER UPDATE ON "Talent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION credit_talent_merged();
