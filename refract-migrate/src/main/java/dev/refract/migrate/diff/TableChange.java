package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;

/**
 * One change inside an {@link MigrationStep.AlterTable}; a table's changes render as one
 * {@code ALTER TABLE} statement, in Prisma's order: drop primary key, rename primary key, drop
 * columns, add columns, alter columns, add primary key.
 */
public sealed interface TableChange {

    /**
     * A new column. {@code prismaLevelDefault} says its default lives only in the client
     * ({@code cuid()}, {@code uuid()}), which changes the unexecutable-step message.
     */
    record AddColumn(Column column, boolean prismaLevelDefault) implements TableChange {
    }

    record DropColumn(Column column) implements TableChange {
    }

    /** A column altered in place; {@code changes} says which facets differ. */
    record AlterColumn(Column previous, Column next, ColumnChanges changes) implements TableChange {
    }

    /** A column whose type cannot be cast: it is dropped and added again (its data is lost). */
    record DropAndRecreateColumn(Column previous, Column next, ColumnChanges changes) implements TableChange {
    }

    record DropPrimaryKey() implements TableChange {
    }

    record RenamePrimaryKey() implements TableChange {
    }

    record AddPrimaryKey() implements TableChange {
    }
}
