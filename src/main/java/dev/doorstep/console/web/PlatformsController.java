package dev.doorstep.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.order.platform.PlatformConnections;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The shop's connections to its shop platforms (Shopify, WooCommerce, Shopware, Magento):
 * what each needs, the webhook address to give the platform, and the connection's state.
 * Secrets are shown masked and changed by owners only; the same as
 * {@code /api/v1/platforms/{platform}}.
 */
@ConsoleController
class PlatformsController {

	/** One platform: its connection, if any, and where its webhooks go. */
	record Row(String platform, @Nullable PlatformConnection connection, String webhookUrl, List<String> status) {
	}

	private final PlatformConnections connections;

	PlatformsController(PlatformConnections connections) {
		this.connections = connections;
	}

	@GetMapping("/console/platforms")
	String page(ConsoleContext console, Model model, HttpServletRequest request) {
		return render(console, model, request, null, null, null);
	}

	@PostMapping("/console/platforms")
	String save(ConsoleContext console, @RequestParam String platform, @RequestParam(defaultValue = "") String secret,
			@RequestParam(defaultValue = "") String publicKey, @RequestParam(defaultValue = "") String baseUrl,
			@RequestParam(defaultValue = "") String accessToken, @RequestParam(defaultValue = "") String appName,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		// Magento signs with a key pair: its public key is long and comes in its own box.
		String signing = publicKey.isBlank() ? secret : publicKey;
		try {
			this.connections.connect(console.shopId(), platform,
					new PlatformConnection.Settings(signing, baseUrl, accessToken, appName));
		}
		catch (InvalidRequestException ex) {
			response.setStatus(422);
			FieldViolation violation = ex.violations().getFirst();
			return render(console, model, request, platform, violation.field(), violation.reason());
		}
		redirect.addFlashAttribute("saved", platform);
		return "redirect:/console/platforms";
	}

	@PostMapping("/console/platforms/{platform}/disconnect")
	String disconnect(ConsoleContext console, @PathVariable String platform, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		this.connections.disconnect(console.shopId(), platform);
		redirect.addFlashAttribute("disconnected", platform);
		return "redirect:/console/platforms";
	}

	private String render(ConsoleContext console, Model model, HttpServletRequest request, @Nullable String platform,
			@Nullable String errorField, @Nullable String error) {
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		List<Row> rows = new ArrayList<>();
		for (String name : this.connections.platforms()) {
			PlatformConnection connection = this.connections.find(console.shopId(), name).orElse(null);
			rows.add(new Row(name, connection, base + "/hooks/platforms/" + name + "/" + console.shop().slug(),
					(connection != null) ? status(this.connections.details(console.shopId(), name)) : List.of()));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("editable", console.owner());
		model.addAttribute("selected", platform);
		model.addAttribute("errorField", errorField);
		model.addAttribute("formError", error);
		return "console/platforms";
	}

	/**
	 * The adapter's state of the connection as lines to read ("registered: true", "pulls
	 * orders: updatedUpTo …"): the same facts the API answers as JSON.
	 */
	static List<String> status(Map<String, Object> details) {
		List<String> lines = new ArrayList<>();
		details.forEach((key, value) -> {
			if (value instanceof List<?> list) {
				for (Object item : list) {
					if (item instanceof Map<?, ?> map) {
						List<String> parts = new ArrayList<>();
						map.forEach((k, v) -> {
							if (v != null) {
								parts.add(k + " " + v);
							}
						});
						lines.add(key + ": " + String.join(", ", parts));
					}
					else {
						lines.add(key + ": " + item);
					}
				}
			}
			else if (value != null) {
				lines.add(key + ": " + value);
			}
		});
		return lines;
	}

}
