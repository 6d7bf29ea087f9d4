package dev.refract.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.render.DriftSummary;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Prisma-schema cases cannot express: extensions, namespaces, sequences, ignored tables, MariaDB. */
class SchemaDifferTest {
    private static final Dialect POSTGRES = Dialect.of(Provider.POSTGRESQL);
    private static final Dialect MYSQL = Dialect.of(Provider.MYSQL);

    private static Column column(String name, String sqlType, boolean nullable) {
        return new Column(name, ColumnType.of(ColumnTypeFamily.INT, sqlType), nullable, null, false, null);
    }

    private static Table table(String namespace, String name, List<Column> columns, List<Index> indexes) {
        return new Table(namespace, name, columns, new PrimaryKey(name + "_pkey", List.of(IndexColumn.of("id"))),
                indexes, List.of(), null);
    }

    private static SqlSchema schema(List<String> namespaces, List<Table> tables, List<SqlEnum> enums,
            List<Extension> extensions) {
        return new SqlSchema(namespaces, tables, enums, extensions);
    }

    private static String script(Migration m, Dialect d) {
        return MigrationRenderer.of(d).script(m);
    }

    @Test
    void extensionsAreCreatedAndAlteredButNeverDropped() {
        SqlSchema from = schema(List.of(), List.of(), List.of(),
                List.of(new Extension("citext", "public", "1.5"), new Extension("pg_trgm", null, null)));
        SqlSchema to = schema(List.of(), List.of(), List.of(),
                List.of(new Extension("citext", "public", "1.6"), new Extension("uuid-ossp", "extensions", null)));
        Migration m = SchemaDiffer.diff(from, to, POSTGRES);
        assertThat(script(m, POSTGRES)).isEqualTo("""
                -- CreateExtension
                CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA "extensions";

                -- AlterExtension
                ALTER EXTENSION "citext" UPDATE TO "1.6";
                """);
        assertThat(DriftSummary.render(m)).isEqualTo("""

                [*] Changed the `citext` extension

                [+] Added extensions
                  - uuid-ossp
                """);
    }

    @Test
    void aNewNamespaceIsCreatedFirstAndTablesInNamespacesAreQualified() {
        Table audit = table("audit", "Entry", List.of(column("id", "INTEGER", false)),
                List.of(new Index("Entry_id_idx", IndexKind.NORMAL, List.of(IndexColumn.of("id")), null)));
        SqlSchema to = schema(List.of("public", "audit"), List.of(audit), List.of(),
                List.of());
        SqlSchema from = schema(List.of("public"), List.of(), List.of(), List.of());
        assertThat(script(SchemaDiffer.diff(from, to, POSTGRES), POSTGRES)).isEqualTo("""
                -- CreateSchema
                CREATE SCHEMA IF NOT EXISTS "audit";

                -- CreateTable
                CREATE TABLE "audit"."Entry" (
                    "id" INTEGER NOT NULL,

                    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
                );

                -- CreateIndex
                CREATE INDEX "Entry_id_idx" ON "audit"."Entry"("id");
                """);
    }

    @Test
    void theMigrationsTableIsNeverTouched() {
        Table history = table(null, SchemaDiffer.MIGRATIONS_TABLE, List.of(column("id", "INTEGER", false)),
                List.of());
        SqlSchema from = schema(List.of(), List.of(history), List.of(), List.of());
        assertThat(SchemaDiffer.diff(from, SqlSchema.EMPTY, POSTGRES).isEmpty()).isTrue();
    }

    @Test
    void droppingAutoincrementDropsTheSerialDefaultAndItsSequence() {
        Column serial = new Column("id", ColumnType.of(ColumnTypeFamily.INT, "INTEGER"), false,
                new ColumnDefault.Sequence("Ticket_id_seq", null), true, null);
        SqlSchema from = schema(List.of(), List.of(table(null, "Ticket", List.of(serial), List.of())), List.of(),
                List.of());
        SqlSchema to = schema(List.of(), List.of(table(null, "Ticket", List.of(column("id", "INTEGER", false)),
                List.of())), List.of(), List.of());
        assertThat(script(SchemaDiffer.diff(from, to, POSTGRES), POSTGRES)).isEqualTo("""
                -- AlterTable
                ALTER TABLE "Ticket" ALTER COLUMN "id" DROP DEFAULT;
                DROP SEQUENCE "Ticket_id_seq";
                """);
    }

