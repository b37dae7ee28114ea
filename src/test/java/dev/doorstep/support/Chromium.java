package dev.doorstep.support;

import com.microsoft.playwright.Playwright;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Debian Chromium per test class:
 * {@code @RegisterExtension static final Chromium CHROMIUM = new Chromium();} then
 * {@code CHROMIUM.browser()}.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

	private @Nullable Playwright playwright;

	private com.microsoft.playwright.@Nullable Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.playwright = Browser.playwright();
		this.browser = Browser.launch(this.playwright);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	public com.microsoft.playwright.Browser browser() {
		if (this.browser == null) {
			throw new IllegalStateException("Chromium is started before the class's first test");
		}
		return this.browser;
	}

}
