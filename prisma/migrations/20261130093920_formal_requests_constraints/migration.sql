-- Formal requests: rules Prisma's schema language cannot express (hand-written; generated
-- migrations never undo them). The application checks the same limits first, so a person gets a
-- clear message; these make sure no code path can store anything else.

-- Text limits (characters, as the form counts them).
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_concerns_length"
  CHECK (char_length("concerns") BETWEEN 1 AND 4000);
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_correction_length"
  CHECK ("correction" IS NULL OR char_length("correction") BETWEEN 1 AND 4000);
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_reason_length"
  CHECK ("reason" IS NULL OR char_length("reason") BETWEEN 1 AND 4000);
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_answer_length"
  CHECK ("answer" IS NULL OR char_length("answer") BETWEEN 1 AND 4000);

-- Retting says what it should say instead; only retting has that. Retting and sletting say why.
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_correction_by_kind"
  CHECK (("kind" = 'CORRECTION') = ("correction" IS NOT NULL));
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_reason_by_kind"
  CHECK ("kind" = 'ACCESS' OR "reason" IS NOT NULL);

-- The legal deadline (pbrl. § 5-1: at the latest 30 days): the Oslo calendar day of receipt + 30.
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_answer_due_30_days"
  CHECK ("answer_due" = (("received_at" AT TIME ZONE 'Europe/Oslo')::date + 30));

-- What each status carries.
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_status_fields" CHECK (
  CASE "status"
    WHEN 'RECEIVED' THEN "started_at" IS NULL AND "answered_at" IS NULL AND "answer" IS NULL
    WHEN 'IN_PROGRESS' THEN "started_at" IS NOT NULL AND "answered_at" IS NULL AND "answer" IS NULL
    ELSE "answered_at" IS NOT NULL AND "answer" IS NOT NULL
  END
);

-- Status moves forward only: mottatt -> under behandling -> besvart/avslått (or straight to an
-- answer). An answered request never changes, and what the person asked never changes.
CREATE OR REPLACE FUNCTION formal_request_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('ANSWERED', 'REFUSED') THEN
    RAISE EXCEPTION 'formal_request %: an answered request cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status = 'RECEIVED' AND OLD.status <> 'RECEIVED' THEN
    RAISE EXCEPTION 'formal_request %: % -> RECEIVED is not allowed', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW.person_id, NEW.unit_id, NEW.kind, NEW.concerns, NEW.correction, NEW.reason, NEW.filed_by_id, NEW.received_at, NEW.answer_due)
     IS DISTINCT FROM
     (OLD.person_id, OLD.unit_id, OLD.kind, OLD.concerns, OLD.correction, OLD.reason, OLD.filed_by_id, OLD.received_at, OLD.answer_due) THEN
    RAISE EXCEPTION 'formal_request %: what was asked cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
ALTER FUNCTION formal_request_guard() SET search_path = pg_catalog, public;

CREATE TRIGGER formal_request_guard
  BEFORE UPDATE ON "formal_request"
  FOR EACH ROW EXECUTE FUNCTION formal_request_guard();

-- The history is append-only, like the access log.
ALTER TABLE "formal_request_event" ADD CONSTRAINT "formal_request_event_one_actor"
  CHECK (("actor_person_id" IS NULL) <> ("actor_clinician_id" IS NULL));
CREATE TRIGGER formal_request_event_append_only
  BEFORE UPDATE OR DELETE ON "formal_request_event"
  FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();
