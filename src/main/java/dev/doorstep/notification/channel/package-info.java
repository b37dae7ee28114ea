/**
 * The channel plug-in SPI: one {@link dev.doorstep.notification.channel.ChannelSender}
 * per provider, each in its own sub-package (client, mapper, properties, sender),
 * discovered by injection. A channel without a configured provider goes to the dev
 * mailbox.
 */
@NamedInterface("channel")
@NullMarked
package dev.doorstep.notification.channel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
