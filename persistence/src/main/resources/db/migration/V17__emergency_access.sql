-- Emergency ("break-glass") access (issue 7): a clinician outside a patient's care team opens the
-- patient's record with a stated reason for a limited time. Never updated nor deleted: the rows
-- are the record of who opened whose record, when, why and until when.
CREATE TABLE emergency_access (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id   BIGINT        NOT NULL,
    clinician_id BIGINT        NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    opened_at    DATETIME(6)   NOT NULL,
    valid_until  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_emergency_access_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_emergency_access_clinician FOREIGN KEY (clinician_id) REFERENCES user_account (id)
);
-- The access decision: does this clinician hold an open emergency access to this patient now?
CREATE INDEX ix_emergency_access_clinician ON emergency_access (clinician_id, patient_id, valid_until);
