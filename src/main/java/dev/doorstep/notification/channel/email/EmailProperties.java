package dev.doorstep.notification.channel.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email settings beyond Spring's {@code spring.mail.*} (host, port, user, password).
 *
 * @param from sender address; the shop's name is the display name; default
 * {@code notifications@doorstep.local}
 * @param messageIdDomain right-hand side of our Message-IDs; default
 * {@code doorstep.local}
 */
@ConfigurationProperties("doorstep.notification.email")
public record EmailProperties(@DefaultValue("notifications@doorstep.local") String from,
		@DefaultValue("doorstep.local") String messageIdDomain) {
}
