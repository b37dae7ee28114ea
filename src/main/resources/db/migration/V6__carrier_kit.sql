-- Every carrier number a shipment is tracked under: leg 0 is the shipment's own number,
-- later legs come from hand-overs (cross-border to a local post). Each leg carries its
-- polling state, so polling adapts per leg and stops where push covers it.
CREATE TABLE tracking_leg (
  shop_id         UUID        NOT NULL REFERENCES shop (id),
  shipment_id     UUID        NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
  carrier         TEXT        NOT NULL,
  tracking_number TEXT        NOT NULL,
  position        INT         NOT NULL,
  origin          TEXT        NOT NULL,  -- SHIPMENT, HANDOVER, API
  next_poll_at    TIMESTAMPTZ,           -- NULL: not polled (see poll_stopped)
  poll_stopped    TEXT,                  -- why polling stopped: delivered, expired, push:<source>, demo, ...
  last_polled_at  TIMESTAMPTZ,
  last_outcome    TEXT,
  failures        INT         NOT NULL DEFAULT 0,
  pushed_by       TEXT,
  pushed_at       TIMESTAMPTZ,
  created_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shipment_id, carrier, tracking_number)
);
CREATE INDEX tracking_leg_number_idx ON tracking_leg (shop_id, tracking_number);
CREATE INDEX tracking_leg_due_idx ON tracking_leg (next_poll_at) WHERE next_poll_at IS NOT NULL;

INSERT INTO tracking_leg (shop_id, shipment_id, carrier, tracking_number, position, origin, next_poll_at,
                          poll_stopped, created_at)
SELECT s.shop_id, s.id, s.carrier, s.tracking_number, 0, 'SHIPMENT',
       CASE WHEN s.status IN ('DELIVERED', 'EXPIRED') OR s.carrier = 'simulated'
                 OR EXISTS (SELECT 1 FROM demo_parcel d WHERE d.shipment_id = s.id) THEN NULL
            ELSE now() END,
       CASE WHEN s.status IN ('DELIVERED', 'EXPIRED') THEN lower(s.status)
            WHEN s.carrier = 'simulated' OR EXISTS (SELECT 1 FROM demo_parcel d WHERE d.shipment_id = s.id)
              THEN 'demo'
            ELSE NULL END,
       s.created_at
FROM shipment s;

-- A merchant's own contract with a carrier, or its secret with a push source.
CREATE TABLE carrier_account (
  shop_id        UUID        NOT NULL REFERENCES shop (id),
  code           TEXT        NOT NULL,
  api_key        TEXT,
  api_secret     TEXT,
  account_number TEXT,
  webhook_secret TEXT,
  created_at     TIMESTAMPTZ NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, code)
);

-- Webhook deliveries, stored before the 2xx and worked off after: a crash between the two
-- loses nothing, and a resent delivery (same id) is recognized.
CREATE TABLE push_delivery (
  id           BIGSERIAL   PRIMARY KEY,
  shop_id      UUID        NOT NULL REFERENCES shop (id),
  source       TEXT        NOT NULL,
  delivery_id  TEXT        NOT NULL,
  body         BYTEA       NOT NULL,
  received_at  TIMESTAMPTZ NOT NULL,
  processed_at TIMESTAMPTZ,
  outcome      TEXT,
  attempts     INT         NOT NULL DEFAULT 0,
  UNIQUE (shop_id, source, delivery_id)
);
CREATE INDEX push_delivery_pending_idx ON push_delivery (received_at) WHERE processed_at IS NULL;

-- Carrier codes no table knew: counted so the mapping can be completed.
CREATE TABLE unmapped_carrier_code (
  shop_id     UUID        NOT NULL REFERENCES shop (id),
  carrier     TEXT        NOT NULL,
  code        TEXT        NOT NULL,
  sample_text TEXT,
  mapped_to   TEXT        NOT NULL,
  occurrences BIGINT      NOT NULL,
  first_seen  TIMESTAMPTZ NOT NULL,
  last_seen   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, carrier, code)
);
