-- Delivery protection bought at checkout, as the shop reports it; claims in a shop's
-- PROTECTION mode are open only for such orders. Existing orders have none.
ALTER TABLE orders ADD COLUMN protection BOOLEAN NOT NULL DEFAULT false;
