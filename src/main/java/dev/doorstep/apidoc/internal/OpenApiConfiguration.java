package dev.doorstep.apidoc.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.doorstep.shop.ShopId;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc cannot see in the controllers: the API key scheme, the problem
 * responses, one tag per module and a summary for every operation. springdoc builds the
 * document once, on the first request for it, and keeps it: it describes code, not data.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String SECURITY_SCHEME = "apiKey";

	static {
		// The shop comes from the API key (TenantArgumentResolvers), never from the
		// request.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(ShopId.class);
	}

	@Bean
	OpenAPI doorstepOpenApi() {
		Components components = new Components()
			.addSecuritySchemes(SECURITY_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.description("An API key of your shop (console → API keys), sent as "
						+ "'Authorization: Bearer <key>'. The key decides the shop: ids of other shops answer 404."));
		ProblemSchemas.register(components);
		return new OpenAPI()
			.info(new Info().title("Doorstep API")
				.version("v1")
				.description("The REST API of a Doorstep instance: orders, shipments, notifications, returns and "
						+ "more, for one shop per API key. Bodies are JSON; timestamps are ISO-8601 with offset; "
						+ "every error is an RFC 9457 problem (application/problem+json) whose errors array names "
						+ "each rejected field.")
				.license(new License().name("Apache License, Version 2.0")
					.url("https://www.apache.org/licenses/LICENSE-2.0")))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
	}

	/** Per operation: its module's tag and its problem responses. */
	@Bean
	GlobalOperationCustomizer doorstepOperations() {
		return (operation, handler) -> {
			operation.setTags(new ArrayList<>(List.of(ModuleTags.of(handler.getBeanType()).name())));
			ErrorResponses.document(operation, handler);
			return operation;
		};
	}

	/**
	 * On the whole document: unique readable schema names, hand-written summaries, files
	 * as files, and the tags listed in name order.
	 */
	@Bean
	GlobalOpenApiCustomizer doorstepDocument() {
		Summaries summaries = Summaries.load();
		return openApi -> {
			SchemaNames.shorten(openApi);
			Map<String, Tag> tags = new TreeMap<>();
			if (openApi.getPaths() != null) {
				openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
					String summary = summaries.of(method.name(), path);
					if (operation.getSummary() == null) {
						operation.setSummary(summary != null ? summary : humanized(operation));
					}
					if (operation.getResponses() != null) {
						operation.getResponses().forEach((status, response) -> {
							if (status.startsWith("2")) {
								BinaryResponses.fix(path, response);
							}
						});
					}
					if (operation.getTags() != null) {
						operation.getTags().forEach(name -> tags.computeIfAbsent(name, ModuleTags::describe));
					}
				}));
			}
			openApi.setTags(tags.values().stream().sorted(Comparator.comparing(Tag::getName)).toList());
		};
	}

	/**
	 * A stand-in until the summaries file has the operation: the handler's name,
	 * {@code rotateSecret} → "Rotate secret" (springdoc names a second {@code get} as
	 * {@code get_1}).
	 */
	private static String humanized(Operation operation) {
		String name = operation.getOperationId() == null ? "operation"
				: operation.getOperationId().replaceFirst("_\\d+$", "");
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
