-- Secure messaging, part two (issue 10): files attached to a message, their bytes in a table of
-- their own so that opening a thread never reads them. content_type is the type told from the
-- bytes (PDF, PNG, JPEG, plain text); file_name the sender's name made safe (no path), with the
-- extension of that type; sha256 the hex SHA-256 of the content. LONGBLOB as in V18.
CREATE TABLE message_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id    BIGINT        NOT NULL,
    file_name     VARCHAR(120)  NOT NULL,
    content_type  VARCHAR(60)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    CONSTRAINT fk_message_attachment_message FOREIGN KEY (message_id) REFERENCES message (id),
    CONSTRAINT ck_message_attachment_size CHECK (size_bytes > 0)
);
CREATE INDEX ix_message_attachment_message ON message_attachment (message_id);

CREATE TABLE message_attachment_content (
    attachment_id BIGINT        NOT NULL PRIMARY KEY,
    content       LONGBLOB      NOT NULL,
    CONSTRAINT fk_message_attachment_content FOREIGN KEY (attachment_id) REFERENCES message_attachment (id)
);

-- Response times and triage: reply_due_at is when the care side should have answered the patient's
-- oldest message not answered yet (null: nothing waits for an answer); staff of the team assign a
-- thread to a colleague, set its priority and its status. The existing version column guards them.
ALTER TABLE message_thread ADD COLUMN reply_due_at DATETIME(6);
ALTER TABLE message_thread ADD COLUMN assigned_to_id BIGINT;
ALTER TABLE message_thread ADD COLUMN priority VARCHAR(8) DEFAULT 'ROUTINE' NOT NULL;
ALTER TABLE message_thread ADD COLUMN status VARCHAR(20) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE message_thread ADD CONSTRAINT fk_message_thread_assigned
    FOREIGN KEY (assigned_to_id) REFERENCES practitioner (id);
ALTER TABLE message_thread ADD CONSTRAINT ck_message_thread_priority
    CHECK (priority IN ('ROUTINE', 'URGENT'));
ALTER TABLE message_thread ADD CONSTRAINT ck_message_thread_status
    CHECK (status IN ('OPEN', 'WAITING_ON_PATIENT', 'CLOSED'));
-- The team inbox: overdue first.
CREATE INDEX ix_message_thread_due ON message_thread (reply_due_at);
