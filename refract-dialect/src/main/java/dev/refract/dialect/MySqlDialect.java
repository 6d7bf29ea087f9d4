package dev.refract.dialect;

import dev.refract.dialect.connect.DatabaseConnections;
import dev.refract.dialect.connect.MySqlConnections;
import dev.refract.dialect.migrations.MigrationSupport;
import dev.refract.dialect.migrations.MySqlMigrationSupport;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Provider;

/** MySQL and MariaDB. */
public final class MySqlDialect implements Dialect {
    static final MySqlDialect INSTANCE = new MySqlDialect();
    private static final DatabaseConnections CONNECTIONS = new MySqlConnections();
    private static final MigrationSupport MIGRATIONS = new MySqlMigrationSupport();

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    public Connector connector() {
        return Connector.of(Provider.MYSQL);
    }

    /** The MariaDB driver streams a result with a positive fetch size. */
    @Override
    public int streamFetchSize() {
        return 1000;
    }

    @Override
    public boolean streamBlocksConnection() {
        return true;
    }

    /** MySQL's error number ({@code 1062}), as Prisma reports it. */
    @Override
    public String errorCode(java.sql.SQLException failure) {
        return String.valueOf(failure.getErrorCode());
    }

    /** The server's message without the MariaDB driver's {@code (conn=N) } prefix. */
    @Override
    public String errorMessage(java.sql.SQLException failure) {
        String message = Dialect.super.errorMessage(failure);
        return message.startsWith("(conn=") && message.indexOf(") ") > 0 ? message.substring(message.indexOf(") ") + 2) : message;
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public String stringLiteral(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** MySQL has no OFFSET without LIMIT; this is its documented "no limit". */
    @Override
    public String limitForOffsetOnly() {
        return "18446744073709551615";
    }

    @Override
    public ConflictStyle conflictStyle() {
        return ConflictStyle.ON_DUPLICATE_KEY;
    }

    /** The prepared-statement protocol counts parameters in an unsigned 16-bit integer. */
    @Override
    public int maxBindParameters() {
        return 65535;
    }

    @Override
    public dev.refract.dialect.values.JdbcValues values() {
        return dev.refract.dialect.values.MySqlValues.INSTANCE;
    }

    @Override
    public dev.refract.dialect.error.DatabaseError classify(java.sql.SQLException failure) {
        return dev.refract.dialect.error.MySqlErrors.classify(failure);
    }

    /**
     * JSON_ARRAYAGG with ORDER BY inside the aggregate is MariaDB's (10.5+); MySQL 8 has no ORDER BY
     * there, so the "join" strategy is only chosen when asked for (see the client's planner).
     */
    @Override
    public boolean supportsJsonAggregation() {
        return true;
    }

    /** MariaDB has neither LATERAL nor outer references in derived tables. */
    @Override
    public boolean supportsCorrelatedDerivedTables() {
        return false;
    }

    /** InnoDB creates an index for every foreign key that has none. */
    @Override
    public boolean indexesForeignKeys() {
        return true;
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
        return dev.refract.dialect.json.MySqlJsonSyntax.INSTANCE;
    }
}
