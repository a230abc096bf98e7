-- Billing: the fee schedule, invoices with their lines, and payments against them.
CREATE TABLE fee_schedule_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    practitioner_id BIGINT,
    mode            VARCHAR(16),
    item_code       VARCHAR(32)    NOT NULL,
    description     VARCHAR(200)   NOT NULL,
    fee             DECIMAL(12,2)  NOT NULL,
    gst_applicable  BOOLEAN        NOT NULL,
    valid_from      DATE           NOT NULL,
    version         BIGINT         NOT NULL,
    CONSTRAINT fk_fee_schedule_item_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT ck_fee_schedule_item_fee CHECK (fee >= 0)
);
CREATE INDEX ix_fee_schedule_item_lookup ON fee_schedule_item (mode, practitioner_id, valid_from);

CREATE TABLE invoice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    invoice_number  VARCHAR(32),
    patient_id      BIGINT         NOT NULL,
    appointment_id  BIGINT,
    practitioner_id BIGINT         NOT NULL,
    issued_at       DATETIME(6)    NOT NULL,
    due_date        DATE           NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    subtotal        DECIMAL(12,2)  NOT NULL,
    gst             DECIMAL(12,2)  NOT NULL,
    total           DECIMAL(12,2)  NOT NULL,
    amount_paid     DECIMAL(12,2)  NOT NULL,
    void_reason     VARCHAR(500),
    voided_at       DATETIME(6),
    voided_by       VARCHAR(64),
    version         BIGINT         NOT NULL,
    -- Null for invoices raised without an appointment; unique when set: one invoice per appointment.
    CONSTRAINT uk_invoice_appointment UNIQUE (appointment_id),
    CONSTRAINT uk_invoice_number UNIQUE (invoice_number),
    CONSTRAINT fk_invoice_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_invoice_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT ck_invoice_paid CHECK (amount_paid >= 0 AND amount_paid <= total)
);
CREATE INDEX ix_invoice_patient ON invoice (patient_id, issued_at);

CREATE TABLE invoice_line (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    invoice_id  BIGINT         NOT NULL,
    line_no     INT            NOT NULL,
    item_code   VARCHAR(32)    NOT NULL,
    description VARCHAR(200)   NOT NULL,
    quantity    INT            NOT NULL,
    unit_price  DECIMAL(12,2)  NOT NULL,
    amount      DECIMAL(12,2)  NOT NULL,
    gst         DECIMAL(12,2)  NOT NULL,
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT uk_invoice_line_position UNIQUE (invoice_id, line_no)
);

CREATE TABLE payment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    invoice_id  BIGINT         NOT NULL,
    amount      DECIMAL(12,2)  NOT NULL,
    method      VARCHAR(24)    NOT NULL,
    reference   VARCHAR(100),
    received_at DATETIME(6)    NOT NULL,
    recorded_by VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_payment_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_payment_amount CHECK (amount > 0)
);
CREATE INDEX ix_payment_invoice ON payment (invoice_id, received_at);
