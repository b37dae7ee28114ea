-- Packaging inserts: the shop's settings and its discount codes. A code belongs to at most
-- one order and an order has at most one code; pool codes wait with no order.
CREATE TABLE insert_settings (
  shop_id    UUID PRIMARY KEY REFERENCES shop (id),
  settings   JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE discount_code (
  shop_id        UUID NOT NULL REFERENCES shop (id),
  code           TEXT NOT NULL,
  source         TEXT NOT NULL,
  order_id       UUID,
  order_number   TEXT,
  discount_type  TEXT,
  discount_value NUMERIC(12, 2),
  currency       CHAR(3),
  valid_until    DATE,
  assigned_at    TIMESTAMPTZ,
  created_at     TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, code),
  UNIQUE (shop_id, order_id)
);

CREATE INDEX discount_code_pool ON discount_code (shop_id, created_at, code) WHERE order_id IS NULL;
CREATE INDEX discount_code_assigned ON discount_code (shop_id, assigned_at) WHERE order_id IS NOT NULL;
