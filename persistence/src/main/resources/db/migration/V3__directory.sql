-- The provider organisation, its sites, its practitioners and who looks after whom.
CREATE TABLE organisation (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    abn        VARCHAR(20),
    phone      VARCHAR(40),
    email      VARCHAR(254),
    version    BIGINT       NOT NULL
);

CREATE TABLE site (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    street          VARCHAR(200),
    suburb          VARCHAR(100),
    state           VARCHAR(8),
    postcode        VARCHAR(8),
    phone           VARCHAR(40),
    time_zone       VARCHAR(64)  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_site_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE practitioner (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT        NOT NULL,
    profession VARCHAR(64)   NOT NULL,
    specialty  VARCHAR(100)  NOT NULL,
    site_id    BIGINT,
    biography  VARCHAR(2000),
    version    BIGINT        NOT NULL,
    CONSTRAINT uk_practitioner_account UNIQUE (account_id),
    CONSTRAINT fk_practitioner_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_practitioner_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_practitioner_specialty ON practitioner (specialty);

CREATE TABLE care_relationship (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    practitioner_id BIGINT      NOT NULL,
    patient_id      BIGINT      NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    since           DATE        NOT NULL,
    CONSTRAINT uk_care_relationship UNIQUE (practitioner_id, patient_id, kind),
    CONSTRAINT fk_care_relationship_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_care_relationship_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
