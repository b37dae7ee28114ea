-- Each shop's box catalogue (packaging module): inner dimensions, load limit, cost. One
-- box is the standard box, the one the shop would use without a recommendation.
CREATE TABLE packaging_box (
  shop_id         UUID NOT NULL REFERENCES shop (id),
  id              TEXT NOT NULL,
  name            TEXT NOT NULL,
  inner_length_mm INTEGER NOT NULL CHECK (inner_length_mm > 0),
  inner_width_mm  INTEGER NOT NULL CHECK (inner_width_mm > 0),
  inner_height_mm INTEGER NOT NULL CHECK (inner_height_mm > 0),
  max_weight_g    INTEGER NOT NULL CHECK (max_weight_g > 0),
  cost            NUMERIC(10, 2) NOT NULL CHECK (cost >= 0),
  currency        CHAR(3) NOT NULL,
  standard        BOOLEAN NOT NULL,
  position        INTEGER NOT NULL,
  PRIMARY KEY (shop_id, id)
);

CREATE UNIQUE INDEX packaging_box_one_standard ON packaging_box (shop_id) WHERE standard;
