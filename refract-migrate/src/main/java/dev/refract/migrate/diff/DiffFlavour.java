package dev.refract.migrate.diff;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.util.Set;

/**
 * What the differ and the destructive-change checker need to know about one database: which
 * changes it can make in place, how types cast, and how Prisma names types in warnings. Yes/no
 * hooks have the common answer as default; one implementation per database.
 */
interface DiffFlavour {

    /** The flavour for a dialect; MySQL here means MySQL 8 ({@link #mariaDb()} for MariaDB). */
    static DiffFlavour of(Dialect dialect) {
        return switch (dialect.provider()) {
            case POSTGRESQL, COCKROACHDB -> new PostgresDiffFlavour();
            case MYSQL -> new MySqlDiffFlavour(false);
            case SQLITE -> new SqliteDiffFlavour();
            default -> throw new IllegalArgumentException("Refract cannot diff " + dialect.provider().id());
        };
    }

    static DiffFlavour mariaDb() {
        return new MySqlDiffFlavour(true);
    }

    /** Tables the differ never touches (besides {@code _prisma_migrations}). */
    default boolean ignoresTable(String name) {
        return false;
    }

    boolean canRenameForeignKey();

    default boolean canRenameIndex() {
        return true;
    }

    default boolean canRedefineTablesWithInboundForeignKeys() {
        return false;
    }

    default boolean canCopeWithForeignKeyColumnBecomingNonNullable() {
        return true;
    }

    default boolean hasUnnamedForeignKeys() {
        return false;
    }

    default boolean autoincrementChanged(Column previous, Column next) {
        return previous.autoIncrement() != next.autoIncrement();
    }

    /** How the column's type changes, or null when it does not. */
    TypeChange typeChange(Column previous, Column next);

    default boolean indexesMatch(Index previous, Index next) {
        return true;
    }

    default boolean recreatesIndexesAfterColumnDrop() {
        return false;
    }

    default boolean createsIndexesOfCreatedTables() {
        return true;
    }

    default boolean addsForeignKeysOfCreatedTables() {
        return true;
    }

    default boolean dropsForeignKeysOfDroppedTables() {
        return true;
    }

    default boolean dropsIndexesOfDroppedTables() {
        return false;
    }

    default boolean ignoresJsonDefaults() {
        return false;
    }

    default boolean recreatesForeignKeysCoveredByDroppedIndexes() {
        return false;
    }

    /** Enum types of their own (PostgreSQL); elsewhere enums live on columns. */
    default boolean hasEnumTypes() {
        return false;
    }

    default boolean hasExtensions() {
        return false;
    }

    /** Schemas inside the database that migrations create (PostgreSQL {@code CREATE SCHEMA}). */
    default boolean hasNamespaces() {
        return false;
    }

    /** The table pairs that must be rebuilt instead of altered (SQLite). */
    default Set<String> tablesToRedefine(SchemaDiffer.Context context) {
        return Set.of();
    }

    /** Prisma's name of a column's type in warnings ({@code VarChar(191)}, {@code Int}, {@code String}). */
    String displayType(Column column, SqlSchema schema);

    /** Adds the warnings and unexecutable checks of an in-place column change. */
    void checkAlterColumn(TableChange.AlterColumn change, String table, String namespace, Migration migration,
            CheckPlan plan, int stepIndex);

    /** Adds the checks of a column dropped and recreated because its type cannot be cast. */
    default void checkDropAndRecreateColumn(TableChange.DropAndRecreateColumn change, String table, String namespace,
            CheckPlan plan, int stepIndex) {
        Column previous = change.previous();
        Column next = change.next();
        boolean nextRequiredWithoutDefault = Arity.isRequired(next) && next.defaultValue() == null;
        if (change.changes().arityChanged() && previous.nullable() && !previous.type().list()
                && nextRequiredWithoutDefault) {
            plan.unexecutable(new Check.AddedRequiredColumn(namespace, table, previous.name(), false), stepIndex);
        } else if (nextRequiredWithoutDefault) {
            plan.unexecutable(new Check.DropAndRecreateRequiredColumn(namespace, table, previous.name()), stepIndex);
        } else {
            plan.warning(new Check.DropAndRecreateColumn(namespace, table, previous.name()), stepIndex);
        }
    }
}
