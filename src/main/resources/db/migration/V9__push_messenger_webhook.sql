-- Browsers subscribed on the tracking page to an order's updates (Web Push, RFC 8030).
-- Revoked, never deleted: when the shopper unsubscribes or the push service says 404/410.
CREATE TABLE push_subscription (
  shop_id    UUID        NOT NULL REFERENCES shop (id),
  id         UUID        NOT NULL,
  order_id   UUID        NOT NULL,
  endpoint   TEXT        NOT NULL,
  p256dh     TEXT        NOT NULL,  -- browser's P-256 public key, base64url
  auth       TEXT        NOT NULL,  -- browser's auth secret, base64url
  created_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ,
  PRIMARY KEY (shop_id, id)
);
CREATE UNIQUE INDEX push_subscription_active_idx ON push_subscription (shop_id, order_id, endpoint)
  WHERE revoked_at IS NULL;

-- The installation's VAPID key pair when none is configured: generated once, kept across
-- restarts because every subscription is bound to the public key it was made with.
CREATE TABLE webpush_vapid_key (
  id          SMALLINT    PRIMARY KEY CHECK (id = 1),
  public_key  TEXT        NOT NULL,
  private_key TEXT        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL
);

-- Shoppers who opened the Messenger conversation from an order's tracking page.
-- last_inbound_at: their last message to the page; within 24 h we may answer freely.
CREATE TABLE messenger_recipient (
  shop_id         UUID        NOT NULL REFERENCES shop (id),
  order_id        UUID        NOT NULL,
  psid            TEXT        NOT NULL,  -- page-scoped id of the shopper
  linked_at       TIMESTAMPTZ NOT NULL,
  last_inbound_at TIMESTAMPTZ,
  PRIMARY KEY (shop_id, order_id, psid)
);
CREATE INDEX messenger_recipient_psid_idx ON messenger_recipient (psid);

-- Messages sent over Messenger, so read receipts (a watermark per shopper) find them.
CREATE TABLE messenger_outbound (
  shop_id  UUID        NOT NULL REFERENCES shop (id),
  mid      TEXT        NOT NULL,
  psid     TEXT        NOT NULL,
  sent_at  TIMESTAMPTZ NOT NULL,
  read_at  TIMESTAMPTZ,
  PRIMARY KEY (shop_id, mid)
);
CREATE INDEX messenger_outbound_unread_idx ON messenger_outbound (psid, sent_at) WHERE read_at IS NULL;

-- The merchant's own endpoint for signed notification webhooks (their CRM or ESP).
CREATE TABLE notification_webhook (
  shop_id    UUID        PRIMARY KEY REFERENCES shop (id),
  url        TEXT        NOT NULL,
  secret     TEXT        NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
