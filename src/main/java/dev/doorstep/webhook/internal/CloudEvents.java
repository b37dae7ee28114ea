package dev.doorstep.webhook.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.webhook.OutboundEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event as a CloudEvents 1.0 structured-mode JSON document, the body of every delivery
 * (see docs/events.md).
 */
public final class CloudEvents {

	static final String CONTENT_TYPE = "application/cloudevents+json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CloudEvents() {
	}

	public static String body(OutboundEvent event) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("specversion", "1.0");
		body.put("id", event.id().toString());
		body.put("source", "/shops/" + event.shop());
		body.put("type", event.type());
		body.put("subject", event.subject());
		body.put("time", event.time().toString());
		body.put("datacontenttype", "application/json");
		body.put("data", event.data());
		return JSON.writeValueAsString(body);
	}

}
