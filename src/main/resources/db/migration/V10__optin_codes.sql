-- Confirmation codes of the double opt-in for SMS (and any channel that needs one), sent
-- from the tracking page. Only a salted hash of the code is kept; a code is good for a few
-- minutes and a few tries, and only the newest code of an order and channel counts.
CREATE TABLE notification_optin_code (
  id           UUID        PRIMARY KEY,
  shop_id      UUID        NOT NULL REFERENCES shop (id),
  order_id     UUID        NOT NULL,
  channel      TEXT        NOT NULL,
  contact      TEXT        NOT NULL,  -- normalized (E.164 phone)
  code_hash    TEXT        NOT NULL,  -- SHA-256 of id and code, hex
  message_id   UUID,                  -- the message that carried the code
  attempts     INT         NOT NULL DEFAULT 0,
  expires_at   TIMESTAMPTZ NOT NULL,
  confirmed_at TIMESTAMPTZ,
  cancelled_at TIMESTAMPTZ,
  created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX notification_optin_code_order_idx ON notification_optin_code (shop_id, order_id, channel, created_at DESC);

-- The number a shopper gave on the tracking page for one order and channel, when it is not
-- (or not only) the order's own: consent is recorded for that number, so later messages and
-- a "stop all" must find it.
CREATE TABLE notification_order_contact (
  shop_id    UUID        NOT NULL REFERENCES shop (id),
  order_id   UUID        NOT NULL,
  channel    TEXT        NOT NULL,
  contact    TEXT        NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, order_id, channel)
);
