CREATE TABLE shop (
  id                UUID PRIMARY KEY,
  slug              TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL,
  logo_url          TEXT,
  primary_color     TEXT NOT NULL DEFAULT '#1f3a5f',
  accent_color      TEXT NOT NULL DEFAULT '#e4572e',
  default_locale    TEXT NOT NULL DEFAULT 'en',
  supported_locales TEXT[] NOT NULL DEFAULT ARRAY['en','de'],
  time_zone         TEXT NOT NULL DEFAULT 'Europe/Berlin',
  support_email     TEXT,
  support_phone     TEXT,
  support_hours     TEXT,
  website_url       TEXT,
  created_at        TIMESTAMPTZ NOT NULL,
  updated_at        TIMESTAMPTZ NOT NULL
);

-- Keys are shown once; only a SHA-256 of the secret is kept. A key has 256 random bits, so a
-- fast hash is enough (password hashing would only slow every API call).
CREATE TABLE api_key (
  id           UUID PRIMARY KEY,
  shop_id      UUID NOT NULL REFERENCES shop (id),
  name         TEXT NOT NULL,
  prefix       TEXT NOT NULL,
  secret_hash  TEXT NOT NULL UNIQUE,
  created_at   TIMESTAMPTZ NOT NULL,
  last_used_at TIMESTAMPTZ,
  revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_key_shop_idx ON api_key (shop_id);

CREATE TABLE console_user (
  id            UUID PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE shop_member (
  shop_id    UUID NOT NULL REFERENCES shop (id),
  user_id    UUID NOT NULL REFERENCES console_user (id),
  role       TEXT NOT NULL CHECK (role IN ('OWNER', 'AGENT')),
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, user_id)
);
CREATE INDEX shop_member_user_idx ON shop_member (user_id);
