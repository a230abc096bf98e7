-- The patient timeline (issue 9): its first page read every referral of the patient (500 in the
-- caseload benchmark) and sorted them before the page's limit, and a viewer outside a case's team
-- (the GP) read every internal case note to find the shared ones. Referrals and case status changes
-- now carry their case's patient, as case notes do (V37), and are read newest first along
-- (patient_id, sent_at, id) and (patient_id, changed_at, id), stopping at the page's limit. Filled
-- here for the rows there are; the application sets it on every new row. Nullable for the reason
-- V34 gives.
ALTER TABLE case_referral ADD COLUMN patient_id BIGINT;
UPDATE case_referral SET patient_id = (SELECT c.patient_id FROM care_case c WHERE c.id = case_referral.case_id);
CREATE INDEX ix_case_referral_patient_sent ON case_referral (patient_id, sent_at, id);
ALTER TABLE case_referral ADD CONSTRAINT fk_case_referral_patient FOREIGN KEY (patient_id) REFERENCES patient (id);
ALTER TABLE care_case_status_change ADD COLUMN patient_id BIGINT;
UPDATE care_case_status_change SET patient_id = (SELECT c.patient_id FROM care_case c WHERE c.id = care_case_status_change.case_id);
CREATE INDEX ix_care_case_status_change_patient ON care_case_status_change (patient_id, changed_at, id);
ALTER TABLE care_case_status_change ADD CONSTRAINT fk_care_case_status_change_patient FOREIGN KEY (patient_id) REFERENCES patient (id);
-- The timeline reads a patient's case notes in parts that hold only what the viewer sees: the
-- shared notes of all the patient's cases, and the internal notes of each case whose team the
-- viewer is on. Along (patient_id, written_at, id) alone a viewer outside the case team (the GP)
-- read every internal note and tested it until a page of shared ones was found.
CREATE INDEX ix_case_note_patient_visibility ON case_note (patient_id, visibility, written_at, id);
CREATE INDEX ix_case_note_case_visibility ON case_note (case_id, visibility, written_at, id);
