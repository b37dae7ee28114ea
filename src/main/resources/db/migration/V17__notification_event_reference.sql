-- Events from outside (returns, refunds, reviews, claims, predicted delays) carry the
-- merchant's reference (an RMA number, a claim id) and the facts their message shows (label
-- link, refund amount, claim status). The reference is also part of dedup_key, appended only
-- when there is one, so keys of messages without a reference stay as they were.
ALTER TABLE notification_message ADD COLUMN event_reference TEXT;
ALTER TABLE notification_message ADD COLUMN event_facts JSONB;
CREATE INDEX notification_message_reference_idx ON notification_message (shop_id, order_id, trigger, event_reference)
  WHERE event_reference IS NOT NULL;
