-- In-app notifications, and the outbox of e-mails: each message once (dedup_key), sent by
-- whichever server claims it first.
CREATE TABLE notification (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_account_id BIGINT        NOT NULL,
    topic                VARCHAR(64)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    body                 VARCHAR(2000) NOT NULL,
    link                 VARCHAR(500),
    created_at           DATETIME(6)   NOT NULL,
    read_at              DATETIME(6),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_account_id, created_at);

CREATE TABLE outbound_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    dedup_key       VARCHAR(200)  NOT NULL,
    subject_ref     VARCHAR(100)  NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    due_at          DATETIME(6)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    last_error      VARCHAR(500),
    claimed_by      VARCHAR(100),
    claimed_at      DATETIME(6),
    sent_at         DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_outbound_message_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_outbound_message_due ON outbound_message (status, due_at);
CREATE INDEX ix_outbound_message_subject ON outbound_message (subject_ref, status);
