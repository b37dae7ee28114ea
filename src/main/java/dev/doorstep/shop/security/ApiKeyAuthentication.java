package dev.doorstep.shop.security;

import java.util.List;

import dev.doorstep.shop.ShopId;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a shop's API key; the principal is the shop.
 */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

	private final ShopId shop;

	ApiKeyAuthentication(ShopId shop) {
		super(List.of(new SimpleGrantedAuthority("ROLE_API")));
		this.shop = shop;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public ShopId getPrincipal() {
		return this.shop;
	}

}
