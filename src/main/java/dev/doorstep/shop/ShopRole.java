package dev.doorstep.shop;

/**
 * What a console user may do in a shop: owners also manage settings and API keys.
 */
public enum ShopRole {

	OWNER, AGENT

}
