-- Experiments with holdouts (module experiment). Target, arms and holdout are fixed at
-- creation; status only moves DRAFT -> RUNNING -> STOPPED, and stopping keeps every row.
CREATE TABLE experiment (
    id          UUID PRIMARY KEY,
    shop_id     UUID NOT NULL REFERENCES shop (id),
    name        TEXT NOT NULL,
    target      TEXT NOT NULL CHECK (target IN ('JOURNEY_STEP', 'PAGE_MODULE')),
    trigger     TEXT,
    channel     TEXT,
    module      TEXT,
    holdout     DOUBLE PRECISION NOT NULL CHECK (holdout >= 0 AND holdout < 1),
    status      TEXT NOT NULL CHECK (status IN ('DRAFT', 'RUNNING', 'STOPPED')),
    created_at  TIMESTAMPTZ NOT NULL,
    started_at  TIMESTAMPTZ,
    stopped_at  TIMESTAMPTZ
);
CREATE INDEX experiment_shop_idx ON experiment (shop_id, created_at DESC);
CREATE INDEX experiment_running_idx ON experiment (shop_id) WHERE status = 'RUNNING';

CREATE TABLE experiment_arm (
    experiment_id  UUID NOT NULL REFERENCES experiment (id),
    position       INT NOT NULL,
    name           TEXT NOT NULL,
    weight         INT NOT NULL CHECK (weight > 0),
    subject        TEXT,
    body           TEXT,
    channel        TEXT,
    delay_seconds  BIGINT,
    shows_module   BOOLEAN NOT NULL,
    PRIMARY KEY (experiment_id, position),
    UNIQUE (experiment_id, name)
);

-- One row per shopper and experiment: the first meeting decides, later ones find it.
CREATE TABLE experiment_assignment (
    experiment_id  UUID NOT NULL REFERENCES experiment (id),
    shop_id        UUID NOT NULL,
    shopper_key    TEXT NOT NULL,
    arm            TEXT NOT NULL,
    order_id       UUID NOT NULL,
    assigned_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (experiment_id, shopper_key)
);
CREATE INDEX experiment_assignment_shopper_idx ON experiment_assignment (shop_id, shopper_key);

-- Orders of shoppers in any experiment (the assigned order and every later one), so
-- outcomes that name an order find their shopper.
CREATE TABLE experiment_order (
    shop_id      UUID NOT NULL,
    order_id     UUID NOT NULL,
    shopper_key  TEXT NOT NULL,
    placed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (shop_id, order_id)
);
CREATE INDEX experiment_order_shopper_idx ON experiment_order (shop_id, shopper_key);

-- Outcomes from other modules' events for those orders, once each (ref is the event's
-- natural key): VIEW (tracking-page views, value = count), RETURN, CSAT (value = rating).
CREATE TABLE experiment_outcome (
    shop_id      UUID NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('VIEW', 'RETURN', 'CSAT')),
    ref          TEXT NOT NULL,
    order_id     UUID NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (shop_id, kind, ref)
);
CREATE INDEX experiment_outcome_order_idx ON experiment_outcome (shop_id, order_id);
