-- An education programme assigned as part of a case's care plan (issue 10): the case records which
-- programme, by whom, when and why, and the enrolment it made (or found: the patient may already
-- follow it). Once per case and programme. The patient is copied onto the row, as for notes (V37),
-- so the patient timeline reads a patient's assignments newest first along
-- (patient_id, assigned_at, id).
CREATE TABLE case_education (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT       NOT NULL,
    patient_id        BIGINT       NOT NULL,
    programme_id      BIGINT       NOT NULL,
    enrolment_id      BIGINT       NOT NULL,
    programme_title   VARCHAR(200) NOT NULL,
    reason            VARCHAR(500),
    already_enrolled  BOOLEAN      NOT NULL,
    assigned_by       BIGINT       NOT NULL,
    assigned_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_case_education UNIQUE (case_id, programme_id),
    CONSTRAINT fk_case_education_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_case_education_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_case_education_programme FOREIGN KEY (programme_id) REFERENCES edu_programme (id),
    CONSTRAINT fk_case_education_enrolment FOREIGN KEY (enrolment_id) REFERENCES edu_enrolment (id),
    CONSTRAINT fk_case_education_assigned_by FOREIGN KEY (assigned_by) REFERENCES user_account (id)
);
CREATE INDEX ix_case_education_patient ON case_education (patient_id, assigned_at, id);

-- Triage of message threads by the front desk as well as the care side (issue 10): what a thread is
-- about, so that it reaches the right colleague. The front desk lists the practice's threads not
-- closed, late answers first, along (status, reply_due_at).
ALTER TABLE message_thread ADD COLUMN category VARCHAR(16) DEFAULT 'GENERAL' NOT NULL;
ALTER TABLE message_thread ADD CONSTRAINT ck_message_thread_category
    CHECK (category IN ('GENERAL', 'APPOINTMENTS', 'PRESCRIPTIONS', 'RESULTS', 'EDUCATION', 'BILLING'));
CREATE INDEX ix_message_thread_status_due ON message_thread (status, reply_due_at, last_message_at);

-- A default fee for health educators (issue 10): a default item (no practitioner) of a mode that
-- prices the calls of educators without a fee of their own, apart from the organisation's default
-- (the GP's) that priced them before. Without one, an educator's call is free (no invoice).
ALTER TABLE fee_schedule_item ADD COLUMN for_educators BOOLEAN DEFAULT FALSE NOT NULL;
