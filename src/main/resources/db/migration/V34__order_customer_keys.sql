-- How an embedded widget finds "my orders" for a shop's logged-in customer: by the shop's
-- own customer id (customer_ref, optional on the order API) or by the SHA-256 (hex) of the
-- normalized email, so the widget's signed token names the customer without carrying an
-- address.
ALTER TABLE orders ADD COLUMN customer_ref TEXT;
ALTER TABLE orders ADD COLUMN customer_email_key TEXT;
UPDATE orders SET customer_email_key = encode(sha256(convert_to(customer_email, 'UTF8')), 'hex')
  WHERE customer_email IS NOT NULL;
CREATE INDEX orders_shop_customer_ref_idx ON orders (shop_id, customer_ref, placed_at DESC)
  WHERE customer_ref IS NOT NULL;
CREATE INDEX orders_shop_email_key_idx ON orders (shop_id, customer_email_key, placed_at DESC)
  WHERE customer_email_key IS NOT NULL;
