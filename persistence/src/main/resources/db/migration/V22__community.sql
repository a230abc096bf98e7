-- Community and moderation (issue 8): provider-run support groups, their members, posts, comments
-- and reactions; flags, watched words and the moderation log.
CREATE TABLE support_group (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    topic       VARCHAR(80)   NOT NULL,
    description VARCHAR(2000) NOT NULL,
    rules       VARCHAR(4000) NOT NULL,
    visibility  VARCHAR(16)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_support_group_name UNIQUE (name),
    CONSTRAINT ck_support_group_visibility CHECK (visibility IN ('OPEN', 'PRIVATE'))
);

-- One membership per account and group. Trust: approved posts raise it, upheld flags lower it.
CREATE TABLE group_membership (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id       BIGINT      NOT NULL,
    account_id     BIGINT      NOT NULL,
    status         VARCHAR(16) NOT NULL,
    moderator      BOOLEAN     NOT NULL,
    approved_posts INT         NOT NULL,
    upheld_flags   INT         NOT NULL,
    joined_at      DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT uk_group_membership UNIQUE (group_id, account_id),
    CONSTRAINT fk_group_membership_group FOREIGN KEY (group_id) REFERENCES support_group (id),
    CONSTRAINT fk_group_membership_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_group_membership_status CHECK (status IN ('ACTIVE', 'PENDING'))
);
CREATE INDEX ix_group_membership_account ON group_membership (account_id, status);

-- A post in a group: Markdown body (rendered and sanitised when shown). needs_review marks what
-- waits in the moderators' queue; held_reason says why it was held or hidden.
CREATE TABLE community_post (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id         BIGINT        NOT NULL,
    author_id        BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    body             VARCHAR(10000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    held_reason      VARCHAR(200),
    needs_review     BOOLEAN       NOT NULL,
    open_flags       INT           NOT NULL,
    helpful_count    INT           NOT NULL,
    moderation_note  VARCHAR(1000),
    created_at       DATETIME(6)   NOT NULL,
    edited_at        DATETIME(6),
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_community_post_group FOREIGN KEY (group_id) REFERENCES support_group (id),
    CONSTRAINT fk_community_post_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_community_post_status CHECK (status IN ('PUBLISHED', 'PENDING_REVIEW', 'HIDDEN',
        'REMOVED', 'DELETED'))
);
CREATE INDEX ix_community_post_feed ON community_post (group_id, status, id);
CREATE INDEX ix_community_post_author ON community_post (author_id, group_id, id);
CREATE INDEX ix_community_post_review ON community_post (needs_review, id);

-- What a post said before each edit by its author.
CREATE TABLE community_post_revision (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id   BIGINT         NOT NULL,
    title     VARCHAR(200)   NOT NULL,
    body      VARCHAR(10000) NOT NULL,
    edited_at DATETIME(6)    NOT NULL,
    CONSTRAINT fk_community_post_revision_post FOREIGN KEY (post_id) REFERENCES community_post (id)
);
CREATE INDEX ix_community_post_revision_post ON community_post_revision (post_id, id);

CREATE TABLE community_comment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id      BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    body         VARCHAR(5000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    held_reason  VARCHAR(200),
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_community_comment_post FOREIGN KEY (post_id) REFERENCES community_post (id),
    CONSTRAINT fk_community_comment_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_community_comment_status CHECK (status IN ('PUBLISHED', 'PENDING_REVIEW',
        'REMOVED'))
);
CREATE INDEX ix_community_comment_post ON community_comment (post_id, status, id);
CREATE INDEX ix_community_comment_review ON community_comment (status, id);

-- One reaction of each kind per member and post.
CREATE TABLE community_reaction (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_community_reaction UNIQUE (post_id, account_id, kind),
    CONSTRAINT fk_community_reaction_post FOREIGN KEY (post_id) REFERENCES community_post (id),
    CONSTRAINT fk_community_reaction_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_community_reaction_kind CHECK (kind IN ('HELPFUL', 'THANKS'))
);

-- A member's flag on a post (one per member and post); a system flag (watched word) has no flagger.
CREATE TABLE moderation_flag (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id     BIGINT        NOT NULL,
    flagger_id  BIGINT,
    reason      VARCHAR(16)   NOT NULL,
    flag_comment VARCHAR(1000),
    is_open     BOOLEAN       NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_moderation_flag UNIQUE (post_id, flagger_id),
    CONSTRAINT fk_moderation_flag_post FOREIGN KEY (post_id) REFERENCES community_post (id),
    CONSTRAINT fk_moderation_flag_flagger FOREIGN KEY (flagger_id) REFERENCES user_account (id),
    CONSTRAINT ck_moderation_flag_reason CHECK (reason IN ('SPAM', 'ABUSE', 'MISINFORMATION',
        'PRIVACY', 'OTHER'))
);
CREATE INDEX ix_moderation_flag_open ON moderation_flag (post_id, is_open);

-- Words that block a post, hold it for review, or flag it. Matched as plain text, never as a pattern.
CREATE TABLE watched_word (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    term       VARCHAR(100) NOT NULL,
    action     VARCHAR(16)  NOT NULL,
    language   VARCHAR(8)   NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_watched_word_term UNIQUE (term),
    CONSTRAINT ck_watched_word_action CHECK (action IN ('BLOCK', 'HOLD', 'FLAG'))
);

-- Every moderation action, newest read first.
CREATE TABLE moderation_action (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    acted_at     DATETIME(6)   NOT NULL,
    moderator_id BIGINT        NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    post_id      BIGINT,
    comment_id   BIGINT,
    member_id    BIGINT,
    reason       VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_moderation_action_moderator FOREIGN KEY (moderator_id) REFERENCES user_account (id),
    CONSTRAINT fk_moderation_action_post FOREIGN KEY (post_id) REFERENCES community_post (id),
    CONSTRAINT fk_moderation_action_comment FOREIGN KEY (comment_id) REFERENCES community_comment (id),
    CONSTRAINT fk_moderation_action_member FOREIGN KEY (member_id) REFERENCES user_account (id)
);
CREATE INDEX ix_moderation_action_member ON moderation_action (member_id, id);

-- The default watched words in English and Chinese: spam, drug selling and abuse. Admins edit them.
INSERT INTO watched_word (term, action, language, created_at) VALUES
('viagra', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('cialis', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('casino', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('crypto', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('click here', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('make money fast', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('work from home', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('online pharmacy', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('without a prescription', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('no prescription needed', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('for sale', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('oxycodone', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('fentanyl', 'HOLD', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('buy xanax', 'BLOCK', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('buy oxycodone', 'BLOCK', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('buy fentanyl', 'BLOCK', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('kill yourself', 'BLOCK', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('go die', 'BLOCK', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('miracle cure', 'FLAG', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('stop taking your medication', 'FLAG', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('idiot', 'FLAG', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('moron', 'FLAG', 'en', TIMESTAMP '2026-12-03 00:00:00'),
('伟哥', 'HOLD', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('代购', 'HOLD', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('加微信', 'HOLD', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('网赚', 'HOLD', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('博彩', 'HOLD', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('免处方', 'HOLD', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('出售冰毒', 'BLOCK', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('卖摇头丸', 'BLOCK', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('去死吧', 'BLOCK', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('包治百病', 'FLAG', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('神药', 'FLAG', 'zh', TIMESTAMP '2026-12-03 00:00:00'),
('白痴', 'FLAG', 'zh', TIMESTAMP '2026-12-03 00:00:00');
