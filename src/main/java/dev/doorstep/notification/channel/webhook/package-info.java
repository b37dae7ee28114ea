/**
 * Signed HTTP POSTs of notifications to the merchant's own endpoint (their CRM or ESP),
 * one URL and secret per shop.
 */
@NullMarked
package dev.doorstep.notification.channel.webhook;

import org.jspecify.annotations.NullMarked;
