-- Support (docs/guides/support-assistant.md): the shop's FAQ, its support settings and the
-- assistant's conversations. Every table carries shop_id and every query filters by it.

-- seeded_at: when the default FAQ was copied into the shop, so that a shop whose owner
-- deleted every entry does not get them back.
CREATE TABLE support_settings (
  shop_id         UUID PRIMARY KEY REFERENCES shop (id),
  retention_days  INT NOT NULL,
  seeded_at       TIMESTAMPTZ,
  updated_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE support_faq (
  id          UUID PRIMARY KEY,
  shop_id     UUID NOT NULL REFERENCES shop (id),
  locale      TEXT NOT NULL,
  topic       TEXT NOT NULL,
  position    INT NOT NULL,
  question    TEXT NOT NULL,
  answer      TEXT NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX support_faq_shop ON support_faq (shop_id, locale, topic, position);

-- PII-minimal: no email or phone; the question with emails, phone numbers and postcodes
-- masked. Kept for the shop's retention days.
CREATE TABLE support_conversation (
  id           UUID PRIMARY KEY,
  shop_id      UUID NOT NULL REFERENCES shop (id),
  order_id     UUID,
  shipment_id  UUID,
  channel      TEXT NOT NULL,
  language     TEXT NOT NULL,
  question     TEXT NOT NULL,
  intent       TEXT NOT NULL,
  confidence   DOUBLE PRECISION NOT NULL,
  answer       TEXT NOT NULL,
  handed_over  BOOLEAN NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX support_conversation_shop ON support_conversation (shop_id, created_at DESC);
CREATE INDEX support_conversation_age ON support_conversation (created_at);
