-- Who calls the functions of 20261202195955_statistics_rollups: one trigger per table and kind of write, run
-- once per statement over its transition tables (so an import or a seed costs a few set-based statements),
-- and the backfill of what is already in the database. statistics_rebuild() recomputes everything: the
-- backfill, and the answer to a TRUNCATE.

-- ── Follow-ups per author and county day, with the last one's time. Follow-ups depend on Activity alone and
-- are added directly. A removed or moved one is taken away and its day's last time read again from Activity
-- after the sum's row is locked, so that every committed follow-up is seen (one not yet committed adds
-- itself when its own statement runs).
CREATE FUNCTION statistics_count_follow_ups() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  days date[];
  users uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "StaffDay" AS r (day, "userId", "followUps", "lastFollowUpAt")
    SELECT statistics_county_day("occurredAt"), "authorId", count(*), max("occurredAt") FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, "userId") DO UPDATE SET "followUps" = r."followUps" + excluded."followUps", "lastFollowUpAt" = GREATEST(r."lastFollowUpAt", excluded."lastFollowUpAt");
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    WITH upserted AS (
      INSERT INTO "StaffDay" AS r (day, "userId", "followUps")
      SELECT statistics_county_day("occurredAt"), "authorId", -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (day, "userId") DO UPDATE SET "followUps" = r."followUps" + excluded."followUps"
      RETURNING r.day, r."userId")
    SELECT array_agg(day), array_agg("userId") INTO days, users FROM upserted;
  ELSE
    -- Edits that leave the author and the time alone change nothing here.
    WITH changed AS (
      SELECT n."authorId" AS new_author, n."occurredAt" AS new_at, o."authorId" AS old_author, o."occurredAt" AS old_at
      FROM new_rows n FULL JOIN old_rows o ON o.id = n.id
      WHERE (n."authorId", n."occurredAt") IS DISTINCT FROM (o."authorId", o."occurredAt")
    ),
    delta AS (
      SELECT statistics_county_day(new_at) AS day, new_author AS user_id, 1 AS sign, new_at AS at FROM changed WHERE new_author IS NOT NULL
      UNION ALL SELECT statistics_county_day(old_at), old_author, -1, NULL FROM changed WHERE old_author IS NOT NULL
    ),
    upserted AS (
      INSERT INTO "StaffDay" AS r (day, "userId", "followUps", "lastFollowUpAt")
      SELECT day, user_id, sum(sign), max(at) FROM delta GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (day, "userId") DO UPDATE SET "followUps" = r."followUps" + excluded."followUps", "lastFollowUpAt" = GREATEST(r."lastFollowUpAt", excluded."lastFollowUpAt")
      RETURNING r.day, r."userId")
    SELECT array_agg(day), array_agg("userId") INTO days, users FROM upserted;
  END IF;
  UPDATE "StaffDay" r SET "lastFollowUpAt" = (
    SELECT max(a."occurredAt") FROM "Activity" a
    WHERE a."authorId" = r."userId" AND a."occurredAt" >= statistics_county_midnight(r.day) AND a."occurredAt" < statistics_county_midnight(r.day + 1))
  FROM unnest(days, users) AS k(day, user_id) WHERE r.day = k.day AND r."userId" = k.user_id;
  DELETE FROM "StaffDay" r USING unnest(days, users) AS k(day, user_id)
  WHERE r.day = k.day AND r."userId" = k.user_id AND (r.leads, r."followUps", r.signed, r.landed) = (0, 0, 0, 0);
  RETURN NULL;
END $$;

-- ── A project written: recompute what it counts for, only when something counted changed (a new title or
-- follow-up date recomputes nothing). An id that changed counts as the old project gone and a new one come.
CREATE FUNCTION statistics_project_written() RETURNS trigger
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
             OR (n."createdAt", n."creditUnitId", n."talentId", n.industry, n."sourceChannel") IS DISTINCT FROM (o."createdAt", o."creditUnitId", o."talentId", o.industry, o."sourceChannel")),
           array_agg(COALESCE(n.id, o.id)) FILTER (WHERE n.id IS NULL OR o.id IS NULL
             OR (n."createdAt", n."unitId", n."createdById", n."ownerId", n.stage, n.status) IS DISTINCT FROM (o."createdAt", o."unitId", o."createdById", o."ownerId", o.stage, o.status))
    INTO credit, progress
    FROM new_rows n FULL JOIN old_rows o ON o.id = n.id;
  END IF;
  IF credit IS NOT NULL THEN PERFORM statistics_refresh_credit(credit); END IF;
  IF progress IS NOT NULL THEN PERFORM statistics_refresh_progress(progress); END IF;
  RETURN NULL;
END $$;

-- ── A row that hangs off a project (Signing, Landing, CreditShare, StageChange) written: recompute its
-- projects' credit and/or progress, as the trigger's arguments say.
CREATE FUNCTION statistics_project_part_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT id) INTO ids FROM (SELECT "projectId" AS id FROM new_rows UNION SELECT "projectId" FROM old_rows) changed;
  END IF;
  IF ids IS NULL THEN RETURN NULL; END IF;
  IF 'credit' = ANY (TG_ARGV) THEN PERFORM statistics_refresh_credit(ids); END IF;
  IF 'progress' = ANY (TG_ARGV) THEN PERFORM statistics_refresh_progress(ids); END IF;
  RETURN NULL;
