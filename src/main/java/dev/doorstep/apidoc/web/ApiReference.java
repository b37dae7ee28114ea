package dev.doorstep.apidoc.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document as the reference page shows it: operations grouped by tag in the
 * document's order, each with its parameters, body and responses, and the schemas they
 * name. Built from the served JSON itself, so the page cannot drift from the document.
 */
record ApiReference(String title, String version, String description, List<String> servers, List<Section> sections,
		List<SchemaView> schemas) {

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	/** One tag: its operations in path order. */
	record Section(String name, String description, String anchor, List<OperationView> operations) {
	}

	record OperationView(String method, String path, String summary, String description, String anchor,
			List<ParameterView> parameters, @Nullable Body requestBody, List<ResponseView> responses) {
	}

	record ParameterView(String name, String in, boolean required, Type type, String description) {
	}

	record Body(String mediaType, boolean required, Type type) {
	}

	record ResponseView(String status, String description, List<Body> bodies) {

		public boolean error() {
			return this.status.startsWith("4") || this.status.startsWith("5");
		}

	}

	record SchemaView(String name, String anchor, String description, Type type, List<PropertyView> properties) {
	}

	record PropertyView(String name, boolean required, Type type, String description) {
	}

	/** A type as text, linked to its schema when it names one. */
	record Type(String label, @Nullable String schemaAnchor) {
	}

	static ApiReference of(JsonNode document) {
		JsonNode info = document.path("info");
		List<String> servers = new ArrayList<>();
		document.path("servers").forEach(server -> servers.add(server.path("url").asString()));
		Map<String, Section> sections = new LinkedHashMap<>();
		document.path("tags")
			.forEach(tag -> sections.put(tag.path("name").asString(),
					new Section(tag.path("name").asString(), tag.path("description").asString(""),
							"tag-" + slug(tag.path("name").asString()), new ArrayList<>())));
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (String method : METHODS) {
				JsonNode operation = path.getValue().path(method);
				if (operation.isMissingNode()) {
					continue;
				}
				String tag = operation.path("tags").path(0).asString("Other");
				sections.computeIfAbsent(tag, name -> new Section(name, "", "tag-" + slug(name), new ArrayList<>()))
					.operations()
					.add(operation(document, method, path.getKey(), operation));
			}
		}
		List<SchemaView> schemas = new ArrayList<>();
		for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
			schemas.add(schema(schema.getKey(), schema.getValue()));
		}
		return new ApiReference(info.path("title").asString(), info.path("version").asString(),
				info.path("description").asString(""), servers,
				sections.values().stream().filter(section -> !section.operations().isEmpty()).toList(), schemas);
	}

	public int operationCount() {
		return this.sections.stream().mapToInt(section -> section.operations().size()).sum();
	}

	private static OperationView operation(JsonNode document, String method, String path, JsonNode operation) {
		List<ParameterView> parameters = new ArrayList<>();
		operation.path("parameters")
			.forEach(parameter -> parameters.add(new ParameterView(parameter.path("name").asString(),
					parameter.path("in").asString(), parameter.path("required").asBoolean(false),
					type(parameter.path("schema")), parameter.path("description").asString(""))));
		Body requestBody = null;
		JsonNode body = operation.path("requestBody");
		if (!body.isMissingNode()) {
			List<Body> bodies = bodies(body, body.path("required").asBoolean(false));
			requestBody = bodies.isEmpty() ? null : bodies.getFirst();
		}
		List<ResponseView> responses = new ArrayList<>();
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			JsonNode resolved = resolve(document, response.getValue());
			responses.add(new ResponseView(response.getKey(), resolved.path("description").asString(""),
					bodies(resolved, false)));
		}
		return new OperationView(method.toUpperCase(java.util.Locale.ROOT), path,
				operation.path("summary").asString(""), operation.path("description").asString(""),
				"op-" + method + "-" + slug(path), parameters, requestBody, responses);
	}

	private static List<Body> bodies(JsonNode holder, boolean required) {
		List<Body> bodies = new ArrayList<>();
		for (Map.Entry<String, JsonNode> media : holder.path("content").properties()) {
			bodies.add(new Body(media.getKey(), required, type(media.getValue().path("schema"))));
		}
		return bodies;
	}

	/**
	 * A reusable response ({@code #/components/responses/Problem404}) as the response
	 * itself.
	 */
	private static JsonNode resolve(JsonNode document, JsonNode node) {
		String ref = node.path("$ref").asString("");
		if (ref.startsWith("#/")) {
			return document.at(ref.substring(1));
		}
		return node;
	}

	private static SchemaView schema(String name, JsonNode schema) {
		List<PropertyView> properties = new ArrayList<>();
		List<String> required = new ArrayList<>();
		schema.path("required").forEach(field -> required.add(field.asString()));
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			properties.add(new PropertyView(property.getKey(), required.contains(property.getKey()),
					type(property.getValue()), property.getValue().path("description").asString("")));
		}
		return new SchemaView(name, "schema-" + slug(name), schema.path("description").asString(""), type(schema),
				properties);
	}

	static Type type(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (!ref.isEmpty()) {
			String name = ref.substring(ref.lastIndexOf('/') + 1);
			return new Type(name, "schema-" + slug(name));
		}
		for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
			if (schema.has(combinator)) {
				List<String> labels = new ArrayList<>();
				schema.path(combinator).forEach(option -> labels.add(type(option).label()));
				return new Type(("allOf".equals(combinator) ? "all of " : "one of ") + String.join(", ", labels), null);
			}
		}
		List<String> types = new ArrayList<>();
		JsonNode declared = schema.path("type");
		if (declared.isArray()) {
			declared.forEach(type -> types.add(type.asString()));
		}
		else if (!declared.isMissingNode()) {
			types.add(declared.asString());
		}
		boolean nullable = types.remove("null");
		String base = types.isEmpty() ? "any" : String.join(" or ", types);
		Type type;
		if ("array".equals(base)) {
			Type items = type(schema.path("items"));
			type = new Type("array of " + items.label(), items.schemaAnchor());
		}
		else if ("object".equals(base) && schema.has("additionalProperties")
				&& schema.path("additionalProperties").isObject()) {
			Type values = type(schema.path("additionalProperties"));
			type = new Type("map of " + values.label(), values.schemaAnchor());
		}
		else {
			StringBuilder label = new StringBuilder(base);
			if (schema.has("format")) {
				label.append(" (").append(schema.path("format").asString()).append(')');
			}
			if (schema.has("enum")) {
				List<String> values = new ArrayList<>();
				schema.path("enum").forEach(value -> values.add(value.asString()));
				label.append(": ").append(String.join(" | ", values));
			}
			type = new Type(label.toString(), null);
		}
		return nullable ? new Type(type.label() + ", nullable", type.schemaAnchor()) : type;
	}

	private static String slug(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
