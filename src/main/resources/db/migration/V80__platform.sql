-- A shop's connection to its shop platform (Shopify, WooCommerce): the secret its webhooks are signed with.
CREATE TABLE platform_connection (
  shop_id    UUID NOT NULL REFERENCES shop (id),
  platform   TEXT NOT NULL,
  secret     TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, platform)
);

-- Webhook deliveries already applied, by the platform's own delivery id: a redelivery changes nothing.
CREATE TABLE platform_delivery (
  shop_id     UUID NOT NULL REFERENCES shop (id),
  platform    TEXT NOT NULL,
  delivery_id TEXT NOT NULL,
  topic       TEXT NOT NULL,
  received_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, platform, delivery_id)
);
CREATE INDEX platform_delivery_received_idx ON platform_delivery (shop_id, received_at);

-- The newest platform version (its updated_at) applied per platform order: older updates that arrive late are ignored.
CREATE TABLE platform_order (
  shop_id     UUID NOT NULL REFERENCES shop (id),
  platform    TEXT NOT NULL,
  external_id TEXT NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, platform, external_id)
);
