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

	/** Length of {@link Links#addressToken}. */
	private static final int TOKEN_LENGTH = 39;

	private static final int MAX_LOCAL_PART = 64;

	private final Links links;

	private final @Nullable String local;

	private final @Nullable String domain;

	private final @Nullable Pattern pattern;

	BounceAddresses(EmailProperties properties, Links links) {
		this.links = links;
		String address = properties.bounceAddress().strip();
		int at = address.lastIndexOf('@');
		if (at > 0 && at < address.length() - 1) {
			if (at + 1 + TOKEN_LENGTH > MAX_LOCAL_PART) {
				// Servers refuse longer local parts (RFC 5321 4.5.3.1.1): fail at start,
				// not
				// with every email.
				throw new IllegalArgumentException("doorstep.notification.email.bounce-address: the part before @ "
						+ "may have at most " + (MAX_LOCAL_PART - 1 - TOKEN_LENGTH)
						+ " characters, as the token and + are added to it");
			}
			this.local = address.substring(0, at);
			this.domain = address.substring(at + 1);
			this.pattern = Pattern.compile(Pattern.quote(this.local) + "\\+([a-z2-7]{" + TOKEN_LENGTH + "})@"
					+ Pattern.quote(this.domain) + "(?![\\w.-])", Pattern.CASE_INSENSITIVE);
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
