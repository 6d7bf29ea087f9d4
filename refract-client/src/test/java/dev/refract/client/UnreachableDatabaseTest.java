package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.Dialect;
import dev.refract.schema.model.Provider;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A server that does not answer: reads, writes and transactions fail with P1001. */
class UnreachableDatabaseTest {

    @Test
    void nothingListeningIsP1001() throws Exception {
        RefractClient client = RefractClient.builder(BlogDatabase.blogSchema(Provider.POSTGRESQL),
                ConnectionSource.driverManager("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "u", "p"))
                .dialect(Dialect.of(Provider.POSTGRESQL)).build();
        assertThatThrownBy(() -> client.execute("User", "findMany", Map.of()))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P1001"));
        assertThatThrownBy(() -> client.execute("User", "deleteMany", Map.of()))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P1001"));
        assertThatThrownBy(() -> client.transaction(tx -> tx.execute("User", "count", Map.of())))
                .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P1001"));
    }

    @Test
    void aPooledClientReportsP1001RatherThanATimeout() throws Exception {
        String url = "postgresql://u:p@127.0.0.1:1/none?connect_timeout=1&pool_timeout=3";
        try (RefractClient client = RefractClient.builder(BlogDatabase.blogSchema(Provider.POSTGRESQL),
                dev.refract.dialect.url.ConnectionUrl.parse(url)).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.execute("User", "findMany", Map.of()))
                    .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P1001"));
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
        }
    }
}
