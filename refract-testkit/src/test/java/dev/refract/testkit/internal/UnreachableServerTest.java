package dev.refract.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.testkit.DatabaseUnavailableException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A server that does not answer: under CI a failure, outside CI a skip (MySQL). Uses a closed local port. */
class UnreachableServerTest {
    private static int closedPort;
    private final List<String> notices = new ArrayList<>();

    @BeforeAll
    static void findAClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
    }

    @Test
    void postgresUnderCiFailsWithAClearMessage() {
        PostgresServer server = new PostgresServer(KitEnvironment.from(Map.of(
                "CI", "true", KitEnvironment.PG_URL, "postgresql://postgres@127.0.0.1:" + closedPort)), notices::add);
        assertThatThrownBy(() -> server.create("SomeTest"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("PostgreSQL at 127.0.0.1:" + closedPort)
                .hasMessageContaining("CI=true")
                .hasMessageContaining("failure, not a skip")
                .hasMessageContaining("pg_ctlcluster");
        // the verdict is remembered: the next class fails at once, with the same reason
        assertThatThrownBy(() -> server.create("OtherTest"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("CI=true");
        assertThat(notices).isEmpty();
    }

    @Test
    void mysqlUnderCiFailsWithAClearMessage() {
        MySqlServer server = new MySqlServer(KitEnvironment.from(Map.of(
                "CI", "true", KitEnvironment.MYSQL_URL, "mysql://root@127.0.0.1:" + closedPort)), notices::add);
        assertThatThrownBy(() -> server.create("SomeTest"))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageContaining("failure, not a skip")
                .hasMessageContaining("mariadbd");
        assertThat(notices).isEmpty();
    }

    @Test
    void mysqlOutsideCiSkipsAndSaysWhy() {
        MySqlServer server = new MySqlServer(KitEnvironment.from(Map.of(
                KitEnvironment.MYSQL_URL, "mysql://root@127.0.0.1:" + closedPort)), notices::add);
        assertThatThrownBy(() -> server.create("SomeTest"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("MySQL tests SKIPPED (SomeTest)")
                .hasMessageContaining("127.0.0.1:" + closedPort);
        assertThat(notices).singleElement().asString()
                .startsWith("WARNING: MySQL tests SKIPPED (SomeTest)")
                .contains("Connection refused")
                .doesNotContain("\n");
    }
}
