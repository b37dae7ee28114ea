package dev.doorstep.tracking;

import org.jspecify.annotations.Nullable;

/**
 * One step a shopper can take from a tracking page, in the shopper's language.
 *
 * @param label the link's text ("Return items")
 * @param href where it leads; a path on this server or an absolute URL
 * @param hint one line under the link that says when or why ("Until 20 December 2026"),
 * or null
 */
public record ShopperAction(String label, String href, @Nullable String hint) {
}