END $$;

-- ── A talent's class changed: the credit of the projects they lead is counted under the new class. (A
-- talent's id cannot change under its projects unseen: the foreign key cascades it to Project.)
CREATE FUNCTION statistics_talent_written() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  SELECT array_agg(p.id) INTO ids
  FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Project" p ON p."talentId" = n.id
  WHERE n."talentClass" IS DISTINCT FROM o."talentClass";
  IF ids IS NOT NULL THEN PERFORM statistics_refresh_credit(ids); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION statistics_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  everything uuid[] := ARRAY(SELECT id FROM "Project");
BEGIN
  TRUNCATE "ProjectCredit", "CreditDay", "CreditMonth", "ProjectProgress", "StageStep", "FunnelCount", "StaffDay";
  PERFORM statistics_refresh_credit(everything);
  PERFORM statistics_refresh_progress(everything);
  INSERT INTO "StaffDay" AS r (day, "userId", "followUps", "lastFollowUpAt")
  SELECT statistics_county_day("occurredAt"), "authorId", count(*), max("occurredAt") FROM "Activity" GROUP BY 1, 2
  ON CONFLICT (day, "userId") DO UPDATE SET "followUps" = excluded."followUps", "lastFollowUpAt" = excluded."lastFollowUpAt";
END $$;

CREATE FUNCTION statistics_rebuild_after_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$ BEGIN PERFORM statistics_rebuild(); RETURN NULL; END $$;

CREATE TRIGGER "Project_statistics_insert" AFTER INSERT ON "Project" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_written();
CREATE TRIGGER "Project_statistics_update" AFTER UPDATE ON "Project" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_written();
CREATE TRIGGER "Project_statistics_delete" AFTER DELETE ON "Project" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_written();

CREATE TRIGGER "Signing_statistics_insert" AFTER INSERT ON "Signing" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');
CREATE TRIGGER "Signing_statistics_update" AFTER UPDATE ON "Signing" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');
CREATE TRIGGER "Signing_statistics_delete" AFTER DELETE ON "Signing" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');

CREATE TRIGGER "Landing_statistics_insert" AFTER INSERT ON "Landing" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');
CREATE TRIGGER "Landing_statistics_update" AFTER UPDATE ON "Landing" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');
CREATE TRIGGER "Landing_statistics_delete" AFTER DELETE ON "Landing" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit', 'progress');

CREATE TRIGGER "CreditShare_statistics_insert" AFTER INSERT ON "CreditShare" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit');
CREATE TRIGGER "CreditShare_statistics_update" AFTER UPDATE ON "CreditShare" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit');
CREATE TRIGGER "CreditShare_statistics_delete" AFTER DELETE ON "CreditShare" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('credit');

CREATE TRIGGER "StageChange_statistics_insert" AFTER INSERT ON "StageChange" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('progress');
CREATE TRIGGER "StageChange_statistics_update" AFTER UPDATE ON "StageChange" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('progress');
CREATE TRIGGER "StageChange_statistics_delete" AFTER DELETE ON "StageChange" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_project_part_written('progress');

CREATE TRIGGER "Talent_statistics_update" AFTER UPDATE ON "Talent" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_talent_written();

CREATE TRIGGER "Activity_statistics_insert" AFTER INSERT ON "Activity" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_count_follow_ups();
CREATE TRIGGER "Activity_statistics_update" AFTER UPDATE ON "Activity" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_count_follow_ups();
CREATE TRIGGER "Activity_statistics_delete" AFTER DELETE ON "Activity" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_count_follow_ups();

CREATE TRIGGER "Project_statistics_truncate" AFTER TRUNCATE ON "Project" FOR EACH STATEMENT EXECUTE FUNCTION statistics_rebuild_after_truncate();
CREATE TRIGGER "Signing_statistics_truncate" AFTER TRUNCATE ON "Signing" FOR EACH STATEMENT EXECUTE FUNCTION statistics_rebuild_after_truncate();
CREATE TRIGGER "Landing_statistics_truncate" AFTER TRUNCATE ON "Landing" FOR EACH STATEMENT EXECUTE FUNCTION statistics_rebuild_after_truncate();
CREATE TRIGGER "CreditShare_statistics_truncate" AFTER TRUNCATE ON "CreditShare" FOR EACH STATEMENT EXECUTE FUNCTION statistics_rebuild_after_truncate();
CREATE TRIGGER "StageChange_statistics_truncate" AFTER TRUNCATE ON "StageChange" FOR EACH STATEMENT EXECUTE FUNCTION statistics_rebuild_after_truncate();
CREATE TRIGGER "Activity_statistics_truncate" AFTER TRUNCATE ON "Activity" FOR EACH STATEMENT EXECUTE FUNCTION statistics_rebuild_after_truncate();

-- What is already there.
SELECT statistics_rebuild();
