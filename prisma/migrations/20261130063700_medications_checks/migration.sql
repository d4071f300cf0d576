-- Rules Prisma's schema cannot express, kept by the database itself.

-- A renewal request is open exactly while it holds its medication's "open" slot: the unique key on
-- open_for_medication_id then allows at most one open request per medication.
ALTER TABLE "medication_renewal_request"
  ADD CONSTRAINT "medication_renewal_request_open_iff_requested"
  CHECK ((status = 'REQUESTED') = (open_for_medication_id IS NOT NULL)
         AND (open_for_medication_id IS NULL OR open_for_medication_id = medication_id));

-- A decision says who made it and when; a renewal says until when, a decline says why.
ALTER TABLE "medication_renewal_request"
  ADD CONSTRAINT "medication_renewal_request_decision_complete"
  CHECK (status = 'REQUESTED'
         OR (decided_at IS NOT NULL AND decided_by_id IS NOT NULL
             AND (status <> 'RENEWED' OR new_end_date IS NOT NULL)
             AND (status <> 'DECLINED' OR length(btrim(decline_reason)) > 0)));

-- Dispensings cannot be negative or exceed what the prescription allows.
ALTER TABLE "medication_statement"
  ADD CONSTRAINT "medication_statement_dispenses_in_range"
  CHECK (dispenses_used >= 0 AND (dispenses_allowed IS NULL OR (dispenses_allowed > 0 AND dispenses_used <= dispenses_allowed)));

ALTER TABLE "medication_statement"
  ADD CONSTRAINT "medication_statement_period_order"
  CHECK (end_date IS NULL OR end_date >= start_date);
