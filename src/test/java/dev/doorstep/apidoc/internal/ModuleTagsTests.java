package dev.doorstep.apidoc.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleTagsTests {

	@Test
	void tagsAnOperationWithItsModule() {
		assertThat(ModuleTags.of(dev.doorstep.order.Orders.class).name()).isEqualTo("Orders");
		assertThat(ModuleTags.of(dev.doorstep.returns.Returns.class).name()).isEqualTo("Returns");
		assertThat(ModuleTags.describe("Shipments").getDescription()).isNotBlank();
	}

	@Test
	void aModuleOutsideTheTableIsTaggedWithItsDisplayName() {
		assertThat(ModuleTags.of(dev.doorstep.tracking.ShopperPages.class).name()).isEqualTo("Tracking page");
		assertThat(ModuleTags.describe("Tracking page").getDescription()).isNull();
	}

}
