package dev.refract.migrate.describe;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.sql.Connection;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a live database's schema over JDBC into an {@link SqlSchema}, normalised so that it compares
 * equal to the schema calculated from the Prisma schema that created it. Describing only reads the
 * catalogs; it leaves the connection open and its settings as they were. Failures are
 * {@link DescribeException}s.
 *
 * <pre>{@code
 * SqlSchema schema = Describer.forDialect(dialect, List.of("public")).describe(connection);
 * }</pre>
 */
public interface Describer {

    /** The table Prisma keeps its migration history in; never part of a described schema. */
    String MIGRATIONS_TABLE = "_prisma_migrations";

    SqlSchema describe(Connection connection);

    /** PostgreSQL, the given schemas (PostgreSQL's namespaces). */
    static Describer postgres(List<String> schemas) {
        return new PostgresDescriber(schemas);
    }

    /** MySQL or MariaDB, the connection's current database. */
    static Describer mysql() {
        return new MySqlDescriber();
    }

    static Describer sqlite() {
        return new SqliteDescriber();
    }

    /**
     * The describer for a dialect. {@code schemas} matters on PostgreSQL only (empty means
     * {@code public}); MySQL describes the current database and SQLite the main one.
     */
    static Describer forDialect(Dialect dialect, List<String> schemas) {
        Function<List<String>, Describer> factory = DescriberRegistry.BY_PROVIDER.get(dialect.provider());
        if (factory == null) {
            throw new IllegalArgumentException("no describer for " + dialect.provider().id());
        }
        return factory.apply(schemas);
    }
}
