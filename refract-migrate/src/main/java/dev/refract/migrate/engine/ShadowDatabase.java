package dev.refract.migrate.engine;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.connect.DatabaseConnections;
import dev.refract.dialect.connect.ScriptFailure;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.history.HistoryErrors;
import dev.refract.migrate.history.LocalMigration;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.model.Provider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The database Prisma replays a migration history into, to learn the schema the history produces
 * without touching the development database. Either a temporary one ({@code
 * prisma_migrate_shadow_db_<uuid>} on the development database's server, or a temporary SQLite file),
 * created here and always dropped on {@link #close()}, or the configured {@code shadowDatabaseUrl},
 * which is emptied first and left in place.
 *
 * <pre>{@code
 * try (ShadowDatabase shadow = ShadowDatabase.open(Provider.POSTGRESQL, project.shadowDatabaseUrl(),
 *         Optional.of(project.url()), namespaces)) {
 *     SqlSchema history = shadow.apply(folder.migrations());
 * }
 * }</pre>
 */
public final class ShadowDatabase implements AutoCloseable {
    /** Prisma's name prefix for temporary shadow databases. */
    public static final String NAME_PREFIX = "prisma_migrate_shadow_db_";

    private final ConnectionUrl url;
    private final Dialect dialect;
    private final boolean temporary;
    private final List<String> namespaces;
    private final List<String> applied = new ArrayList<>();
    private Connection connection;

    private ShadowDatabase(ConnectionUrl url, boolean temporary, List<String> namespaces) {
        this.url = url;
        this.dialect = Dialect.of(url.provider());
        this.temporary = temporary;
        this.namespaces = List.copyOf(namespaces);
    }

    /**
     * A shadow database for {@code provider}: {@code configured} (emptied first) when present, else a
     * temporary database on the server of {@code server} (SQLite needs no server).
     *
     * @param namespaces the schemas to describe (see {@link Project#namespaces()})
     * @throws DatabaseException P3014 when the temporary database cannot be created; a plain error when
     *         a server is needed and neither URL is given
     */
    public static ShadowDatabase open(Provider provider, Optional<ConnectionUrl> configured,
            Optional<ConnectionUrl> server, List<String> namespaces) {
        if (configured.isPresent()) {
            ConnectionUrl url = configured.get();
            Dialect.of(url.provider()).connections().reset(url, namespaces);
            return new ShadowDatabase(url, false, Databases.describedNamespaces(url, namespaces));
        }
        DatabaseConnections connections = Dialect.of(provider).connections();
        String name = NAME_PREFIX + UUID.randomUUID();
        ConnectionUrl url = connections.scratchDatabase(server, name)
                .orElseThrow(EngineErrors::shadowDatabaseUrlNeeded);
        try {
            connections.createDatabase(url);
        } catch (DatabaseException e) {
            throw EngineErrors.shadowDatabaseNotCreated(e);
        }
        return new ShadowDatabase(url, true, Databases.describedNamespaces(url, namespaces));
    }

    public ConnectionUrl url() {
        return url;
    }

    /** The migrations run here so far, in order. */
    public List<String> applied() {
        return List.copyOf(applied);
    }

    /**
     * Runs the scripts of {@code migrations} in order, as deploy runs them, and describes the result.
     *
     * @throws DatabaseException P3006 naming the first migration that fails
     */
    public SqlSchema apply(List<LocalMigration> migrations) {
        DatabaseConnections connections = dialect.connections();
        for (LocalMigration migration : migrations) {
            String script = migration.scriptText().orElseThrow(() -> HistoryErrors.migrationFileNotFound(migration));
            try {
                connections.runScript(connection(), script);
            } catch (ScriptFailure failure) {
                connections.abandonTransaction(connection());
                throw EngineErrors.migrationDoesNotApplyCleanly(migration.name(), failure);
            }
            applied.add(migration.name());
        }
        return describe();
    }

    /** The schema the shadow database holds now. */
    public SqlSchema describe() {
        return Describer.forDialect(dialect, namespaces).describe(connection());
    }

    /** A differ for the shadow database's server (MariaDB and MySQL differ a little). */
    public SchemaDiffer differ() {
        return SchemaDiffer.of(dialect, connection());
    }

    /** Empties the shadow database, to replay another history. */
    public void reset() {
        Databases.closeQuietly(connection);
        connection = null;
        dialect.connections().reset(url, namespaces);
        applied.clear();
    }

    private Connection connection() {
        if (connection == null) {
            connection = dialect.connections().openForScripts(url);
            try {
                dialect.migrations().prepare(connection, url);
            } catch (SQLException e) {
                throw ConnectionErrors.unexpected(e.getMessage(), e);
            }
        }
        return connection;
    }

    /** Closes the connection and drops a temporary shadow database. */
    @Override
    public void close() {
        Databases.closeQuietly(connection);
        connection = null;
        if (temporary) {
            dialect.connections().dropDatabase(url);
        }
    }
}
