package dev.doorstep.shipment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.doorstep.shipment.CarrierAccount;
import dev.doorstep.shop.ShopId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code carrier_account}.
 */
@Repository
public class CarrierAccountRepository {

	private final JdbcClient jdbc;

	CarrierAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(ShopId shop, CarrierAccount account, Instant now) {
		this.jdbc.sql("""
				INSERT INTO carrier_account (shop_id, code, api_key, api_secret, account_number, webhook_secret,
				  created_at, updated_at)
				VALUES (:shop, :code, :key, :secret, :account, :webhook, :now, :now)
				ON CONFLICT (shop_id, code) DO UPDATE SET api_key = EXCLUDED.api_key, api_secret = EXCLUDED.api_secret,
				  account_number = EXCLUDED.account_number, webhook_secret = EXCLUDED.webhook_secret,
				  updated_at = EXCLUDED.updated_at
				""")
			.param("shop", shop.value())
			.param("code", account.code())
			.param("key", account.apiKey())
			.param("secret", account.apiSecret())
			.param("account", account.accountNumber())
			.param("webhook", account.webhookSecret())
			.param("now", Timestamp.from(now))
			.update();
	}

	public Optional<CarrierAccount> find(ShopId shop, String code) {
		return this.jdbc.sql("""
				SELECT code, api_key, api_secret, account_number, webhook_secret, updated_at FROM carrier_account
				WHERE shop_id = :shop AND code = :code
				""")
			.param("shop", shop.value())
			.param("code", code)
			.query(CarrierAccountRepository::account)
			.optional();
	}

	public List<CarrierAccount> list(ShopId shop) {
		return this.jdbc.sql("""
				SELECT code, api_key, api_secret, account_number, webhook_secret, updated_at FROM carrier_account
				WHERE shop_id = :shop ORDER BY code
				""").param("shop", shop.value()).query(CarrierAccountRepository::account).list();
	}

	public boolean delete(ShopId shop, String code) {
		return this.jdbc.sql("DELETE FROM carrier_account WHERE shop_id = :shop AND code = :code")
			.param("shop", shop.value())
			.param("code", code)
			.update() == 1;
	}

	private static CarrierAccount account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CarrierAccount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getTimestamp(6).toInstant());
	}

}
