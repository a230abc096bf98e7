-- A patient's private calendar feed: only the SHA-256 hash of its secret token is kept, so the
-- database never holds a usable feed URL. One row per patient; replacing the feed swaps the hash.
CREATE TABLE calendar_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id  BIGINT      NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6),
    version     BIGINT      NOT NULL,
    CONSTRAINT uq_calendar_feed_patient UNIQUE (patient_id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
