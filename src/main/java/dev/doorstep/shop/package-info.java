/**
 * Tenants: each shop's brand, locales, time zone and contacts, its API keys and the
 * console users who work for it. Every other module scopes its data by
 * {@link dev.doorstep.shop.ShopId}.
 */
@ApplicationModule(displayName = "Shop", allowedDependencies = "runtime")
@NullMarked
package dev.doorstep.shop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
