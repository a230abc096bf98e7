-- Sharing health status (issue 8): connections between portal users (patients and carers) and the
-- health-status updates a patient shares with an audience of their choosing.

-- One connection per pair of accounts, whoever asked: pair_key is "lower id:higher id", so two
-- people asking each other at once cannot make two. Declined or removed connections are deleted.
CREATE TABLE sharing_connection (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    requester_id BIGINT      NOT NULL,
    addressee_id BIGINT      NOT NULL,
    pair_key     VARCHAR(41) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    accepted_at  DATETIME(6),
    version      BIGINT      NOT NULL,
    CONSTRAINT uk_sharing_connection_pair UNIQUE (pair_key),
    CONSTRAINT fk_sharing_connection_requester FOREIGN KEY (requester_id) REFERENCES user_account (id),
    CONSTRAINT fk_sharing_connection_addressee FOREIGN KEY (addressee_id) REFERENCES user_account (id),
    CONSTRAINT ck_sharing_connection_status CHECK (status IN ('PENDING', 'ACCEPTED')),
    CONSTRAINT ck_sharing_connection_not_self CHECK (requester_id <> addressee_id)
);
CREATE INDEX ix_sharing_connection_requester ON sharing_connection (requester_id, status);
CREATE INDEX ix_sharing_connection_addressee ON sharing_connection (addressee_id, status);

-- A health-status update: Markdown text (rendered and sanitised when shown), an optional wellbeing
-- level (1 very poor to 5 very good) and its audience. group_id only for the audience GROUP.
CREATE TABLE status_update (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    author_id  BIGINT        NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    wellbeing  INT,
    audience   VARCHAR(16)   NOT NULL,
    group_id   BIGINT,
    created_at DATETIME(6)   NOT NULL,
    edited_at  DATETIME(6),
    version    BIGINT        NOT NULL,
    CONSTRAINT fk_status_update_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT fk_status_update_group FOREIGN KEY (group_id) REFERENCES support_group (id),
    CONSTRAINT ck_status_update_audience CHECK (audience IN ('ONLY_ME', 'CONNECTIONS', 'CHOSEN',
        'GROUP')),
    CONSTRAINT ck_status_update_wellbeing CHECK (wellbeing IS NULL OR wellbeing BETWEEN 1 AND 5)
);
CREATE INDEX ix_status_update_author ON status_update (author_id, id);
CREATE INDEX ix_status_update_group ON status_update (group_id, id);

-- The connections an author chose for an update with the audience CHOSEN.
CREATE TABLE status_update_reader (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    update_id BIGINT NOT NULL,
    reader_id BIGINT NOT NULL,
    CONSTRAINT uk_status_update_reader UNIQUE (update_id, reader_id),
    CONSTRAINT fk_status_update_reader_update FOREIGN KEY (update_id) REFERENCES status_update (id),
    CONSTRAINT fk_status_update_reader_account FOREIGN KEY (reader_id) REFERENCES user_account (id)
);
CREATE INDEX ix_status_update_reader_account ON status_update_reader (reader_id, update_id);
