package dev.doorstep.notification;

import java.time.Instant;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;

/**
 * A provider's receipt (delivered, bounced, complained, failed) or an engagement Doorstep
 * saw itself (opened, clicked) was recorded for a sent message. Published for every
 * receipt applied, also one that did not move the message on (an "opened" after
 * "clicked"), so consumers count what happened rather than where the message ended up;
 * the same receipt may come twice.
 *
 * @param status what the receipt says: {@code DELIVERED}, {@code OPENED},
 * {@code CLICKED}, {@code BOUNCED}, {@code COMPLAINED} or {@code FAILED}
 * @param at when Doorstep recorded it
 */
public record MessageReceiptRecorded(UUID messageId, ShopId shopId, OrderId orderId, Trigger trigger, Channel channel,
		MessageStatus status, Instant at) {
}
