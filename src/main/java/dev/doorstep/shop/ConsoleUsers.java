package dev.doorstep.shop;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Console users and their memberships in shops.
 */
@Service
public class ConsoleUsers {

	/** A console user's shop and role in it. */
	public record Membership(ShopId shopId, ShopRole role) {
	}

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	ConsoleUsers(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Creates the user unless the email is taken, and returns the user's id either way.
	 */
	@Transactional
	public UUID ensureUser(String email, String displayName, String rawPassword) {
		Optional<UUID> existing = findIdByEmail(email);
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO console_user (id, email, display_name, password_hash, created_at)
				VALUES (:id, :email, :name, :hash, :now)
				""")
			.param("id", id)
			.param("email", email.trim().toLowerCase())
			.param("name", displayName)
			.param("hash", this.passwords.encode(rawPassword))
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	@Transactional
	public void grant(ShopId shop, UUID userId, ShopRole role) {
		this.jdbc.sql("""
				INSERT INTO shop_member (shop_id, user_id, role, created_at) VALUES (:shop, :user, :role, :now)
				ON CONFLICT (shop_id, user_id) DO UPDATE SET role = EXCLUDED.role
				""")
			.param("shop", shop.value())
			.param("user", userId)
			.param("role", role.name())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	public Optional<UUID> findIdByEmail(String email) {
		return this.jdbc.sql("SELECT id FROM console_user WHERE email = :email")
			.param("email", email.trim().toLowerCase())
			.query(UUID.class)
			.optional();
	}

	public List<Membership> memberships(UUID userId) {
		return this.jdbc.sql("SELECT shop_id, role FROM shop_member WHERE user_id = :user ORDER BY created_at")
			.param("user", userId)
			.query((rs, row) -> new Membership(new ShopId(rs.getObject("shop_id", UUID.class)),
					ShopRole.valueOf(rs.getString("role"))))
			.list();
	}

	public List<UUID> allUserIds() {
		return this.jdbc.sql("SELECT id FROM console_user").query(UUID.class).list();
	}

}
