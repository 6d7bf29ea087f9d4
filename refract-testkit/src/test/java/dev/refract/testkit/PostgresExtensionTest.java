package dev.refract.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresExtensionTest extends TestDatabaseContract {
    PostgresExtensionTest(TestDatabase database) {
        super(database);
    }

    @Override
    List<Class<?>> twoHelperClasses() {
        return List.of(First.class, Second.class);
    }

    @Override
    boolean exists(TestDatabase own, TestDatabase other) throws SQLException {
        return count(own, "SELECT count(*) FROM pg_database WHERE datname = ?", other.name()) > 0;
    }

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRES;
    }

    @Test
    void connectsToItsOwnDatabase(TestDatabase database) throws SQLException {
        assertThat(count(database, "SELECT count(*) FROM pg_database WHERE datname = current_database() AND datname = ?",
                database.name())).isEqualTo(1);
        assertThat(database.prismaUrl()).startsWith("postgresql://" + database.user() + "@")
                .endsWith("/" + database.name());
    }

    @PostgresTest
    static class First {
        @Test
        void use(TestDatabase database) throws SQLException {
            useAsOwn(First.class, database);
        }
    }

    @PostgresTest
    static class Second {
        @Test
        void use(TestDatabase database) throws SQLException {
            useAsOwn(Second.class, database);
        }
    }
}
