-- Claims and the delivery guarantee (docs/guides/claims.md). Every table carries shop_id and
-- every query filters by it.

CREATE TABLE claim_settings (
  shop_id             UUID PRIMARY KEY REFERENCES shop (id),
  mode                TEXT NOT NULL,
  lost_after_days     INT NOT NULL,
  report_within_days  INT NOT NULL,
  resolution          TEXT NOT NULL,
  auto_approve_limit  NUMERIC(14, 2) NOT NULL,
  updated_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE claim (
  id                   UUID PRIMARY KEY,
  shop_id              UUID NOT NULL REFERENCES shop (id),
  shipment_id          UUID NOT NULL REFERENCES shipment (id),
  order_id             UUID NOT NULL REFERENCES orders (id),
  number               TEXT NOT NULL,
  public_token         TEXT NOT NULL UNIQUE,
  type                 TEXT NOT NULL,
  status               TEXT NOT NULL,
  carrier              TEXT NOT NULL,
  description          TEXT,
  declaration          TEXT,
  value                NUMERIC(14, 2) NOT NULL,
  currency             TEXT NOT NULL,
  preferred_resolution TEXT,
  rejection_reason     TEXT,
  resolution           TEXT,
  refund_amount        NUMERIC(14, 2),
  auto_approved        BOOLEAN NOT NULL DEFAULT false,
  created_at           TIMESTAMPTZ NOT NULL,
  updated_at           TIMESTAMPTZ NOT NULL,
  UNIQUE (shop_id, number)
);
CREATE INDEX claim_shop_created_idx ON claim (shop_id, created_at DESC);
CREATE INDEX claim_shop_shipment_idx ON claim (shop_id, shipment_id);
-- One open claim per parcel and type, even when two forms are sent at once.
CREATE UNIQUE INDEX claim_open_per_type_idx ON claim (shipment_id, type) WHERE status IN ('FILED', 'APPROVED');

CREATE TABLE claim_item (
  shop_id  UUID NOT NULL REFERENCES shop (id),
  claim_id UUID NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  line_no  INT NOT NULL,
  sku      TEXT NOT NULL,
  name     TEXT NOT NULL,
  quantity INT NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (claim_id, line_no)
);

-- Evidence photos live in the database: one backup holds everything, and a claim pack
-- never points at a file that is gone.
CREATE TABLE claim_photo (
  shop_id      UUID NOT NULL REFERENCES shop (id),
  claim_id     UUID NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  position     INT NOT NULL,
  content_type TEXT NOT NULL,
  size         INT NOT NULL,
  bytes        BYTEA NOT NULL,
  PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_history (
  id       BIGSERIAL PRIMARY KEY,
  shop_id  UUID NOT NULL REFERENCES shop (id),
  claim_id UUID NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  at       TIMESTAMPTZ NOT NULL,
  status   TEXT NOT NULL,
  note     TEXT,
  actor    TEXT NOT NULL
);
CREATE INDEX claim_history_claim_idx ON claim_history (shop_id, claim_id, id);
