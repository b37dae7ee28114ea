package dev.doorstep.support.web;

import java.util.Locale;

import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;
import dev.doorstep.support.Assistant;
import dev.doorstep.support.Channel;
import dev.doorstep.support.Question;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/support/answer}: the assistant's answer for the shop's own chatbot
 * or helpdesk bot, the same as the shopper gets on the tracking page. The order is found
 * by number and the shopper's email (both must match, as on the look-up page: the bot
 * must not answer about someone else's order); without them the answer comes from the
 * FAQ. Links are absolute.
 */
@RestController
class SupportApiController {

	private final Assistant assistant;

	private final Orders orders;

	SupportApiController(Assistant assistant, Orders orders) {
		this.assistant = assistant;
		this.orders = orders;
	}

	@GetMapping("/api/v1/support/answer")
	AnswerJson answer(ShopId shop, @RequestParam(required = false) @Nullable String orderNumber,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String lang) {
		if (question == null || question.isBlank() || question.length() > Question.MAX_LENGTH) {
			throw new InvalidRequestException("question", "must be 1–" + Question.MAX_LENGTH + " characters");
		}
		Locale language = Locale.of((lang != null && lang.matches("[a-z]{2}")) ? lang : "en");
		if (orderNumber == null || orderNumber.isBlank()) {
			return AnswerJson.of(this.assistant.answer(Question.general(shop, question, language, Channel.API)));
		}
		if (email == null || email.isBlank()) {
			throw new InvalidRequestException("email", "is required with orderNumber");
		}
		Order order = this.orders.findByNumber(shop, orderNumber.strip())
			.stream()
			.filter(candidate -> candidate.customer().email() != null
					&& candidate.customer().email().equalsIgnoreCase(email.strip()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("order", "with this number and email"));
		Locale orderLanguage = (lang == null && order.locale() != null) ? Locale.forLanguageTag(order.locale())
				: language;
		return AnswerJson
			.of(this.assistant.answer(new Question(shop, order.id(), null, question, orderLanguage, Channel.API)));
	}

}
