-- Why a clinician or case manager assigned a programme to a patient (null when the patient
-- enrolled themself, or when no reason was given).
ALTER TABLE edu_enrolment ADD COLUMN reason VARCHAR(500);

-- One reminder per lesson stall: an enrolment whose next lesson (with so many lessons done) has
-- waited too long. The unique key is the claim: however many servers run the round at once, one
-- row per stall is written, and only its writer tells the patient.
CREATE TABLE edu_lesson_reminder (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id BIGINT       NOT NULL,
    lesson_id    BIGINT       NOT NULL,
    lessons_done INT          NOT NULL,
    sent_at      DATETIME(6)  NOT NULL,
    node         VARCHAR(200) NOT NULL,
    CONSTRAINT uk_edu_lesson_reminder UNIQUE (enrolment_id, lesson_id, lessons_done),
    CONSTRAINT fk_edu_lesson_reminder_enrolment FOREIGN KEY (enrolment_id) REFERENCES edu_enrolment (id),
    CONSTRAINT fk_edu_lesson_reminder_lesson FOREIGN KEY (lesson_id) REFERENCES edu_lesson (id)
);

-- Lessons an educator or clinician attached to a message of a thread, in the order picked.
CREATE TABLE message_lesson (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id BIGINT NOT NULL,
    lesson_id  BIGINT NOT NULL,
    position   INT    NOT NULL,
    CONSTRAINT uk_message_lesson UNIQUE (message_id, lesson_id),
    CONSTRAINT fk_message_lesson_message FOREIGN KEY (message_id) REFERENCES message (id),
    CONSTRAINT fk_message_lesson_lesson FOREIGN KEY (lesson_id) REFERENCES edu_lesson (id)
);
