-- A shop's journeys: one trigger, typed steps (JSON), switchable one by one.
CREATE TABLE notification_journey (
  id         UUID        PRIMARY KEY,
  shop_id    UUID        NOT NULL REFERENCES shop (id),
  trigger    TEXT        NOT NULL,
  name       TEXT        NOT NULL,
  enabled    BOOLEAN     NOT NULL,
  steps      JSONB       NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  UNIQUE (shop_id, trigger, name)
);
CREATE INDEX notification_journey_trigger_idx ON notification_journey (shop_id, trigger) WHERE enabled;

-- Every message, planned or sent. dedup_key = journey, parcel (or order), trigger and channel:
-- an event that repeats finds its message already there.
CREATE TABLE notification_message (
  id           UUID        PRIMARY KEY,
  shop_id      UUID        NOT NULL REFERENCES shop (id),
  journey_id   UUID        NOT NULL,
  dedup_key    TEXT        NOT NULL,
  trigger      TEXT        NOT NULL,
  channel      TEXT        NOT NULL,
  order_id     UUID        NOT NULL,
  shipment_id  UUID,
  digest_key   TEXT,                 -- order + channel while a digest window is open
  fallback_of  UUID,                 -- the message this one backs up if it goes unnoticed
  recipient    TEXT        NOT NULL,
  recipient_zone TEXT      NOT NULL,  -- for quiet hours, from the shipping country
  locale       TEXT        NOT NULL,
  merged_into  UUID,
  status       TEXT        NOT NULL,
  subject      TEXT,
  body_text    TEXT,
  body_html    TEXT,
  provider     TEXT,
  provider_id  TEXT,
  due_at       TIMESTAMPTZ NOT NULL,
  lease_until  TIMESTAMPTZ,
  attempts     INT         NOT NULL DEFAULT 0,
  last_error   TEXT,
  created_at   TIMESTAMPTZ NOT NULL,
  sent_at      TIMESTAMPTZ,
  updated_at   TIMESTAMPTZ NOT NULL,
  UNIQUE (shop_id, dedup_key)
);
CREATE INDEX notification_message_due_idx ON notification_message (due_at) WHERE status = 'SCHEDULED';
CREATE INDEX notification_message_sending_idx ON notification_message (lease_until) WHERE status = 'SENDING';
CREATE INDEX notification_message_digest_idx ON notification_message (shop_id, digest_key) WHERE digest_key IS NOT NULL;
CREATE INDEX notification_message_order_idx ON notification_message (shop_id, order_id);
CREATE INDEX notification_message_recent_idx ON notification_message (shop_id, created_at DESC);
CREATE INDEX notification_message_recipient_idx ON notification_message (shop_id, recipient, sent_at);
CREATE INDEX notification_message_provider_idx ON notification_message (provider, provider_id);

CREATE TABLE notification_message_event (
  id         BIGSERIAL   PRIMARY KEY,
  shop_id    UUID        NOT NULL REFERENCES shop (id),
  message_id UUID        NOT NULL REFERENCES notification_message (id) ON DELETE CASCADE,
  at         TIMESTAMPTZ NOT NULL,
  status     TEXT        NOT NULL,
  detail     TEXT
);
CREATE INDEX notification_message_event_idx ON notification_message_event (message_id, at);

-- Consent ledger: append-only; the newest row per (contact, channel, topic) is in force.
CREATE TABLE consent_record (
  id         BIGSERIAL   PRIMARY KEY,
  shop_id    UUID        NOT NULL REFERENCES shop (id),
  contact    TEXT        NOT NULL,  -- normalized: lower-case email, E.164 phone, subscription id
  channel    TEXT        NOT NULL,
  topic      TEXT        NOT NULL,
  granted    BOOLEAN     NOT NULL,
  source     TEXT        NOT NULL,  -- tracking-page, sms-keyword, unsubscribe-link, api, ...
  proof      TEXT,                  -- order, IP hash, confirmation code, message id
  at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX consent_record_idx ON consent_record (shop_id, contact, channel, topic, at DESC);

-- Addresses that bounced hard or complained: nothing more goes there.
CREATE TABLE suppression (
  shop_id    UUID        NOT NULL REFERENCES shop (id),
  channel    TEXT        NOT NULL,
  address    TEXT        NOT NULL,
  reason     TEXT        NOT NULL,
  at         TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, channel, address)
);
