-- Delivery promise (docs/guides/delivery-promise.md). Every row carries shop_id.

-- What the transit model learns from: one delivered parcel, its lane and its two moments.
-- One row per shipment, so a replayed ShipmentDelivered changes nothing.
CREATE TABLE delivery_sample (
  shop_id              UUID NOT NULL REFERENCES shop (id),
  shipment_id          UUID NOT NULL,
  carrier              TEXT NOT NULL,
  service              TEXT,
  origin_country       TEXT NOT NULL,
  origin_postcode      TEXT,
  destination_country  TEXT NOT NULL,
  destination_postcode TEXT,
  handed_over_at       TIMESTAMPTZ NOT NULL,
  delivered_at         TIMESTAMPTZ NOT NULL,
  promised_date        DATE,
  -- the carrier's scans between hand-over and delivery: the model learns the usual gap
  scans                TIMESTAMPTZ[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (shop_id, shipment_id)
);
CREATE INDEX delivery_sample_recent_idx ON delivery_sample (delivered_at);

-- The promise history of one parcel: first and latest prediction, the carrier's estimate,
-- the shop's promise, the actual delivery and whether it kept the promise.
CREATE TABLE delivery_shipment (
  shop_id             UUID NOT NULL REFERENCES shop (id),
  shipment_id         UUID NOT NULL,
  order_id            UUID NOT NULL,
  carrier             TEXT NOT NULL,
  status              TEXT NOT NULL,
  first_prediction_id BIGINT,
  latest_prediction_id BIGINT,
  carrier_estimate    DATE,
  promised_date       DATE,
  delivered_on        DATE,
  -- null until delivered, or when there was no promise to keep
  on_time             BOOLEAN,
  -- the latest delay warning (shown on the tracking page until the parcel moves on)
  delay_reason        TEXT,
  delay_days_without_scan INT,
  delay_usual_days    INT,
  delay_stage         TEXT,
  delay_predicted_at  TIMESTAMPTZ,
  updated_at          TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, shipment_id)
);
CREATE INDEX delivery_shipment_open_idx ON delivery_shipment (shop_id) WHERE delivered_on IS NULL;

-- Every distinct prediction of a parcel, oldest first.
CREATE TABLE delivery_prediction (
  id           BIGSERIAL PRIMARY KEY,
  shop_id      UUID NOT NULL REFERENCES shop (id),
  shipment_id  UUID NOT NULL,
  earliest     DATE NOT NULL,
  most_likely  DATE NOT NULL,
  latest       DATE NOT NULL,
  confidence   DOUBLE PRECISION NOT NULL,
  source       TEXT NOT NULL,
  lane_level   TEXT,
  sample_size  INT NOT NULL,
  computed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX delivery_prediction_shipment_idx ON delivery_prediction (shop_id, shipment_id, id);

-- One delay warning per parcel and promised day: the insert that wins publishes the event.
CREATE TABLE delivery_delay (
  shop_id       UUID NOT NULL REFERENCES shop (id),
  shipment_id   UUID NOT NULL,
  promised_date DATE NOT NULL,
  reason        TEXT NOT NULL,
  predicted_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, shipment_id, promised_date)
);

-- A shop's delivery settings; a shop without a row uses the defaults of DeliverySettings.
CREATE TABLE delivery_settings (
  shop_id         UUID PRIMARY KEY REFERENCES shop (id),
  delay_threshold DOUBLE PRECISION NOT NULL,
  cut_off         TIME,
  origin_country  TEXT,
  origin_postcode TEXT,
  coverage        DOUBLE PRECISION NOT NULL,
  updated_at      TIMESTAMPTZ NOT NULL
);

-- Transit business days a shop expects per carrier and destination country, used before
-- any history or carrier estimate exists.
CREATE TABLE delivery_default_days (
  shop_id             UUID NOT NULL REFERENCES shop (id),
  carrier             TEXT NOT NULL,
  destination_country TEXT NOT NULL,
  business_days       INT NOT NULL,
  PRIMARY KEY (shop_id, carrier, destination_country)
);
