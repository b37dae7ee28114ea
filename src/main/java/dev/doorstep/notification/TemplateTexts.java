package dev.doorstep.notification;

/**
 * The wording of one trigger in one language: the email's subject, headline and body, and
 * the short text of SMS, WhatsApp, push and Messenger. Each is a Mustache template over
 * the message's variables ({@code {{order.number}}}, {@code {{shop.name}}},
 * {@code {{parcel.trackingUrl}}}, ...).
 */
public record TemplateTexts(String subject, String headline, String body, String shortText) {
}
