-- Optional outer dimensions and weight of a product (one unit, as it goes into a box):
-- right-size packaging packs with them; products without them cannot be packed.
ALTER TABLE product
  ADD COLUMN length_mm INTEGER CHECK (length_mm > 0),
  ADD COLUMN width_mm  INTEGER CHECK (width_mm > 0),
  ADD COLUMN height_mm INTEGER CHECK (height_mm > 0),
  ADD COLUMN weight_g  INTEGER CHECK (weight_g > 0);
