-- Support hand-over (docs/guides/support-assistant.md, "Hand-over"): opening hours per
-- shop, the helpdesk a hand-over opens a ticket in, and each hand-over sent.

-- Ranges in the shop's own time zone (shop.time_zone), weekday 1 = Monday … 7 = Sunday.
CREATE TABLE support_opening_hours (
  shop_id  UUID NOT NULL REFERENCES shop (id),
  weekday  INT NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens    TIME NOT NULL,
  closes   TIME NOT NULL CHECK (closes > opens),
  PRIMARY KEY (shop_id, weekday, opens)
);

-- provider: zendesk or freshdesk; account: the Zendesk subdomain or Freshdesk domain.
-- api_token is a secret: the API and console show it masked.
CREATE TABLE support_helpdesk (
  shop_id     UUID PRIMARY KEY REFERENCES shop (id),
  provider    TEXT NOT NULL,
  account     TEXT NOT NULL,
  email       TEXT,
  api_token   TEXT NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL
);

-- One row per hand-over the shopper confirmed; no PII (the email went to the shop).
CREATE TABLE support_handover (
  id            UUID PRIMARY KEY,
  shop_id       UUID NOT NULL REFERENCES shop (id),
  order_id      UUID,
  channel       TEXT NOT NULL,
  intent        TEXT NOT NULL,
  email_sent    BOOLEAN NOT NULL,
  provider      TEXT,
  ticket_id     TEXT,
  ticket_error  TEXT,
  created_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX support_handover_shop ON support_handover (shop_id, created_at DESC);
CREATE INDEX support_conversation_intent ON support_conversation (shop_id, intent, created_at);
