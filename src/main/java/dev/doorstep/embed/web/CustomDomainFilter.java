package dev.doorstep.embed.web;

import java.io.IOException;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
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
 * lead to the shop's order look-up, and another shop's tracking page or thank-you
 * fragment is not found there (one shop's domain never shows another shop's parcels).
 * Requests on any other host pass untouched.
 */
class CustomDomainFilter extends OncePerRequestFilter {

	private final PublicSites sites;

	private final Shops shops;

	private final Shipments shipments;

	private final EmbedRequests requests;

	private final Orders orders;

	CustomDomainFilter(PublicSites sites, Shops shops, Shipments shipments, Orders orders, EmbedRequests requests) {
		this.orders = orders;
		this.sites = sites;
		this.shops = shops;
		this.shipments = shipments;
		this.requests = requests;
	}

	/**
	 * The shop of the tracking page's parcel, or of the thank-you fragment's order (by
	 * its public token or a parcel's).
	 */
	private Optional<ShopId> owner(String path, boolean tracking) {
		String token = path.substring(tracking ? 3 : "/embed/thank-you/".length()).split("/", 2)[0];
		Optional<ShopId> parcel = this.shipments.findByToken(token).map(Shipment::shopId);
		return tracking ? parcel : this.orders.findByPublicToken(token).map(Order::shopId).or(() -> parcel);
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
		boolean thankYou = path.startsWith("/embed/thank-you/");
		if (!front && !tracking && !thankYou) {
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
		else if (!shop.get().equals(owner(path, tracking).orElse(shop.get()))) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
