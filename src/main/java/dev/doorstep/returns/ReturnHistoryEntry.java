package dev.doorstep.returns;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in a return's history, with the shop's note or the reason, if any. */
public record ReturnHistoryEntry(Instant at, ReturnStatus status, @Nullable String note) {
}
