/**
 * EasyPost tracker webhooks: {@code POST /hooks/carriers/easypost/{shopSlug}} receiving
 * {@code Event} objects whose {@code result} is a {@code Tracker}.
 * <p>
 * Documentation used: <a href="https://docs.easypost.com/docs/webhooks">Webhook</a> and
 * <a href="https://docs.easypost.com/guides/webhooks-guide">Webhooks Guide</a> (HMAC via
 * {@code X-Hmac-Signature}, event {@code id} for deduplication), <a href=
 * "https://support.easypost.com/hc/en-us/articles/39826034964237-Webhook-HMAC-Validation">Webhook
 * HMAC Validation</a> ({@code x-timestamp}, {@code x-path}, {@code x-hmac-signature-v2}),
 * <a href="https://docs.easypost.com/docs/trackers">Trackers</a> (statuses and
 * {@code status_detail} values) and the official client libraries'
 * {@code validate_webhook} (NFKD-normalized secret, {@code hmac-sha256-hex=} prefix).
 */
@NullMarked
package dev.doorstep.shipment.push.easypost;

import org.jspecify.annotations.NullMarked;
