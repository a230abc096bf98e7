-- The variant a patient chose to read all their lessons in (kept from a lesson page after
-- switching), over what tailoring suggests: one row per patient, deleted when they go back to
-- the suggestion.
CREATE TABLE edu_lesson_choice (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id    BIGINT      NOT NULL,
    reading_level VARCHAR(16) NOT NULL,
    language      VARCHAR(16) NOT NULL,
    format        VARCHAR(16) NOT NULL,
    chosen_at     DATETIME(6) NOT NULL,
    version       BIGINT      NOT NULL,
    CONSTRAINT uk_edu_lesson_choice_patient UNIQUE (patient_id),
    CONSTRAINT fk_edu_lesson_choice_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_edu_lesson_choice_level CHECK (reading_level IN ('EASY_READ', 'STANDARD', 'DETAILED')),
    CONSTRAINT ck_edu_lesson_choice_language CHECK (language IN ('en', 'zh-Hans')),
    CONSTRAINT ck_edu_lesson_choice_format
        CHECK (format IN ('TEXT', 'LOW_BANDWIDTH', 'AUDIO', 'VIDEO', 'PRINT'))
);
