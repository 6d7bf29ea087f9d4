package dev.refract.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A class may ask for several kinds; annotated parameters say which goes where. */
@PostgresTest
@SqliteTest
class SeveralDatabasesTest {

    @Test
    void annotatedParametersPickTheirKind(@PostgresTest TestDatabase postgres, @SqliteTest TestDatabase sqlite)
            throws SQLException {
        assertThat(postgres.kind()).isEqualTo(DatabaseKind.POSTGRES);
        assertThat(sqlite.kind()).isEqualTo(DatabaseKind.SQLITE);
        postgres.execute("CREATE TABLE a (id INTEGER)");
        sqlite.execute("CREATE TABLE a (id INTEGER)");
    }

    @Test
    void anUnqualifiedParameterIsExplained() {
        var failures = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Unqualified.class)).execute()
                .testEvents().failed().stream()
                .flatMap(event -> event.getPayload(TestExecutionResult.class).stream())
                .flatMap(result -> result.getThrowable().stream())
                .map(Throwable::getMessage)
                .toList();
        assertThat(failures).singleElement().asString()
                .contains("uses several test databases [@PostgresTest, @SqliteTest]")
                .contains("annotate the TestDatabase parameter");
    }

    @PostgresTest
    @SqliteTest
    static class Unqualified {
        @Test
        void use(TestDatabase database) {
            throw new AssertionError("should not be reached with " + database);
        }
    }
}
