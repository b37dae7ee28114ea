package dev.doorstep.embed.web;

import dev.doorstep.order.Orders;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.PublicSites;
import dev.doorstep.shop.Shops;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The embed module's servlet filters, both ahead of Spring Security's chain (-100). */
@Configuration(proxyBeanMethods = false)
class EmbedWebConfiguration {

	/** Preflights for {@code /embed/**}: they carry no credentials to check. */
	@Bean
	FilterRegistrationBean<EmbedCorsFilter> embedCorsFilter(PublicSites sites) {
		FilterRegistrationBean<EmbedCorsFilter> registration = new FilterRegistrationBean<>(new EmbedCorsFilter(sites));
		registration.addUrlPatterns("/embed/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** A shop's own domain serves that shop's pages. */
	@Bean
	FilterRegistrationBean<CustomDomainFilter> customDomainFilter(PublicSites sites, Shops shops, Shipments shipments,
			Orders orders, EmbedRequests requests) {
		FilterRegistrationBean<CustomDomainFilter> registration = new FilterRegistrationBean<>(
				new CustomDomainFilter(sites, shops, shipments, orders, requests));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

}
