package dev.refract.dialect.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.url.ConnectionUrl;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** How each dialect reads a driver's failure to connect (the cases a local test server cannot produce). */
class ConnectionFailureMappingTest {
    private final ConnectionUrl postgres = ConnectionUrl.parse("postgresql://app:secret@db.example.com:5433/shop");
    private final ConnectionUrl mysql = ConnectionUrl.parse("mysql://app:secret@db.example.com/shop");

    private static SQLException failure(String state, int code, Throwable cause) {
        return new SQLException("driver message", state, code, cause);
    }

    @Test
    void postgresAuthenticationFailureIsP1000() {
        assertThat(new PostgresConnections().connectionFailure(failure("28P01", 0, null), postgres))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("P1000");
                    assertThat(e.getMessage()).isEqualTo("Authentication failed against database server at"
                            + " `db.example.com`, the provided database credentials for `app` are not valid.");
                });
    }

    @Test
    void postgresCodes() {
        PostgresConnections connections = new PostgresConnections();
        assertThat(connections.connectionFailure(failure("3D000", 0, null), postgres).code()).isEqualTo("P1003");
        assertThat(connections.connectionFailure(failure("42501", 0, null), postgres).code()).isEqualTo("P1010");
        assertThat(connections.connectionFailure(failure("08001", 0, new SocketTimeoutException("connect timed out")),
                postgres).getMessage()).isEqualTo("Can't reach database server at `db.example.com`:`5433`");
        assertThat(connections.connectionFailure(failure("XX000", 0, null), postgres).hasCode()).isFalse();
    }

    @Test
    void mysqlCodes() {
        MySqlConnections connections = new MySqlConnections();
        assertThat(connections.connectionFailure(failure("28000", 1045, null), mysql).code()).isEqualTo("P1000");
        assertThat(connections.connectionFailure(failure("42000", 1049, null), mysql).getMessage())
                .isEqualTo("Database `shop` does not exist on the database server at `db.example.com:3306`.");
        assertThat(connections.connectionFailure(failure("42000", 1044, null), mysql).code()).isEqualTo("P1010");
        assertThat(connections.connectionFailure(failure("08000", 0, new ConnectException("refused")), mysql).code())
                .isEqualTo("P1001");
    }
}
