-- Health education and literacy (issue 10): programmes of lessons, each lesson in variants by
-- reading level, language and format (Markdown, shown sanitised; a readability grade for English);
-- short quizzes; enrolments (by the patient or assigned by the care team) and completed lessons;
-- the literacy screening as a questionnaire response.
CREATE TABLE edu_programme (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    title_zh        VARCHAR(200),
    topic           VARCHAR(40)   NOT NULL,
    summary         VARCHAR(1000) NOT NULL,
    condition_terms VARCHAR(500)  NOT NULL,
    min_age         INT,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_edu_programme_title UNIQUE (title),
    CONSTRAINT fk_edu_programme_created_by FOREIGN KEY (created_by) REFERENCES user_account (id)
);

CREATE TABLE edu_lesson (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_edu_lesson_position UNIQUE (programme_id, position),
    CONSTRAINT fk_edu_lesson_programme FOREIGN KEY (programme_id) REFERENCES edu_programme (id)
);

-- One variant per lesson, level, language and format.
CREATE TABLE edu_lesson_variant (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    lesson_id         BIGINT        NOT NULL,
    reading_level     VARCHAR(16)   NOT NULL,
    language          VARCHAR(16)   NOT NULL,
    format            VARCHAR(16)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    body              VARCHAR(8000) NOT NULL,
    media_url         VARCHAR(500),
    readability_grade DECIMAL(5, 1),
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_edu_lesson_variant UNIQUE (lesson_id, reading_level, language, format),
    CONSTRAINT fk_edu_lesson_variant_lesson FOREIGN KEY (lesson_id) REFERENCES edu_lesson (id),
    CONSTRAINT ck_edu_lesson_variant_level CHECK (reading_level IN ('EASY_READ', 'STANDARD', 'DETAILED')),
    CONSTRAINT ck_edu_lesson_variant_language CHECK (language IN ('en', 'zh-Hans')),
    CONSTRAINT ck_edu_lesson_variant_format
        CHECK (format IN ('TEXT', 'LOW_BANDWIDTH', 'AUDIO', 'VIDEO', 'PRINT'))
);

CREATE TABLE edu_quiz_question (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    lesson_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    text_en   VARCHAR(500) NOT NULL,
    text_zh   VARCHAR(500) NOT NULL,
    CONSTRAINT uk_edu_quiz_question UNIQUE (lesson_id, position),
    CONSTRAINT fk_edu_quiz_question_lesson FOREIGN KEY (lesson_id) REFERENCES edu_lesson (id)
);

CREATE TABLE edu_quiz_option (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    question_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    text_en     VARCHAR(300) NOT NULL,
    text_zh     VARCHAR(300) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    CONSTRAINT uk_edu_quiz_option UNIQUE (question_id, position),
    CONSTRAINT fk_edu_quiz_option_question FOREIGN KEY (question_id) REFERENCES edu_quiz_question (id)
);

-- One enrolment per patient and programme; assigned_by is who enrolled the patient.
CREATE TABLE edu_enrolment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id   BIGINT      NOT NULL,
    programme_id BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    assigned_by  BIGINT      NOT NULL,
    enrolled_at  DATETIME(6) NOT NULL,
    completed_at DATETIME(6),
    version      BIGINT      NOT NULL,
    CONSTRAINT uk_edu_enrolment UNIQUE (patient_id, programme_id),
    CONSTRAINT fk_edu_enrolment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_edu_enrolment_programme FOREIGN KEY (programme_id) REFERENCES edu_programme (id),
    CONSTRAINT fk_edu_enrolment_assigned_by FOREIGN KEY (assigned_by) REFERENCES user_account (id),
    CONSTRAINT ck_edu_enrolment_status CHECK (status IN ('ACTIVE', 'COMPLETED'))
);
CREATE INDEX ix_edu_enrolment_programme ON edu_enrolment (programme_id, status);

-- A lesson a patient completed (its quiz passed), once per patient and lesson.
CREATE TABLE edu_lesson_completion (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id   BIGINT      NOT NULL,
    lesson_id    BIGINT      NOT NULL,
    score        INT         NOT NULL,
    out_of       INT         NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_edu_lesson_completion UNIQUE (patient_id, lesson_id),
    CONSTRAINT fk_edu_lesson_completion_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_edu_lesson_completion_lesson FOREIGN KEY (lesson_id) REFERENCES edu_lesson (id)
);

-- A questionnaire as answered by a patient: the literacy screen (SILS and Chew's forms item) and
-- its result; the latest one counts.
CREATE TABLE questionnaire_response (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id           BIGINT      NOT NULL,
    questionnaire        VARCHAR(40) NOT NULL,
    help_reading         INT,
    confident_with_forms VARCHAR(16),
    result               VARCHAR(16) NOT NULL,
    answered_by          BIGINT      NOT NULL,
    answered_at          DATETIME(6) NOT NULL,
    CONSTRAINT fk_questionnaire_response_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_questionnaire_response_by FOREIGN KEY (answered_by) REFERENCES user_account (id),
    CONSTRAINT ck_questionnaire_response_help CHECK (help_reading IS NULL OR help_reading BETWEEN 1 AND 5)
);
CREATE INDEX ix_questionnaire_response_patient ON questionnaire_response (patient_id, questionnaire, answered_at);
