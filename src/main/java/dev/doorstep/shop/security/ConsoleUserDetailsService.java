package dev.doorstep.shop.security;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class ConsoleUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	ConsoleUserDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.jdbc.sql("SELECT id, email, display_name, password_hash FROM console_user WHERE email = :email")
			.param("email", username.trim().toLowerCase())
			.query((rs, row) -> new ConsoleUserPrincipal(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("display_name"), rs.getString("password_hash")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("unknown console user"));
	}

}
