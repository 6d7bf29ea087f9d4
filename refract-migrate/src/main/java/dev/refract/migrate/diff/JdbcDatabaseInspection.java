package dev.refract.migrate.diff;

import dev.refract.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;

/**
 * Row and value counts over JDBC, with the dialect's quoting. A query that fails (the table is not
 * there, say) counts as unknown, so the checker falls back to its cautious message.
 */
final class JdbcDatabaseInspection implements DatabaseInspection {
    private final Connection connection;
    private final Dialect dialect;

    JdbcDatabaseInspection(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    @Override
    public OptionalLong countRows(String namespace, String table) {
        return count("SELECT COUNT(*) FROM " + qualified(namespace, table));
    }

    @Override
    public OptionalLong countNonNullValues(String namespace, String table, String column) {
        return count("SELECT COUNT(*) FROM " + qualified(namespace, table) + " WHERE " + dialect.quote(column)
                + " IS NOT NULL");
    }

    private String qualified(String namespace, String table) {
        return namespace == null ? dialect.quote(table) : dialect.quote(namespace) + "." + dialect.quote(table);
    }

    private OptionalLong count(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }
}
