-- The append-only audit trail: the application only ever inserts into it.
CREATE TABLE audit_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(64),
    on_behalf_of   VARCHAR(64),
    patient_id     BIGINT,
    action         VARCHAR(64)   NOT NULL,
    object_type    VARCHAR(64),
    object_id      VARCHAR(64),
    outcome        VARCHAR(16)   NOT NULL,
    purpose        VARCHAR(500),
    client_address VARCHAR(64),
    detail         VARCHAR(1000)
);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_patient ON audit_entry (patient_id, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
