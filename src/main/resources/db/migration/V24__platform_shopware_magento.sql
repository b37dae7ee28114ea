-- Shopware 6 and Magento 2. These tables stand on their own (platform_connection comes with V80): removing a
-- connection removes its rows here too (PlatformRepository.delete).

-- What a connection needs beyond the webhook secret.
-- base_url/access_token: Magento's REST API and its integration access token, for the scheduled pull.
-- app_name: the Shopware app's technical name (manifest <name>), part of the registration proof.
CREATE TABLE platform_connection_settings (
  shop_id      UUID NOT NULL REFERENCES shop (id),
  platform     TEXT NOT NULL,
  base_url     TEXT,
  access_token TEXT,
  app_name     TEXT,
  PRIMARY KEY (shop_id, platform)
);

-- A Shopware shop's registration of the Doorstep app (the app-system handshake). The shop secret signs every
-- webhook; a re-registration's new secret waits as pending until the shop confirms it, and the previous secret
-- is still accepted for a minute after the switch so requests in flight are not lost.
CREATE TABLE platform_shopware_registration (
  shop_id                  UUID NOT NULL REFERENCES shop (id),
  platform                 TEXT NOT NULL DEFAULT 'shopware' CHECK (platform = 'shopware'),
  shopware_shop_id         TEXT,
  shop_url                 TEXT,
  shop_secret              TEXT,
  confirmed_at             TIMESTAMPTZ,
  previous_shop_secret     TEXT,
  rotated_at               TIMESTAMPTZ,
  pending_shopware_shop_id TEXT,
  pending_shop_url         TEXT,
  pending_shop_secret      TEXT,
  pending_at               TIMESTAMPTZ,
  PRIMARY KEY (shop_id, platform)
);

-- How far a scheduled pull (Magento's REST API) has read, per shop, platform and resource (orders, shipments):
-- the newest updated_at applied. The next pull asks for everything updated at or after it; what it gets twice is
-- recognized by its delivery id.
CREATE TABLE platform_pull (
  shop_id         UUID NOT NULL REFERENCES shop (id),
  platform        TEXT NOT NULL,
  resource        TEXT NOT NULL,
  high_water_mark TIMESTAMPTZ,
  last_run_at     TIMESTAMPTZ,
  last_error      TEXT,
  PRIMARY KEY (shop_id, platform, resource)
);
