-- A random public token per order: the thank-you page fragment (/embed/thank-you/{token}) is
-- asked for right after checkout, before the order has a parcel and so a tracking token.
ALTER TABLE orders ADD COLUMN public_token TEXT;
UPDATE orders SET public_token = replace(gen_random_uuid()::text, '-', '');
ALTER TABLE orders ALTER COLUMN public_token SET NOT NULL;
ALTER TABLE orders ALTER COLUMN public_token SET DEFAULT replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX orders_public_token ON orders (public_token);
