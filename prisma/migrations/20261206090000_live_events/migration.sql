-- Live screens (docs/architecture.md, "Live screens"): the database announces what changed on channel
-- `tp_live`, so every path that writes (GraphQL, the 台账 import, merges, seeds, the escalation job, SQL by
-- hand) is heard, and only at commit (NOTIFY is transactional). Statement-level triggers with transition tables:
-- one notification per statement whatever the number of rows. A payload carries ids and units only, never data:
-- the server checks each subscriber's read rules and the screen re-reads with its own queries.
--
-- Payload: {"k": kind, "ids": [...] | null, "u": [...] | null, "p": [...]}. k: p (projects and what hangs on
-- them), r (support requests), s (statistics of units), a (accounts: sessions ended, users changed). ids null:
-- too many to name (more than 100 in a statement, or more than 20 notifications already in the transaction),
-- the subscribers concerned re-read everything. The cap keeps a bulk write from flooding the listeners;
-- identical payloads within a transaction are folded by PostgreSQL itself.

CREATE FUNCTION tp_live_send(kind text, ids text[], units text[], projects text[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  sent int := coalesce(nullif(current_setting('tp.live_sent', true), ''), '0')::int;
  many boolean := sent >= 20 OR coalesce(cardinality(ids), 0) > 100;
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 AND coalesce(cardinality(units), 0) = 0 THEN
    RETURN;
  END IF;
  PERFORM set_config('tp.live_sent', (sent + 1)::text, true);
  PERFORM pg_notify('tp_live', json_build_object(
    'k', kind,
    'ids', CASE WHEN many THEN NULL ELSE ids END,
    'u', CASE WHEN coalesce(cardinality(units), 0) > 50 THEN NULL ELSE units END,
    'p', CASE WHEN many OR coalesce(cardinality(projects), 0) > 100 THEN NULL ELSE projects END
  )::text);
END $$;

-- The rows a statement touched, by the trigger's operation: the transition tables that exist for it.
CREATE FUNCTION tp_live_rows(op text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE op
    WHEN 'INSERT' THEN 'SELECT * FROM live_new'
    WHEN 'DELETE' THEN 'SELECT * FROM live_old'
    ELSE 'SELECT * FROM live_new UNION ALL SELECT * FROM live_old' END
$$;

-- Projects and the rows that hang on one (TG_ARGV[0]: the column naming the project). The units are the
-- projects' own (before and after, when a project changes unit), for statistics and re-reads in bulk.
CREATE FUNCTION tp_live_projects() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  units text[];
BEGIN
  IF TG_TABLE_NAME = 'Project' THEN
    EXECUTE format('SELECT array_agg(DISTINCT r.id::text), array_agg(DISTINCT r."unitId"::text) FROM (%s) r',
      tp_live_rows(TG_OP)) INTO ids, units;
  ELSE
    EXECUTE format('SELECT array_agg(DISTINCT r.%I::text) FROM (%s) r', TG_ARGV[0], tp_live_rows(TG_OP)) INTO ids;
    SELECT array_agg(DISTINCT p."unitId"::text) INTO units FROM "Project" p WHERE p.id::text = ANY (ids);
  END IF;
  PERFORM tp_live_send('p', ids, units);
  RETURN NULL;
END $$;

-- Support requests and their steps (TG_ARGV[0]: the column naming the request), with their projects.
CREATE FUNCTION tp_live_support_requests() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
  units text[];
  projects text[];
BEGIN
  EXECUTE format('SELECT array_agg(DISTINCT r.%I::text) FROM (%s) r', TG_ARGV[0], tp_live_rows(TG_OP)) INTO ids;
  SELECT array_agg(DISTINCT s."projectId"::text), array_remove(array_agg(DISTINCT s."departmentId"::text), NULL)
    INTO projects, units FROM "SupportRequest" s WHERE s.id::text = ANY (ids);
  PERFORM tp_live_send('r', ids, units, projects);
  RETURN NULL;
END $$;

-- Figures kept per unit outside the projects (spending, applications).
CREATE FUNCTION tp_live_unit_figures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  units text[];
BEGIN
  EXECUTE format('SELECT array_agg(DISTINCT r."unitId"::text) FROM (%s) r', tp_live_rows(TG_OP)) INTO units;
  PERFORM tp_live_send('s', NULL, units);
  RETURN NULL;
END $$;

-- Sessions ended and users whose standing changed: their open streams check their session again.
CREATE FUNCTION tp_live_accounts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  IF TG_TABLE_NAME = 'Session' THEN
    SELECT array_agg(DISTINCT r."userId"::text) INTO ids FROM live_old r;
  ELSE
    SELECT array_agg(DISTINCT n.id::text) INTO ids FROM live_new n JOIN live_old o ON o.id = n.id
      WHERE (n.active, n.role, n."unitId", n."mustChangePassword")
        IS DISTINCT FROM (o.active, o.role, o."unitId", o."mustChangePassword");
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM pg_notify('tp_live', json_build_object('k', 'a', 'ids',
      CASE WHEN cardinality(ids) > 100 THEN NULL ELSE ids END)::text);
  END IF;
  RETURN NULL;
END $$;

-- One trigger per operation: a trigger with transition tables serves one event.
CREATE FUNCTION tp_live_watch(tbl text, fn text, arg text, ops text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  op text;
BEGIN
  FOREACH op IN ARRAY ops LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION %I(%L)',
      'live_' || lower(op), op, tbl,
      CASE op WHEN 'INSERT' THEN 'NEW TABLE AS live_new' WHEN 'DELETE' THEN 'OLD TABLE AS live_old'
        ELSE 'NEW TABLE AS live_new OLD TABLE AS live_old' END,
      fn, arg);
  END LOOP;
END $$;

SELECT tp_live_watch('Project', 'tp_live_projects', 'id', ARRAY['INSERT', 'UPDATE', 'DELETE']);
SELECT tp_live_watch(t, 'tp_live_projects', 'projectId', ARRAY['INSERT', 'UPDATE', 'DELETE'])
  FROM unnest(ARRAY['Activity', 'StageChange', 'Signing', 'Landing', 'ProjectFollower', 'ProjectMember',
    'CreditShare']) t;
SELECT tp_live_watch('SupportRequest', 'tp_live_support_requests', 'id', ARRAY['INSERT', 'UPDATE', 'DELETE']);
SELECT tp_live_watch('SupportRequestEvent', 'tp_live_support_requests', 'requestId', ARRAY['INSERT', 'UPDATE']);
SELECT tp_live_watch(t, 'tp_live_unit_figures', '', ARRAY['INSERT', 'UPDATE', 'DELETE'])
  FROM unnest(ARRAY['TalentSpending', 'ProgramApplication']) t;
SELECT tp_live_watch('Session', 'tp_live_accounts', '', ARRAY['DELETE']);
SELECT tp_live_watch('User', 'tp_live_accounts', '', ARRAY['UPDATE']);
