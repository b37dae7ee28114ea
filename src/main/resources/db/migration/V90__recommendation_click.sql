-- Clicks on recommended products (signed /go/ links) and the revenue they led to.
-- email_key is the SHA-256 of the clicking order's normalized customer email: enough to
-- match a later order of the same shopper, without keeping the address a second time.
CREATE TABLE recommendation_click (
  id         UUID PRIMARY KEY,
  shop_id    UUID NOT NULL REFERENCES shop (id),
  order_id   UUID NOT NULL,
  sku        TEXT NOT NULL,
  surface    TEXT NOT NULL,
  email_key  TEXT,
  at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX recommendation_click_match ON recommendation_click (shop_id, email_key, sku, at);
CREATE INDEX recommendation_click_at ON recommendation_click (shop_id, at);

-- Once per (click, order); and an order's SKU is credited to one click only (the newest).
CREATE TABLE recommendation_attribution (
  click_id   UUID NOT NULL REFERENCES recommendation_click (id),
  order_id   UUID NOT NULL,
  shop_id    UUID NOT NULL REFERENCES shop (id),
  sku        TEXT NOT NULL,
  surface    TEXT NOT NULL,
  revenue    NUMERIC(14, 2) NOT NULL,
  currency   TEXT NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (click_id, order_id),
  UNIQUE (shop_id, order_id, sku)
);
CREATE INDEX recommendation_attribution_at ON recommendation_attribution (shop_id, at);
