package dev.doorstep.support.handover;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the support hand-over ({@code doorstep.support.handover.*}); kept apart
 * from {@code doorstep.support.*} so the hand-over can be configured (and tested) without
 * touching the assistant's settings.
 *
 * @param from the sender of hand-over emails to the shop's support; default
 * {@code support-handover@doorstep.local}
 * @param zendeskUrl Zendesk's API root, {@code {account}} replaced by the shop's
 * subdomain; default {@code https://{account}.zendesk.com}
 * @param freshdeskUrl Freshdesk's API root, {@code {account}} replaced by the shop's
 * domain; default {@code https://{account}.freshdesk.com}
 * @param allowHttp allow plain HTTP and local addresses for the helpdesk URLs (tests
 * against a local stub only); default false
 * @param timeout connect and read timeout of helpdesk calls; default 10 seconds
 */
@ConfigurationProperties("doorstep.support.handover")
public record HandoverProperties(@DefaultValue("support-handover@doorstep.local") String from,
		@DefaultValue("https://{account}.zendesk.com") String zendeskUrl,
		@DefaultValue("https://{account}.freshdesk.com") String freshdeskUrl, @DefaultValue("false") boolean allowHttp,
		@DefaultValue("10s") Duration timeout) {
}
