-- A shop's own wording for one trigger in one language; without a row the bundled texts
-- (messages/notification*.properties) are used. Texts are Mustache, rendered escaped.
CREATE TABLE notification_template (
  shop_id    UUID        NOT NULL REFERENCES shop (id),
  trigger    TEXT        NOT NULL,
  locale     TEXT        NOT NULL,  -- language code: en, de, fr, ...
  subject    TEXT        NOT NULL,
  body       TEXT        NOT NULL,
  short_text TEXT        NOT NULL,  -- SMS, WhatsApp, push and Messenger
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, trigger, locale)
);
