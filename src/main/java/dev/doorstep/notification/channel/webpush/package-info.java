/**
 * Web Push (RFC 8030) to the browsers of shoppers who subscribed on the tracking page:
 * payloads encrypted per RFC 8291 ({@code aes128gcm}, RFC 8188) and signed with VAPID
 * (RFC 8292), JDK crypto only.
 */
@NullMarked
package dev.doorstep.notification.channel.webpush;

import org.jspecify.annotations.NullMarked;
