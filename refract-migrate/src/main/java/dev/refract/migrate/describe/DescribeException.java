package dev.refract.migrate.describe;

/**
 * Describing a database failed: a catalog query was rejected (missing privileges, lost connection)
 * or returned something the describer cannot read. Carries the catalog query's resource name and
 * SQL, like every Refract exception that comes from a statement.
 */
public final class DescribeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final String sql;

    public DescribeException(String message, String query, String sql, Throwable cause) {
        super(query == null ? message : message + " (catalog query " + query + ")", cause);
        this.query = query;
        this.sql = sql;
    }

    /** The catalog query's resource name, such as {@code postgres/columns.sql}; null when none ran. */
    public String query() {
        return query;
    }

    /** The SQL that failed, null when none ran. */
    public String sql() {
        return sql;
    }
}
