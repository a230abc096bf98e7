-- The waitlist: a patient asks to be told when an earlier slot with a practitioner frees up.
-- One row per patient and practitioner whatever its status (re-joining reactivates the row), so
-- the database keeps at most one waiting entry each.
CREATE TABLE waitlist_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id       BIGINT      NOT NULL,
    practitioner_id  BIGINT      NOT NULL,
    mode             VARCHAR(16),
    before_at        DATETIME(6),
    created_at       DATETIME(6) NOT NULL,
    status           VARCHAR(16) NOT NULL,
    notified_at      DATETIME(6),
    notified_slot_id BIGINT,
    version          BIGINT      NOT NULL,
    CONSTRAINT uk_waitlist_entry_patient_practitioner UNIQUE (patient_id, practitioner_id),
    CONSTRAINT fk_waitlist_entry_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_waitlist_entry_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id)
);
-- The first waiting patient of a practitioner, when a slot frees up.
CREATE INDEX ix_waitlist_entry_waiting ON waitlist_entry (practitioner_id, status, created_at);
