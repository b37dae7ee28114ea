package dev.doorstep.recommendation.web;

import java.net.URI;

import dev.doorstep.recommendation.ClickLinks;
import dev.doorstep.recommendation.Products;
import dev.doorstep.recommendation.internal.Clicks;
import dev.doorstep.runtime.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shopper's click on a recommended product: {@code GET /go/{payload}.{signature}}
 * records the click and redirects (303) to the product's page as the catalogue names it.
 * A link not signed by this server, or one whose product has no page, is a 404: the
 * target never comes from the request, so this is no open redirect.
 */
@RestController
class ClickController {

	private final ClickLinks links;

	private final Products products;

	private final Clicks clicks;

	ClickController(ClickLinks links, Products products, Clicks clicks) {
		this.links = links;
		this.products = products;
		this.clicks = clicks;
	}

	@GetMapping("/go/{payload}.{signature}")
	ResponseEntity<Void> go(@PathVariable String payload, @PathVariable String signature) {
		ClickLinks.Click click = this.links.verify(payload, signature).orElseThrow(ClickController::notFound);
		String url = this.products.find(click.shop(), click.sku())
			.map(product -> product.productUrl())
			.filter(target -> target != null && (target.startsWith("https://") || target.startsWith("http://")))
			.orElseThrow(ClickController::notFound);
		this.clicks.record(click).orElseThrow(ClickController::notFound);
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(url))
			.header("Cache-Control", "no-store")
			.header("Referrer-Policy", "no-referrer")
			.build();
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Link", "unknown");
	}

}
