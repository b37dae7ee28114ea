-- Where a parcel waits for the shopper and until when (AVAILABLE_FOR_PICKUP). One point per
-- shipment: the newest by carrier event time wins (pickup_as_of), so news that arrives out
-- of order ends where an in-order replay would. Kept after pickup; pages show it only while
-- the parcel is available for pickup.
ALTER TABLE shipment
  ADD COLUMN pickup_name TEXT,
  ADD COLUMN pickup_street TEXT,
  ADD COLUMN pickup_postcode TEXT,
  ADD COLUMN pickup_city TEXT,
  ADD COLUMN pickup_country TEXT,
  ADD COLUMN pickup_type TEXT CHECK (pickup_type IN ('LOCKER', 'PARCEL_SHOP', 'POST_OFFICE', 'CARRIER_DEPOT')),
  ADD COLUMN pickup_opening_hours TEXT,
  ADD COLUMN pickup_deadline DATE,
  ADD COLUMN pickup_deadline_estimated BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN pickup_as_of TIMESTAMPTZ;
