package dev.refract.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

@MySqlTest
class MySqlExtensionTest extends TestDatabaseContract {
    MySqlExtensionTest(TestDatabase database) {
        super(database);
    }

    @Override
    List<Class<?>> twoHelperClasses() {
        return List.of(First.class, Second.class);
    }

    @Override
    boolean exists(TestDatabase own, TestDatabase other) throws SQLException {
        return count(own, "SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", other.name()) > 0;
    }

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MYSQL;
    }

    @Test
    void connectsToItsOwnDatabase(TestDatabase database) throws SQLException {
        assertThat(count(database, "SELECT count(*) FROM DUAL WHERE DATABASE() = ?", database.name())).isEqualTo(1);
        assertThat(database.prismaUrl()).startsWith("mysql://" + database.user() + "@")
                .endsWith("/" + database.name());
    }

    @MySqlTest
    static class First {
        @Test
        void use(TestDatabase database) throws SQLException {
            useAsOwn(First.class, database);
        }
    }

    @MySqlTest
    static class Second {
        @Test
        void use(TestDatabase database) throws SQLException {
            useAsOwn(Second.class, database);
        }
    }
}
