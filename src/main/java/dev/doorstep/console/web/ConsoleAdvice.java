package dev.doorstep.console.web;

import java.util.Locale;
import java.util.Map;

import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every console page what the layout needs, and answers a missing or foreign
 * resource with the console's 404 page and a refused action with its 403 page. It runs
 * before the API's problem handler, which would otherwise answer in JSON.
 */
@ControllerAdvice(annotations = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

	@ModelAttribute
	void layout(ConsoleContext console, HttpServletRequest request, Locale locale, Model model) {
		model.addAllAttributes(layoutModel(console, request, locale));
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(ConsoleContext console, HttpServletRequest request, Locale locale) {
		return errorPage(console, request, locale, HttpServletResponse.SC_NOT_FOUND, "console.error.notFound");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(ConsoleContext console, HttpServletRequest request, Locale locale) {
		return errorPage(console, request, locale, HttpServletResponse.SC_FORBIDDEN, "console.error.forbidden");
	}

	private static ModelAndView errorPage(ConsoleContext console, HttpServletRequest request, Locale locale, int status,
			String messageKey) {
		ModelAndView page = new ModelAndView("console/error", layoutModel(console, request, locale));
		page.setStatus(HttpStatus.valueOf(status));
		page.addObject("errorKey", messageKey);
		return page;
	}

	private static Map<String, Object> layoutModel(ConsoleContext console, HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return Map.of("console", console, "nav", ConsoleNavigation.ENTRIES, "currentPath", path, "fmt",
				new ConsoleFormats(console.shop().timeZone(), locale));
	}

}
