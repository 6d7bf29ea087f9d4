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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Self relations: a 1-n tree (parent/children) and an implicit m-n (followers/following) on one model. */
@SqliteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfRelationSqliteTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "sqlite"
              url      = "file:./dev.db"
            }

            model Person {
              id        Int      @id
              name      String
              parentId  Int?
              parent    Person?  @relation("Family", fields: [parentId], references: [id])
              children  Person[] @relation("Family")
              followers Person[] @relation("Follows")
              following Person[] @relation("Follows")
            }
            """;

    private final TestDatabase db;
    private final List<String> statements = new ArrayList<>();
    private RefractClient client;

    SelfRelationSqliteTest(TestDatabase db) {
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
        // 1 is the root, 2 and 3 its children, 4 a child of 2. "followers" sorts before "following", so
        // join column A holds the ids of the records that own `followers`: 1 is followed by 2 and 3, 2 by 3
        db.execute("INSERT INTO Person (id, name, parentId) VALUES (1, 'root', NULL), (2, 'a', 1), (3, 'b', 1), (4, 'a1', 2)",
                "INSERT INTO _Follows (A, B) VALUES (1, 2), (1, 3), (2, 3)");
        client = RefractClient.builder(schema, db::open).statementListener((sql, p, d) -> statements.add(sql)).build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void treeAndFollowersStitchFromBothSides() {
        List<Map<String, Object>> people = (List<Map<String, Object>>) client.execute("Person", "findMany", Map.of(
                "include", Map.of("children", Map.of("include", Map.of("children", true)), "parent", true),
                "orderBy", Map.of("id", "asc")));
        assertThat(statements).hasSize(4);
        assertThat((List<Map<String, Object>>) people.get(0).get("children")).extracting(p -> p.get("id")).containsExactly(2, 3);
        Map<String, Object> a = ((List<Map<String, Object>>) people.get(0).get("children")).get(0);
        assertThat((List<Map<String, Object>>) a.get("children")).extracting(p -> p.get("name")).containsExactly("a1");
        assertThat(people.get(0).get("parent")).isNull();
        assertThat(((Map<String, Object>) people.get(3).get("parent")).get("name")).isEqualTo("a");

        Map<String, Object> one = (Map<String, Object>) client.execute("Person", "findUnique", Map.of("where", Map.of("id", 1),
                "include", Map.of("followers", true, "following", true)));
        Map<String, Object> three = (Map<String, Object>) client.execute("Person", "findUnique", Map.of("where", Map.of("id", 3),
                "include", Map.of("followers", true, "following", true)));
        assertThat((List<Map<String, Object>>) one.get("followers")).extracting(p -> p.get("id")).containsExactlyInAnyOrder(2, 3);
        assertThat((List<Map<String, Object>>) one.get("following")).isEmpty();
        assertThat((List<Map<String, Object>>) three.get("following")).extracting(p -> p.get("id")).containsExactlyInAnyOrder(1, 2);
        assertThat(client.execute("Person", "count", Map.of("where", Map.of("followers", Map.of("some", Map.of()))))).isEqualTo(2);
    }
}
