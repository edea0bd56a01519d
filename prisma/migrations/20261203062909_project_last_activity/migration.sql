-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "lastActivityId" UUID;

-- CreateIndex
CREATE INDEX "Project_lastActivityId_idx" ON "Project"("lastActivityId");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_lastActivityId_fkey" FOREIGN KEY ("lastActivityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ── A project's newest activity (latest "occurredAt", then id), its time and its next follow-up date, kept on
-- the project by the database on every write to Activity, whoever writes it (the application, an import, a
-- seed). Run once per statement over its transition tables, like the statistics triggers.
--
-- Locks: the projects first, in id order (statistics_lock_projects, the same lock and order the statistics
-- take), then a fresh look at their activities. The newest is read FOR KEY SHARE SKIP LOCKED: an activity
-- another transaction is deleting is passed over rather than waited for, because that transaction will wait
-- for the project's lock (to clear the marker) and then recompute it itself. Only this function writes the
-- marker, and it never writes an Activity row: no writer waits on a row another writer must change.
CREATE FUNCTION project_follow_newest_activity() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  projects uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId") INTO projects FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "projectId") INTO projects FROM old_rows;
  ELSE
    -- A new summary or place moves nothing the project keeps.
    SELECT array_agg(DISTINCT moved.id) INTO projects FROM (
      SELECT unnest(ARRAY[n."projectId", o."projectId"]) AS id
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."projectId", n."occurredAt", n."nextFollowUpAt") IS DISTINCT FROM (o."projectId", o."occurredAt", o."nextFollowUpAt")
    ) AS moved;
  END IF;
  IF projects IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM statistics_lock_projects(projects);
  UPDATE "Project" p
  SET "lastActivityId" = newest.id, "lastActivityAt" = newest."occurredAt", "nextFollowUpAt" = newest."nextFollowUpAt"
  FROM unnest(projects) AS k(id)
  LEFT JOIN LATERAL (
    SELECT a.id, a."occurredAt", a."nextFollowUpAt" FROM "Activity" a
    WHERE a."projectId" = k.id
    ORDER BY a."occurredAt" DESC, a.id DESC
    LIMIT 1
    FOR KEY SHARE SKIP LOCKED
  ) AS newest ON true
  WHERE p.id = k.id
    AND (p."lastActivityId", p."lastActivityAt", p."nextFollowUpAt") IS DISTINCT FROM (newest.id, newest."occurredAt", newest."nextFollowUpAt");
  RETURN NULL;
END $$;

-- Named to sort before "Activity_statistics_*" (triggers of one event fire in name order): the project is
-- locked before the follow-up sums, the order every other writer of a project takes.
CREATE TRIGGER "Activity_newest_insert" AFTER INSERT ON "Activity" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_follow_newest_activity();
CREATE TRIGGER "Activity_newest_update" AFTER UPDATE ON "Activity" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_follow_newest_activity();
CREATE TRIGGER "Activity_newest_delete" AFTER DELETE ON "Activity" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_follow_newest_activity();

-- What is already there.
UPDATE "Project" p
SET "lastActivityId" = newest.id, "lastActivityAt" = newest."occurredAt", "nextFollowUpAt" = newest."nextFollowUpAt"
FROM (SELECT DISTINCT ON ("projectId") "projectId", id, "occurredAt", "nextFollowUpAt" FROM "Activity" ORDER BY "projectId", "occurredAt" DESC, id DESC) AS newest
WHERE p.id = newest."projectId";
