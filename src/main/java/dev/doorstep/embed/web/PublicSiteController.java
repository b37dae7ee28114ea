package dev.doorstep.embed.web;

import java.util.List;

import dev.doorstep.shop.PublicSite;
import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT /api/v1/shop/public-site}: the shop's own domain for links and pages
 * ({@code publicBaseUrl}) and the website origins allowed to embed its widgets
 * ({@code allowedOrigins}).
 */
@RestController
class PublicSiteController {

	record SiteBody(@Nullable String publicBaseUrl, @Nullable List<String> allowedOrigins) {
	}

	private final PublicSites sites;

	PublicSiteController(PublicSites sites) {
		this.sites = sites;
	}

	@GetMapping("/api/v1/shop/public-site")
	PublicSite get(ShopId shop) {
		return this.sites.get(shop);
	}

	@PutMapping("/api/v1/shop/public-site")
	PublicSite put(ShopId shop, @RequestBody SiteBody body) {
		return this.sites.update(shop, new PublicSite(body.publicBaseUrl(),
				(body.allowedOrigins() != null) ? body.allowedOrigins() : List.of()));
	}

}
