-- Feedback (docs/guides/feedback.md): review requests, reviews, delivery satisfaction (CSAT)
-- and NPS. Every table carries shop_id and every query filters by it.

CREATE TABLE feedback_settings (
  shop_id              UUID PRIMARY KEY REFERENCES shop (id),
  category_delays      JSONB NOT NULL,
  default_delay_days   INT NOT NULL,
  require_consent      BOOLEAN NOT NULL,
  nps_enabled          BOOLEAN NOT NULL,
  updated_at           TIMESTAMPTZ NOT NULL
);

-- One request per order (the unique key makes a repeated delivery event a no-op).
CREATE TABLE review_request (
  id            UUID PRIMARY KEY,
  shop_id       UUID NOT NULL REFERENCES shop (id),
  order_id      UUID NOT NULL REFERENCES orders (id),
  token         TEXT NOT NULL UNIQUE,
  status        TEXT NOT NULL,
  reason        TEXT,
  delivered_on  DATE NOT NULL,
  delay_days    INT NOT NULL,
  delay_source  TEXT NOT NULL,
  due_at        TIMESTAMPTZ NOT NULL,
  decided_at    TIMESTAMPTZ,
  created_at    TIMESTAMPTZ NOT NULL,
  UNIQUE (shop_id, order_id)
);

CREATE INDEX review_request_due ON review_request (due_at) WHERE status = 'SCHEDULED';

-- One review per item of a request: a second submission updates it.
CREATE TABLE review (
  id          UUID PRIMARY KEY,
  shop_id     UUID NOT NULL REFERENCES shop (id),
  request_id  UUID NOT NULL REFERENCES review_request (id),
  order_id    UUID NOT NULL REFERENCES orders (id),
  sku         TEXT NOT NULL,
  name        TEXT NOT NULL,
  category    TEXT,
  stars       INT NOT NULL CHECK (stars BETWEEN 1 AND 5),
  body        TEXT,
  author      TEXT NOT NULL,
  photo       BYTEA,
  photo_type  TEXT,
  status      TEXT NOT NULL,
  reply       TEXT,
  replied_at  TIMESTAMPTZ,
  created_at  TIMESTAMPTZ NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  UNIQUE (request_id, sku)
);

CREATE INDEX review_shop_sku ON review (shop_id, sku, status);

-- Delivery satisfaction: once per review request (review page) and once per parcel (tracking page).
CREATE TABLE delivery_rating (
  id           UUID PRIMARY KEY,
  shop_id      UUID NOT NULL REFERENCES shop (id),
  order_id     UUID NOT NULL REFERENCES orders (id),
  request_id   UUID REFERENCES review_request (id),
  shipment_id  UUID REFERENCES shipment (id),
  csat         INT NOT NULL CHECK (csat BETWEEN 1 AND 5),
  comment      TEXT,
  created_at   TIMESTAMPTZ NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX delivery_rating_request ON delivery_rating (request_id) WHERE request_id IS NOT NULL;
CREATE UNIQUE INDEX delivery_rating_shipment ON delivery_rating (shipment_id) WHERE shipment_id IS NOT NULL;

-- The NPS question per review page, keyed by a hash of the shopper's email (no address stored):
-- asked_at when the page first showed it (a shopper is shown it at most once per 90 days),
-- score once answered.
CREATE TABLE nps_answer (
  id           UUID PRIMARY KEY,
  shop_id      UUID NOT NULL REFERENCES shop (id),
  request_id   UUID NOT NULL UNIQUE REFERENCES review_request (id),
  email_hash   TEXT NOT NULL,
  asked_at     TIMESTAMPTZ NOT NULL,
  score        INT CHECK (score BETWEEN 0 AND 10),
  answered_at  TIMESTAMPTZ
);

CREATE INDEX nps_answer_shopper ON nps_answer (shop_id, email_hash, asked_at);
