-- Extensible sub-status code table: carriers keep adding codes, so this is data, not an enum.
CREATE TABLE sub_status (
  code            TEXT PRIMARY KEY,
  status          TEXT NOT NULL,
  incident_reason TEXT
);
INSERT INTO sub_status (code, status, incident_reason) VALUES
  ('PENDING_AWAITING_CARRIER', 'PENDING', NULL),
  ('INFO_RECEIVED_LABEL_CREATED', 'INFO_RECEIVED', NULL),
  ('IN_TRANSIT_PICKED_UP', 'IN_TRANSIT', NULL),
  ('IN_TRANSIT_ARRIVED_AT_HUB', 'IN_TRANSIT', NULL),
  ('IN_TRANSIT_DEPARTED_HUB', 'IN_TRANSIT', NULL),
  ('IN_TRANSIT_CUSTOMS_STARTED', 'IN_TRANSIT', NULL),
  ('IN_TRANSIT_CUSTOMS_CLEARED', 'IN_TRANSIT', NULL),
  ('IN_TRANSIT_HANDED_OVER', 'IN_TRANSIT', NULL),
  ('IN_TRANSIT_DELAYED', 'IN_TRANSIT', 'CARRIER'),
  ('IN_TRANSIT_DELAYED_WEATHER', 'IN_TRANSIT', 'WEATHER'),
  ('IN_TRANSIT_REROUTED', 'IN_TRANSIT', 'CARRIER'),
  ('OUT_FOR_DELIVERY_ON_VEHICLE', 'OUT_FOR_DELIVERY', NULL),
  ('ATTEMPT_FAIL_RECIPIENT_ABSENT', 'ATTEMPT_FAIL', 'RECIPIENT'),
  ('ATTEMPT_FAIL_ADDRESS_ISSUE', 'ATTEMPT_FAIL', 'RECIPIENT'),
  ('ATTEMPT_FAIL_BUSINESS_CLOSED', 'ATTEMPT_FAIL', 'RECIPIENT'),
  ('ATTEMPT_FAIL_CARRIER', 'ATTEMPT_FAIL', 'CARRIER'),
  ('DELIVERED_RECIPIENT', 'DELIVERED', NULL),
  ('DELIVERED_NEIGHBOR', 'DELIVERED', NULL),
  ('DELIVERED_SAFE_PLACE', 'DELIVERED', NULL),
  ('DELIVERED_MAILBOX', 'DELIVERED', NULL),
  ('DELIVERED_PICKED_UP', 'DELIVERED', NULL),
  ('DELIVERED_PARCEL_LOCKER', 'DELIVERED', NULL),
  ('AVAILABLE_FOR_PICKUP_PARCELSHOP', 'AVAILABLE_FOR_PICKUP', NULL),
  ('AVAILABLE_FOR_PICKUP_LOCKER', 'AVAILABLE_FOR_PICKUP', NULL),
  ('AVAILABLE_FOR_PICKUP_POST_OFFICE', 'AVAILABLE_FOR_PICKUP', NULL),
  ('EXCEPTION_DAMAGED', 'EXCEPTION', 'CARRIER'),
  ('EXCEPTION_LOST', 'EXCEPTION', 'CARRIER'),
  ('EXCEPTION_RETURNING_TO_SENDER', 'EXCEPTION', NULL),
  ('EXCEPTION_RETURNED_TO_SENDER', 'EXCEPTION', NULL),
  ('EXCEPTION_REFUSED', 'EXCEPTION', 'RECIPIENT'),
  ('EXCEPTION_ADDRESS_UNKNOWN', 'EXCEPTION', 'RECIPIENT'),
  ('EXCEPTION_CUSTOMS_HOLD', 'EXCEPTION', 'CUSTOMS'),
  ('EXCEPTION_DUTIES_UNPAID', 'EXCEPTION', 'CUSTOMS'),
  ('EXCEPTION_WEATHER', 'EXCEPTION', 'WEATHER'),
  ('EXCEPTION_RETAILER_CANCELLED', 'EXCEPTION', 'RETAILER'),
  ('EXCEPTION_NOT_COLLECTED', 'EXCEPTION', 'RECIPIENT'),
  ('EXPIRED_NO_UPDATES', 'EXPIRED', NULL);

CREATE TABLE shipment (
  id                     UUID PRIMARY KEY,
  shop_id                UUID NOT NULL REFERENCES shop (id),
  order_id               UUID NOT NULL REFERENCES orders (id),
  carrier                TEXT NOT NULL,
  tracking_number        TEXT NOT NULL,
  service                TEXT,
  public_token           TEXT NOT NULL UNIQUE,
  status                 TEXT NOT NULL,
  sub_status             TEXT,
  incident_reason        TEXT,
  shipped_at             TIMESTAMPTZ,
  origin_postcode        TEXT,
  origin_country         TEXT,
  promised_delivery_date DATE,
  delivered_at           TIMESTAMPTZ,
  last_event_at          TIMESTAMPTZ,
  created_at             TIMESTAMPTZ NOT NULL,
  updated_at             TIMESTAMPTZ NOT NULL,
  UNIQUE (shop_id, carrier, tracking_number)
);
CREATE INDEX shipment_order_idx ON shipment (shop_id, order_id);
CREATE INDEX shipment_shop_status_idx ON shipment (shop_id, status, carrier);
CREATE INDEX shipment_carrier_open_idx ON shipment (carrier) WHERE status NOT IN ('DELIVERED', 'EXPIRED');

CREATE TABLE shipment_item (
  shop_id     UUID NOT NULL REFERENCES shop (id),
  shipment_id UUID NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
  sku         TEXT NOT NULL,
  quantity    INT NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (shipment_id, sku)
);

-- Append-only timeline. dedup_key makes a repeated event (same externalId, or the same facts
-- when there is none) a no-op, so replays and retries change nothing.
CREATE TABLE tracking_event (
  id              BIGSERIAL PRIMARY KEY,
  shop_id         UUID NOT NULL REFERENCES shop (id),
  shipment_id     UUID NOT NULL REFERENCES shipment (id) ON DELETE CASCADE,
  dedup_key       TEXT NOT NULL,
  occurred_at     TIMESTAMPTZ NOT NULL,
  status          TEXT NOT NULL,
  sub_status      TEXT,
  incident_reason TEXT,
  description     TEXT,
  city            TEXT,
  postcode        TEXT,
  country         TEXT,
  external_id     TEXT,
  received_at     TIMESTAMPTZ NOT NULL,
  UNIQUE (shipment_id, dedup_key)
);
CREATE INDEX tracking_event_shipment_idx ON tracking_event (shipment_id, occurred_at);
