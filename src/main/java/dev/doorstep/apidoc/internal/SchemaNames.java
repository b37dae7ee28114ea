package dev.doorstep.apidoc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Readable, unique schema names. Modules name their JSON records alike
 * ({@code SettingsJson} in claims, delivery, feedback and inserts; {@code Page} in orders
 * and shipments), and swagger names a schema by the class's simple name, so one would
 * silently stand for all. springdoc therefore names schemas by their full class name
 * ({@code springdoc.use-fqn}), and this renames them afterwards: a record nested in a
 * controller by its own name, one nested in a type by both names
 * ({@code OrderResponsePage}); a name still shared gets its module in front
 * ({@code ClaimSettingsJson}).
 */
final class SchemaNames {

	private static final String REF = "#/components/schemas/";

	private static final String ROOT = "dev.doorstep.";

	private SchemaNames() {
	}

	static void shorten(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Map<String, String> names = shortNames(schemas.keySet());
		Map<String, Schema> renamed = new LinkedHashMap<>();
		schemas.forEach((name, schema) -> renamed.put(names.getOrDefault(name, name), schema));
		Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
		renamed.values().forEach(schema -> rewrite(schema, names, seen));
		if (openApi.getPaths() != null) {
			openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(parameter -> rewrite(parameter.getSchema(), names, seen));
				}
				if (operation.getRequestBody() != null) {
					rewrite(operation.getRequestBody().getContent(), names, seen);
				}
				if (operation.getResponses() != null) {
					operation.getResponses().values().forEach(response -> rewrite(response.getContent(), names, seen));
				}
			}));
		}
		openApi.getComponents().setSchemas(renamed);
	}

	/** Short name by full name, unique among {@code fullNames}. */
	static Map<String, String> shortNames(Collection<String> fullNames) {
		Map<String, String> names = new HashMap<>();
		Map<String, List<String>> byShort = new HashMap<>();
		for (String full : fullNames) {
			byShort.computeIfAbsent(local(full), key -> new ArrayList<>()).add(full);
		}
		byShort.forEach((local, fulls) -> {
			for (String full : fulls) {
				names.put(full, fulls.size() == 1 ? local : moduleName(full) + local);
			}
		});
		if (Set.copyOf(names.values()).size() != names.size()) {
			// Two classes of one module with the same name: keep the full names.
			fullNames.forEach(full -> names.put(full, full.replace('$', '.')));
		}
		return names;
	}

	/**
	 * The class's own name, nested ones joined
	 * ({@code dev.doorstep.order.web.OrderResponse.Page} → {@code OrderResponsePage}),
	 * leaving out an enclosing controller.
	 */
	private static String local(String fullName) {
		String[] segments = fullName.split("[.$]");
		StringBuilder name = new StringBuilder();
		boolean inClasses = false;
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			inClasses = inClasses || (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0)));
			boolean outerController = i < segments.length - 1 && segment.endsWith("Controller");
			if (inClasses && !outerController) {
				name.append(segment);
			}
		}
		return name.isEmpty() ? fullName : name.toString();
	}

	private static String moduleName(String fullName) {
		if (!fullName.startsWith(ROOT)) {
			return "";
		}
		String rest = fullName.substring(ROOT.length());
		String module = rest.substring(0, Math.max(0, rest.indexOf('.')));
		return module.isEmpty() ? "" : module.substring(0, 1).toUpperCase(Locale.ROOT) + module.substring(1);
	}

	private static void rewrite(Content content, Map<String, String> names, Map<Schema<?>, Boolean> seen) {
		if (content != null) {
			content.values().forEach(media -> rewrite(media.getSchema(), names, seen));
		}
	}

	@SuppressWarnings("rawtypes")
	private static void rewrite(Schema<?> schema, Map<String, String> names, Map<Schema<?>, Boolean> seen) {
		if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
			return;
		}
		String ref = schema.get$ref();
		if (ref != null && ref.startsWith(REF)) {
			String name = names.get(ref.substring(REF.length()));
			if (name != null) {
				schema.set$ref(REF + name);
			}
		}
		if (schema.getProperties() != null) {
			for (Schema property : schema.getProperties().values()) {
				rewrite(property, names, seen);
			}
		}
		rewrite(schema.getItems(), names, seen);
		rewrite(schema.getNot(), names, seen);
		if (schema.getAdditionalProperties() instanceof Schema<?> values) {
			rewrite(values, names, seen);
		}
		for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
				schema.getPrefixItems())) {
			if (group != null) {
				for (Schema member : group) {
					rewrite(member, names, seen);
				}
			}
		}
	}

}
