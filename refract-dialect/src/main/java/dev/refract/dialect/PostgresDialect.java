package dev.refract.dialect;

import dev.refract.dialect.connect.DatabaseConnections;
import dev.refract.dialect.connect.PostgresConnections;
import dev.refract.dialect.migrations.MigrationSupport;
import dev.refract.dialect.migrations.PostgresMigrationSupport;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Provider;

/** PostgreSQL. */
public final class PostgresDialect implements Dialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();
    private static final DatabaseConnections CONNECTIONS = new PostgresConnections();
    private static final MigrationSupport MIGRATIONS = new PostgresMigrationSupport();

    @Override
    public Provider provider() {
        return Provider.POSTGRESQL;
    }

    @Override
    public Connector connector() {
        return Connector.of(Provider.POSTGRESQL);
    }

    /** The driver opens a server-side cursor (a portal) only with autocommit off and a fetch size. */
    @Override
    public int streamFetchSize() {
        return 1000;
    }

    @Override
    public boolean streamNeedsTransaction() {
        return true;
    }

    /** The server's message without the driver's {@code ERROR: } prefix and detail lines. */
    @Override
    public String errorMessage(java.sql.SQLException failure) {
        if (failure instanceof org.postgresql.util.PSQLException e && e.getServerErrorMessage() != null
                && e.getServerErrorMessage().getMessage() != null) {
            return e.getServerErrorMessage().getMessage();
        }
        String message = Dialect.super.errorMessage(failure);
        return message.startsWith("ERROR: ") ? message.substring("ERROR: ".length()) : message;
    }

    /** {@code $1, $2} (Prisma's raw placeholders on PostgreSQL) become JDBC {@code ?}s; plain {@code ?} stays. */
    @Override
    public dev.refract.dialect.sql.RenderedSql nativeRawSql(String sql, java.util.List<Object> values) {
        return dev.refract.dialect.sql.NumberedPlaceholders.toJdbc(sql, values);
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public boolean supportsIlike() {
        return true;
    }

    @Override
    public boolean supportsReturning() {
        return true;
    }

    @Override
    public boolean supportsNullsOrdering() {
        return true;
    }

    /** The wire protocol counts parameters in a signed 16-bit integer. */
    @Override
    public int maxBindParameters() {
        return 32767;
    }

    /** DateTime columns decoded from pgjdbc's binary timestamps ({@link dev.refract.dialect.values.PostgresValues}). */
    @Override
    public dev.refract.dialect.values.JdbcValues values() {
        return dev.refract.dialect.values.PostgresValues.INSTANCE;
    }

    @Override
    public dev.refract.dialect.error.DatabaseError classify(java.sql.SQLException failure) {
        return dev.refract.dialect.error.PostgresErrors.classify(failure);
    }

    /** JSON_AGG with ORDER BY inside the aggregate. */
    @Override
    public boolean supportsJsonAggregation() {
        return true;
    }

    @Override
    public boolean supportsLateralJoin() {
        return true;
    }

    @Override
    public boolean supportsArrayParameters() {
        return true;
    }

    @Override
    public boolean sendsQueriesTogether() {
        return true;
    }

    @Override
    public String jsonArrayFunction() {
        return "JSON_BUILD_ARRAY";
    }

    @Override
    public String jsonArrayAggFunction() {
        return "JSON_AGG";
    }

    @Override
    public String jsonValue(dev.refract.dialect.sql.Expr.JsonEncoding encoding) {
        return switch (encoding) {
            case HEX -> "ENCODE({}, 'hex')";
            case TEXT -> "CAST({} AS TEXT)";
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
        return dev.refract.dialect.json.PostgresJsonSyntax.INSTANCE;
    }

    /** Scalar lists are SQL arrays: {@code @>} contains, {@code &&} overlaps, {@code ||} concatenates. */
    @Override
    public String arrayOperator(dev.refract.dialect.sql.Expr.ArrayOp op) {
        return switch (op) {
            case CONTAINS -> "@>";
            case OVERLAPS -> "&&";
            case CONCAT -> "||";
        };
    }
}
