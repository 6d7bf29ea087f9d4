package dev.refract.dialect;

import dev.refract.dialect.connect.DatabaseConnections;
import dev.refract.dialect.connect.SqliteConnections;
import dev.refract.dialect.migrations.MigrationSupport;
import dev.refract.dialect.migrations.SqliteMigrationSupport;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Provider;

/** SQLite (through sqlite-jdbc), the embedded default. */
public final class SqliteDialect implements Dialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();
    private static final DatabaseConnections CONNECTIONS = new SqliteConnections();
    private static final MigrationSupport MIGRATIONS = new SqliteMigrationSupport();

    @Override
    public Provider provider() {
        return Provider.SQLITE;
    }

    @Override
    public Connector connector() {
        return Connector.of(Provider.SQLITE);
    }

    /** SQLite's (extended) result code ({@code 1555} for a primary key violation), as Prisma reports it. */
    @Override
    public String errorCode(java.sql.SQLException failure) {
        return failure instanceof org.sqlite.SQLiteException e ? String.valueOf(e.getResultCode().code)
                : String.valueOf(failure.getErrorCode());
    }

    /** SQLite's message, from the driver's {@code [SQLITE_...] description (message)} form. */
    @Override
    public String errorMessage(java.sql.SQLException failure) {
        String message = Dialect.super.errorMessage(failure);
        if (message.startsWith("[SQLITE_") && message.endsWith(")") && message.indexOf(" (") > 0) {
            return message.substring(message.indexOf(" (") + 2, message.length() - 1);
        }
        return message;
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** RETURNING since SQLite 3.35 (sqlite-jdbc bundles a newer one). */
    @Override
    public boolean supportsReturning() {
        return true;
    }

    /** NULLS FIRST/LAST since SQLite 3.30. */
    @Override
    public boolean supportsNullsOrdering() {
        return true;
    }

    @Override
    public String limitForOffsetOnly() {
        return "-1";
    }

    /** SQLite's LIKE has no default escape character. */
    @Override
    public String likeEscape() {
        return " ESCAPE '\\'";
    }

    @Override
    public dev.refract.dialect.values.JdbcValues values() {
        return dev.refract.dialect.values.SqliteValues.INSTANCE;
    }

    @Override
    public dev.refract.dialect.error.DatabaseError classify(java.sql.SQLException failure) {
        return dev.refract.dialect.error.SqliteErrors.classify(failure);
    }

    /** json_group_array with ORDER BY inside the aggregate (SQLite 3.44+, bundled by sqlite-jdbc). */
    @Override
    public boolean supportsJsonAggregation() {
        return true;
    }

    @Override
    public String jsonArrayFunction() {
        return "json_array";
    }

    @Override
    public String jsonArrayAggFunction() {
        return "json_group_array";
    }

    /** hex(NULL) is '' in SQLite, so NULL is kept explicitly; Json columns are text already. */
    @Override
    public String jsonValue(dev.refract.dialect.sql.Expr.JsonEncoding encoding) {
        return switch (encoding) {
            case HEX -> "CASE WHEN {} IS NULL THEN NULL ELSE hex({}) END";
            case TEXT -> "{}";
        };
    }

    @Override
    public DatabaseConnections connections() {
        return CONNECTIONS;
    }

    @Override
    public MigrationSupport migrations() {
        return MIGRATIONS;
    }

    @Override
    public dev.refract.dialect.sql.JsonSyntax json() {
        return dev.refract.dialect.json.SqliteJsonSyntax.INSTANCE;
    }
}
