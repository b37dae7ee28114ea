-- Parcels the built-in simulated carrier drives: where each one stands in its scenario.
CREATE TABLE demo_parcel (
  shop_id      UUID        NOT NULL,
  shipment_id  UUID        NOT NULL,
  scenario     TEXT        NOT NULL,
  customs      BOOLEAN     NOT NULL,
  step         INT         NOT NULL,
  next_step_at TIMESTAMPTZ,            -- NULL once the scenario has ended
  created_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, shipment_id)
);
CREATE INDEX demo_parcel_due_idx ON demo_parcel (next_step_at) WHERE next_step_at IS NOT NULL;
