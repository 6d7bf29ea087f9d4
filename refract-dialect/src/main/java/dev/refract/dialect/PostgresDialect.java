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
}
