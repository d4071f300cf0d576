-- The log's trigger functions resolve names with a fixed search path, not the caller's: the
-- runtime role may create a schema of its own (pg-boss keeps its jobs in "pgboss"), and a session
-- that put such a schema first must not be able to slip its own hash or stamp function in.
ALTER FUNCTION access_log_entry_hash(access_log_entry) SET search_path = pg_catalog, public;
ALTER FUNCTION access_log_entry_chain() SET search_path = pg_catalog, public;
ALTER FUNCTION access_log_entry_refuse_change() SET search_path = pg_catalog, public;
ALTER FUNCTION append_only_refuse_change() SET search_path = pg_catalog, public;
ALTER FUNCTION security_event_stamp() SET search_path = pg_catalog, public;
