package dev.refract.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.refract.client.RefractClient;
import dev.refract.client.RefractException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Acceptance 3 of issue 7, per database: a client write and a JdbcTemplate write in one @Transactional method. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TransactionContract {
    private ConfigurableApplicationContext context;
    private JdbcTemplate jdbc;
    private TestApp.Writer writer;

    abstract String prismaUrl();

    @BeforeAll
    void start() throws Exception {
        TestApp.createTables(prismaUrl());
        context = TestApp.start("DATABASE_URL=" + prismaUrl());
        jdbc = context.getBean(JdbcTemplate.class);
        writer = context.getBean(TestApp.Writer.class);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM \"User\"");
        jdbc.update("DELETE FROM \"Note\"");
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Integer.class);
    }

    @Test
    void clientAndJdbcTemplateWritesRollBackTogether() {
        assertThatThrownBy(() -> writer.both("a@x.io", true)).hasMessage("boom");
        assertThat(count("User")).isZero();
        assertThat(count("Note")).isZero();
    }

    @Test
    void clientAndJdbcTemplateWritesCommitTogether_andTheClientSeesTheUncommittedRow() {
        assertThat(writer.both("a@x.io", false)).isEqualTo(1);
        assertThat(count("User")).isEqualTo(1);
        assertThat(count("Note")).isEqualTo(1);
    }

    @Test
    void theClientsOwnTransactionJoinsSpringsOne() {
        assertThatThrownBy(() -> writer.nested("b@x.io", true)).hasMessage("boom");
        assertThat(count("User")).isZero();
        assertThat(count("Note")).isZero();
        writer.nested("b@x.io", false);
        assertThat(count("User")).isEqualTo(1);
    }

    @Test
    void outsideATransactionEachClientWriteCommitsOnItsOwn() {
        RefractClient client = context.getBean(RefractClient.class);
        client.execute("User", "create", Map.of("data", Map.of("email", "c@x.io")));
        assertThatThrownBy(() -> client.execute("User", "create", Map.of("data", Map.of("email", "c@x.io"))))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2002"));
        assertThat(count("User")).isEqualTo(1);
    }

    @Test
    void theHealthIndicatorIsUp() {
        Health health = context.getBean(RefractHealthIndicator.class).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("database", "totalConnections");
    }

    @Test
    void restartsCloseThePoolAndTheClients() {
        // what a DevTools restart does: close the context, start a new one
        for (int i = 0; i < 3; i++) {
            ConfigurableApplicationContext again = TestApp.start("DATABASE_URL=" + prismaUrl());
            HikariDataSource pool = (HikariDataSource) again.getBean(DataSource.class);
            RefractClient client = again.getBean(RefractClient.class);
            client.execute("User", "count", Map.of());
            again.close();
            assertThat(pool.isClosed()).isTrue();
        }
    }
}
