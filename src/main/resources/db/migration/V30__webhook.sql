-- Merchant webhook subscriptions (events out). The secret signs every delivery, so it is
-- stored as issued; API reads never return it (only on create and rotate).
CREATE TABLE webhook_subscription (
  shop_id        UUID        NOT NULL REFERENCES shop (id),
  id             UUID        NOT NULL,
  url            TEXT        NOT NULL,
  secret         TEXT        NOT NULL,
  types          TEXT[]      NOT NULL,  -- exact types or prefix wildcards ("return.*"); empty = all
  enabled        BOOLEAN     NOT NULL,
  description    TEXT        NOT NULL,
  disabled_reason TEXT,                 -- why Doorstep switched it off (410 Gone); null when the merchant did
  created_at     TIMESTAMPTZ NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, id)
);

-- One row per (subscription, event): the CloudEvent body is frozen when the event is
-- matched, so every retry sends the same bytes and the same CloudEvent id. A replay is a
-- new row pointing at the delivery it repeats (replay_of).
CREATE TABLE webhook_delivery (
  shop_id          UUID        NOT NULL REFERENCES shop (id),
  id               UUID        NOT NULL,
  subscription_id  UUID        NOT NULL,
  event_id         UUID        NOT NULL,
  event_type       TEXT        NOT NULL,
  body             TEXT        NOT NULL,
  status           TEXT        NOT NULL,  -- PENDING, DELIVERED, FAILED
  attempts         INT         NOT NULL DEFAULT 0,
  created_at       TIMESTAMPTZ NOT NULL,
  give_up_at       TIMESTAMPTZ NOT NULL,  -- created_at + retry window: the last attempt is due then
  next_attempt_at  TIMESTAMPTZ,           -- null once DELIVERED or FAILED
  lease_until      TIMESTAMPTZ,           -- a dispatcher holds the row until then
  last_status_code INT,
  last_error       TEXT,
  finished_at      TIMESTAMPTZ,
  replay_of        UUID,
  PRIMARY KEY (shop_id, id),
  FOREIGN KEY (shop_id, subscription_id) REFERENCES webhook_subscription (shop_id, id) ON DELETE CASCADE
);
-- The registry redelivers an event after a crash: the second match inserts nothing.
CREATE UNIQUE INDEX webhook_delivery_event_idx ON webhook_delivery (subscription_id, event_id)
  WHERE replay_of IS NULL;
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (shop_id, subscription_id, created_at DESC);

-- Every POST, for the delivery log.
CREATE TABLE webhook_attempt (
  shop_id         UUID        NOT NULL,
  delivery_id     UUID        NOT NULL,
  number          INT         NOT NULL,
  attempted_at    TIMESTAMPTZ NOT NULL,
  status_code     INT,                   -- null when no response came (timeout, refused address)
  duration_ms     BIGINT      NOT NULL,
  error           TEXT,
  next_attempt_at TIMESTAMPTZ,           -- null when this was the last one
  PRIMARY KEY (shop_id, delivery_id, number),
  FOREIGN KEY (shop_id, delivery_id) REFERENCES webhook_delivery (shop_id, id) ON DELETE CASCADE
);
