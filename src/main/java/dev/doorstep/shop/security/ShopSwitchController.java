package dev.doorstep.shop.security;

import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import dev.doorstep.shop.ShopId;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's shop switcher: remembers the chosen shop in the session after checking
 * that the user is a member of it.
 */
@Controller
class ShopSwitchController {

	private final TenantArgumentResolvers tenants;

	ShopSwitchController(TenantArgumentResolvers tenants) {
		this.tenants = tenants;
	}

	@PostMapping("/console/shop")
	String switchShop(@AuthenticationPrincipal ConsoleUserPrincipal user, @RequestParam UUID shopId,
			HttpSession session) {
		if (!this.tenants.isMember(user.id(), new ShopId(shopId))) {
			throw new AccessDeniedException("Not a member of this shop");
		}
		session.setAttribute(TenantArgumentResolvers.CURRENT_SHOP, shopId);
		return "redirect:/console";
	}

}
