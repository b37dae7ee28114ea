-- Parcels loaded from the shop's history (`doorstep.jar import`): never polled, never flagged as
-- stalled or expired, so they cause no shopper message or webhook.
ALTER TABLE shipment ADD COLUMN imported BOOLEAN NOT NULL DEFAULT false;
