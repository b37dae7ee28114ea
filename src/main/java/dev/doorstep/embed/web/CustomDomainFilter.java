package dev.doorstep.embed.web;

import java.io.IOException;
import java.util.Optional;

import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests arriving on a shop's own domain ({@code publicBaseUrl}, e.g.
 * {@code track.shop.example}) are that shop's: the domain's front page and {@code /track}
 * lead to the shop's order look-up, and another shop's tracking page is not found there
 * (one shop's domain never shows another shop's parcels). Requests on any other host pass
 * untouched.
 */
class CustomDomainFilter extends OncePerRequestFilter {

	private final PublicSites sites;

	private final Shops shops;

	private final Shipments shipments;

	private final EmbedRequests requests;

	CustomDomainFilter(PublicSites sites, Shops shops, Shipments shipments, EmbedRequests requests) {
		this.sites = sites;
		this.shops = shops;
		this.shipments = shipments;
		this.requests = requests;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		boolean front = path.isEmpty() || path.equals("/") || path.equals("/track");
		boolean tracking = path.startsWith("/t/");
		if (!front && !tracking) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ShopId> shop = this.sites.shopForHost(this.requests.host(request));
		if (shop.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (front) {
			Optional<Shop> found = this.shops.find(shop.get());
			if (found.isPresent()) {
				String query = request.getQueryString();
				response.setStatus(HttpServletResponse.SC_FOUND);
				response.setHeader("Location", request.getContextPath() + "/s/" + found.get().slug() + "/track"
						+ ((query != null) ? "?" + query : ""));
				return;
			}
		}
		else {
			String token = path.substring(3).split("/", 2)[0];
			Optional<Shipment> parcel = this.shipments.findByToken(token);
			if (parcel.isPresent() && !parcel.get().shopId().equals(shop.get())) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
