package dev.refract.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@SqliteTest
class SqliteExtensionTest extends TestDatabaseContract {
    SqliteExtensionTest(TestDatabase database) {
        super(database);
    }

    @Override
    List<Class<?>> twoHelperClasses() {
        return List.of(First.class, Second.class);
    }

    @Override
    boolean exists(TestDatabase own, TestDatabase other) {
        return Files.exists(file(other));
    }

    @Override
    DatabaseKind kind() {
        return DatabaseKind.SQLITE;
    }

    @Test
    void isAFileInATemporaryFolder(TestDatabase database) {
        Path file = file(database);
        assertThat(file).isAbsolute().isRegularFile().hasFileName(database.name() + ".db");
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:sqlite:" + file);
        assertThat(database.user()).isNull();
        assertThat(database.password()).isNull();
    }

    private static Path file(TestDatabase database) {
        assertThat(database.prismaUrl()).startsWith("file:/");
        return Path.of(database.prismaUrl().substring("file:".length()));
    }

    @SqliteTest
    static class First {
        @Test
        void use(TestDatabase database) throws Exception {
            useAsOwn(First.class, database);
        }
    }

    @SqliteTest
    static class Second {
        @Test
        void use(TestDatabase database) throws Exception {
            useAsOwn(Second.class, database);
        }
    }
}
