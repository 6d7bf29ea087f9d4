package dev.refract.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.client.RefractClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** Where the URL comes from, relative SQLite paths, JDBC URLs, and the health indicator on an unreachable server. */
class StarterConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void springDatasourceUrlWinsOverDatabaseUrl_andRelativeFilesAreFromTheSchemaDir() {
        MockEnvironment env = new MockEnvironment().withProperty("DATABASE_URL", "file:./a.db")
                .withProperty("refract.schema-dir", dir.toString());
        RefractDatabaseUrl url = RefractDatabaseUrl.of(env).orElseThrow();
        assertThat(url.from()).isEqualTo("DATABASE_URL");
        assertThat(url.url().file()).contains(dir.resolve("a.db"));

        env.setProperty("spring.datasource.url", "postgresql://u:p@127.0.0.1:5432/app");
        RefractDatabaseUrl spring = RefractDatabaseUrl.of(env).orElseThrow();
        assertThat(spring.from()).isEqualTo("spring.datasource.url");
        assertThat(spring.url().database()).isEqualTo("app");
        assertThat(RefractDatabaseUrl.of(new MockEnvironment())).isEmpty();
    }

    @Test
    void aJdbcUrlWorksToo() throws Exception {
        Path file = dir.resolve("j.db");
        TestApp.createTables("file:" + file);
        try (ConfigurableApplicationContext context = TestApp.start("spring.datasource.url=jdbc:sqlite:" + file)) {
            RefractClient client = context.getBean(RefractClient.class);
            client.execute("User", "create", Map.of("data", Map.of("email", "j@x.io")));
            assertThat(client.execute("User", "count", Map.of())).isEqualTo(1);
            assertThat(context.getBean(DataSource.class)).isNotNull();
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void healthIsDownWithP1001WhenTheServerIsUnreachable() {
        try (ConfigurableApplicationContext context = TestApp.start(
                "DATABASE_URL=postgresql://postgres@127.0.0.1:1/nope?pool_timeout=1&connect_timeout=1")) {
            Health health = context.getBean(RefractHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("code", "P1001");
        }
    }
}
