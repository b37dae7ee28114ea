/**
 * Meta Messenger (Send API with a Page access token) for shoppers who opened the
 * conversation from the tracking page's "Get updates in Messenger" link: the signed
 * {@code ref} of that link ties their page-scoped id to the order.
 */
@NullMarked
package dev.doorstep.notification.channel.messenger;

import org.jspecify.annotations.NullMarked;
