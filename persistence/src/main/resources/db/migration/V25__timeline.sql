-- The patient timeline (issue 9): each source reads a patient's newest events of one table by
-- their instant, newest first; these indexes serve the tables whose indexes did not.
CREATE INDEX ix_reading_alert_patient_raised ON reading_alert (patient_id, raised_at);
CREATE INDEX ix_emergency_access_patient ON emergency_access (patient_id, opened_at);
CREATE INDEX ix_case_referral_case_sent ON case_referral (case_id, sent_at);
