package dev.refract.migrate.describe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first 50 migrations of langfuse's real history (../shared/corpus/migrations/langfuse__langfuse)
 * applied in order to a fresh PostgreSQL database, then described: every table, foreign key and enum
 * the history leaves behind must be there, and everything described must hang together.
 */
@PostgresTest
class LangfuseHistoryDescribeTest {
    private static final int MIGRATIONS = 50;

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE \"([^\"]+)\"");
    private static final Pattern DROP_TABLE = Pattern.compile("DROP TABLE (?:IF EXISTS )?\"([^\"]+)\"");
    private static final Pattern ADD_FK = Pattern.compile(
            "ALTER TABLE \"([^\"]+)\" ADD CONSTRAINT \"([^\"]+)\" FOREIGN KEY");
    private static final Pattern DROP_CONSTRAINT = Pattern.compile(
            "ALTER TABLE \"([^\"]+)\" DROP CONSTRAINT (?:IF EXISTS )?\"([^\"]+)\"");
    private static final Pattern CREATE_ENUM = Pattern.compile("CREATE TYPE \"([^\"]+)\" AS ENUM");
    private static final Pattern DROP_TYPE = Pattern.compile("DROP TYPE (?:IF EXISTS )?\"([^\"]+)\"");
    private static final Pattern RENAME_TYPE = Pattern.compile("ALTER TYPE \"([^\"]+)\" RENAME TO \"([^\"]+)\"");

    private static SqlSchema schema;
    private static final Set<String> expectedTables = new TreeSet<>();
    private static final Map<String, String> expectedForeignKeys = new HashMap<>();
    private static final Set<String> expectedEnums = new TreeSet<>();

    @BeforeAll
    static void applyAndDescribe(TestDatabase database) throws IOException, SQLException {
        List<Path> migrations = Corpus.migrations("langfuse__langfuse").subList(0, MIGRATIONS);
        try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
            for (Path migration : migrations) {
                String sql = Files.readString(migration.resolve("migration.sql"));
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new AssertionError("applying " + migration.getFileName() + ": " + e.getMessage(), e);
                }
                expect(sql);
            }
            new PostgresDescriber().describe(connection);
            long start = System.nanoTime();
            schema = new PostgresDescriber().describe(connection);
            long micros = (System.nanoTime() - start) / 1_000;
            System.out.printf("[describe] langfuse after %d migrations: %d tables, %d foreign keys, %d indexes,"
                    + " %d enums described in %.1f ms%n", MIGRATIONS, schema.tables().size(),
                    schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum(),
                    schema.tables().stream().mapToInt(t -> t.indexes().size()).sum(), schema.enums().size(),
                    micros / 1000.0);
        }
    }

    /** Replays what a migration does to tables, foreign keys and enums, by its statements. */
    private static void expect(String sql) {
        for (String statement : sql.split(";")) {
            String s = statement.replaceAll("--[^\\n]*", "").replaceAll("\\s+", " ").trim();
            Matcher m;
            if ((m = CREATE_TABLE.matcher(s)).find()) {
                expectedTables.add(m.group(1));
            } else if ((m = DROP_TABLE.matcher(s)).find()) {
                String table = m.group(1);
                expectedTables.remove(table);
                expectedForeignKeys.values().removeIf(table::equals);
            } else if ((m = ADD_FK.matcher(s)).find()) {
                expectedForeignKeys.put(m.group(2), m.group(1));
            } else if ((m = DROP_CONSTRAINT.matcher(s)).find()) {
                expectedForeignKeys.remove(m.group(2));
            } else if ((m = CREATE_ENUM.matcher(s)).find()) {
                expectedEnums.add(m.group(1));
            } else if ((m = RENAME_TYPE.matcher(s)).find()) {
                expectedEnums.remove(m.group(1));
                expectedEnums.add(m.group(2));
            } else if ((m = DROP_TYPE.matcher(s)).find()) {
                expectedEnums.remove(m.group(1));
            }
        }
    }

    @Test
    void everyTableOfTheHistoryIsDescribed() {
        assertThat(expectedTables).hasSizeGreaterThan(10);
        assertThat(schema.tables()).extracting(Table::name).containsExactlyElementsOf(expectedTables);
    }

    @Test
    void everyForeignKeyOfTheHistoryIsDescribed() {
        Map<String, String> described = schema.tables().stream()
                .flatMap(t -> t.foreignKeys().stream().map(fk -> Map.entry(fk.name(), t.name())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(expectedForeignKeys).isNotEmpty();
        assertThat(described).isEqualTo(expectedForeignKeys);
    }

    @Test
    void primaryKeysAsDeclared() {
        assertThat(schema.tables()).filteredOn(t -> t.primaryKey() == null).extracting(Table::name)
                .as("NextAuth's token table has only a unique constraint").containsExactly("verification_tokens");
        assertThat(schema.table("traces").orElseThrow().primaryKey().name()).isEqualTo("traces_pkey");
    }

    @Test
    void everyEnumOfTheHistoryIsDescribed() {
        assertThat(schema.enums()).extracting(SqlEnum::name).containsExactlyElementsOf(expectedEnums);
        assertThat(schema.enums()).allSatisfy(e -> assertThat(e.values()).isNotEmpty());
    }

    @Test
    void everythingHangsTogether() {
        for (Table table : schema.tables()) {
            Set<String> columns = table.columns().stream().map(Column::name).collect(Collectors.toSet());
            if (table.primaryKey() != null) {
                assertThat(columns).as("%s primary key", table.name()).containsAll(table.primaryKey().columnNames());
            }
            for (Index index : table.indexes()) {
                assertThat(columns).as("%s.%s", table.name(), index.name()).containsAll(index.columnNames());
            }
            for (ForeignKey fk : table.foreignKeys()) {
                Table target = schema.table(fk.referencedTable()).orElseThrow();
                assertThat(columns).containsAll(fk.columns());
                assertThat(target.columns()).extracting(Column::name).containsAll(fk.referencedColumns());
            }
            for (Column column : table.columns()) {
                if (column.type().family() == ColumnTypeFamily.ENUM) {
                    assertThat(schema.sqlEnum(column.type().sqlType())).as("%s.%s", table.name(), column.name())
                            .isPresent();
                }
                assertThat(column.type().family()).as("%s.%s", table.name(), column.name())
                        .isNotEqualTo(ColumnTypeFamily.UNSUPPORTED);
            }
        }
    }

    @Test
    void describingTwiceGivesTheSameSchema(TestDatabase database) throws SQLException {
        try (Connection connection = database.open()) {
            assertThat(new PostgresDescriber().describe(connection)).isEqualTo(schema);
        }
    }
}
