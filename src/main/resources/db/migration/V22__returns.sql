-- Returns: the shop's policy, return requests with their lines, photos and history.
CREATE TABLE return_policy (
  shop_id    UUID PRIMARY KEY REFERENCES shop (id),
  policy     JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE return_request (
  id                  UUID PRIMARY KEY,
  shop_id             UUID NOT NULL REFERENCES shop (id),
  order_id            UUID NOT NULL,
  order_number        TEXT NOT NULL,
  rma                 TEXT NOT NULL,
  token               TEXT NOT NULL UNIQUE,
  status              TEXT NOT NULL,
  method              TEXT,
  store_id            TEXT,
  locale              TEXT NOT NULL,
  idempotency_key     TEXT,
  currency            CHAR(3) NOT NULL,
  items_value         NUMERIC(12, 2) NOT NULL,
  refund              NUMERIC(12, 2) NOT NULL,
  store_credit        NUMERIC(12, 2) NOT NULL,
  store_credit_bonus  NUMERIC(12, 2) NOT NULL,
  exchange_difference NUMERIC(12, 2) NOT NULL,
  fee                 NUMERIC(12, 2) NOT NULL,
  amount_due          NUMERIC(12, 2) NOT NULL,
  ships_back          BOOLEAN NOT NULL,
  rejection_reason    TEXT,
  refund_issued       NUMERIC(12, 2),
  refund_reference    TEXT,
  carrier             TEXT,
  tracking_number     TEXT,
  shipment_id         UUID,
  carrier_label       BYTEA,
  created_at          TIMESTAMPTZ NOT NULL,
  updated_at          TIMESTAMPTZ NOT NULL,
  UNIQUE (shop_id, rma),
  UNIQUE (shop_id, idempotency_key)
);

CREATE INDEX return_request_order ON return_request (shop_id, order_id);
CREATE INDEX return_request_queue ON return_request (shop_id, status, created_at);
CREATE INDEX return_request_shipment ON return_request (shipment_id) WHERE shipment_id IS NOT NULL;

CREATE TABLE return_line (
  return_id         UUID NOT NULL REFERENCES return_request (id),
  shop_id           UUID NOT NULL,
  line_no           INT NOT NULL,
  sku               TEXT NOT NULL,
  name              TEXT NOT NULL,
  variant           TEXT,
  category          TEXT,
  quantity          INT NOT NULL,
  unit_price        NUMERIC(12, 2) NOT NULL,
  reason            TEXT NOT NULL,
  comment           TEXT,
  resolution        TEXT NOT NULL,
  exchange_sku      TEXT,
  exchange_variant  TEXT,
  exchange_price    NUMERIC(12, 2),
  received_quantity INT,
  condition         TEXT,
  restock           BOOLEAN,
  PRIMARY KEY (return_id, line_no)
);

CREATE TABLE return_photo (
  id           UUID PRIMARY KEY,
  return_id    UUID NOT NULL REFERENCES return_request (id),
  shop_id      UUID NOT NULL,
  line_no      INT NOT NULL,
  content_type TEXT NOT NULL,
  bytes        BYTEA NOT NULL
);

CREATE INDEX return_photo_return ON return_photo (shop_id, return_id);

CREATE TABLE return_history (
  return_id UUID NOT NULL REFERENCES return_request (id),
  shop_id   UUID NOT NULL,
  at        TIMESTAMPTZ NOT NULL,
  status    TEXT NOT NULL,
  note      TEXT
);

CREATE INDEX return_history_return ON return_history (shop_id, return_id, at);
