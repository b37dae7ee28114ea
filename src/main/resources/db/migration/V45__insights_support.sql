-- Support deflection (docs/guides/insights.md): written only by the insights listener of
-- the support module's QuestionAnswered and HandedOver events. One row per conversation
-- and one per confirmed hand-over, keyed by the event's id, so a repeated event changes
-- nothing; the two tables do not refer to each other, so their events may come in any
-- order.
CREATE TABLE insights_support_answer (
  shop_id          UUID NOT NULL,
  conversation_id  UUID NOT NULL,
  intent           TEXT NOT NULL,
  channel          TEXT NOT NULL,
  handed_over      BOOLEAN NOT NULL,
  answered_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, conversation_id)
);
CREATE INDEX insights_support_answer_at ON insights_support_answer (shop_id, answered_at);

CREATE TABLE insights_support_handover (
  shop_id         UUID NOT NULL,
  handover_id     UUID NOT NULL,
  intent          TEXT NOT NULL,
  channel         TEXT NOT NULL,
  handed_over_at  TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (shop_id, handover_id)
);
CREATE INDEX insights_support_handover_at ON insights_support_handover (shop_id, handed_over_at);
