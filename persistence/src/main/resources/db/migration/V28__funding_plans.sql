-- Funding plans of NDIS and aged-care cases (issue 9): one plan per case, for a period, with its
-- budget split into categories (Core supports, Capacity building, Capital ...); every service
-- delivered is recorded against a category. The used amount of each category is kept beside its
-- budget (changed only under the plan's row lock); an alert at 80 % is sent once per category and
-- once for the whole plan (alerted_at).
CREATE TABLE funding_plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT      NOT NULL,
    starts_on   DATE        NOT NULL,
    ends_on     DATE        NOT NULL,
    created_by  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    alerted_at  DATETIME(6),
    version     BIGINT      NOT NULL,
    CONSTRAINT uq_funding_plan_case UNIQUE (case_id),
    CONSTRAINT fk_funding_plan_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_funding_plan_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_funding_plan_period CHECK (ends_on > starts_on)
);

CREATE TABLE budget_category (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    budget      DECIMAL(12,2) NOT NULL,
    used        DECIMAL(12,2) NOT NULL,
    alerted_at  DATETIME(6),
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_budget_category_name UNIQUE (plan_id, name),
    CONSTRAINT fk_budget_category_plan FOREIGN KEY (plan_id) REFERENCES funding_plan (id),
    CONSTRAINT ck_budget_category_budget CHECK (budget > 0)
);

CREATE TABLE service_delivery (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_id        BIGINT        NOT NULL,
    delivered_on       DATE          NOT NULL,
    description        VARCHAR(500)  NOT NULL,
    amount             DECIMAL(12,2) NOT NULL,
    provider           VARCHAR(200)  NOT NULL,
    over_budget_reason VARCHAR(1000),
    recorded_by        BIGINT        NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_service_delivery_category FOREIGN KEY (category_id) REFERENCES budget_category (id),
    CONSTRAINT fk_service_delivery_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    CONSTRAINT ck_service_delivery_amount CHECK (amount > 0)
);
CREATE INDEX ix_service_delivery_category ON service_delivery (category_id, delivered_on);

-- Scheduled reviews of a case (NDIS: every three months): when one falls due, the first server to
-- claim it (claimed_by, set by an UPDATE ... WHERE claimed_by IS NULL) creates the task "Review
-- the case" for the case manager (task_id), so it is created once however many servers look.
CREATE TABLE case_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    due_on      DATE         NOT NULL,
    claimed_by  VARCHAR(200),
    claimed_at  DATETIME(6),
    task_id     BIGINT,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_case_review_due UNIQUE (case_id, due_on),
    CONSTRAINT fk_case_review_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_case_review_task FOREIGN KEY (task_id) REFERENCES case_task (id)
);
CREATE INDEX ix_case_review_due ON case_review (due_on);

-- A task past its due date alerts its assignee once: the server whose UPDATE ... WHERE
-- overdue_alerted_at IS NULL changes the row tells them.
ALTER TABLE case_task ADD COLUMN overdue_alerted_at DATETIME(6);
CREATE INDEX ix_case_task_due ON case_task (status, due_date);
