package dev.refract.migrate.diff;

import dev.refract.dialect.Dialect;
import java.sql.Connection;
import java.util.OptionalLong;

/**
 * What the destructive-change checker asks the database about existing data. Over JDBC for
 * {@code migrate dev} and {@code db push} (the development database); {@link #none()} when there
 * is no database to ask ({@code migrate diff}), and then every check warns, as Prisma does.
 */
public interface DatabaseInspection {

    /** The number of rows in the table, or empty when unknown. */
    OptionalLong countRows(String namespace, String table);

    /** The number of rows whose column is not NULL, or empty when unknown. */
    OptionalLong countNonNullValues(String namespace, String table, String column);

    /** Knows nothing: every check reports its worst case. */
    static DatabaseInspection none() {
        return new DatabaseInspection() {
            @Override
            public OptionalLong countRows(String namespace, String table) {
                return OptionalLong.empty();
            }

            @Override
            public OptionalLong countNonNullValues(String namespace, String table, String column) {
                return OptionalLong.empty();
            }
        };
    }

    /** Counts with {@code SELECT COUNT(*)} on an open connection (not closed here). */
    static DatabaseInspection jdbc(Connection connection, Dialect dialect) {
        return new JdbcDatabaseInspection(connection, dialect);
    }
}
