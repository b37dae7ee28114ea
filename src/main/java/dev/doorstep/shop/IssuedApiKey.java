package dev.doorstep.shop;

import java.util.UUID;

/**
 * A freshly created API key. The secret is returned this once and never stored.
 */
public record IssuedApiKey(UUID id, String name, String prefix, String secret) {
}
