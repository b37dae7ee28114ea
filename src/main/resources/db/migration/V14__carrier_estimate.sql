-- The carrier's own delivery estimate per leg, as last reported; a change is news for the
-- shopper (DELIVERY_WINDOW_CHANGED).
ALTER TABLE tracking_leg ADD COLUMN carrier_estimate TIMESTAMPTZ;
