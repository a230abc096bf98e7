-- Case management (issue 9): a patient's case in a programme, run by a case manager and a case
-- team; its status history, goals with progress ratings over time, tasks, notes (INTERNAL to the
-- team or SHARED with the patient) and referrals to other services.
CREATE TABLE care_case (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id      BIGINT        NOT NULL,
    programme       VARCHAR(32)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    case_manager_id BIGINT        NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    outcome         VARCHAR(2000),
    created_at      DATETIME(6)   NOT NULL,
    closed_at       DATETIME(6),
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_care_case_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_care_case_manager FOREIGN KEY (case_manager_id) REFERENCES user_account (id),
    CONSTRAINT ck_care_case_programme CHECK (programme IN ('HOSPITAL_DISCHARGE', 'CHRONIC_CARE',
        'NDIS', 'AGED_CARE', 'COMMUNITY')),
    CONSTRAINT ck_care_case_status CHECK (status IN ('INTAKE', 'OPEN', 'ON_HOLD', 'CLOSED'))
);
CREATE INDEX ix_care_case_manager ON care_case (case_manager_id, status);
CREATE INDEX ix_care_case_patient ON care_case (patient_id, status);

-- The case team beside the case manager: accounts that work on the case.
CREATE TABLE care_case_member (
    case_id    BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (case_id, account_id),
    CONSTRAINT fk_care_case_member_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_care_case_member_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_care_case_member_account ON care_case_member (account_id);

-- Every status a case has been in, with why (the outcome of a closing, the reason of a hold).
CREATE TABLE care_case_status_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    from_status VARCHAR(16),
    to_status   VARCHAR(16)   NOT NULL,
    note        VARCHAR(2000),
    changed_by  BIGINT        NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_care_case_status_change_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_care_case_status_change_by FOREIGN KEY (changed_by) REFERENCES user_account (id)
);
CREATE INDEX ix_care_case_status_change_case ON care_case_status_change (case_id, changed_at);

CREATE TABLE case_goal (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    description VARCHAR(1000) NOT NULL,
    target_date DATE,
    created_by  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_case_goal_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_case_goal_created_by FOREIGN KEY (created_by) REFERENCES user_account (id)
);
CREATE INDEX ix_case_goal_case ON case_goal (case_id);

-- A goal's progress rated over time: 1 (not started) .. 10 (achieved).
CREATE TABLE case_goal_rating (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    goal_id  BIGINT       NOT NULL,
    rating   INT          NOT NULL,
    comment  VARCHAR(1000),
    rated_by BIGINT       NOT NULL,
    rated_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_case_goal_rating_goal FOREIGN KEY (goal_id) REFERENCES case_goal (id),
    CONSTRAINT fk_case_goal_rating_by FOREIGN KEY (rated_by) REFERENCES user_account (id),
    CONSTRAINT ck_case_goal_rating CHECK (rating BETWEEN 1 AND 10)
);
CREATE INDEX ix_case_goal_rating_goal ON case_goal_rating (goal_id, rated_at);

CREATE TABLE case_task (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    title       VARCHAR(500) NOT NULL,
    due_date    DATE,
    assignee_id BIGINT       NOT NULL,
    priority    VARCHAR(8)   NOT NULL,
    status      VARCHAR(8)   NOT NULL,
    created_by  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    done_by     BIGINT,
    done_at     DATETIME(6),
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_case_task_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_case_task_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    CONSTRAINT fk_case_task_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT fk_case_task_done_by FOREIGN KEY (done_by) REFERENCES user_account (id),
    CONSTRAINT ck_case_task_priority CHECK (priority IN ('LOW', 'NORMAL', 'HIGH')),
    CONSTRAINT ck_case_task_status CHECK (status IN ('OPEN', 'DONE'))
);
CREATE INDEX ix_case_task_case ON case_task (case_id, status);
CREATE INDEX ix_case_task_assignee ON case_task (assignee_id, status, due_date);

CREATE TABLE case_note (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT        NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    visibility VARCHAR(8)    NOT NULL,
    author_id  BIGINT        NOT NULL,
    written_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_case_note_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_case_note_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_case_note_visibility CHECK (visibility IN ('INTERNAL', 'SHARED'))
);
CREATE INDEX ix_case_note_case ON case_note (case_id, written_at);

CREATE TABLE case_referral (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    to_service   VARCHAR(200)  NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    result       VARCHAR(2000),
    sent_by      BIGINT        NOT NULL,
    sent_at      DATETIME(6)   NOT NULL,
    accepted_at  DATETIME(6),
    completed_at DATETIME(6),
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_case_referral_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_case_referral_sent_by FOREIGN KEY (sent_by) REFERENCES user_account (id),
    CONSTRAINT ck_case_referral_status CHECK (status IN ('SENT', 'ACCEPTED', 'COMPLETED'))
);
CREATE INDEX ix_case_referral_case ON case_referral (case_id);
