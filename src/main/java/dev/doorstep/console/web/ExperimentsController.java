package dev.doorstep.console.web;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.ExperimentReport;
import dev.doorstep.experiment.ExperimentReport.Metric;
import dev.doorstep.experiment.Experiments;
import dev.doorstep.experiment.NewExperiment;
import dev.doorstep.experiment.Target;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Trigger;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ConsoleContext;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Experiments in the console: the list, a form for a new one (a journey step's variants
 * or a tracking-page block on and off, a holdout share, weights), start and stop, and the
 * report with its verdicts. Owners create, start and stop; everyone reads.
 */
@ConsoleController
class ExperimentsController {

	/** Variant rows the form offers; empty rows are left out. */
	static final int ARM_ROWS = 3;

	private final Experiments experiments;

	ExperimentsController(Experiments experiments) {
		this.experiments = experiments;
	}

	@GetMapping("/console/experiments")
	String list(ConsoleContext console, Model model) {
		model.addAttribute("experiments", this.experiments.list(console.shopId()));
		model.addAttribute("editable", console.owner());
		return "console/experiments";
	}

	@GetMapping("/console/experiments/new")
	String form(ConsoleContext console, Model model) {
		OwnerOnly.check(console);
		Map<String, List<String>> values = new LinkedHashMap<>();
		values.put("armName", List.of("A", "B", ""));
		values.put("armWeight", List.of("1", "1", "1"));
		return form(values, Map.of(), model);
	}

	@PostMapping("/console/experiments")
	String create(ConsoleContext console, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		OwnerOnly.check(console);
		Map<String, String> errors = new LinkedHashMap<>();
		NewExperiment request = request(form, errors);
		if (request != null && errors.isEmpty()) {
			try {
				Experiment created = this.experiments.create(console.shopId(), request);
				return "redirect:/console/experiments/" + created.id();
			}
			catch (InvalidRequestException ex) {
				for (FieldViolation violation : ex.violations()) {
					errors.putIfAbsent(violation.field(), violation.reason());
				}
			}
		}
		response.setStatus(422);
		return form(form, errors, model);
	}

	@GetMapping("/console/experiments/{id}")
	String show(ConsoleContext console, @PathVariable UUID id, Locale locale, Model model) {
		ExperimentReport report = this.experiments.report(console.shopId(), id, locale);
		model.addAttribute("experiment", report.experiment());
		model.addAttribute("report", report);
		model.addAttribute("journey", report.experiment().target() instanceof Target.JourneyStep);
		model.addAttribute("rows", rows(report, locale));
		model.addAttribute("editable", console.owner());
		return "console/experiment";
	}

	@PostMapping("/console/experiments/{id}/start")
	String start(ConsoleContext console, @PathVariable UUID id, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		return move(() -> this.experiments.start(console.shopId(), id), id, "started", redirect);
	}

	@PostMapping("/console/experiments/{id}/stop")
	String stop(ConsoleContext console, @PathVariable UUID id, RedirectAttributes redirect) {
		OwnerOnly.check(console);
		return move(() -> this.experiments.stop(console.shopId(), id), id, "stopped", redirect);
	}

	private String move(Runnable change, UUID id, String done, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/console/experiments/" + id;
	}

	private String form(Map<String, List<String>> values, Map<String, String> errors, Model model) {
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("triggers", Trigger.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("modules", this.experiments.pageModules());
		model.addAttribute("rows", java.util.stream.IntStream.range(0, ARM_ROWS).boxed().toList());
		return "console/experiment-new";
	}

	/** The form as a request; what cannot even be read goes into {@code errors}. */
	private static NewExperiment request(MultiValueMap<String, String> form, Map<String, String> errors) {
		Target target;
		if ("page".equals(form.getFirst("target"))) {
			target = new Target.PageModule(value(form, "module", 0));
		}
		else {
			try {
				target = new Target.JourneyStep(Trigger.valueOf(value(form, "trigger", 0)),
						Channel.valueOf(value(form, "channel", 0)));
			}
			catch (IllegalArgumentException ex) {
				errors.put("trigger", "choose a trigger and a channel");
				return null;
			}
		}
		double holdout = number(form, "holdout", 0, "holdout", errors) / 100.0;
		List<Arm> arms = new ArrayList<>();
		for (int i = 0; i < ARM_ROWS; i++) {
			String name = value(form, "armName", i);
			if (name.isBlank()) {
				continue;
			}
			String field = "arms[" + arms.size() + "]";
			int weight = (int) number(form, "armWeight", i, field + ".weight", errors);
			String channel = value(form, "armChannel", i);
			String delay = value(form, "armDelayMinutes", i);
			Duration wait = delay.isBlank() ? null
					: Duration.ofMinutes((long) number(form, "armDelayMinutes", i, field + ".delay", errors));
			arms.add(new Arm(name.strip(), weight, blankToNull(value(form, "armSubject", i)),
					blankToNull(value(form, "armBody", i)), channel.isBlank() ? null : Channel.valueOf(channel), wait,
					!"false".equals(value(form, "armShows", i))));
		}
		return new NewExperiment(value(form, "name", 0), target, arms, holdout);
	}

	private static double number(MultiValueMap<String, String> form, String key, int index, String field,
			Map<String, String> errors) {
		String text = value(form, key, index).strip().replace(',', '.');
		try {
			return text.isEmpty() ? 0 : Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be a number");
			return 0;
		}
	}

	private static String value(MultiValueMap<String, String> form, String key, int index) {
		List<String> values = form.get(key);
		return (values == null || values.size() <= index || values.get(index) == null) ? "" : values.get(index);
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

	/** One arm's figures as the report table shows them. */
	record Row(String arm, int shoppers, String sent, String opened, String clicked, String repurchase, String returns,
			String visits, String csat) {
	}

	private static List<Row> rows(ExperimentReport report, Locale locale) {
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMinimumFractionDigits(1);
		percent.setMaximumFractionDigits(1);
		NumberFormat decimal = NumberFormat.getNumberInstance(locale);
		decimal.setMinimumFractionDigits(2);
		decimal.setMaximumFractionDigits(2);
		return report.arms()
			.stream()
			.map(arm -> new Row(arm.arm(), arm.shoppers(), percent.format(arm.rate(Metric.SENT)),
					percent.format(arm.rate(Metric.OPENED)), percent.format(arm.rate(Metric.CLICKED)),
					percent.format(arm.rate(Metric.REPURCHASE_90)), percent.format(arm.rate(Metric.RETURN_RATE)),
					decimal.format(arm.rate(Metric.VISITS)),
					arm.rated() == 0 ? "–" : decimal.format(arm.rate(Metric.CSAT)) + " (n = " + arm.rated() + ")"))
			.toList();
	}

}
