package dev.doorstep.tracking.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShopViewTests {

	@Test
	void takesWebAndInlineImageLogosOnly() {
		assertThat(ShopView.safeLogo("https://cdn.example/logo.png")).isEqualTo("https://cdn.example/logo.png");
		assertThat(ShopView.safeLogo(" data:image/svg+xml;utf8,<svg/> ")).isEqualTo("data:image/svg+xml;utf8,<svg/>");
		assertThat(ShopView.safeLogo("data:image/png;base64,iVBORw0KGgo=")).startsWith("data:image/png");
		assertThat(ShopView.safeLogo("data:text/html;base64,PHNjcmlwdD4=")).isNull();
		assertThat(ShopView.safeLogo("javascript:alert(1)")).isNull();
		assertThat(ShopView.safeLogo("  ")).isNull();
		assertThat(ShopView.safeLogo(null)).isNull();
	}

}
