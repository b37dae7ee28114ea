/**
 * Royal Mail through the Royal Mail Tracking API v2
 * (<a href= "https://developer.royalmail.net/api/tracking">developer.royalmail.net</a>,
 * "Royal Mail Tracking V2 REST API"): {@code GET /mailpieces/v2/{mailPieceId}/events}
 * with the {@code X-IBM-Client-Id}, {@code X-IBM-Client-Secret} and
 * {@code X-Accept-RMG-Terms: yes} headers, answering
 * {@code {"mailPieces":{"summary","signature","estimatedDelivery", "events":[...]}}}
 * (newest first) or
 * {@code {"httpCode","httpMessage","moreInformation","errors":[{"errorCode",...}]}}. The
 * event codes are Royal Mail's tracking event code list (category, name, status category)
 * as published to Tracking API customers.
 */
@NullMarked
package dev.doorstep.shipment.carrier.royalmail;

import org.jspecify.annotations.NullMarked;
