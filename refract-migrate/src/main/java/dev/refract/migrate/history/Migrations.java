package dev.refract.migrate.history;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.connect.DatabaseConnections;
import dev.refract.dialect.connect.ScriptFailure;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.migrations.MigrationSupport;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.dialect.url.Environment;
import dev.refract.schema.model.Provider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Prisma's migration history commands against one database and one migrations folder:
 * {@link #deploy()}, {@link #status()}, and {@code resolve} as {@link #markApplied(String)} and
 * {@link #markRolledBack(String)}. Same rows, same checksums, same lock as Prisma, so Prisma and
 * Refract can take turns on one database.
 *
 * <pre>{@code
 * ConnectionUrl url = DatasourceUrls.resolve(datasource, schemaFolder, Environment.forSchema(schemaFolder, cwd));
 * Migrations migrations = Migrations.builder(url, schemaFolder.resolve("migrations"))
 *         .provider(Provider.POSTGRESQL).listener(listener).build();
 * DeployResult result = migrations.deploy();
 * }</pre>
 *
 * Failures are {@link DatabaseException}s with Prisma's codes (P1001, P3005, P3009, P3018, P3019...).
 */
public final class Migrations {
    /** How long Prisma waits for the migration lock. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);
    /** Prisma's switch for databases where advisory locks are unavailable (some poolers). */
    public static final String DISABLE_ADVISORY_LOCK = "PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK";

    private final ConnectionUrl url;
    private final Path directory;
    private final Provider provider;
    private final Dialect dialect;
    private final List<String> namespaces;
    private final Duration lockTimeout;
    private final boolean locking;
    private final MigrationListener listener;
    private final Clock clock;

    private Migrations(Builder builder) {
        this.url = builder.url;
        this.directory = builder.directory;
        this.provider = builder.provider == null ? builder.url.provider() : builder.provider;
        this.dialect = Dialect.of(url.provider());
        this.namespaces = List.copyOf(builder.namespaces);
        this.lockTimeout = builder.lockTimeout;
        this.locking = builder.locking;
        this.listener = builder.listener;
        this.clock = builder.clock;
    }

    /** Starts configuring commands against {@code url} with the migrations in {@code migrationsDirectory}. */
    public static Builder builder(ConnectionUrl url, Path migrationsDirectory) {
        return new Builder(url, migrationsDirectory);
    }

    /**
     * {@code migrate deploy}: creates the database when it does not exist, takes the lock, creates
     * {@code _prisma_migrations} in an empty database (P3005 when it is not empty), refuses to go on
     * past a failed migration (P3009), then applies every pending migration in order. A failing
     * script is recorded in {@code logs} and stops the run with P3018.
     */
    public DeployResult deploy() {
        MigrationsDirectory folder = MigrationsDirectory.read(directory);
        folder.checkProvider(provider);
        Optional<String> created = ensureDatabaseExists();
        listener.migrationsFound(folder.names());
        DatabaseConnections connections = dialect.connections();
        List<String> applied = new ArrayList<>();
        try (Connection connection = session()) {
            MigrationsTable table = new MigrationsTable(connection, dialect, clock);
            initialize(connection, table);
            List<MigrationRecord> records = table.list();
            List<MigrationRecord> failed = records.stream().filter(MigrationRecord::isFailed).toList();
            if (!failed.isEmpty()) {
                throw HistoryErrors.failedMigrationsFound(failed);
            }
            for (LocalMigration migration : folder.migrations()) {
                boolean done = records.stream().anyMatch(record -> !record.isRolledBack()
                        && record.migrationName().equals(migration.name()));
                if (done) {
                    continue;
                }
                String script = migration.scriptText().orElseThrow(() -> HistoryErrors.migrationFileNotFound(migration));
                listener.applying(migration.name());
                String id = table.recordStarted(migration.name(), Checksums.of(script));
                try {
                    connections.runScript(connection, script);
                } catch (ScriptFailure failure) {
                    connections.abandonTransaction(connection);
                    DatabaseException error = HistoryErrors.migrationFailed(migration.name(), failure);
                    table.recordFailedStep(id, error.getMessage());
                    throw error;
                }
                table.recordSuccessfulStep(id);
                table.recordFinished(id);
                applied.add(migration.name());
            }
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
        return new DeployResult(folder.names(), applied, created);
    }

    /**
     * {@code migrate status}: reads the folder and the table without changing either (no lock, no
     * database creation; a missing database is P1003).
     */
    public MigrationStatus status() {
        MigrationsDirectory folder = MigrationsDirectory.read(directory);
        folder.checkProvider(provider);
        try (Connection connection = dialect.connections().open(url)) {
            boolean hasTable = hasTable(connection);
            List<MigrationRecord> records = hasTable
                    ? new MigrationsTable(connection, dialect, clock).list() : List.of();
            return MigrationStatus.compute(folder.migrations(), records, hasTable);
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }

    /**
     * {@code migrate resolve --applied}: records a migration as applied without running it (a
     * baseline, or a failed migration fixed by hand). Failed rows of it are marked rolled back.
     * P3017 when the folder has no such migration, P3008 when it is already applied.
     */
    public void markApplied(String migrationName) {
        MigrationsDirectory folder = MigrationsDirectory.read(directory);
        folder.checkProvider(provider);
        try (Connection connection = session()) {
            LocalMigration migration = folder.migration(migrationName)
                    .orElseThrow(() -> HistoryErrors.migrationNotFound(migrationName));
            String script = migration.scriptText().orElseThrow(() -> HistoryErrors.migrationNotFound(migrationName));
            MigrationsTable table = new MigrationsTable(connection, dialect, clock);
            List<MigrationRecord> rows;
            if (hasTable(connection)) {
                rows = table.list().stream().filter(record -> record.migrationName().equals(migrationName)).toList();
            } else {
                table.create();
                rows = List.of();
            }
            if (rows.stream().anyMatch(record -> record.finishedAt() != null)) {
                throw HistoryErrors.alreadyApplied(migrationName);
            }
            for (MigrationRecord row : rows) {
                if (row.isFailed()) {
                    table.markRolledBack(row.id());
                }
            }
            table.markApplied(migrationName, Checksums.of(script));
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }

    /**
     * {@code migrate resolve --rolled-back}: closes the failed runs of a migration so deploy runs it
     * again. P3011 when it has no row, P3012 when none of its rows failed.
     */
    public void markRolledBack(String migrationName) {
        try (Connection connection = session()) {
            if (!hasTable(connection)) {
                throw HistoryErrors.noHistoryToRollBack();
            }
            MigrationsTable table = new MigrationsTable(connection, dialect, clock);
            List<MigrationRecord> rows = table.list().stream()
                    .filter(record -> record.migrationName().equals(migrationName)).toList();
            if (rows.isEmpty()) {
                throw HistoryErrors.cannotRollBackUnapplied(migrationName);
            }
            if (rows.stream().allMatch(record -> record.finishedAt() != null)) {
                throw HistoryErrors.cannotRollBackSucceeded(migrationName);
            }
            for (MigrationRecord row : rows) {
                if (row.isFailed()) {
                    table.markRolledBack(row.id());
                }
            }
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }

    /** A connection ready for migration work: schema in place, migration lock held until it closes. */
    private Connection session() throws SQLException {
        Connection connection = dialect.connections().openForScripts(url);
        try {
            MigrationSupport support = dialect.migrations();
            support.prepare(connection, url);
            if (locking) {
                support.lock(connection, url, lockTimeout);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Creates {@code _prisma_migrations} in an empty database; P3005 when there are other tables. */
    private void initialize(Connection connection, MigrationsTable table) throws SQLException {
        List<String> tables = dialect.migrations().tableNames(connection, url, namespaces);
        if (tables.contains(MigrationSupport.TABLE)) {
            return;
        }
        if (!tables.isEmpty()) {
            throw HistoryErrors.schemaNotEmpty();
        }
        table.create();
    }

    private boolean hasTable(Connection connection) throws SQLException {
        return dialect.migrations().tableNames(connection, url, List.of()).contains(MigrationSupport.TABLE);
    }

    /**
     * Creates the database when it does not exist, as Prisma's deploy, dev, reset and push do first;
     * returns Prisma's message ({@code PostgreSQL database app created at localhost:5432}) when it did.
     */
    public Optional<String> ensureDatabaseExists() {
        DatabaseConnections connections = dialect.connections();
        try {
            connections.open(url).close();
            return Optional.empty();
        } catch (DatabaseException e) {
            if (!e.code().equals("P1003")) {
                throw e;
            }
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
        connections.createDatabase(url);
        String where = url.file().isPresent() ? url.location() : url.hostAndPort();
        String message = url.databaseKind() + " database " + url.database() + " created at " + where;
        listener.databaseCreated(message);
        return Optional.of(message);
    }

    /** Configuration of {@link Migrations}; every setting but the URL and folder has Prisma's default. */
    public static final class Builder {
        private final ConnectionUrl url;
        private final Path directory;
        private Provider provider;
        private List<String> namespaces = List.of();
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private boolean locking = true;
        private MigrationListener listener = MigrationListener.NONE;
        private Clock clock = Clock.systemUTC();

        private Builder(ConnectionUrl url, Path directory) {
            this.url = Objects.requireNonNull(url, "url");
            this.directory = Objects.requireNonNull(directory, "migrationsDirectory");
        }

        /** The schema's provider, checked against {@code migration_lock.toml} (P3019); default: the URL's. */
        public Builder provider(Provider value) {
            this.provider = value;
            return this;
        }

        /** The datasource's {@code schemas} (multiSchema): tables there also make a database non-empty. */
        public Builder namespaces(List<String> value) {
            this.namespaces = List.copyOf(value);
            return this;
        }

        /** How long to wait for another migration command's lock; Prisma waits 10 s. */
        public Builder lockTimeout(Duration value) {
            this.lockTimeout = Objects.requireNonNull(value);
            return this;
        }

        /** Whether to take the migration lock at all (Prisma's {@value #DISABLE_ADVISORY_LOCK} turns it off). */
        public Builder locking(boolean value) {
            this.locking = value;
            return this;
        }

        /** Reads {@value #DISABLE_ADVISORY_LOCK} as Prisma does: set to anything, it turns the lock off. */
        public Builder environment(Environment environment) {
            this.locking = environment.get(DISABLE_ADVISORY_LOCK).isEmpty();
            return this;
        }

        public Builder listener(MigrationListener value) {
            this.listener = Objects.requireNonNull(value);
            return this;
        }

        /** The clock for {@code started_at}, {@code finished_at} and {@code rolled_back_at}. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        public Migrations build() {
            return new Migrations(this);
        }
    }
}
