-- The access log (innsynslogg) is append-only and tamper-evident.
-- 1. Each entry's hash covers its content and the previous entry's hash for the same person, so a
--    change made behind the application's back breaks the chain (checked by `npm run audit:verify`).
-- 2. The database itself refuses UPDATE, DELETE and TRUNCATE of entries.

-- The canonical text of an entry: a JSON array, so no field can bleed into the next.
CREATE OR REPLACE FUNCTION access_log_entry_hash(e access_log_entry) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(json_build_array(
    e.prev_hash,
    e.person_id::text,
    e.seq,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    e.actor_kind::text,
    e.actor_person_id::text,
    e.actor_clinician_id::text,
    e.actor_name,
    e.actor_role,
    e.actor_organisation,
    e.actor_unit,
    e.category::text,
    e.action::text,
    e.item_type,
    e.item_id,
    e.basis::text,
    e.proxy_grant_id::text,
    e.emergency_reason
  )::text, 'UTF8')), 'hex')
$$;

-- Chains a new entry to the person's latest one. The advisory lock serialises writers per person,
-- so two transactions never chain to the same predecessor.
CREATE OR REPLACE FUNCTION access_log_entry_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_seq integer;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('access_log_entry:' || NEW.person_id::text, 0));
  SELECT seq, hash INTO last_seq, last_hash
    FROM access_log_entry WHERE person_id = NEW.person_id ORDER BY seq DESC LIMIT 1;
  NEW.seq := COALESCE(last_seq, 0) + 1;
  NEW.prev_hash := COALESCE(last_hash, '');
  NEW.occurred_at := date_trunc('milliseconds', NEW.occurred_at);
  NEW.hash := access_log_entry_hash(NEW);
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION access_log_entry_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log_entry is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER access_log_entry_chain
  BEFORE INSERT ON access_log_entry
  FOR EACH ROW EXECUTE FUNCTION access_log_entry_chain();

CREATE TRIGGER access_log_entry_append_only
  BEFORE UPDATE OR DELETE ON access_log_entry
  FOR EACH ROW EXECUTE FUNCTION access_log_entry_refuse_change();

CREATE TRIGGER access_log_entry_no_truncate
  BEFORE TRUNCATE ON access_log_entry
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_entry_refuse_change();
