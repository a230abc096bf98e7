-- Sanctions on members (a warning; silenced or suspended until a time) and appeals of a
-- moderator's action (on the author's post or comment, or a sanction). A sanction with no group
-- holds in every group; one with a group (given by that group's own moderator) only there.
CREATE TABLE member_sanction (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id    BIGINT        NOT NULL,
    group_id     BIGINT,
    kind         VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    imposed_at   DATETIME(6)   NOT NULL,
    ends_at      DATETIME(6),
    moderator_id BIGINT        NOT NULL,
    lifted_at    DATETIME(6),
    lifted_by_id BIGINT,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_member_sanction_member FOREIGN KEY (member_id) REFERENCES user_account (id),
    CONSTRAINT fk_member_sanction_group FOREIGN KEY (group_id) REFERENCES support_group (id),
    CONSTRAINT fk_member_sanction_moderator FOREIGN KEY (moderator_id) REFERENCES user_account (id),
    CONSTRAINT fk_member_sanction_lifted_by FOREIGN KEY (lifted_by_id) REFERENCES user_account (id)
);
CREATE INDEX ix_member_sanction_member ON member_sanction (member_id, ends_at);

ALTER TABLE moderation_action ADD COLUMN sanction_id BIGINT;
ALTER TABLE moderation_action ADD CONSTRAINT fk_moderation_action_sanction
    FOREIGN KEY (sanction_id) REFERENCES member_sanction (id);

-- One appeal per action, held by the key: two appeals sent at once never both get in.
CREATE TABLE moderation_appeal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    action_id       BIGINT        NOT NULL,
    appellant_id    BIGINT        NOT NULL,
    statement       VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    decided_at      DATETIME(6),
    decided_by_id   BIGINT,
    decision_reason VARCHAR(1000),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_moderation_appeal_action UNIQUE (action_id),
    CONSTRAINT fk_moderation_appeal_action FOREIGN KEY (action_id) REFERENCES moderation_action (id),
    CONSTRAINT fk_moderation_appeal_appellant FOREIGN KEY (appellant_id) REFERENCES user_account (id),
    CONSTRAINT fk_moderation_appeal_decided_by FOREIGN KEY (decided_by_id) REFERENCES user_account (id)
);
CREATE INDEX ix_moderation_appeal_status ON moderation_appeal (status, id);
