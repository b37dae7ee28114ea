-- The email's headline (the large line above the text) is the shop's to word too. Rows saved
-- before keep the bundled headline (NULL).
ALTER TABLE notification_template ADD COLUMN headline TEXT;
