/**
 * 17TRACK tracking API webhooks (v2.2 and v2.4 payloads): {@code POST
 * /hooks/carriers/17track/{shopSlug}} with header {@code sign} = hex(SHA-256(raw body +
 * "/" + security key)).
 * <p>
 * Documentation used:
 * <a href= "https://api.17track.net/en/doc?version=v2.2&amp;anchor=notify-v2-2">17TRACK
 * API v2.2 notifications</a> (events {@code TRACKING_UPDATED} and
 * {@code TRACKING_STOPPED}, {@code track_info} shape),
 * <a href= "https://api.17track.net/en/doc?version=v2.4">v2.4</a>, the status and
 * sub-status list of the same documentation, and the carrier list
 * (https://res.17track.net/asset/carrier/info/apicarrier.all.json).
 */
@NullMarked
package dev.doorstep.shipment.push.seventeentrack;

import org.jspecify.annotations.NullMarked;
