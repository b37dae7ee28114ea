-- Return parcels (shopper → shop) are tracked through the same pipeline as parcels to the
-- shopper, but are not the order's parcels: no shopper journeys, no delivery promise.
ALTER TABLE shipment ADD COLUMN return_parcel BOOLEAN NOT NULL DEFAULT FALSE;

-- One return per return parcel; the unique constraint's index replaces the plain one.
DROP INDEX return_request_shipment;
ALTER TABLE return_request ADD CONSTRAINT return_request_one_per_parcel UNIQUE (shop_id, shipment_id);
