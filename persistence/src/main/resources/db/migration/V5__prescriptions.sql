-- Medications prescribed to patients, and the patients' refill requests.
CREATE TABLE medication (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id        BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    dose              VARCHAR(100)  NOT NULL,
    instructions      VARCHAR(1000) NOT NULL,
    prescriber_id     BIGINT        NOT NULL,
    refills_remaining INT           NOT NULL,
    prescribed_on     DATE          NOT NULL,
    active            BOOLEAN       NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_medication_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_medication_prescriber FOREIGN KEY (prescriber_id) REFERENCES practitioner (id),
    CONSTRAINT ck_medication_refills CHECK (refills_remaining >= 0)
);
CREATE INDEX ix_medication_patient ON medication (patient_id, name);

-- open_medication_id holds the medication while a request is open (NULL once decided): unique,
-- so there is at most one open request per medication even when two requests race.
CREATE TABLE refill_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    medication_id      BIGINT        NOT NULL,
    patient_id         BIGINT        NOT NULL,
    note               VARCHAR(1000),
    pharmacy           VARCHAR(200),
    status             VARCHAR(16)   NOT NULL,
    requested_at       DATETIME(6)   NOT NULL,
    decided_at         DATETIME(6),
    decided_by         BIGINT,
    reason             VARCHAR(1000),
    open_medication_id BIGINT,
    version            BIGINT        NOT NULL,
    CONSTRAINT uk_refill_request_open UNIQUE (open_medication_id),
    CONSTRAINT fk_refill_request_medication FOREIGN KEY (medication_id) REFERENCES medication (id),
    CONSTRAINT fk_refill_request_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_refill_request_decided_by FOREIGN KEY (decided_by) REFERENCES user_account (id),
    CONSTRAINT ck_refill_request_status CHECK (status IN ('REQUESTED', 'APPROVED', 'DENIED'))
);
CREATE INDEX ix_refill_request_patient ON refill_request (patient_id, requested_at);
CREATE INDEX ix_refill_request_status ON refill_request (status, requested_at);
CREATE INDEX ix_refill_request_medication ON refill_request (medication_id);
