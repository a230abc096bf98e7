-- Accounts, roles, patients and carers. Instants are UTC in DATETIME(6) columns.
CREATE TABLE user_account (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    username            VARCHAR(64)   NOT NULL,
    password_hash       VARCHAR(255)  NOT NULL,
    email               VARCHAR(254)  NOT NULL,
    full_name           VARCHAR(200)  NOT NULL,
    birth_date          DATE,
    phone               VARCHAR(40),
    preferred_language  VARCHAR(35)   NOT NULL,
    education_level     VARCHAR(32),
    internet_access     VARCHAR(16),
    accessibility_needs VARCHAR(1000),
    time_zone           VARCHAR(64)   NOT NULL,
    enabled             BOOLEAN       NOT NULL,
    failed_logins       INT           NOT NULL,
    locked_until        DATETIME(6),
    last_login_at       DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username)
);
CREATE INDEX ix_user_account_full_name ON user_account (full_name);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);

CREATE TABLE patient (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT,
    full_name  VARCHAR(200) NOT NULL,
    birth_date DATE,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_patient_account UNIQUE (account_id),
    CONSTRAINT fk_patient_account FOREIGN KEY (account_id) REFERENCES user_account (id)
);

CREATE TABLE carer_relationship (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    carer_account_id BIGINT      NOT NULL,
    patient_id       BIGINT      NOT NULL,
    relationship     VARCHAR(64) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_carer_relationship UNIQUE (carer_account_id, patient_id),
    CONSTRAINT fk_carer_relationship_carer FOREIGN KEY (carer_account_id) REFERENCES user_account (id),
    CONSTRAINT fk_carer_relationship_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
