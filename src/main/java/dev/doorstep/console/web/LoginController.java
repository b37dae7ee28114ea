package dev.doorstep.console.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's sign-in page. Spring Security processes the form's POST; this only
 * renders it, and sends an already signed-in user on to the console.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@Nullable Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/console";
		}
		return "console/login";
	}

}
