-- Insights (docs/guides/insights.md): read models written only by listeners of other
-- modules' public events. Each row is keyed by the event's identity or natural key, so a
-- repeated event changes nothing; the KPIs are computed from these tables alone at read
-- time, so events arriving out of order only fill in columns. No foreign keys into other
-- modules' tables: an event may name an order before its own event arrived.

-- One row per order: the customer key is a SHA-256 of the normalized email (no email
-- stored), the country is the shipping country (the country filter).
CREATE TABLE insights_order (
  shop_id       UUID NOT NULL,
  order_id      UUID NOT NULL,
  customer_key  TEXT,
  country       TEXT,
  currency      TEXT,
  total         NUMERIC(14, 2),
  placed_at     TIMESTAMPTZ NOT NULL,
  cancelled_at  TIMESTAMPTZ,
  PRIMARY KEY (shop_id, order_id)
);
CREATE INDEX insights_order_customer ON insights_order (shop_id, customer_key, placed_at);
CREATE INDEX insights_order_placed ON insights_order (shop_id, placed_at);

-- Units sold per order line: the denominator of the return rate by product and category.
CREATE TABLE insights_order_line (
  shop_id   UUID NOT NULL,
  order_id  UUID NOT NULL,
  sku       TEXT NOT NULL,
  category  TEXT,
  quantity  INT NOT NULL,
  PRIMARY KEY (shop_id, order_id, sku)
);

-- One row per outbound parcel. Lane = origin country → destination country.
CREATE TABLE insights_shipment (
  shop_id          UUID NOT NULL,
  shipment_id      UUID NOT NULL,
  order_id         UUID NOT NULL,
  carrier          TEXT,
  origin_country   TEXT,
  country          TEXT,
  zone             TEXT,
  promised_date    DATE,
  shipped_at       TIMESTAMPTZ,
  created_at       TIMESTAMPTZ NOT NULL,
  delivered_at     TIMESTAMPTZ,
  PRIMARY KEY (shop_id, shipment_id)
);
CREATE INDEX insights_shipment_delivered ON insights_shipment (shop_id, delivered_at);

-- Every delivery window a parcel was shown; the first and the last before delivery are
-- picked at read time, so windows arriving out of order change nothing.
CREATE TABLE insights_window (
  shop_id      UUID NOT NULL,
  shipment_id  UUID NOT NULL,
  occurred_at  TIMESTAMPTZ NOT NULL,
  earliest     DATE NOT NULL,
  latest       DATE NOT NULL,
  PRIMARY KEY (shop_id, shipment_id, occurred_at)
);

-- DeliveryDelayPredicted is published at most once per parcel and promised day.
CREATE TABLE insights_delay_alert (
  shop_id        UUID NOT NULL,
  shipment_id    UUID NOT NULL,
  promised_date  DATE NOT NULL,
  reason         TEXT NOT NULL,
  raised_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, shipment_id, promised_date)
);

-- CSAT (per order and parcel), NPS (per order) and review stars (per review): the latest
-- answer counts.
CREATE TABLE insights_rating (
  shop_id      UUID NOT NULL,
  kind         TEXT NOT NULL,
  rating_key   TEXT NOT NULL,
  order_id     UUID NOT NULL,
  score        INT NOT NULL,
  answered_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, kind, rating_key)
);

CREATE TABLE insights_return (
  shop_id       UUID NOT NULL,
  return_id     UUID NOT NULL,
  order_id      UUID NOT NULL,
  requested_at  TIMESTAMPTZ,
  rejected_at   TIMESTAMPTZ,
  refund        NUMERIC(14, 2),
  store_credit  NUMERIC(14, 2),
  refund_requested_at TIMESTAMPTZ,
  refund_issued NUMERIC(14, 2),
  refund_issued_at TIMESTAMPTZ,
  currency      TEXT,
  PRIMARY KEY (shop_id, return_id)
);

CREATE TABLE insights_return_line (
  shop_id     UUID NOT NULL,
  return_id   UUID NOT NULL,
  line_no     INT NOT NULL,
  sku         TEXT NOT NULL,
  category    TEXT,
  quantity    INT NOT NULL,
  reason      TEXT NOT NULL,
  resolution  TEXT NOT NULL,
  PRIMARY KEY (shop_id, return_id, line_no)
);

-- One row per message; receipts only set flags, so their order does not matter.
CREATE TABLE insights_message (
  shop_id       UUID NOT NULL,
  message_id    UUID NOT NULL,
  order_id      UUID NOT NULL,
  journey       TEXT NOT NULL,
  channel       TEXT NOT NULL,
  first_seen_at TIMESTAMPTZ NOT NULL,
  sent          BOOLEAN NOT NULL DEFAULT FALSE,
  delivered     BOOLEAN NOT NULL DEFAULT FALSE,
  opened        BOOLEAN NOT NULL DEFAULT FALSE,
  clicked       BOOLEAN NOT NULL DEFAULT FALSE,
  bounced       BOOLEAN NOT NULL DEFAULT FALSE,
  failed        BOOLEAN NOT NULL DEFAULT FALSE,
  unsubscribed  BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (shop_id, message_id)
);
CREATE INDEX insights_message_seen ON insights_message (shop_id, first_seen_at);

-- Tracking-page views, one row per parcel and counting period of a batch.
CREATE TABLE insights_page_views (
  shop_id          UUID NOT NULL,
  shipment_id      UUID NOT NULL,
  period_from      TIMESTAMPTZ NOT NULL,
  views            INT NOT NULL,
  first_viewed_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, shipment_id, period_from)
);

CREATE TABLE insights_claim (
  shop_id       UUID NOT NULL,
  claim_id      UUID NOT NULL,
  shipment_id   UUID NOT NULL,
  order_id      UUID NOT NULL,
  type          TEXT NOT NULL,
  carrier       TEXT NOT NULL,
  currency      TEXT NOT NULL,
  value         NUMERIC(14, 2) NOT NULL,
  filed_at      TIMESTAMPTZ NOT NULL,
  outcome       TEXT NOT NULL,
  outcome_rank  INT NOT NULL,
  resolution    TEXT,
  refund        NUMERIC(14, 2),
  PRIMARY KEY (shop_id, claim_id)
);

CREATE TABLE insights_reco_click (
  shop_id     UUID NOT NULL,
  order_id    UUID NOT NULL,
  sku         TEXT NOT NULL,
  surface     TEXT NOT NULL,
  clicked_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, order_id, sku, surface, clicked_at)
);

CREATE TABLE insights_reco_revenue (
  shop_id     UUID NOT NULL,
  order_id    UUID NOT NULL,
  sku         TEXT NOT NULL,
  surface     TEXT NOT NULL,
  clicked_at  TIMESTAMPTZ NOT NULL,
  revenue     NUMERIC(14, 2) NOT NULL,
  currency    TEXT NOT NULL,
  PRIMARY KEY (shop_id, order_id, sku)
);
