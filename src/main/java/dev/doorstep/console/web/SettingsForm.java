package dev.doorstep.console.web;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.doorstep.shop.PublicSite;
import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The settings form as submitted: plain strings, so a wrong value can be shown back to
 * the owner exactly as typed next to its error.
 */
public class SettingsForm {

	/** Languages a shop can offer; en and de have complete shopper texts. */
	static final List<String> LOCALES = List.of("en", "de", "fr", "es", "it", "nl", "pl");

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private String name = "";

	private String logoUrl = "";

	private String primaryColor = "";

	private String accentColor = "";

	private String defaultLocale = "";

	private List<String> supportedLocales = new ArrayList<>();

	private String timeZone = "";

	private String supportEmail = "";

	private String supportPhone = "";

	private String openingHours = "";

	private String websiteUrl = "";

	private String publicBaseUrl = "";

	/** One origin per line (or separated by commas or spaces). */
	private String allowedOrigins = "";

	static SettingsForm of(Shop shop, PublicSite site) {
		SettingsForm form = new SettingsForm();
		form.name = shop.name();
		form.logoUrl = orEmpty(shop.brand().logoUrl());
		form.primaryColor = shop.brand().primaryColor();
		form.accentColor = shop.brand().accentColor();
		form.defaultLocale = shop.defaultLocale();
		form.supportedLocales = new ArrayList<>(shop.supportedLocales());
		form.timeZone = shop.timeZone().getId();
		form.supportEmail = orEmpty(shop.support().email());
		form.supportPhone = orEmpty(shop.support().phone());
		form.openingHours = orEmpty(shop.support().openingHours());
		form.websiteUrl = orEmpty(shop.websiteUrl());
		form.publicBaseUrl = orEmpty(site.publicBaseUrl());
		form.allowedOrigins = String.join("\n", site.allowedOrigins());
		return form;
	}

	/**
	 * Rejects each wrong field with a message key of the console bundle.
	 */
	void validate(Errors errors) {
		if (this.name.isBlank()) {
			errors.rejectValue("name", "console.settings.error.required");
		}
		else if (this.name.strip().length() > 100) {
			errors.rejectValue("name", "console.settings.error.tooLong", new Object[] { 100 }, null);
		}
		checkUrl(errors, "logoUrl", this.logoUrl);
		checkUrl(errors, "websiteUrl", this.websiteUrl);
		if (this.toSite().check() instanceof PublicSite.Checked.Invalid invalid) {
			invalid.violations()
				.stream()
				.map(violation -> violation.field().startsWith("allowedOrigins") ? "allowedOrigins" : "publicBaseUrl")
				.distinct()
				.forEach(field -> errors.rejectValue(field, "console.settings.error." + field));
		}
		if (!COLOR.matcher(this.primaryColor.strip()).matches()) {
			errors.rejectValue("primaryColor", "console.settings.error.color");
		}
		if (!COLOR.matcher(this.accentColor.strip()).matches()) {
			errors.rejectValue("accentColor", "console.settings.error.color");
		}
		if (this.supportedLocales.isEmpty() || !LOCALES.containsAll(this.supportedLocales)) {
			errors.rejectValue("supportedLocales", "console.settings.error.locales");
		}
		if (!this.supportedLocales.contains(this.defaultLocale)) {
			errors.rejectValue("defaultLocale", "console.settings.error.defaultLocale");
		}
		if (zone().isEmpty()) {
			errors.rejectValue("timeZone", "console.settings.error.timeZone");
		}
		if (!this.supportEmail.isBlank() && !EMAIL.matcher(this.supportEmail.strip()).matches()) {
			errors.rejectValue("supportEmail", "console.settings.error.email");
		}
		if (this.supportPhone.strip().length() > 40) {
			errors.rejectValue("supportPhone", "console.settings.error.tooLong", new Object[] { 40 }, null);
		}
		if (this.openingHours.strip().length() > 200) {
			errors.rejectValue("openingHours", "console.settings.error.tooLong", new Object[] { 200 }, null);
		}
	}

