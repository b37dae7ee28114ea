/**
 * WhatsApp template messages over Meta's Cloud API ({@code POST
 * /{phone-number-id}/messages}, Bearer token) and its status webhooks
 * ({@code X-Hub-Signature-256}, verification handshake) at
 * {@code /hooks/notify/whatsapp}. Documentation used: <a href=
 * "https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates">Send
 * message templates</a>, <a href=
 * "https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components">Webhooks
 * components</a>, <a href=
 * "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes">Error
 * codes</a>.
 */
@NullMarked
package dev.doorstep.notification.channel.whatsapp;

import org.jspecify.annotations.NullMarked;
