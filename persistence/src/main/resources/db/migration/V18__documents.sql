-- Clinical documents in the medical record (issue 7): letters, discharge summaries, referrals and
-- imaging or pathology reports, uploaded by clinicians of the patient's care team. The metadata
-- lives in clinical_document, the bytes in document_content (one row each), so lists never read
-- the content. content_type is the type told from the bytes (PDF, PNG, JPEG, plain text);
-- sha256 the hex SHA-256 of the content. release_at, when set, hides the document from the patient
-- (and their grantees) until then. LONGBLOB: MySQL/MariaDB's BLOB holds only 64 KB; H2 reads
-- LONGBLOB as its BINARY LARGE OBJECT.
CREATE TABLE clinical_document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id    BIGINT        NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    content_type  VARCHAR(60)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_by   BIGINT        NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    release_at    DATETIME(6),
    CONSTRAINT fk_clinical_document_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_clinical_document_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES practitioner (id),
    CONSTRAINT ck_clinical_document_kind CHECK (kind IN ('LETTER', 'DISCHARGE_SUMMARY', 'REFERRAL', 'REPORT', 'OTHER')),
    CONSTRAINT ck_clinical_document_size CHECK (size_bytes > 0)
);
-- A patient's documents, the newest first.
CREATE INDEX ix_clinical_document_patient ON clinical_document (patient_id, uploaded_at);

CREATE TABLE document_content (
    document_id   BIGINT        NOT NULL PRIMARY KEY,
    content       LONGBLOB      NOT NULL,
    CONSTRAINT fk_document_content_document FOREIGN KEY (document_id) REFERENCES clinical_document (id)
);
