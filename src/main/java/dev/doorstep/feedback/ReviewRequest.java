package dev.doorstep.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * The one review request of an order.
 *
 * @param token the random key of the review page ({@code /f/{token}}), 192 bits
 * @param reason why it was suppressed or cancelled, or what the notification module said
 * when it was sent
 * @param deliveredOn the day the order's last parcel was delivered, in the shop's time
 * zone
 * @param delayDays the longest delay among the order items' categories
 * @param delaySource the category rule that gave {@code delayDays} ("default" when none
 * matched)
 * @param dueAt when it is sent: {@code deliveredOn + delayDays} at 10:00 in the shop's
 * time zone
 * @param decidedAt when it was sent, suppressed or cancelled
 */
public record ReviewRequest(UUID id, ShopId shopId, OrderId orderId, String token, ReviewRequestStatus status,
		@Nullable String reason, LocalDate deliveredOn, int delayDays, String delaySource, Instant dueAt,
		@Nullable Instant decidedAt, Instant createdAt) {
}
