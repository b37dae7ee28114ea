/**
 * SMS over Twilio's Messages API ({@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json}, Basic auth with account SID and auth
 * token), its status callbacks and inbound STOP / START / HELP, both verified by
 * {@code X-Twilio-Signature}. Documentation used:
 * <a href="https://www.twilio.com/docs/messaging/api/message-resource">Message
 * resource</a>,
 * <a href="https://www.twilio.com/docs/usage/webhooks/webhooks-security">Secure
 * webhooks</a>, <a href="https://www.twilio.com/docs/api/errors">error codes</a>.
 */
@NullMarked
package dev.doorstep.notification.channel.twilio;

import org.jspecify.annotations.NullMarked;
