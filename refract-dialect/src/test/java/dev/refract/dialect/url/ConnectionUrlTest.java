package dev.refract.dialect.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.dialect.error.DatabaseException;
import dev.refract.schema.model.Provider;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConnectionUrlTest {
    private static final Path SCHEMA_DIR = Path.of("/projects/app/prisma");

    @Test
    void postgresUrlWithEveryPrismaParameter() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://johndoe:s3cr%40t%3Aok@db.example.com:6543/shop"
                + "?schema=sales&connection_limit=5&pool_timeout=10&connect_timeout=15&socket_timeout=30"
                + "&sslmode=require&application_name=my%20app&pgbouncer=true&unknown_thing=kept", SCHEMA_DIR);

        assertThat(url.provider()).isEqualTo(Provider.POSTGRESQL);
        assertThat(url.user()).isEqualTo("johndoe");
        assertThat(url.password()).isEqualTo("s3cr@t:ok");
        assertThat(url.host()).isEqualTo("db.example.com");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.schema()).contains("sales");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/shop?currentSchema=sales"
                + "&connectTimeout=15&socketTimeout=30&sslmode=require&ApplicationName=my%20app&prepareThreshold=0");
        assertThat(url.parameters()).containsEntry("connection_limit", "5").containsEntry("pool_timeout", "10")
                .containsEntry("unknown_thing", "kept").containsEntry("application_name", "my app");
        assertThat(url.jdbcProperties()).containsEntry("user", "johndoe").containsEntry("password", "s3cr@t:ok");
        assertThat(url.toString()).doesNotContain("s3cr");
    }

    @Test
    void pgbouncerTurnsOffNamedPreparedStatementsAndLeavesThePublicSchemaToTheServer() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://app@bouncer:6432/shop?pgbouncer=true", SCHEMA_DIR);

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://bouncer:6432/shop?connectTimeout=5&prepareThreshold=0");
        assertThat(url.schema()).contains("public");
    }

    @Test
    void postgresDefaults() {
        ConnectionUrl url = ConnectionUrl.parse("postgres://localhost/", SCHEMA_DIR);

        assertThat(url.provider()).isEqualTo(Provider.POSTGRESQL);
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.database()).isEqualTo("postgres");
        assertThat(url.schema()).contains("public");
        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/postgres?currentSchema=public&connectTimeout=5");
        assertThat(url.location()).isEqualTo("localhost");
        assertThat(url.hostAndPort()).isEqualTo("localhost:5432");
        assertThat(url.describe()).isEqualTo("PostgreSQL database \"postgres\", schema \"public\" at \"localhost\"");
    }

    @Test
    void passwordMayHoldAnAtSignAndUnicode() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://u:p@ss%C3%A9@h:1/d", SCHEMA_DIR);
        assertThat(url.password()).isEqualTo("p@ssé");
        assertThat(url.host()).isEqualTo("h");
    }

    @Test
    void ipv6Host() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://u@[::1]:5433/d", SCHEMA_DIR);
        assertThat(url.host()).isEqualTo("::1");
        assertThat(url.jdbcUrl()).startsWith("jdbc:postgresql://[::1]:5433/d?");
        assertThat(url.location()).isEqualTo("[::1]:5433");
    }

    @Test
    void strictSslAcceptVerifiesTheCertificate() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://u@h/d?sslmode=require&sslaccept=strict&sslcert=ca.pem",
                SCHEMA_DIR);
        assertThat(url.jdbcUrl()).contains("sslmode=verify-full").contains("sslrootcert=ca.pem");
    }

    @Test
    void mysqlUrl() {
        ConnectionUrl url = ConnectionUrl.parse("mysql://root:pa%23ss@127.0.0.1:3307/shop?connection_limit=3"
                + "&connect_timeout=2&socket_timeout=4&sslaccept=strict", SCHEMA_DIR);

        assertThat(url.provider()).isEqualTo(Provider.MYSQL);
        assertThat(url.password()).isEqualTo("pa#ss");
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.schema()).isEmpty();
        assertThat(url.jdbcUrl()).isEqualTo(
                "jdbc:mariadb://127.0.0.1:3307/shop?connectTimeout=2000&socketTimeout=4000&sslMode=verify-full");
        assertThat(url.parameters()).containsEntry("connection_limit", "3");
        assertThat(url.describe()).isEqualTo("MySQL database \"shop\" at \"127.0.0.1:3307\"");
    }

    @Test
    void sqliteFileRelativeToTheSchemaFolder() {
        ConnectionUrl url = ConnectionUrl.parse("file:./dev.db?connection_limit=1", SCHEMA_DIR);

        assertThat(url.provider()).isEqualTo(Provider.SQLITE);
        assertThat(url.file()).contains(Path.of("/projects/app/prisma/dev.db"));
        assertThat(url.database()).isEqualTo("dev.db");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:sqlite:/projects/app/prisma/dev.db?busy_timeout=5000");
        assertThat(url.location()).isEqualTo("file:./dev.db");
        assertThat(url.parameters()).containsEntry("connection_limit", "1");
        assertThat(url.describe()).isEqualTo("SQLite database \"dev.db\" at \"file:./dev.db\"");
    }

    @Test
    void sqliteFileForms() {
        assertThat(ConnectionUrl.parse("file:dev.db", SCHEMA_DIR).file()).contains(Path.of("/projects/app/prisma/dev.db"));
        assertThat(ConnectionUrl.parse("file:../data/app.db", SCHEMA_DIR).file())
                .contains(Path.of("/projects/app/data/app.db"));
        assertThat(ConnectionUrl.parse("file:/var/db/app.db", SCHEMA_DIR).file()).contains(Path.of("/var/db/app.db"));
        assertThat(ConnectionUrl.parse("sqlite:./x.db", SCHEMA_DIR).file()).contains(Path.of("/projects/app/prisma/x.db"));
    }

    @Test
    void jdbcPostgresUrlKeepsItsParametersAndTakesTheCredentialsOut() {
        ConnectionUrl url = ConnectionUrl.parse(
                "jdbc:postgresql://db:5433/shop?user=app&password=se%26cret&currentSchema=sales,public&ssl=true");

        assertThat(url.isJdbc()).isTrue();
        assertThat(url.provider()).isEqualTo(Provider.POSTGRESQL);
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("se&cret");
        assertThat(url.schema()).contains("sales");
        assertThat(url.database()).isEqualTo("shop");
        assertThat(url.port()).isEqualTo(5433);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5433/shop?currentSchema=sales,public&ssl=true");
    }

    @Test
    void jdbcShortForms() {
        ConnectionUrl local = ConnectionUrl.parse("jdbc:postgresql:shop");
        assertThat(local.host()).isEqualTo("localhost");
        assertThat(local.port()).isEqualTo(5432);
        assertThat(local.database()).isEqualTo("shop");

        ConnectionUrl mysql = ConnectionUrl.parse("jdbc:mysql://h/app?user=root");
        assertThat(mysql.provider()).isEqualTo(Provider.MYSQL);
        assertThat(mysql.port()).isEqualTo(3306);
        assertThat(mysql.jdbcUrl()).isEqualTo("jdbc:mysql://h/app");

        ConnectionUrl mariadb = ConnectionUrl.parse("jdbc:mariadb://h:3310/app");
        assertThat(mariadb.provider()).isEqualTo(Provider.MYSQL);
        assertThat(mariadb.port()).isEqualTo(3310);

        ConnectionUrl sqlite = ConnectionUrl.parse("jdbc:sqlite:/tmp/app.db");
        assertThat(sqlite.provider()).isEqualTo(Provider.SQLITE);
        assertThat(sqlite.file()).contains(Path.of("/tmp/app.db"));
        assertThat(sqlite.jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/app.db");
    }

    @Test
    void withDatabaseKeepsServerAndParameters() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://u:p@h:1/app?schema=s", SCHEMA_DIR);
        ConnectionUrl admin = url.withDatabase("postgres");
        assertThat(admin.jdbcUrl()).isEqualTo("jdbc:postgresql://h:1/postgres?currentSchema=s&connectTimeout=5");
        assertThat(admin.password()).isEqualTo("p");
        assertThat(admin.database()).isEqualTo("postgres");
    }

    @Test
    void unsupportedAndBrokenUrlsAreP1013() {
        assertThatThrownBy(() -> ConnectionUrl.parse("mongodb://h/db", SCHEMA_DIR))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.code()).isEqualTo("P1013"));
        assertThatThrownBy(() -> ConnectionUrl.parse("postgresql://h:99999/db", SCHEMA_DIR))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.code()).isEqualTo("P1013"));
        assertThatThrownBy(() -> ConnectionUrl.parse("localhost:5432/db", SCHEMA_DIR))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.code()).isEqualTo("P1013"));
        assertThatThrownBy(() -> ConnectionUrl.parse("jdbc:oracle:thin:@h:1521:x", SCHEMA_DIR))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.code()).isEqualTo("P1013"));
    }

    @Test
    void queryValuesAreFormDecoded() {
        ConnectionUrl url = ConnectionUrl.parse("postgresql://h/d?options=-c%20search_path%3Dx&application_name=a+b",
                SCHEMA_DIR);
        assertThat(url.parameter("options")).contains("-c search_path=x");
        assertThat(url.parameter("application_name")).contains("a b");
    }
}
