package dev.doorstep.notification.channel.email;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.notification.internal.Links;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * VERP envelope senders: {@code bounces+<token>@domain} from the configured bounce
 * address, where the token is the message id signed (so nobody can bounce someone else's
 * message by guessing), and the way back from such an address to the message.
 */
@Component
public class BounceAddresses {

	private final Links links;

	private final @Nullable String local;

	private final @Nullable String domain;

	private final @Nullable Pattern pattern;

	BounceAddresses(EmailProperties properties, Links links) {
		this.links = links;
		String address = properties.bounceAddress().strip();
		int at = address.lastIndexOf('@');
		if (at > 0 && at < address.length() - 1) {
			this.local = address.substring(0, at);
			this.domain = address.substring(at + 1);
			this.pattern = Pattern.compile(
					Pattern.quote(this.local) + "\\+([a-z2-7]{39})@" + Pattern.quote(this.domain) + "(?![\\w.-])",
					Pattern.CASE_INSENSITIVE);
		}
		else {
			this.local = null;
			this.domain = null;
			this.pattern = null;
		}
	}

	/** Whether emails carry a VERP envelope sender. */
	public boolean enabled() {
		return this.pattern != null;
	}

	/** The envelope sender for this message, or null without a bounce address. */
	public @Nullable String envelopeSender(UUID messageId) {
		if (this.local == null || this.domain == null) {
			return null;
		}
		return this.local + "+" + this.links.addressToken(messageId) + "@" + this.domain;
	}

	/** The message named by the first well-signed VERP address in {@code text}. */
	public Optional<UUID> messageIn(@Nullable String text) {
		if (this.pattern == null || text == null) {
			return Optional.empty();
		}
		Matcher matcher = this.pattern.matcher(text);
		while (matcher.find()) {
			Optional<UUID> id = this.links.verifyAddressToken(matcher.group(1));
			if (id.isPresent()) {
				return id;
			}
		}
		return Optional.empty();
	}

}
