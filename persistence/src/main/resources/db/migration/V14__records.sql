-- The medical record's entries (issue 7): conditions, allergies, results (observations) and
-- immunisations, entered by clinicians of the patient's care team. An entry is never overwritten:
-- a correction is a new row that names the version it corrects (supersedes_id, unique, so two
-- corrections of one version cannot both land) and the first version of its line (first_id, null
-- on the first version itself); the corrected row is stamped superseded_at. The record shows the
-- rows not superseded; the history of an entry is its line.
CREATE TABLE medical_condition (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id        BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    code              VARCHAR(40),
    onset_on          DATE,
    status            VARCHAR(16)   NOT NULL,
    note              VARCHAR(1000),
    first_id          BIGINT,
    supersedes_id     BIGINT,
    entered_by        BIGINT        NOT NULL,
    entered_at        DATETIME(6)   NOT NULL,
    correction_reason VARCHAR(500),
    superseded_at     DATETIME(6),
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_medical_condition_supersedes UNIQUE (supersedes_id),
    CONSTRAINT fk_medical_condition_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_medical_condition_entered_by FOREIGN KEY (entered_by) REFERENCES practitioner (id),
    CONSTRAINT fk_medical_condition_supersedes FOREIGN KEY (supersedes_id) REFERENCES medical_condition (id),
    CONSTRAINT ck_medical_condition_status CHECK (status IN ('ACTIVE', 'RESOLVED'))
);
CREATE INDEX ix_medical_condition_patient ON medical_condition (patient_id, superseded_at);
CREATE INDEX ix_medical_condition_first ON medical_condition (first_id);

CREATE TABLE allergy (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id        BIGINT        NOT NULL,
    substance         VARCHAR(200)  NOT NULL,
    reaction          VARCHAR(200),
    severity          VARCHAR(16)   NOT NULL,
    recorded_on       DATE          NOT NULL,
    first_id          BIGINT,
    supersedes_id     BIGINT,
    entered_by        BIGINT        NOT NULL,
    entered_at        DATETIME(6)   NOT NULL,
    correction_reason VARCHAR(500),
    superseded_at     DATETIME(6),
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_allergy_supersedes UNIQUE (supersedes_id),
    CONSTRAINT fk_allergy_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_allergy_entered_by FOREIGN KEY (entered_by) REFERENCES practitioner (id),
    CONSTRAINT fk_allergy_supersedes FOREIGN KEY (supersedes_id) REFERENCES allergy (id),
    CONSTRAINT ck_allergy_severity CHECK (severity IN ('MILD', 'MODERATE', 'SEVERE'))
);
CREATE INDEX ix_allergy_patient ON allergy (patient_id, superseded_at);
CREATE INDEX ix_allergy_first ON allergy (first_id);

-- A result: its flag is derived from the value and the reference range when entered; release_at,
-- when set, hides it from the patient (and their grantees) until then.
CREATE TABLE observation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id        BIGINT         NOT NULL,
    name              VARCHAR(200)   NOT NULL,
    code              VARCHAR(40),
    obs_value         DECIMAL(14, 4) NOT NULL,
    unit              VARCHAR(40)    NOT NULL,
    range_low         DECIMAL(14, 4),
    range_high        DECIMAL(14, 4),
    flag              VARCHAR(8),
    effective_at      DATETIME(6)    NOT NULL,
    release_at        DATETIME(6),
    first_id          BIGINT,
    supersedes_id     BIGINT,
    entered_by        BIGINT         NOT NULL,
    entered_at        DATETIME(6)    NOT NULL,
    correction_reason VARCHAR(500),
    superseded_at     DATETIME(6),
    version           BIGINT         NOT NULL,
    CONSTRAINT uk_observation_supersedes UNIQUE (supersedes_id),
    CONSTRAINT fk_observation_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_observation_entered_by FOREIGN KEY (entered_by) REFERENCES practitioner (id),
    CONSTRAINT fk_observation_supersedes FOREIGN KEY (supersedes_id) REFERENCES observation (id),
    CONSTRAINT ck_observation_flag CHECK (flag IN ('LOW', 'NORMAL', 'HIGH')),
    CONSTRAINT ck_observation_range CHECK (range_low IS NULL OR range_high IS NULL OR range_low <= range_high)
);
-- The patient's results over time, and one test's results over time (charts).
CREATE INDEX ix_observation_patient ON observation (patient_id, superseded_at, effective_at);
CREATE INDEX ix_observation_name ON observation (patient_id, name, effective_at);
CREATE INDEX ix_observation_first ON observation (first_id);

CREATE TABLE immunisation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id        BIGINT        NOT NULL,
    vaccine           VARCHAR(200)  NOT NULL,
    given_on          DATE          NOT NULL,
    dose_number       INT,
    note              VARCHAR(1000),
    first_id          BIGINT,
    supersedes_id     BIGINT,
    entered_by        BIGINT        NOT NULL,
    entered_at        DATETIME(6)   NOT NULL,
    correction_reason VARCHAR(500),
    superseded_at     DATETIME(6),
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_immunisation_supersedes UNIQUE (supersedes_id),
    CONSTRAINT fk_immunisation_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_immunisation_entered_by FOREIGN KEY (entered_by) REFERENCES practitioner (id),
    CONSTRAINT fk_immunisation_supersedes FOREIGN KEY (supersedes_id) REFERENCES immunisation (id),
    CONSTRAINT ck_immunisation_dose CHECK (dose_number IS NULL OR dose_number BETWEEN 1 AND 20)
);
CREATE INDEX ix_immunisation_patient ON immunisation (patient_id, superseded_at);
CREATE INDEX ix_immunisation_first ON immunisation (first_id);
