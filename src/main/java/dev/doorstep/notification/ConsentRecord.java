package dev.doorstep.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the consent ledger: who agreed to (or withdrew from) what, when and how.
 *
 * @param source where it happened: {@code tracking-page}, {@code sms-keyword},
 * {@code unsubscribe-link}, {@code api}, ...
 * @param proof what shows it: an order number, a confirmation code, a message id
 */
public record ConsentRecord(String contact, Channel channel, Topic topic, boolean granted, String source,
		@Nullable String proof, Instant at) {
}
