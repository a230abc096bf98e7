-- Consent grants (issue 7): a patient lets an account (a carer, family, a friend, another
-- practitioner) see categories of their record until a time, and with act_for also act for them.
-- A grant is never deleted: revoking it stamps revoked_at/revoked_by; an expired one is one whose
-- valid_until has passed (computed from the clock, nothing is written when it expires).
CREATE TABLE consent_grant (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id       BIGINT      NOT NULL,
    grantee_id       BIGINT      NOT NULL,
    valid_until      DATETIME(6) NOT NULL,
    act_for          BOOLEAN     NOT NULL,
    granted_at       DATETIME(6) NOT NULL,
    revoked_at       DATETIME(6),
    revoked_by       BIGINT,
    version          BIGINT      NOT NULL,
    CONSTRAINT fk_consent_grant_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_consent_grant_grantee FOREIGN KEY (grantee_id) REFERENCES user_account (id),
    CONSTRAINT fk_consent_grant_revoked_by FOREIGN KEY (revoked_by) REFERENCES user_account (id)
);
-- The patient's own list (newest first) and the grants a grantee holds (GET /me/represented, and
-- the access decision).
CREATE INDEX ix_consent_grant_patient ON consent_grant (patient_id, granted_at);
CREATE INDEX ix_consent_grant_grantee ON consent_grant (grantee_id, valid_until);

CREATE TABLE consent_grant_category (
    grant_id BIGINT      NOT NULL,
    category VARCHAR(16) NOT NULL,
    CONSTRAINT pk_consent_grant_category PRIMARY KEY (grant_id, category),
    CONSTRAINT fk_consent_grant_category_grant FOREIGN KEY (grant_id) REFERENCES consent_grant (id),
    CONSTRAINT ck_consent_grant_category CHECK (category IN
        ('CONDITIONS', 'MEDICATIONS', 'RESULTS', 'DOCUMENTS', 'READINGS', 'ALL'))
);
