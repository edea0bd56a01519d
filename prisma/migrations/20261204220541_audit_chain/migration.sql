-- CreateTable
CREATE TABLE "AuditChain" (
    "seq" INTEGER NOT NULL,
    "auditLogId" UUID NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditChain_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditChain_auditLogId_key" ON "AuditChain"("auditLogId");

-- AddForeignKey
ALTER TABLE "AuditChain" ADD CONSTRAINT "AuditChain_auditLogId_fkey" FOREIGN KEY ("auditLogId") REFERENCES "AuditLog"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- ── The audit log's hash chain. The append-only triggers stop plain SQL, not the tables' owner, who can
-- disable them: the chain makes such tampering detectable. Each entry gets one link, numbered 1, 2, 3 …
-- without gaps, whose hash covers the previous link's hash and the entry's canonical content, so an edited,
-- removed or slipped-in entry breaks every link after it; `pnpm db:audit-verify` recomputes the chain in
-- Node (server/src/domain/audit-chain.ts holds the same canonical form) and checks it against a head kept
-- outside the database.

-- The canonical content: a JSON array of the link number and every column as text (NULL as null), the time
-- in UTC with milliseconds as JavaScript's toISOString() writes it, the changes as PostgreSQL's normalised
-- jsonb text. to_json(text) escapes exactly as JSON.stringify does.
CREATE FUNCTION audit_chain_content(seq integer, entry "AuditLog") RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT '[' || seq || ',' || string_agg(coalesce(to_json(field)::text, 'null'), ',' ORDER BY n) || ']'
  FROM unnest(ARRAY[
    entry.id::text, entry."actorId"::text, entry.action, entry.entity, entry."entityId", entry.changes::text,
    entry.reason, entry.address, to_char(entry.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  ]) WITH ORDINALITY AS fields(field, n)
$$;

-- Appends the entry's link. One writer at a time (a transaction-long advisory lock keyed on the chain table),
-- and the last link is read after the lock is granted, so it is the one the previous writer committed.
-- Runs as the owner: the application's role needs no right on "AuditChain" but to read it.
CREATE FUNCTION audit_chain_append(entry "AuditLog") RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  last_link "AuditChain";
  next_seq integer;
BEGIN
  PERFORM pg_advisory_xact_lock('"AuditChain"'::regclass::oid::bigint);
  SELECT * INTO last_link FROM "AuditChain" ORDER BY seq DESC LIMIT 1;
  next_seq := coalesce(last_link.seq, 0) + 1;
  INSERT INTO "AuditChain" (seq, "auditLogId", hash)
  VALUES (next_seq, entry.id, encode(sha256(convert_to(coalesce(last_link.hash, '') || audit_chain_content(next_seq, entry), 'UTF8')), 'hex'));
END $$;

CREATE FUNCTION audit_chain_link() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM audit_chain_append(NEW);
  RETURN NULL;
END $$;

-- Deferred to the commit, so the chain's lock is the last one a transaction takes (no writer holding it waits
-- for another lock: no deadlock) and is held only while committing.
CREATE CONSTRAINT TRIGGER "AuditLog_chain" AFTER INSERT ON "AuditLog"
DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_link();

-- The entries written before the chain, in the order they were written.
DO $$
DECLARE
  entry "AuditLog";
BEGIN
  FOR entry IN SELECT * FROM "AuditLog" ORDER BY at, id LOOP
    PERFORM audit_chain_append(entry);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditChain_append_only"
BEFORE UPDATE OR DELETE ON "AuditChain"
FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TRIGGER "AuditChain_no_truncate"
BEFORE TRUNCATE ON "AuditChain"
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- No role but the owner may change or remove audit entries or links, whatever the default privileges granted
-- (README: PostgreSQL with a server that does not own its tables); links are written only by
-- audit_chain_append.
DO $$
DECLARE
  granted record;
BEGIN
  FOR granted IN
    SELECT c.oid::regclass AS tbl, a.privilege_type,
      CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END AS grantee
    FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
    WHERE c.oid IN ('"AuditLog"'::regclass, '"AuditChain"'::regclass)
      AND a.grantee <> c.relowner
      AND (a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER')
        OR (c.oid = '"AuditChain"'::regclass AND a.privilege_type = 'INSERT'))
  LOOP
    EXECUTE format('REVOKE %s ON %s FROM %s', granted.privilege_type, granted.tbl, granted.grantee);
  END LOOP;
END $$;
