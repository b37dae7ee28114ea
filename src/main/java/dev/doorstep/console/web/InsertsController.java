package dev.doorstep.console.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.insert.InsertBatches;
import dev.doorstep.insert.Inserts;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Packaging inserts in the console: a day's cards as one PDF with a progress page (it
 * refreshes itself, no JavaScript needed), the discount code pool and the CSV of codes
 * given out. Anyone at the packing table may print; owners import codes.
 */
@ConsoleController
class InsertsController {

	private final Inserts inserts;

	private final InsertBatches batches;

	InsertsController(Inserts inserts, InsertBatches batches) {
		this.inserts = inserts;
		this.batches = batches;
	}

	@GetMapping("/console/inserts")
	String page(ConsoleContext console, Model model) {
		return page(console, Map.of(), "", model);
	}

	private String page(ConsoleContext console, Map<String, String> errors, String codes, Model model) {
		LocalDate today = LocalDate.now(console.shop().timeZone());
		model.addAttribute("settings", this.inserts.settings(console.shopId()));
		model.addAttribute("poolSize", this.inserts.poolSize(console.shopId()));
		model.addAttribute("today", today);
		model.addAttribute("monthAgo", today.minusDays(30));
		model.addAttribute("errors", errors);
		model.addAttribute("codes", codes);
		model.addAttribute("editable", console.owner());
		return "console/inserts";
	}

	@PostMapping("/console/inserts/batches")
	String start(ConsoleContext console, @RequestParam(defaultValue = "") String date, Model model,
			HttpServletResponse response) {
		try {
			UUID id = this.batches.start(console.shopId(), LocalDate.parse(date.strip()));
			return "redirect:/console/inserts/batches/" + id;
		}
		catch (DateTimeParseException ex) {
			response.setStatus(422);
			return page(console, Map.of("date", "must be a date"), "", model);
		}
	}

	@GetMapping("/console/inserts/batches/{id}")
	String progress(ConsoleContext console, @PathVariable UUID id, Model model, HttpServletResponse response) {
		InsertBatches.Progress progress = this.batches.progress(console.shopId(), id)
			.orElseThrow(() -> new dev.doorstep.runtime.NotFoundException("Batch", id));
		if (!progress.finished()) {
			// The page reloads itself until the PDF is ready: progress without
			// JavaScript.
			response.setHeader("Refresh", "1");
		}
		model.addAttribute("id", id);
		model.addAttribute("progress", progress);
		return "console/insert-batch";
	}

	@GetMapping("/console/inserts/batches/{id}.pdf")
	ResponseEntity<byte[]> pdf(ConsoleContext console, @PathVariable UUID id) {
		byte[] pdf = this.batches.pdf(console.shopId(), id)
			.orElseThrow(() -> new dev.doorstep.runtime.NotFoundException("Batch", id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inserts.pdf\"")
			.body(pdf);
	}

	@PostMapping("/console/inserts/codes")
	String importCodes(ConsoleContext console, @RequestParam(defaultValue = "") String codes, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		try {
			Inserts.ImportResult result = this.inserts.importCodes(console.shopId(),
					Arrays.asList(codes.split("[\\r\\n,;]+")));
			redirect.addFlashAttribute("imported", result);
			return "redirect:/console/inserts";
		}
		catch (InvalidRequestException ex) {
			response.setStatus(422);
			Map<String, String> errors = new LinkedHashMap<>();
			errors.put("codes", ex.violations().getFirst().reason() + " ("
					+ ex.violations().getFirst().field().replaceAll("codes\\[(\\d+)]", "line $1") + ")");
			return page(console, errors, codes, model);
		}
	}

	@GetMapping("/console/inserts/codes.csv")
	ResponseEntity<String> export(ConsoleContext console, @RequestParam String from, @RequestParam String to) {
		LocalDate start = LocalDate.parse(from);
		LocalDate end = LocalDate.parse(to);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"discount-codes.csv\"")
			.body(this.inserts.exportCsv(console.shopId(), start, end));
	}

}
