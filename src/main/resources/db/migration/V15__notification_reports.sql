-- Reports about a sent message that arrive as mail (bounces, complaints) and may be read more
-- than once (a mailbox flag that did not stick, two instances reading at the same time): the
-- first reading of a report applies it, later ones find its key here and change nothing.
CREATE TABLE notification_report (
  shop_id    UUID        NOT NULL REFERENCES shop (id),
  message_id UUID        NOT NULL REFERENCES notification_message (id) ON DELETE CASCADE,
  report_key TEXT        NOT NULL,  -- the report's own Message-ID, else a hash of its content
  at         TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, message_id, report_key)
);
