-- 1. The access log's time is the database's, not the application's: taken once the person's chain
--    is locked, so time order follows chain order. Only the table's owner, loading a history on
--    purpose (the demo seed, tests of date filters), may name the time with the setting
--    helsami.log_time; the application's runtime role never can, whatever it sends or sets.
CREATE OR REPLACE FUNCTION access_log_entry_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_seq integer;
  last_hash text;
  backfill text := NULLIF(current_setting('helsami.log_time', true), '');
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('access_log_entry:' || NEW.person_id::text, 0));
  SELECT seq, hash INTO last_seq, last_hash
    FROM access_log_entry WHERE person_id = NEW.person_id ORDER BY seq DESC LIMIT 1;
  NEW.seq := COALESCE(last_seq, 0) + 1;
  NEW.prev_hash := COALESCE(last_hash, '');
  IF backfill IS NOT NULL
     AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    NEW.occurred_at := date_trunc('milliseconds', backfill::timestamptz);
  ELSE
    NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());
  END IF;
  NEW.hash := access_log_entry_hash(NEW);
  RETURN NEW;
END
$$;

-- 2. Security events (gate refusals) are append-only too, and timed by the database.
CREATE OR REPLACE FUNCTION security_event_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION append_only_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER security_event_stamp
  BEFORE INSERT ON security_event
  FOR EACH ROW EXECUTE FUNCTION security_event_stamp();

CREATE TRIGGER security_event_append_only
  BEFORE UPDATE OR DELETE ON security_event
  FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();

CREATE TRIGGER security_event_no_truncate
  BEFORE TRUNCATE ON security_event
  FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change();
