-- Orders loaded from the shop's history (`doorstep.jar import`): stored without announcing them,
-- so no journey, webhook or insert acts on a past order.
ALTER TABLE orders ADD COLUMN imported BOOLEAN NOT NULL DEFAULT false;
