-- Secure messaging (issue 10): a thread about one patient, addressed to a practitioner or educator
-- or to the patient's care team; its messages (Markdown, shown sanitised); who read which message
-- and when (the read receipt, and each participant's unread count). A message's author side
-- (PATIENT: the patient or a carer acting; CARE: a practitioner) tells whose reading is a receipt.
CREATE TABLE message_thread (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id         BIGINT       NOT NULL,
    subject            VARCHAR(200) NOT NULL,
    to_practitioner_id BIGINT,
    to_team            VARCHAR(16),
    started_by         BIGINT       NOT NULL,
    started_at         DATETIME(6)  NOT NULL,
    last_message_at    DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_message_thread_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_message_thread_practitioner FOREIGN KEY (to_practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_message_thread_started_by FOREIGN KEY (started_by) REFERENCES user_account (id),
    CONSTRAINT ck_message_thread_to CHECK ((to_practitioner_id IS NULL AND to_team = 'CARE_TEAM')
        OR (to_practitioner_id IS NOT NULL AND to_team IS NULL))
);
-- The inbox: a patient's threads, a practitioner's threads, newest first.
CREATE INDEX ix_message_thread_patient ON message_thread (patient_id, last_message_at);
CREATE INDEX ix_message_thread_practitioner ON message_thread (to_practitioner_id, last_message_at);
CREATE INDEX ix_message_thread_last ON message_thread (last_message_at, id);

CREATE TABLE message (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    thread_id         BIGINT        NOT NULL,
    author_account_id BIGINT        NOT NULL,
    author_side       VARCHAR(8)    NOT NULL,
    body              VARCHAR(5000) NOT NULL,
    sent_at           DATETIME(6)   NOT NULL,
    CONSTRAINT fk_message_thread FOREIGN KEY (thread_id) REFERENCES message_thread (id),
    CONSTRAINT fk_message_author FOREIGN KEY (author_account_id) REFERENCES user_account (id),
    CONSTRAINT ck_message_side CHECK (author_side IN ('PATIENT', 'CARE'))
);
CREATE INDEX ix_message_thread_sent ON message (thread_id, sent_at);

-- One row per message and reader: written when the reader opens the thread.
CREATE TABLE message_read (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id        BIGINT      NOT NULL,
    reader_account_id BIGINT      NOT NULL,
    reader_side       VARCHAR(8)  NOT NULL,
    read_at           DATETIME(6) NOT NULL,
    CONSTRAINT uk_message_read UNIQUE (message_id, reader_account_id),
    CONSTRAINT fk_message_read_message FOREIGN KEY (message_id) REFERENCES message (id),
    CONSTRAINT fk_message_read_reader FOREIGN KEY (reader_account_id) REFERENCES user_account (id),
    CONSTRAINT ck_message_read_side CHECK (reader_side IN ('PATIENT', 'CARE'))
);
CREATE INDEX ix_message_read_reader ON message_read (reader_account_id, message_id);
