package dev.doorstep.apidoc.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaNamesTests {

	@Test
	void shortensToTheClassNameAndPrefixesTheModuleOnlyWhereNamesClash() {
		Map<String, String> names = SchemaNames
			.shortNames(List.of("dev.doorstep.claim.web.ClaimApiController.SettingsJson",
					"dev.doorstep.delivery.web.DeliveryPromiseController.SettingsJson",
					"dev.doorstep.order.web.OrderRequest", "dev.doorstep.order.web.OrderResponse.Page",
					"dev.doorstep.shipment.web.ShipmentResponse.Page", "dev.doorstep.returns.ReturnPolicy", "Problem"));
		assertThat(names).containsEntry("dev.doorstep.claim.web.ClaimApiController.SettingsJson", "ClaimSettingsJson")
			.containsEntry("dev.doorstep.delivery.web.DeliveryPromiseController.SettingsJson", "DeliverySettingsJson")
			.containsEntry("dev.doorstep.order.web.OrderRequest", "OrderRequest")
			.containsEntry("dev.doorstep.order.web.OrderResponse.Page", "OrderResponsePage")
			.containsEntry("dev.doorstep.shipment.web.ShipmentResponse.Page", "ShipmentResponsePage")
			.containsEntry("dev.doorstep.returns.ReturnPolicy", "ReturnPolicy")
			.containsEntry("Problem", "Problem");
	}

	@Test
	void keepsFullNamesWhenOneModuleHasTwoClassesOfOneName() {
		Map<String, String> names = SchemaNames
			.shortNames(List.of("dev.doorstep.claim.web.Settings", "dev.doorstep.claim.Settings", "dev.doorstep.x.Y"));
		assertThat(names.values()).doesNotHaveDuplicates();
		assertThat(names).containsEntry("dev.doorstep.claim.web.Settings", "dev.doorstep.claim.web.Settings");
	}

	@Test
	void rewritesEveryReferenceToARenamedSchema() {
		String full = "dev.doorstep.order.web.OrderRequest";
		String item = "dev.doorstep.order.web.OrderRequest.Item";
		OpenAPI openApi = new OpenAPI().components(new Components()
			.addSchemas(full,
					new JsonSchema().addProperty("items",
							new JsonSchema().items(new JsonSchema().$ref("#/components/schemas/" + item))))
			.addSchemas(item, new JsonSchema()));
		openApi.paths(new Paths().addPathItem("/api/v1/orders",
				new PathItem().post(new Operation()
					.requestBody(new RequestBody().content(new Content().addMediaType("application/json",
							new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + full))))))));
		SchemaNames.shorten(openApi);
		assertThat(openApi.getComponents().getSchemas()).containsOnlyKeys("OrderRequest", "OrderRequestItem");
		assertThat(openApi.getPaths()
			.get("/api/v1/orders")
			.getPost()
			.getRequestBody()
			.getContent()
			.get("application/json")
			.getSchema()
			.get$ref()).isEqualTo("#/components/schemas/OrderRequest");
		io.swagger.v3.oas.models.media.Schema<?> items = (io.swagger.v3.oas.models.media.Schema<?>) openApi
			.getComponents()
			.getSchemas()
			.get("OrderRequest")
			.getProperties()
			.get("items");
		assertThat(items.getItems().get$ref()).isEqualTo("#/components/schemas/OrderRequestItem");
	}

}
