-- ── Phones in one form. Numbers are kept in E.164 ("+8613812345678"), as server/src/domain/phone.ts writes
-- them, so that the same number typed two ways is one number for duplicates and claims. Until now only
-- 11-digit mainland mobiles were accepted, optionally with +86 / 86, spaces or dashes: those convert here.
UPDATE "Talent" SET "phone" = '+86' || right(regexp_replace("phone", '[^0-9]', '', 'g'), 11)
WHERE "phone" IS NOT NULL AND regexp_replace("phone", '[^0-9]', '', 'g') ~ '^(86)?1[3-9][0-9]{9}$';

-- Writers other than the application (a seed, an import script, raw SQL) may still write the old mainland
-- form; it is brought to E.164 as it is written, so that it matches. The application always writes E.164.
CREATE FUNCTION talent_phone_in_e164() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."phone" IS NOT NULL AND NEW."phone" !~ '^\+' AND regexp_replace(NEW."phone", '[^0-9]', '', 'g') ~ '^(86)?1[3-9][0-9]{9}$' THEN
    NEW."phone" := '+86' || right(regexp_replace(NEW."phone", '[^0-9]', '', 'g'), 11);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Talent_phone_in_e164"
BEFORE INSERT OR UPDATE OF "phone" ON "Talent"
FOR EACH ROW EXECUTE FUNCTION talent_phone_in_e164();

-- ── Claim protection (DOMAIN.md, "Credit, claims and clocks"): while a project is ACTIVE in one unit, no
-- other unit has an ACTIVE project for the same talent: the same record (or one merged into it) or any
-- talent with the same phone. Checked here, on every path that writes a project or a talent's phone
-- (forms, createTalent with allowDuplicate, updateTalent, 台账 import, merges, raw SQL), because a check in
-- the application alone lets two units' simultaneous writes both pass.
--
-- Concurrency: each check first takes a transaction-level advisory lock on the talent's key (its phone, or
-- the record when it has none; hashed into one of 1024 locks), then reads afresh (READ COMMITTED: each statement of the function sees what
-- was committed before it). Two transactions claiming the same number therefore run one after the other,
-- and the second sees the first's project. The refusal names the following units and nothing else; the
-- server turns it into CLAIMED (server/src/write/claim-refusal.ts).
CREATE FUNCTION talent_claim_check(checked_talent uuid, checked_unit uuid, checked_project uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  root uuid;
  key_phone text;
  following text;
BEGIN
  SELECT coalesce(t."mergedIntoId", t.id), coalesce(t."phone", s."phone") INTO root, key_phone
  FROM "Talent" t LEFT JOIN "Talent" s ON s.id = t."mergedIntoId"
  WHERE t.id = checked_talent;
  -- One of 1024 locks (first key: this check's own class): a 台账 import of many thousand rows then holds
  -- at most 1024 locks, well within the shared lock table, where one per number could exhaust it. Two
  -- unrelated numbers in one bucket merely wait for each other, as writes to one unit's counts already do.
  PERFORM pg_advisory_xact_lock(hashtext('talent_claim_check'), abs(hashtext(coalesce(key_phone, root::text)) % 1024));
  -- By index only (Talent.id, Talent.phone, Project.talentId): a 台账 import runs this once per row.
  -- Merges move a talent's projects to the survivor, so the survivor's record stands for the merged one.
  SELECT string_agg(DISTINCT u."name", '、') INTO following
  FROM "Project" q
  JOIN "Unit" u ON u.id = q."unitId"
  WHERE q."talentId" IN (
      SELECT root
      UNION ALL SELECT checked_talent
      UNION ALL SELECT t.id FROM "Talent" t WHERE key_phone IS NOT NULL AND t."phone" = key_phone)
    AND q."status" = 'ACTIVE' AND q."unitId" <> checked_unit AND q.id IS DISTINCT FROM checked_project;
  IF following IS NOT NULL THEN
    RAISE EXCEPTION 'TALENT_CLAIMED: %', following USING ERRCODE = 'P0001', DETAIL = following;
  END IF;
END;
$$;

CREATE FUNCTION project_claim_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'ACTIVE' THEN
    PERFORM talent_claim_check(NEW."talentId", NEW."unitId", NEW.id);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Project_claim_insert"
AFTER INSERT ON "Project"
FOR EACH ROW EXECUTE FUNCTION project_claim_check();

CREATE TRIGGER "Project_claim_update"
AFTER UPDATE OF "unitId", "status", "talentId" ON "Project"
FOR EACH ROW
WHEN ((NEW."unitId", NEW."status", NEW."talentId") IS DISTINCT FROM (OLD."unitId", OLD."status", OLD."talentId"))
EXECUTE FUNCTION project_claim_check();

-- A talent that takes another's number (an edit, a merge filling it in) brings its active projects along.
-- A new talent has no projects yet: its first project's insert is checked.
CREATE FUNCTION talent_claim_check_projects() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  active record;
BEGIN
  FOR active IN SELECT p.id, p."unitId" FROM "Project" p WHERE p."talentId" = NEW.id AND p."status" = 'ACTIVE' ORDER BY p.id LOOP
    PERFORM talent_claim_check(NEW.id, active."unitId", active.id);
  END LOOP;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Talent_claim_update"
AFTER UPDATE OF "phone", "mergedIntoId" ON "Talent"
FOR EACH ROW
WHEN ((NEW."phone", NEW."mergedIntoId") IS DISTINCT FROM (OLD."phone", OLD."mergedIntoId"))
EXECUTE FUNCTION talent_claim_check_projects();
