-- Multi-factor sign-in: a TOTP secret per account (pending until confirmed with a first code), the
-- last time step a code was accepted for (a code is never accepted twice), one-time recovery
-- codes and named app passwords for the API (both stored as SHA-256 of long random values), and
-- the administrator's policy (one row).
ALTER TABLE user_account ADD COLUMN mfa_secret VARCHAR(128);
ALTER TABLE user_account ADD COLUMN mfa_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN mfa_last_step BIGINT;

CREATE TABLE mfa_recovery_code (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    DATETIME(6),
    CONSTRAINT uk_mfa_recovery_code UNIQUE (account_id, code_hash),
    CONSTRAINT fk_mfa_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);

CREATE TABLE app_password (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    name        VARCHAR(64) NOT NULL,
    secret_hash VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_app_password_secret UNIQUE (secret_hash),
    CONSTRAINT fk_app_password_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);
CREATE INDEX ix_app_password_account ON app_password (account_id);

CREATE TABLE security_policy (
    id                     INT          NOT NULL PRIMARY KEY,
    mfa_required_for_staff BOOLEAN      NOT NULL,
    changed_at             DATETIME(6),
    changed_by             VARCHAR(64),
    version                BIGINT       NOT NULL
);
INSERT INTO security_policy (id, mfa_required_for_staff, changed_at, changed_by, version)
VALUES (1, FALSE, NULL, NULL, 0);