	/** The settings to store; call only after {@link #validate} found nothing. */
	ShopSettings toSettings() {
		return new ShopSettings(this.name.strip(),
				new Shop.Brand(blankToNull(this.logoUrl), this.primaryColor.strip().toLowerCase(),
						this.accentColor.strip().toLowerCase()),
				this.defaultLocale, LOCALES.stream().filter(this.supportedLocales::contains).toList(),
				zone().orElseThrow(), new Shop.SupportContacts(blankToNull(this.supportEmail),
						blankToNull(this.supportPhone), blankToNull(this.openingHours)),
				blankToNull(this.websiteUrl));
	}

	/** The shop's public side as typed; {@link PublicSites} checks and stores it. */
	PublicSite toSite() {
		return new PublicSite(blankToNull(this.publicBaseUrl),
				java.util.Arrays.stream(this.allowedOrigins.split("[\\s,]+"))
					.filter(origin -> !origin.isBlank())
					.toList());
	}

	private Optional<ZoneId> zone() {
		String id = this.timeZone.strip();
		// Region ids only: a fixed offset like "+02:00" would ignore daylight saving.
		if (!id.contains("/") && !id.equals("UTC")) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static void checkUrl(Errors errors, String field, String value) {
		if (value.isBlank()) {
			return;
		}
		String url = value.strip();
		boolean valid;
		try {
			URI uri = new URI(url);
			valid = ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && url.length() <= 500;
		}
		catch (java.net.URISyntaxException ex) {
			valid = false;
		}
		if (!valid) {
			errors.rejectValue(field, "console.settings.error.url");
		}
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = orEmpty(name);
	}

	public String getLogoUrl() {
		return this.logoUrl;
	}

	public void setLogoUrl(@Nullable String logoUrl) {
		this.logoUrl = orEmpty(logoUrl);
	}

	public String getPrimaryColor() {
		return this.primaryColor;
	}

	public void setPrimaryColor(@Nullable String primaryColor) {
		this.primaryColor = orEmpty(primaryColor);
	}

	public String getAccentColor() {
		return this.accentColor;
	}

	public void setAccentColor(@Nullable String accentColor) {
		this.accentColor = orEmpty(accentColor);
	}

	public String getDefaultLocale() {
		return this.defaultLocale;
	}

	public void setDefaultLocale(@Nullable String defaultLocale) {
		this.defaultLocale = orEmpty(defaultLocale);
	}

	public List<String> getSupportedLocales() {
		return this.supportedLocales;
	}

	public void setSupportedLocales(@Nullable List<String> supportedLocales) {
		this.supportedLocales = (supportedLocales != null) ? new ArrayList<>(supportedLocales) : new ArrayList<>();
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(@Nullable String timeZone) {
		this.timeZone = orEmpty(timeZone);
	}

	public String getSupportEmail() {
		return this.supportEmail;
	}

	public void setSupportEmail(@Nullable String supportEmail) {
		this.supportEmail = orEmpty(supportEmail);
	}

	public String getSupportPhone() {
		return this.supportPhone;
	}

	public void setSupportPhone(@Nullable String supportPhone) {
		this.supportPhone = orEmpty(supportPhone);
	}

	public String getOpeningHours() {
		return this.openingHours;
	}

	public void setOpeningHours(@Nullable String openingHours) {
		this.openingHours = orEmpty(openingHours);
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	public void setWebsiteUrl(@Nullable String websiteUrl) {
		this.websiteUrl = orEmpty(websiteUrl);
	}

	public String getPublicBaseUrl() {
		return this.publicBaseUrl;
	}

	public void setPublicBaseUrl(@Nullable String publicBaseUrl) {
		this.publicBaseUrl = orEmpty(publicBaseUrl);
	}

	public String getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(@Nullable String allowedOrigins) {
		this.allowedOrigins = orEmpty(allowedOrigins);
	}

}
