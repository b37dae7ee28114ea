package dev.doorstep.packaging.internal;

import java.util.List;

import dev.doorstep.packaging.PackagingBox;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code packaging_box} table; every statement names the shop. */
@Repository
public class BoxRepository {

	private final JdbcClient jdbc;

	BoxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PackagingBox> boxes(ShopId shop) {
		return this.jdbc.sql("SELECT * FROM packaging_box WHERE shop_id = :shop ORDER BY position")
			.param("shop", shop.value())
			.query((rs, row) -> new PackagingBox(rs.getString("id"), rs.getString("name"), rs.getInt("inner_length_mm"),
					rs.getInt("inner_width_mm"), rs.getInt("inner_height_mm"), rs.getInt("max_weight_g"),
					rs.getBigDecimal("cost"), rs.getString("currency"), rs.getBoolean("standard")))
			.list();
	}

	/** Replaces the whole catalogue; the caller holds the transaction. */
	public void replace(ShopId shop, List<PackagingBox> boxes) {
		this.jdbc.sql("DELETE FROM packaging_box WHERE shop_id = :shop").param("shop", shop.value()).update();
		for (int i = 0; i < boxes.size(); i++) {
			PackagingBox box = boxes.get(i);
			this.jdbc
				.sql("""
						INSERT INTO packaging_box (shop_id, id, name, inner_length_mm, inner_width_mm, inner_height_mm,
						  max_weight_g, cost, currency, standard, position)
						VALUES (:shop, :id, :name, :length, :width, :height, :weight, :cost, :currency, :standard, :position)
						""")
				.param("shop", shop.value())
				.param("id", box.id())
				.param("name", box.name())
				.param("length", box.innerLengthMm())
				.param("width", box.innerWidthMm())
				.param("height", box.innerHeightMm())
				.param("weight", box.maxWeightG())
				.param("cost", box.cost())
				.param("currency", box.currency())
				.param("standard", box.standard())
				.param("position", i)
				.update();
		}
	}

}
