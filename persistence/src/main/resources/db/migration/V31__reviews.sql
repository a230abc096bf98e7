-- Reviews of health services (issue 8): a patient rates (1-5) and reviews a practitioner or a site
-- they had an appointment with, once per subject (the keys below: a second review is refused, the
-- first is changed instead). Moderated like posts (held, hidden by flags, approved, hidden, removed,
-- restored); staff reply publicly once. The directory's average and count of published reviews
-- read the covering indexes, never the review texts.
CREATE TABLE service_review (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    author_id       BIGINT        NOT NULL,
    patient_id      BIGINT        NOT NULL,
    practitioner_id BIGINT,
    site_id         BIGINT,
    rating          INT           NOT NULL,
    body            VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    held_reason     VARCHAR(1000),
    needs_review    BOOLEAN       NOT NULL,
    open_flags      INT           NOT NULL,
    moderation_note VARCHAR(1000),
    reply_body      VARCHAR(2000),
    reply_author_id BIGINT,
    replied_at      DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    edited_at       DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_service_review_practitioner UNIQUE (patient_id, practitioner_id),
    CONSTRAINT uq_service_review_site UNIQUE (patient_id, site_id),
    CONSTRAINT fk_service_review_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT fk_service_review_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_service_review_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_service_review_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_service_review_reply_author FOREIGN KEY (reply_author_id) REFERENCES user_account (id),
    CONSTRAINT ck_service_review_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT ck_service_review_subject CHECK ((practitioner_id IS NULL AND site_id IS NOT NULL)
        OR (practitioner_id IS NOT NULL AND site_id IS NULL)),
    CONSTRAINT ck_service_review_status CHECK (status IN ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN',
        'REMOVED', 'DELETED'))
);
CREATE INDEX ix_service_review_practitioner_rating ON service_review (practitioner_id, status, rating);
CREATE INDEX ix_service_review_site_rating ON service_review (site_id, status, rating);
CREATE INDEX ix_service_review_queue ON service_review (needs_review, id);

-- A flag on a review (one per account and review), or the system's for a flagging watched word.
CREATE TABLE service_review_flag (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id    BIGINT        NOT NULL,
    flagger_id   BIGINT,
    reason       VARCHAR(16)   NOT NULL,
    flag_comment VARCHAR(1000),
    is_open      BOOLEAN       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_service_review_flag UNIQUE (review_id, flagger_id),
    CONSTRAINT fk_service_review_flag_review FOREIGN KEY (review_id) REFERENCES service_review (id),
    CONSTRAINT fk_service_review_flag_flagger FOREIGN KEY (flagger_id) REFERENCES user_account (id),
    CONSTRAINT ck_service_review_flag_reason CHECK (reason IN ('SPAM', 'ABUSE', 'MISINFORMATION',
        'PRIVACY', 'OTHER'))
);
CREATE INDEX ix_service_review_flag_open ON service_review_flag (review_id, is_open);

-- The moderation log names the review a moderator acted on.
ALTER TABLE moderation_action ADD COLUMN review_id BIGINT;
ALTER TABLE moderation_action ADD CONSTRAINT fk_moderation_action_review
    FOREIGN KEY (review_id) REFERENCES service_review (id);
