package dev.doorstep.recommendation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.recommendation.Product;
import dev.doorstep.recommendation.Products;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code product} table; every statement names the shop. */
@Repository
public class ProductRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	ProductRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Products.UpsertResult upsert(ShopId shop, List<Product> products) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		int created = 0;
		for (Product product : products) {
			// xmax = 0 only for a row this statement inserted.
			Boolean inserted = this.jdbc.sql("""
					INSERT INTO product (shop_id, sku, name, category, price, currency, image_url, product_url,
					  available, variant_of, variant, length_mm, width_mm, height_mm, weight_g, updated_at)
					VALUES (:shop, :sku, :name, :category, :price, :currency, :image, :url, :available, :variantOf,
					  :variant, :length, :width, :height, :weight, :now)
					ON CONFLICT (shop_id, sku) DO UPDATE SET name = EXCLUDED.name, category = EXCLUDED.category,
					  price = EXCLUDED.price, currency = EXCLUDED.currency, image_url = EXCLUDED.image_url,
					  product_url = EXCLUDED.product_url, available = EXCLUDED.available,
					  variant_of = EXCLUDED.variant_of, variant = EXCLUDED.variant, length_mm = EXCLUDED.length_mm,
					  width_mm = EXCLUDED.width_mm, height_mm = EXCLUDED.height_mm, weight_g = EXCLUDED.weight_g,
					  updated_at = EXCLUDED.updated_at
					RETURNING (xmax = 0)
					""")
				.param("shop", shop.value())
				.param("sku", product.sku())
				.param("name", product.name())
				.param("category", product.category())
				.param("price", product.price())
				.param("currency", product.currency())
				.param("image", product.imageUrl())
				.param("url", product.productUrl())
				.param("available", product.available())
				.param("variantOf", product.variantOf())
				.param("variant", product.variant())
				.param("length", product.lengthMm())
				.param("width", product.widthMm())
				.param("height", product.heightMm())
				.param("weight", product.weightG())
				.param("now", now)
				.query(Boolean.class)
				.single();
			if (Boolean.TRUE.equals(inserted)) {
				created++;
			}
		}
		return new Products.UpsertResult(created, products.size() - created);
	}

	public Map<String, Product> find(ShopId shop, Collection<String> skus) {
		Map<String, Product> found = new LinkedHashMap<>();
		if (skus.isEmpty()) {
			return found;
		}
		this.jdbc.sql("SELECT * FROM product WHERE shop_id = :shop AND sku IN (:skus) ORDER BY sku")
			.param("shop", shop.value())
			.param("skus", List.copyOf(skus))
			.query(ProductRepository::product)
			.list()
			.forEach(product -> found.put(product.sku(), product));
		return found;
	}

	public List<Product> otherVariants(ShopId shop, String sku) {
		return this.jdbc.sql("""
				SELECT other.* FROM product this
				JOIN product other ON other.shop_id = this.shop_id
				  AND COALESCE(other.variant_of, other.sku) = COALESCE(this.variant_of, this.sku)
				WHERE this.shop_id = :shop AND this.sku = :sku AND other.sku <> this.sku AND other.available
				ORDER BY other.price, other.sku
				""").param("shop", shop.value()).param("sku", sku).query(ProductRepository::product).list();
	}

	private static Product product(ResultSet rs, int row) throws SQLException {
		return new Product(rs.getString("sku"), rs.getString("name"), rs.getString("category"),
				rs.getBigDecimal("price"), rs.getString("currency"), rs.getString("image_url"),
				rs.getString("product_url"), rs.getBoolean("available"), rs.getString("variant_of"),
				rs.getString("variant"), rs.getObject("length_mm", Integer.class),
				rs.getObject("width_mm", Integer.class), rs.getObject("height_mm", Integer.class),
				rs.getObject("weight_g", Integer.class));
	}

}
