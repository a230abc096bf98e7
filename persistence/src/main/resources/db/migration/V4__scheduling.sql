-- Scheduling: practitioners' availability, the slots derived from it, appointments, and the
-- encounters recorded after a consultation.

-- A weekly template (day_of_week 1 = Monday .. 7 = Sunday) or a one-off session (on_date);
-- times are local to the site's time zone.
CREATE TABLE availability_template (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    practitioner_id BIGINT      NOT NULL,
    site_id         BIGINT      NOT NULL,
    day_of_week     INT,
    on_date         DATE,
    start_time      TIME        NOT NULL,
    end_time        TIME        NOT NULL,
    slot_minutes    INT         NOT NULL,
    mode            VARCHAR(16) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT fk_availability_template_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_availability_template_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_availability_template_practitioner ON availability_template (practitioner_id);

-- Days a practitioner is away (leave, public holidays), inclusive.
CREATE TABLE availability_exception (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    practitioner_id BIGINT       NOT NULL,
    from_date       DATE         NOT NULL,
    to_date         DATE         NOT NULL,
    reason          VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_availability_exception_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id)
);
CREATE INDEX ix_availability_exception_practitioner ON availability_exception (practitioner_id);

-- One bookable time of one practitioner; a second insert of the same start is refused, so
-- generating slots twice (or on two nodes) adds nothing.
CREATE TABLE slot (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    practitioner_id BIGINT      NOT NULL,
    site_id         BIGINT      NOT NULL,
    start_at        DATETIME(6) NOT NULL,
    end_at          DATETIME(6) NOT NULL,
    mode            VARCHAR(16) NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT uk_slot_practitioner_start UNIQUE (practitioner_id, start_at),
    CONSTRAINT fk_slot_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_slot_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_slot_start ON slot (start_at);
CREATE INDEX ix_slot_mode_start ON slot (mode, start_at);

-- No foreign key to slot: an appointment copies its slot's times, and a free slot that no
-- longer fits the availability is deleted even when a cancelled appointment once held it.
CREATE TABLE appointment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    slot_id           BIGINT        NOT NULL,
    patient_id        BIGINT        NOT NULL,
    practitioner_id   BIGINT        NOT NULL,
    site_id           BIGINT        NOT NULL,
    start_at          DATETIME(6)   NOT NULL,
    end_at            DATETIME(6)   NOT NULL,
    mode              VARCHAR(16)   NOT NULL,
    reason            VARCHAR(500)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    status_changed_at DATETIME(6)   NOT NULL,
    status_changed_by VARCHAR(64)   NOT NULL,
    booked_by         VARCHAR(64)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    video_room        VARCHAR(64),
    version           BIGINT        NOT NULL,
    CONSTRAINT uk_appointment_video_room UNIQUE (video_room),
    CONSTRAINT fk_appointment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_appointment_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_appointment_site FOREIGN KEY (site_id) REFERENCES site (id)
);
CREATE INDEX ix_appointment_patient_start ON appointment (patient_id, start_at);
CREATE INDEX ix_appointment_practitioner_start ON appointment (practitioner_id, start_at);
CREATE INDEX ix_appointment_start ON appointment (start_at);

-- The one-booking-per-slot guarantee: a row while the slot is held by a live appointment
-- (inserted on booking, deleted on cancel or move). MySQL has no partial unique index.
CREATE TABLE slot_booking (
    slot_id        BIGINT NOT NULL PRIMARY KEY,
    appointment_id BIGINT NOT NULL,
    CONSTRAINT uk_slot_booking_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_slot_booking_slot FOREIGN KEY (slot_id) REFERENCES slot (id),
    CONSTRAINT fk_slot_booking_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
);

-- What the clinician recorded after a consultation; the medical record shows it.
CREATE TABLE encounter (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    patient_id      BIGINT        NOT NULL,
    practitioner_id BIGINT        NOT NULL,
    appointment_id  BIGINT,
    notes           VARCHAR(4000),
    outcome         VARCHAR(1000) NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    CONSTRAINT uk_encounter_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_encounter_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_encounter_practitioner FOREIGN KEY (practitioner_id) REFERENCES practitioner (id),
    CONSTRAINT fk_encounter_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
);
CREATE INDEX ix_encounter_patient ON encounter (patient_id, recorded_at);
