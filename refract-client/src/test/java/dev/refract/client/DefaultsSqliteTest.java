package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Client-side {@code @default}s: uuid (v4, v7), cuid (1, 2), nanoid, ulid, now, and @updatedAt, on create and createMany. */
@SqliteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefaultsSqliteTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            model Tag {
              id        String   @id @default(uuid())
              v7        String   @default(uuid(7))
              c1        String   @default(cuid())
              c2        String   @default(cuid(2))
              nano      String   @default(nanoid())
              nano8     String   @default(nanoid(8))
              ulid      String   @default(ulid())
              label     String   @default("none")
              createdAt DateTime @default(now())
              updatedAt DateTime @updatedAt
            }
            """;

    private final TestDatabase db;
    private RefractClient client;

    DefaultsSqliteTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeAll
    void setUp() throws Exception {
        Schema schema = PrismaSchema.validate("schema.prisma", SCHEMA).resolved().orElseThrow();
        Dialect dialect = Dialect.of(Provider.SQLITE);
        String script = MigrationRenderer.of(dialect).script(SchemaDiffer.of(dialect)
                .diff(SqlSchema.EMPTY, SqlSchemaCalculator.calculate(schema, dialect)));
        try (Connection c = dialect.connections().openForScripts(ConnectionUrl.parse(db.prismaUrl()))) {
            dialect.connections().runScript(c, script);
        }
        client = RefractClient.builder(schema, db::open).build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void createFillsEveryClientSideDefault() {
        Instant before = Instant.now().minusMillis(5);
        Map<String, Object> tag = (Map<String, Object>) client.execute("Tag", "create", Map.of("data", Map.of()));
        assertThat(UUID.fromString((String) tag.get("id")).version()).isEqualTo(4);
        assertThat(UUID.fromString((String) tag.get("v7")).version()).isEqualTo(7);
        assertThat((String) tag.get("c1")).hasSize(25).startsWith("c").matches("[0-9a-z]+");
        assertThat((String) tag.get("c2")).hasSize(24).matches("[a-z][0-9a-z]+");
        assertThat((String) tag.get("nano")).hasSize(21).matches("[A-Za-z0-9_-]+");
        assertThat((String) tag.get("nano8")).hasSize(8);
        assertThat((String) tag.get("ulid")).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(tag.get("label")).isEqualTo("none");
        assertThat((Instant) tag.get("createdAt")).isAfter(before).isEqualTo(tag.get("updatedAt"));
    }

    @Test
    void createManyGivesEachRowItsOwnIds() {
        client.execute("Tag", "createMany", Map.of("data", List.of(Map.of("label", "a"), Map.of("label", "b"))));
        List<?> tags = (List<?>) client.execute("Tag", "findMany", Map.of("where", Map.of("label", Map.of("in", List.of("a", "b")))));
        assertThat(tags).hasSize(2);
        assertThat(tags.stream().map(t -> ((Map<?, ?>) t).get("id")).distinct()).hasSize(2);
    }
}
