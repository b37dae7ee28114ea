-- When the parcel was last reported as stalled (no carrier news for a while); a new event
-- after it makes the parcel eligible again.
ALTER TABLE shipment ADD COLUMN stalled_at TIMESTAMPTZ;
CREATE INDEX shipment_open_news_idx ON shipment (COALESCE(last_event_at, created_at))
  WHERE status NOT IN ('DELIVERED', 'EXPIRED');
