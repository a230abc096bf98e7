-- Personal health monitoring (issue 7): readings a patient enters, the thresholds a clinician sets
-- per patient and type, the weekly WHO-5 wellbeing check-in, and the alerts of the care team.
-- Values are stored in the type's unit (mmHg, mmol/L, kg, /min, steps; WHO-5 as a percentage).
CREATE TABLE reading (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id   BIGINT      NOT NULL,
    type         VARCHAR(32) NOT NULL,
    reading_value DOUBLE      NOT NULL,
    entered_value DOUBLE      NOT NULL,
    entered_unit VARCHAR(16) NOT NULL,
    taken_at     DATETIME(6) NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_reading_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_reading_type CHECK (type IN ('BLOOD_PRESSURE_SYSTOLIC', 'BLOOD_PRESSURE_DIASTOLIC',
        'BLOOD_GLUCOSE', 'WEIGHT', 'HEART_RATE', 'STEPS'))
);
CREATE INDEX ix_reading_patient ON reading (patient_id, type, taken_at);

-- One threshold per patient and type; either bound may be absent.
CREATE TABLE reading_threshold (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id  BIGINT      NOT NULL,
    type        VARCHAR(32) NOT NULL,
    low_value   DOUBLE,
    high_value  DOUBLE,
    set_by      BIGINT      NOT NULL,
    set_at      DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT uk_reading_threshold UNIQUE (patient_id, type),
    CONSTRAINT fk_reading_threshold_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_reading_threshold_set_by FOREIGN KEY (set_by) REFERENCES user_account (id)
);

-- Whether the patient's latest value of a type (or WELLBEING) is out of range: an alert is raised
-- only on the step from in range to out of range. Written under the patient's row lock.
CREATE TABLE reading_excursion (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id   BIGINT      NOT NULL,
    type         VARCHAR(32) NOT NULL,
    out_of_range BOOLEAN     NOT NULL,
    changed_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT uk_reading_excursion UNIQUE (patient_id, type),
    CONSTRAINT fk_reading_excursion_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);

-- The WHO-5 Well-Being Index: five answers 0..5, raw score 0..25, percentage = raw x 4.
CREATE TABLE wellbeing_check_in (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id  BIGINT      NOT NULL,
    answer1     INT         NOT NULL,
    answer2     INT         NOT NULL,
    answer3     INT         NOT NULL,
    answer4     INT         NOT NULL,
    answer5     INT         NOT NULL,
    raw_score   INT         NOT NULL,
    percent     INT         NOT NULL,
    taken_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_wellbeing_check_in_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_wellbeing_check_in_raw CHECK (raw_score BETWEEN 0 AND 25)
);
CREATE INDEX ix_wellbeing_check_in_patient ON wellbeing_check_in (patient_id, taken_at);

-- An alert for the care team: a value beyond a threshold (or a WHO-5 of 50 % or less), open until
-- a clinician of the care team acknowledges it.
CREATE TABLE reading_alert (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id      BIGINT      NOT NULL,
    type            VARCHAR(32) NOT NULL,
    alert_value     DOUBLE      NOT NULL,
    low_value       DOUBLE,
    high_value      DOUBLE,
    taken_at        DATETIME(6) NOT NULL,
    raised_at       DATETIME(6) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    acknowledged_at DATETIME(6),
    acknowledged_by BIGINT,
    version         BIGINT      NOT NULL,
    CONSTRAINT fk_reading_alert_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_reading_alert_acknowledged_by FOREIGN KEY (acknowledged_by) REFERENCES user_account (id),
    CONSTRAINT ck_reading_alert_status CHECK (status IN ('OPEN', 'ACKNOWLEDGED'))
);
CREATE INDEX ix_reading_alert_patient ON reading_alert (patient_id, status, raised_at);
CREATE INDEX ix_reading_alert_status ON reading_alert (status, raised_at);
