-- The shop's product catalogue (recommendation module): cross-sell reads it, returns
-- finds exchange variants in it. Variants of one product share variant_of.
CREATE TABLE product (
  shop_id     UUID NOT NULL REFERENCES shop (id),
  sku         TEXT NOT NULL,
  name        TEXT NOT NULL,
  category    TEXT,
  price       NUMERIC(12, 2) NOT NULL,
  currency    CHAR(3) NOT NULL,
  image_url   TEXT,
  product_url TEXT,
  available   BOOLEAN NOT NULL,
  variant_of  TEXT,
  variant     TEXT,
  updated_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, sku)
);

CREATE INDEX product_group ON product (shop_id, (COALESCE(variant_of, sku)));
