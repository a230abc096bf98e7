-- Satisfaction and complaints (issue 9). A rating invitation per completed appointment (rated at
-- most once: the score is set once), the patients' Net Promoter answers, and the complaints and
-- compliments register with its history of steps and its SLA clocks.
CREATE TABLE feedback_invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    appointment_id  BIGINT        NOT NULL,
    patient_id      BIGINT        NOT NULL,
    practitioner_id BIGINT        NOT NULL,
    consulted_at    DATETIME(6)   NOT NULL,
    invited_at      DATETIME(6)   NOT NULL,
    score           INT,
    comment         VARCHAR(1000),
    rated_at        DATETIME(6),
    rated_by        BIGINT,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_feedback_invitation_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_feedback_invitation_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_feedback_invitation_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_feedback_invitation_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_feedback_invitation_rated_by FOREIGN KEY (rated_by) REFERENCES user_account (id),
    CONSTRAINT ck_feedback_invitation_score CHECK (score IS NULL OR score BETWEEN 1 AND 5)
);
CREATE INDEX ix_feedback_invitation_patient ON feedback_invitation (patient_id, rated_at);
CREATE INDEX ix_feedback_invitation_rated ON feedback_invitation (rated_at);

-- "How likely are you to recommend us?" 0..10, at most once in 90 days per patient.
CREATE TABLE feedback_nps (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id  BIGINT        NOT NULL,
    score       INT           NOT NULL,
    comment     VARCHAR(1000),
    answered_at DATETIME(6)   NOT NULL,
    answered_by BIGINT        NOT NULL,
    CONSTRAINT fk_feedback_nps_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_feedback_nps_by FOREIGN KEY (answered_by) REFERENCES user_account (id),
    CONSTRAINT ck_feedback_nps_score CHECK (score BETWEEN 0 AND 10)
);
CREATE INDEX ix_feedback_nps_patient ON feedback_nps (patient_id, answered_at);
CREATE INDEX ix_feedback_nps_answered ON feedback_nps (answered_at);

CREATE TABLE feedback_complaint (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id            BIGINT        NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    category              VARCHAR(16)   NOT NULL,
    severity              VARCHAR(16),
    description           VARCHAR(4000) NOT NULL,
    appointment_id        BIGINT,
    practitioner_id       BIGINT,
    status                VARCHAR(16)   NOT NULL,
    lodged_by             BIGINT        NOT NULL,
    received_at           DATETIME(6)   NOT NULL,
    acknowledge_by        DATETIME(6)   NOT NULL,
    resolve_by            DATETIME(6)   NOT NULL,
    acknowledged_at       DATETIME(6),
    resolved_at           DATETIME(6),
    resolution            VARCHAR(4000),
    withdrawn_at          DATETIME(6),
    ack_overdue_at        DATETIME(6),
    resolution_overdue_at DATETIME(6),
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_feedback_complaint_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_feedback_complaint_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_feedback_complaint_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_feedback_complaint_lodged_by FOREIGN KEY (lodged_by) REFERENCES user_account (id),
    CONSTRAINT ck_feedback_complaint_kind CHECK (kind IN ('COMPLAINT', 'COMPLIMENT')),
    CONSTRAINT ck_feedback_complaint_category CHECK (category IN ('CARE', 'COMMUNICATION', 'ACCESS',
        'BILLING', 'PRIVACY', 'OTHER')),
    CONSTRAINT ck_feedback_complaint_severity CHECK (severity IS NULL OR severity IN ('LOW', 'MEDIUM',
        'HIGH', 'CRITICAL')),
    CONSTRAINT ck_feedback_complaint_status CHECK (status IN ('RECEIVED', 'ACKNOWLEDGED', 'RESOLVED',
        'WITHDRAWN'))
);
CREATE INDEX ix_feedback_complaint_patient ON feedback_complaint (patient_id, received_at);
CREATE INDEX ix_feedback_complaint_status ON feedback_complaint (status, received_at);

-- Every step of a complaint: lodged, triaged, acknowledged, resolved, withdrawn, and the SLA breaches.
CREATE TABLE feedback_complaint_step (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id BIGINT        NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    note         VARCHAR(4000),
    taken_by     BIGINT,
    taken_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_feedback_complaint_step_complaint FOREIGN KEY (complaint_id) REFERENCES feedback_complaint (id),
    CONSTRAINT fk_feedback_complaint_step_by FOREIGN KEY (taken_by) REFERENCES user_account (id)
);
CREATE INDEX ix_feedback_complaint_step_complaint ON feedback_complaint_step (complaint_id, taken_at);
