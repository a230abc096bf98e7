-- Community (issue 8), the rest: staff create and change support groups (a version, so that two
-- edits at once never lose one: the second is refused), and comments are moderated as posts are:
-- members flag them, enough open flags hide one until a moderator reviews it.
ALTER TABLE support_group ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

ALTER TABLE community_comment ADD COLUMN needs_review BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE community_comment ADD COLUMN open_flags INT NOT NULL DEFAULT 0;
ALTER TABLE community_comment ADD COLUMN moderation_note VARCHAR(1000);
UPDATE community_comment SET needs_review = TRUE WHERE status = 'PENDING_REVIEW';
ALTER TABLE community_comment DROP CONSTRAINT ck_community_comment_status;
ALTER TABLE community_comment ADD CONSTRAINT ck_community_comment_status CHECK (status IN
    ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN', 'REMOVED', 'DELETED'));
CREATE INDEX ix_community_comment_queue ON community_comment (needs_review, id);

-- A flag on a comment (one per account and comment), or the system's for a flagging watched word.
CREATE TABLE comment_flag (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    comment_id   BIGINT        NOT NULL,
    flagger_id   BIGINT,
    reason       VARCHAR(16)   NOT NULL,
    flag_comment VARCHAR(1000),
    is_open      BOOLEAN       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_comment_flag UNIQUE (comment_id, flagger_id),
    CONSTRAINT fk_comment_flag_comment FOREIGN KEY (comment_id) REFERENCES community_comment (id),
    CONSTRAINT fk_comment_flag_flagger FOREIGN KEY (flagger_id) REFERENCES user_account (id),
    CONSTRAINT ck_comment_flag_reason CHECK (reason IN ('SPAM', 'ABUSE', 'MISINFORMATION',
        'PRIVACY', 'OTHER'))
);
CREATE INDEX ix_comment_flag_open ON comment_flag (comment_id, is_open);

-- Health-status updates are screened and moderated as posts are: the same state, their own flags,
-- and the moderation log names the update a moderator acted on.
ALTER TABLE status_update ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE status_update ADD COLUMN held_reason VARCHAR(200);
ALTER TABLE status_update ADD COLUMN needs_review BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE status_update ADD COLUMN open_flags INT NOT NULL DEFAULT 0;
ALTER TABLE status_update ADD COLUMN moderation_note VARCHAR(1000);
ALTER TABLE status_update ADD CONSTRAINT ck_status_update_status CHECK (status IN ('PUBLISHED',
    'PENDING_REVIEW', 'HIDDEN', 'REMOVED', 'DELETED'));
CREATE INDEX ix_status_update_queue ON status_update (needs_review, id);

CREATE TABLE status_update_flag (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    update_id    BIGINT        NOT NULL,
    flagger_id   BIGINT,
    reason       VARCHAR(16)   NOT NULL,
    flag_comment VARCHAR(1000),
    is_open      BOOLEAN       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_status_update_flag UNIQUE (update_id, flagger_id),
    CONSTRAINT fk_status_update_flag_update FOREIGN KEY (update_id) REFERENCES status_update (id),
    CONSTRAINT fk_status_update_flag_flagger FOREIGN KEY (flagger_id) REFERENCES user_account (id),
    CONSTRAINT ck_status_update_flag_reason CHECK (reason IN ('SPAM', 'ABUSE', 'MISINFORMATION',
        'PRIVACY', 'OTHER'))
);
CREATE INDEX ix_status_update_flag_open ON status_update_flag (update_id, is_open);

ALTER TABLE moderation_action ADD COLUMN status_update_id BIGINT;
ALTER TABLE moderation_action ADD CONSTRAINT fk_moderation_action_status_update
    FOREIGN KEY (status_update_id) REFERENCES status_update (id);
