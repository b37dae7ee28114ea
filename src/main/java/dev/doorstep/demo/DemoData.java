package dev.doorstep.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderDraft;
import dev.doorstep.shipment.CarrierCode;

/**
 * Clearly fake but realistic customers, products and tracking numbers for the demo shop.
 * Emails use example.* domains and phones the 555 range, so nothing reaches a real
 * person.
 */
final class DemoData {

	/** A destination country with its people, streets, carriers and currency. */
	private record Country(String code, String locale, String currency, BigDecimal rate, List<String> firstNames,
			List<String> lastNames, List<String> streets, List<String[]> cities, List<String> carriers,
			String phonePrefix) {
	}

	private record Product(String sku, String name, String category, List<String> variants, BigDecimal priceEur,
			Size size) {
	}

	/**
	 * One unit as it goes into a box (folded, in its shoe box): millimetres and grams.
	 */
	private record Size(int lengthMm, int widthMm, int heightMm, int weightG) {
	}

	private static final List<Country> COUNTRIES = List.of(
			new Country("DE", "de", "EUR", BigDecimal.ONE,
					List.of("Anna", "Lukas", "Mia", "Jonas", "Lea", "Felix", "Sophie", "Paul"),
					List.of("Schmidt", "Müller", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann"),
					List.of("Musterstraße", "Beispielweg", "Lindenallee", "Gartenstraße", "Bahnhofstraße"),
					List.of(new String[] { "10115", "Berlin" }, new String[] { "20095", "Hamburg" },
							new String[] { "80331", "München" }, new String[] { "50667", "Köln" },
							new String[] { "60311", "Frankfurt am Main" }),
					List.of("dhl", "dpd", "gls", "hermes"), "+49 30 555"),
			new Country("AT", "de", "EUR", BigDecimal.ONE, List.of("Lena", "Tobias", "Hannah", "David"),
					List.of("Gruber", "Huber", "Bauer", "Wagner"), List.of("Mustergasse", "Ringstraße"),
					List.of(new String[] { "1010", "Wien" }, new String[] { "5020", "Salzburg" },
							new String[] { "8010", "Graz" }),
					List.of("dhl", "dpd", "gls"), "+43 1 555"),
			new Country("CH", "de", "EUR", BigDecimal.ONE, List.of("Noah", "Lina", "Luca", "Emma"),
					List.of("Meier", "Keller", "Brunner", "Frei"), List.of("Musterweg", "Seestrasse"),
					List.of(new String[] { "8001", "Zürich" }, new String[] { "3011", "Bern" },
							new String[] { "4051", "Basel" }),
					List.of("ups", "dhl"), "+41 44 555"),
			new Country("NL", "en", "EUR", BigDecimal.ONE, List.of("Daan", "Sanne", "Sem", "Julia"),
					List.of("de Jong", "Jansen", "de Vries", "Bakker"), List.of("Voorbeeldstraat", "Kerkstraat"),
					List.of(new String[] { "1012 AB", "Amsterdam" }, new String[] { "3011 AA", "Rotterdam" },
							new String[] { "3511 AA", "Utrecht" }),
					List.of("postnl", "dpd"), "+31 20 555"),
			new Country("GB", "en", "GBP", new BigDecimal("0.86"), List.of("Oliver", "Amelia", "George", "Isla"),
					List.of("Smith", "Jones", "Taylor", "Brown"), List.of("Example Road", "High Street"),
					List.of(new String[] { "SW1A 1AA", "London" }, new String[] { "M1 1AE", "Manchester" },
							new String[] { "EH1 1YZ", "Edinburgh" }),
					List.of("royal-mail", "ups", "dpd"), "+44 20 7946 0"),
			new Country("US", "en", "USD", new BigDecimal("1.08"), List.of("Liam", "Olivia", "Ethan", "Ava"),
					List.of("Johnson", "Miller", "Davis", "Garcia"), List.of("Sample Ave", "Main Street"),
					List.of(new String[] { "10001", "New York" }, new String[] { "94103", "San Francisco" },
							new String[] { "60601", "Chicago" }),
					List.of("usps", "ups"), "+1 555 01"));

	private static final List<Product> PRODUCTS = List.of(
			new Product("APP-RAIN-01", "Lightweight rain jacket", "apparel", List.of("S", "M", "L"),
					new BigDecimal("129.00"), new Size(300, 220, 50, 350)),
			new Product("APP-MERINO-02", "Merino crew sweater", "apparel", List.of("M", "L", "XL"),
					new BigDecimal("89.00"), new Size(300, 250, 60, 400)),
			new Product("APP-TEE-03", "Organic cotton T-shirt", "apparel", List.of("S", "M", "L"),
					new BigDecimal("29.00"), new Size(250, 200, 20, 180)),
			new Product("APP-SOCK-04", "Wool hiking socks (2 pairs)", "apparel", List.of("39-42", "43-46"),
					new BigDecimal("19.50"), new Size(180, 100, 40, 120)),
			new Product("SHO-TRAIL-01", "Trail running shoes", "shoes", List.of("40", "42", "44"),
					new BigDecimal("139.00"), new Size(330, 210, 120, 900)),
			new Product("SHO-SNEAK-02", "Canvas sneakers", "shoes", List.of("38", "41", "43"), new BigDecimal("69.00"),
					new Size(320, 200, 110, 800)),
			new Product("SHO-BOOT-03", "Leather ankle boots", "shoes", List.of("37", "39", "42"),
					new BigDecimal("179.00"), new Size(340, 240, 130, 1300)),
			new Product("COS-SUN-01", "Mineral sunscreen SPF 50", "cosmetics", List.of("50 ml"),
					new BigDecimal("18.90"), new Size(150, 50, 40, 80)),
			new Product("COS-LIP-02", "Tinted lip balm", "cosmetics", List.of("Rose", "Berry"), new BigDecimal("9.90"),
					new Size(90, 20, 20, 15)),
			new Product("COS-CREAM-03", "Day cream for dry skin", "cosmetics", List.of("75 ml"),
					new BigDecimal("24.50"), new Size(80, 80, 60, 120)),
			new Product("ELE-BUDS-01", "Wireless earbuds", "electronics", List.of("Black", "White"),
					new BigDecimal("79.00"), new Size(100, 80, 40, 90)),
			new Product("ELE-LAMP-02", "Rechargeable head torch", "electronics", List.of("Black"),
					new BigDecimal("39.00"), new Size(120, 70, 60, 110)),
			new Product("ELE-BANK-03", "Power bank 10,000 mAh", "electronics", List.of("Grey"), new BigDecimal("34.90"),
					new Size(150, 75, 25, 230)));

	/**
	 * The shop's catalogue: each product as ordered (its own SKU) and each of its
	 * variants under its own SKU, so returns can offer another size or colour in
	 * exchange.
	 */
	static List<dev.doorstep.recommendation.Product> catalogue() {
		List<dev.doorstep.recommendation.Product> catalogue = new java.util.ArrayList<>();
		for (Product product : PRODUCTS) {
			catalogue.add(new dev.doorstep.recommendation.Product(product.sku(), product.name(), product.category(),
					product.priceEur(), "EUR", null, productUrl(product.sku()), true, null, null,
					product.size().lengthMm(), product.size().widthMm(), product.size().heightMm(),
					product.size().weightG()));
			for (String variant : product.variants()) {
				// Larger sizes cost a little more, so the demo shows price differences.
				BigDecimal price = product.priceEur()
					.add(BigDecimal.valueOf(product.variants().indexOf(variant) * 5L))
					.setScale(2, java.math.RoundingMode.HALF_UP);
				catalogue.add(new dev.doorstep.recommendation.Product(
						product.sku() + "-" + variant.replaceAll("[^A-Za-z0-9]+", ""), product.name(),
						product.category(), price, "EUR", null, productUrl(product.sku()), true, product.sku(), variant,
						product.size().lengthMm(), product.size().widthMm(), product.size().heightMm(),
						product.size().weightG()));
			}
		}
		return catalogue;
	}

	/**
	 * The product's page in the (fictional) shop: recommended products need one, since a
	 * click on a signed {@code /go/} link redirects there.
	 */
	static String productUrl(String sku) {
		return "https://demo-outfitters.example/products/" + sku.toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * A catalogue price (EUR) in the currency of a demo order, as its lines are priced.
	 */
	static BigDecimal inCurrency(BigDecimal eur, String currency) {
		BigDecimal rate = COUNTRIES.stream()
			.filter(country -> country.currency().equals(currency))
			.map(Country::rate)
			.findFirst()
			.orElse(BigDecimal.ONE);
		return eur.multiply(rate).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * The shop's boxes, from a flat mailer to a large carton; the 40 x 30 x 20 cm carton
	 * is what the shop used for everything before right-sizing.
	 */
	static List<dev.doorstep.packaging.PackagingBox> boxes() {
		return List.of(box("XS", "Flat mailer", 200, 150, 60, 2_000, "0.45", false),
				box("S", "Small carton", 250, 200, 100, 5_000, "0.70", false),
				box("M", "Medium carton", 350, 250, 150, 10_000, "1.10", false),
				box("L", "Large carton", 400, 300, 200, 15_000, "1.60", true),
				box("XL", "Extra large carton", 500, 400, 300, 20_000, "2.40", false));
	}

	private static dev.doorstep.packaging.PackagingBox box(String id, String name, int length, int width, int height,
			int maxWeight, String cost, boolean standard) {
		return new dev.doorstep.packaging.PackagingBox(id, name, length, width, height, maxWeight, new BigDecimal(cost),
				"EUR", standard);
	}

	private final Random random;

	DemoData(long seed) {
		this.random = new Random(seed);
	}

	private <T> T any(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** A fake order and, beside it, the carriers its country would use. */
	record DemoOrder(OrderDraft draft, List<String> carriers) {
	}

	DemoOrder order(String externalId, String orderNumber, Instant placedAt) {
		Country country = any(COUNTRIES);
		String first = any(country.firstNames());
		String last = any(country.lastNames());
		String[] city = any(country.cities());
		String mailbox = (first + "." + last).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "");
		Order.Customer customer = new Order.Customer(mailbox + "@example.com",
				country.phonePrefix() + (1000 + this.random.nextInt(9000)), first, last);
		Order.Address address = new Order.Address(any(country.streets()) + " " + (1 + this.random.nextInt(120)), null,
				city[0], city[1], country.code());
		int lines = 1 + this.random.nextInt(3);
		List<Order.LineItem> items = new ArrayList<>();
		List<Product> products = new ArrayList<>(PRODUCTS);
		java.util.Collections.shuffle(products, this.random);
		BigDecimal total = BigDecimal.ZERO;
		for (Product product : products.subList(0, lines)) {
			int quantity = 1 + (this.random.nextInt(4) == 0 ? 1 : 0);
			BigDecimal price = product.priceEur().multiply(country.rate()).setScale(2, RoundingMode.HALF_UP);
			items.add(new Order.LineItem(product.sku(), product.name(), product.category(), any(product.variants()),
					quantity, price, null, null));
			total = total.add(price.multiply(BigDecimal.valueOf(quantity)));
		}
		OrderDraft draft = new OrderDraft(externalId, orderNumber, placedAt, country.currency(), country.locale(),
				customer, address, items, total);
		return new DemoOrder(draft, country.carriers());
	}

	/** A tracking number shaped like the carrier's own, random digits. */
	String trackingNumber(CarrierCode carrier) {
		return switch (carrier.value()) {
			case "dhl" -> "00340434" + digits(12);
			case "dpd" -> "0150" + digits(10);
			case "gls" -> digits(11);
			case "hermes" -> "H10" + digits(17);
			case "ups" -> "1Z" + digits(16);
			case "postnl" -> "3SDEMO" + digits(9);
			case "royal-mail" -> "RM" + digits(9) + "GB";
			case "usps" -> "9400" + digits(18);
			default -> "DX" + digits(10);
		};
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(this.random.nextInt(10));
		}
		return digits.toString();
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	String password() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		java.security.SecureRandom secure = new java.security.SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(secure.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
