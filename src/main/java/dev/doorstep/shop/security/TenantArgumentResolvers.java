package dev.doorstep.shop.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.doorstep.shop.ConsoleContext;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers declare the tenant they act for: a {@link ShopId} parameter is the
 * shop of the API key, a {@link ConsoleContext} parameter is the console user's current
 * shop. Neither can be chosen by the request itself, which is what keeps one shop out of
 * another's data.
 */
@Configuration(proxyBeanMethods = false)
class TenantArgumentResolvers implements WebMvcConfigurer {

	static final String CURRENT_SHOP = "doorstep.console.shop";

	private final Shops shops;

	private final ConsoleUsers users;

	TenantArgumentResolvers(Shops shops, ConsoleUsers users) {
		this.shops = shops;
		this.users = users;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ApiShopResolver());
		resolvers.add(new ConsoleContextResolver());
	}

	static final class ApiShopResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == ShopId.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binderFactory) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication instanceof ApiKeyAuthentication api) {
				return api.getPrincipal();
			}
			throw new AuthenticationCredentialsNotFoundException("no API key");
		}

	}

	final class ConsoleContextResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == ConsoleContext.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binderFactory) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof ConsoleUserPrincipal user)) {
				throw new AuthenticationCredentialsNotFoundException("not signed in");
			}
			return contextFor(user, request.getNativeRequest(HttpServletRequest.class).getSession());
		}

	}

	ConsoleContext contextFor(ConsoleUserPrincipal user, HttpSession session) {
		List<ConsoleUsers.Membership> memberships = this.users.memberships(user.id());
		if (memberships.isEmpty()) {
			throw new AccessDeniedException("This user is not a member of any shop");
		}
		Map<ShopId, ConsoleUsers.Membership> byShop = memberships.stream()
			.collect(Collectors.toMap(ConsoleUsers.Membership::shopId, Function.identity()));
		Object selected = session.getAttribute(CURRENT_SHOP);
		ConsoleUsers.Membership current = (selected instanceof UUID id && byShop.containsKey(new ShopId(id)))
				? byShop.get(new ShopId(id)) : memberships.getFirst();
		List<Shop> shops = this.shops.findAll(memberships.stream().map(ConsoleUsers.Membership::shopId).toList());
		Shop shop = shops.stream().filter(s -> s.id().equals(current.shopId())).findFirst().orElseThrow();
		return new ConsoleContext(user.id(), user.email(), user.displayName(), shop, current.role(), shops);
	}

	boolean isMember(UUID userId, ShopId shop) {
		return this.users.memberships(userId).stream().anyMatch(m -> m.shopId().equals(shop));
	}

}
