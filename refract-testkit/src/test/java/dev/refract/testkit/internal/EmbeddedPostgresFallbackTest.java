package dev.refract.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outside CI, a PostgreSQL server that does not answer is replaced by the embedded one. Forced
 * here by pointing the kit at a closed port, so it runs (a few seconds) wherever the suite runs.
 */
class EmbeddedPostgresFallbackTest {

    @Test
    void aMissingServerIsReplacedByTheEmbeddedOne() throws Exception {
        List<String> notices = new ArrayList<>();
        int closedPort = closedPort();
        PostgresServer server = new PostgresServer(KitEnvironment.from(Map.of(
                KitEnvironment.PG_URL, "postgresql://postgres@127.0.0.1:" + closedPort)), notices::add);
        try (TestDatabase database = server.create("FallbackTest")) {
            assertThat(database.prismaUrl()).startsWith("postgresql://postgres@localhost:")
                    .endsWith("/" + database.name());
            database.execute("CREATE TABLE t (id INTEGER)", "INSERT INTO t VALUES (42)");
            try (Connection connection = database.open(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id FROM t")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
        assertThat(notices).singleElement().asString()
                .startsWith("NOTICE: PostgreSQL at 127.0.0.1:" + closedPort + " (as postgres) is not reachable")
                .contains("EMBEDDED PostgreSQL on localhost:")
                .doesNotContain("\n");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
