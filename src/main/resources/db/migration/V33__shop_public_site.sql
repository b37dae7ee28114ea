-- A shop's public side: the base URL of every link Doorstep puts in its messages, labels,
-- cards and fragments (its own domain, e.g. https://track.shop.example, or none for the
-- global base URL), and the website origins allowed to embed its widgets (CORS).
-- public_host is the base URL's host (lower case, with a non-default port), so a request
-- arriving on that domain is served as this shop's; one domain belongs to one shop.
CREATE TABLE shop_public_site (
  shop_id          UUID PRIMARY KEY REFERENCES shop (id),
  public_base_url  TEXT,
  public_host      TEXT,
  allowed_origins  TEXT[] NOT NULL DEFAULT '{}',
  updated_at       TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX shop_public_site_host ON shop_public_site (public_host);
CREATE INDEX shop_public_site_origins ON shop_public_site USING GIN (allowed_origins);
