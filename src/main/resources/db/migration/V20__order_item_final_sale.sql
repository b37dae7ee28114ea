-- Final-sale lines (clearance) are taken back only when damaged or wrong (returns policy).
ALTER TABLE order_item ADD COLUMN final_sale BOOLEAN NOT NULL DEFAULT FALSE;
