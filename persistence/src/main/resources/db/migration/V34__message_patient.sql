-- The patient timeline's messages (issue 10): each message carries its thread's patient, so that a
-- patient's messages are read newest first along (patient_id, sent_at, id) and the read stops at
-- the page's limit, instead of joining all the patient's threads and sorting all their messages.
-- Filled here for the messages there are; the application sets it on every new message. Left
-- nullable only because H2 and MariaDB spell "make this column NOT NULL" differently.
ALTER TABLE message ADD COLUMN patient_id BIGINT;
UPDATE message SET patient_id = (SELECT t.patient_id FROM message_thread t WHERE t.id = message.thread_id);
CREATE INDEX ix_message_patient_sent ON message (patient_id, sent_at, id);
ALTER TABLE message ADD CONSTRAINT fk_message_patient FOREIGN KEY (patient_id) REFERENCES patient (id);
