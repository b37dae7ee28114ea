package dev.doorstep.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from the zonky binaries when no external database is
 * configured, so a fresh machine needs nothing installed. Spring, not zonky's JVM hook,
 * stops it: zonky's hook would stop the server before the event registry and the pool are
 * closed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}' == ''")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(RuntimeProperties properties) throws IOException {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
		Files.createDirectories(dataDir);
		EmbeddedPostgresRecovery.recover(dataDir);
		long started = System.nanoTime();
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPort(properties.embeddedDatabasePort())
			.setPGStartupWait(Duration.ofSeconds(30))
			.setServerConfig("max_connections", "100")
			.setServerConfig("synchronous_commit", "on")
			.start();
		log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(), dataDir,
				(System.nanoTime() - started) / 1_000_000);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:16}") int maximumPoolSize) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(maximumPoolSize);
		config.setPoolName("doorstep");
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

}
