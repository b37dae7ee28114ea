CREATE TABLE orders (
  id                  UUID PRIMARY KEY,
  shop_id             UUID NOT NULL REFERENCES shop (id),
  external_id         TEXT NOT NULL,
  order_number        TEXT NOT NULL,
  placed_at           TIMESTAMPTZ NOT NULL,
  currency            TEXT NOT NULL,
  locale              TEXT,
  customer_email      TEXT,
  customer_phone      TEXT,
  customer_first_name TEXT,
  customer_last_name  TEXT,
  ship_line1          TEXT,
  ship_line2          TEXT,
  ship_postcode       TEXT,
  ship_city           TEXT,
  ship_country        TEXT,
  total               NUMERIC(14, 2) NOT NULL,
  status              TEXT NOT NULL,
  created_at          TIMESTAMPTZ NOT NULL,
  updated_at          TIMESTAMPTZ NOT NULL,
  UNIQUE (shop_id, external_id)
);
CREATE INDEX orders_shop_number_idx ON orders (shop_id, lower(order_number));
CREATE INDEX orders_shop_placed_idx ON orders (shop_id, placed_at DESC);
CREATE INDEX orders_shop_status_idx ON orders (shop_id, status);

CREATE TABLE order_item (
  shop_id     UUID NOT NULL REFERENCES shop (id),
  order_id    UUID NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  line_no     INT NOT NULL,
  sku         TEXT NOT NULL,
  name        TEXT NOT NULL,
  category    TEXT,
  variant     TEXT,
  quantity    INT NOT NULL CHECK (quantity > 0),
  unit_price  NUMERIC(14, 2) NOT NULL,
  image_url   TEXT,
  product_url TEXT,
  PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_item_shop_idx ON order_item (shop_id);
