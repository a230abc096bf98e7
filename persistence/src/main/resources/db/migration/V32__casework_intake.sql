-- The structured intake assessment of a case from a referral (issue 9): one per case, recorded
-- and revised (versioned) while the case is in INTAKE; the case opens only once it is recorded.
CREATE TABLE case_intake (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    presenting_needs VARCHAR(2000) NOT NULL,
    living_situation VARCHAR(32)   NOT NULL,
    supports         VARCHAR(2000),
    risk_level       VARCHAR(8)    NOT NULL,
    risks            VARCHAR(2000),
    person_goals     VARCHAR(2000) NOT NULL,
    consent_to_share BOOLEAN       NOT NULL,
    assessed_by      BIGINT        NOT NULL,
    assessed_at      DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_case_intake_case UNIQUE (case_id),
    CONSTRAINT fk_case_intake_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_case_intake_assessed_by FOREIGN KEY (assessed_by) REFERENCES user_account (id),
    CONSTRAINT ck_case_intake_living CHECK (living_situation IN ('ALONE', 'WITH_FAMILY',
        'WITH_CARER', 'SUPPORTED_ACCOMMODATION', 'RESIDENTIAL_CARE', 'HOMELESS_OR_AT_RISK')),
    CONSTRAINT ck_case_intake_risk CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH'))
);
