-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "newestOfProjectId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Activity_newestOfProjectId_key" ON "Activity"("newestOfProjectId");

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_newestOfProjectId_fkey" FOREIGN KEY ("newestOfProjectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Each project's newest activity carries the project's id in "newestOfProjectId" (the others null):
-- Project.lastActivity is then a one-to-one relation found by a unique key, where ordering a project's
-- activities for the newest one built a JSON object for every one of them on every page of projects.
-- Run once per statement over its transition tables, like the statistics triggers, so an import or a
-- seed costs a few set-based statements.
CREATE FUNCTION activity_mark_newest() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  projects uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId") INTO projects FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "projectId") INTO projects FROM old_rows;
  ELSE
    -- Only a new time or project moves the newest; the marker's own writes come back here and stop.
    SELECT array_agg(DISTINCT moved.id) INTO projects FROM (
      SELECT unnest(ARRAY[n."projectId", o."projectId"]) AS id
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."projectId", n."occurredAt") IS DISTINCT FROM (o."projectId", o."occurredAt")
    ) AS moved;
  END IF;
  IF projects IS NULL THEN
    RETURN NULL;
  END IF;
  -- One writer at a time per project, and then a fresh look: two follow-ups logged at once on one
  -- project must not both end up marked (the marker is unique).
  PERFORM 1 FROM "Project" WHERE id = ANY (projects) ORDER BY id FOR UPDATE;
  -- Clear before marking: the unique marker is checked row by row.
  UPDATE "Activity" a SET "newestOfProjectId" = NULL
  WHERE a."newestOfProjectId" = ANY (projects)
    AND (a."newestOfProjectId" <> a."projectId" OR a.id <> (
      SELECT b.id FROM "Activity" b WHERE b."projectId" = a."projectId" ORDER BY b."occurredAt" DESC, b.id DESC LIMIT 1));
  UPDATE "Activity" a SET "newestOfProjectId" = a."projectId"
  FROM (
    SELECT DISTINCT ON ("projectId") id FROM "Activity" WHERE "projectId" = ANY (projects)
    ORDER BY "projectId", "occurredAt" DESC, id DESC
  ) AS newest
  WHERE a.id = newest.id AND a."newestOfProjectId" IS DISTINCT FROM a."projectId";
  RETURN NULL;
END $$;

CREATE TRIGGER "Activity_newest_insert" AFTER INSERT ON "Activity" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_mark_newest();
CREATE TRIGGER "Activity_newest_update" AFTER UPDATE ON "Activity" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_mark_newest();
CREATE TRIGGER "Activity_newest_delete" AFTER DELETE ON "Activity" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_mark_newest();

-- What is already there.
UPDATE "Activity" a SET "newestOfProjectId" = a."projectId"
FROM (SELECT DISTINCT ON ("projectId") id FROM "Activity" ORDER BY "projectId", "occurredAt" DESC, id DESC) AS newest
WHERE a.id = newest.id;
