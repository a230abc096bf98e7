-- Care-team restrictions (issue 7): a patient keeps categories of their record from their care
-- team. One row per patient and restricted category: restricting inserts it, lifting deletes it,
-- so two changes of different categories never overwrite each other. Consent grants, emergency
-- access and the patient's own access are not affected (see consent.boundary.AccessPolicy).
CREATE TABLE care_team_restriction (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id    BIGINT      NOT NULL,
    category      VARCHAR(16) NOT NULL,
    restricted_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_care_team_restriction UNIQUE (patient_id, category),
    CONSTRAINT fk_care_team_restriction_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_care_team_restriction_category CHECK (category IN
        ('CONDITIONS', 'MEDICATIONS', 'RESULTS', 'DOCUMENTS', 'READINGS'))
);
