-- Two new return messages (request received, request turned down): shops that already
-- have their default journeys get these two as well; new shops get all defaults at once.
INSERT INTO notification_journey (id, shop_id, trigger, name, enabled, steps, created_at, updated_at)
SELECT gen_random_uuid(), shops.shop_id, triggers.trigger, 'default', TRUE,
       '[{"type":"send","channel":"EMAIL","fallback":null,"experiment":null}]'::jsonb, now(), now()
FROM (SELECT DISTINCT shop_id FROM notification_journey WHERE name = 'default') shops
CROSS JOIN (VALUES ('RETURN_REQUESTED'), ('RETURN_REJECTED')) AS triggers (trigger)
ON CONFLICT (shop_id, trigger, name) DO NOTHING;
