-- Inbound SMS and WhatsApp messages (STOP, HELP) name only the phone number: find the shops
-- that messaged it without scanning every shop's messages.
CREATE INDEX notification_message_phone_idx ON notification_message (recipient, sent_at)
  WHERE channel IN ('SMS', 'WHATSAPP');
