-- The inbox count, live (docs/architecture.md, "Live screens"): a notice made, marked read or deleted
-- announces its recipients' user ids on `tp_live` as {"k": "n", "ids": [...]}, and `inboxChanged` tells each of
-- them only (schema/session/inbox-live.ts). Every path that makes notices is heard: the writes that cause them,
-- the jobs, a refused claim, a lock. More than 100 recipients in a statement (a payload must stay under
-- PostgreSQL's 8000 bytes): ids null, every open inbox re-reads its count. Like tp_live_accounts, not
-- tp_live_send: a user's own notices are not limited by how many other announcements the write made.
CREATE FUNCTION tp_live_notices() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids text[];
BEGIN
  EXECUTE format('SELECT array_agg(DISTINCT r."userId"::text) FROM (%s) r', tp_live_rows(TG_OP)) INTO ids;
  IF ids IS NOT NULL THEN
    PERFORM pg_notify('tp_live', json_build_object('k', 'n', 'ids',
      CASE WHEN cardinality(ids) > 100 THEN NULL ELSE ids END)::text);
  END IF;
  RETURN NULL;
END $$;

SELECT tp_live_watch('Notice', 'tp_live_notices', '', ARRAY['INSERT', 'UPDATE', 'DELETE']);
