package dev.doorstep.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.TemplatePreview;
import dev.doorstep.notification.TemplateTexts;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Renders a trigger's texts with {@link SampleFacts} for the template editor's preview
 * and its test send to the dev mailbox.
 */
@Component
public class SampleRenders {

	/** Test messages belong to no journey; the column has no foreign key. */
	static final UUID NO_JOURNEY = new UUID(0, 0);

	private final Renderer renderer;

	private final Shops shops;

	private final Links links;

	private final MessageRepository messages;

	private final Clock clock;

	SampleRenders(Renderer renderer, Shops shops, Links links, MessageRepository messages, Clock clock) {
		this.renderer = renderer;
		this.shops = shops;
		this.links = links;
		this.messages = messages;
		this.clock = clock;
	}

	public TemplatePreview preview(ShopId shopId, Trigger trigger, Locale locale, @Nullable TemplateTexts draft) {
		try {
			Renderer.Rendered rendered = this.renderer.render(facts(shopId, trigger, Channel.EMAIL, locale), draft);
			return new TemplatePreview.Rendered(rendered.subject(), rendered.html(), rendered.text(),
					rendered.shortText());
		}
		catch (Renderer.InvalidTemplate ex) {
			return new TemplatePreview.Invalid(ex.field(), String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * Stores a sample message as sent to the dev mailbox, without going through the
	 * dispatcher: no provider, consent or quiet hours apply to a merchant's own test. The
	 * caller's transaction makes it appear at once as sent.
	 */
	public Message sendTest(ShopId shopId, Trigger trigger, Locale locale, Channel channel, String recipient) {
		Renderer.Rendered content = this.renderer.render(facts(shopId, trigger, channel, locale), null);
		Instant now = this.clock.instant();
		Shop shop = this.shops.get(shopId);
		UUID id = UUID.randomUUID();
		this.messages.insert(new MessageRepository.NewMessage(id, shopId, NO_JOURNEY, "test:" + id, trigger, channel,
				SampleFacts.ORDER, null, null, null, recipient, shop.timeZone().getId(), locale.getLanguage(), now,
				null), now);
		boolean email = channel == Channel.EMAIL;
		this.messages.rendered(shopId, id, email ? content.subject() : null,
				email ? content.text() : content.shortText(), email ? content.html() : null);
		this.messages.event(shopId, id, now, MessageStatus.SENDING, "test message from the console");
		this.messages.sent(shopId, id, DevMailbox.PROVIDER, "devmail-" + id, now);
		return this.messages.find(shopId, id).orElseThrow();
	}

	private Renderer.Facts facts(ShopId shopId, Trigger trigger, Channel channel, Locale locale) {
		return SampleFacts.of(this.shops.get(shopId), trigger, channel, locale, this.clock.instant(),
				this.links.absolute(shopId, "/t/sample"));
	}

}
