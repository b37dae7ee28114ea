-- Per shop: whether marketing (review requests) needs an opt-in, and whether emails carry an
-- open pixel and tracked links. Absent row = the instance defaults.
CREATE TABLE notification_settings (
  shop_id                 UUID        PRIMARY KEY REFERENCES shop (id),
  marketing_needs_consent BOOLEAN     NOT NULL,
  track_opens             BOOLEAN     NOT NULL,
  track_clicks            BOOLEAN     NOT NULL,
  updated_at              TIMESTAMPTZ NOT NULL
);

-- The experiment arm a message belongs to (a variant name, or 'holdout' for no message).
ALTER TABLE notification_message ADD COLUMN variant TEXT;
CREATE INDEX notification_message_variant_idx ON notification_message (shop_id, journey_id, variant)
  WHERE variant IS NOT NULL;