    @Test
    void unsupportedTypesCompareByTheirSpelling() {
        Column vector = new Column("embedding", ColumnType.of(ColumnTypeFamily.UNSUPPORTED, "vector(3)"), true, null,
                false, null);
        Column wider = vector.withType(ColumnType.of(ColumnTypeFamily.UNSUPPORTED, "vector(4)"));
        SqlSchema from = schema(List.of(), List.of(table(null, "Doc", List.of(column("id", "INTEGER", false), vector),
                List.of())), List.of(), List.of());
        SqlSchema to = schema(List.of(), List.of(table(null, "Doc", List.of(column("id", "INTEGER", false), wider),
                List.of())), List.of(), List.of());
        SchemaDiffer differ = SchemaDiffer.of(POSTGRES);
        Migration m = differ.diff(from, to);
        assertThat(script(m, POSTGRES)).isEqualTo("""
                -- AlterTable
                ALTER TABLE "Doc" ALTER COLUMN "embedding" SET DATA TYPE vector(4);
                """);
        assertThat(differ.check(m, DatabaseInspection.none()).warnings()).singleElement()
                .extracting(DestructiveChanges.Finding::description).isEqualTo(
                        "You are about to alter the column `embedding` on the `Doc` table. The data in that column"
                                + " could be lost. The data in that column will be cast from `Unsupported(\"vector(3)\")`"
                                + " to `Unsupported(\"vector(4)\")`.");
        assertThat(differ.diff(from, from).isEmpty()).isTrue();
    }

    @Test
    void mariaDbRecreatesARenamedIndexWhereMySqlRenamesIt() {
        Index before = new Index("a_idx", IndexKind.NORMAL, List.of(IndexColumn.of("n")), null);
        Index after = new Index("b_idx", IndexKind.NORMAL, List.of(IndexColumn.of("n")), null);
        List<Column> columns = List.of(column("id", "INTEGER", false), column("n", "INTEGER", false));
        SqlSchema from = schema(List.of(), List.of(table(null, "T", columns, List.of(before))), List.of(), List.of());
        SqlSchema to = schema(List.of(), List.of(table(null, "T", columns, List.of(after))), List.of(), List.of());
        assertThat(script(SchemaDiffer.diff(from, to, MYSQL), MYSQL)).isEqualTo("""
                -- RenameIndex
                ALTER TABLE `T` RENAME INDEX `a_idx` TO `b_idx`;
                """);
        assertThat(script(SchemaDiffer.mariaDb().diff(from, to), MYSQL)).isEqualTo("""
                -- RedefineIndex
                CREATE INDEX `b_idx` ON `T`(`n`);
                DROP INDEX `a_idx` ON `T`;
                """);
    }

    @Test
    void mariaDbReadsLongTextAsJson() {
        Column text = new Column("data", ColumnType.of(ColumnTypeFamily.STRING, "LONGTEXT"), true, null, false, null);
        Column json = text.withType(ColumnType.of(ColumnTypeFamily.JSON, "JSON"));
        SqlSchema from = schema(List.of(), List.of(table(null, "T", List.of(column("id", "INTEGER", false), text),
                List.of())), List.of(), List.of());
        SqlSchema to = schema(List.of(), List.of(table(null, "T", List.of(column("id", "INTEGER", false), json),
                List.of())), List.of(), List.of());
        assertThat(SchemaDiffer.mariaDb().diff(from, to).isEmpty()).isTrue();
        assertThat(SchemaDiffer.diff(from, to, MYSQL).isEmpty()).isFalse();
    }

    @Test
    void anEmptyMigrationRendersPrismasPlaceholder() {
        Migration m = SchemaDiffer.diff(SqlSchema.EMPTY, SqlSchema.EMPTY, POSTGRES);
        assertThat(script(m, POSTGRES)).isEqualTo("-- This is an empty migration.");
        assertThat(DriftSummary.render(m)).isEqualTo("No difference detected.");
    }
}
