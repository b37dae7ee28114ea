-- Events from outside (returns, refunds, reviews, claims, predicted delays) carry the
-- merchant's reference (an RMA number, a claim id) and the facts their message shows (label
-- link, refund amount, claim status). The reference is also part of dedup_key, appended only
-- when there is one, so keys of messages without a reference stay as they were.
ALTER TABLE notification_message ADD COLUMN event_reference TEXT;
ALTER TABLE notification_message ADD COLUMN event_facts JSONB;
CREATE INDEX notification_message_reference_idx ON notification_message (shop_id, order_id, trigger, event_reference)
  WHERE event_reference IS NOT NULL;

-- Review requests are now fired by whoever knows the right moment (the merchant's review
-- tool over POST /api/v1/notifications/events, later the feedback module), so the default
-- journey sends at once instead of waiting 14 more days. Only journeys still exactly as the
-- default set made them change; the switch (off by default) stays as the shop set it.
UPDATE notification_journey
SET steps = jsonb_build_array(steps -> 1)
WHERE trigger = 'REVIEW_REQUEST' AND name = 'default'
  AND steps = '[{"type":"delay","duration":"PT336H"},{"type":"send","channel":"EMAIL","fallback":null,"experiment":null}]'::jsonb;
