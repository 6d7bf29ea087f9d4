package dev.refract.migrate.diff;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diffs two SQL schemas into the ordered steps of a migration, the way Prisma's schema engine
 * does: tables matched by (namespace, name), columns by name, indexes and foreign keys by what they
 * cover (so a new name is a rename), steps sorted in Prisma's order (drop foreign keys, drop
 * indexes, alter tables, drop tables, create tables, create indexes, add foreign keys last).
 *
 * <pre>{@code
 * Migration migration = SchemaDiffer.diff(from, to, dialect);
 * DestructiveChanges risks = SchemaDiffer.of(dialect).check(migration, DatabaseInspection.none());
 * String sql = MigrationRenderer.of(dialect).script(migration, risks);
 * }</pre>
 */
public final class SchemaDiffer {
    /** The table Prisma keeps its migration history in; never diffed. */
    public static final String MIGRATIONS_TABLE = "_prisma_migrations";

    private final DiffFlavour flavour;

    private SchemaDiffer(DiffFlavour flavour) {
        this.flavour = flavour;
    }

    /** A differ for the dialect's database; for MySQL, MySQL 8 behaviour. */
    public static SchemaDiffer of(Dialect dialect) {
        return new SchemaDiffer(DiffFlavour.of(dialect));
    }

    /**
     * A differ for the database behind {@code connection}: as {@link #of(Dialect)}, except that a
     * MySQL connection to a MariaDB server gets {@link #mariaDb()}, as Prisma tells them apart by the
     * server's version string.
     */
    public static SchemaDiffer of(Dialect dialect, java.sql.Connection connection) {
        if (dialect.provider() == dev.refract.schema.model.Provider.MYSQL) {
            try {
                java.sql.DatabaseMetaData server = connection.getMetaData();
                String version = server.getDatabaseProductName() + " " + server.getDatabaseProductVersion();
                if (version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")) {
                    return mariaDb();
                }
            } catch (java.sql.SQLException e) {
                // unknown server: MySQL's behaviour
            }
        }
        return of(dialect);
    }

    /** A differ for MariaDB: like MySQL, but renamed indexes are dropped and created again. */
    public static SchemaDiffer mariaDb() {
        return new SchemaDiffer(DiffFlavour.mariaDb());
    }

    /** The steps from {@code from} to {@code to} on the dialect's database. */
    public static Migration diff(SqlSchema from, SqlSchema to, Dialect dialect) {
        return of(dialect).diff(from, to);
    }

    public Migration diff(SqlSchema from, SqlSchema to) {
        Context context = new Context(from, to, flavour);
        StepCollector steps = new StepCollector(context);
        steps.collect();
        return new Migration(from, to, steps.sorted());
    }

    /** The warnings and unexecutable steps of a migration, counting existing data through {@code inspection}. */
    public DestructiveChanges check(Migration migration, DatabaseInspection inspection) {
        return DestructiveChangeChecker.plan(migration, flavour).execute(inspection);
    }

    /** Both schemas, their tables paired by (namespace, name), and which pairs SQLite must rebuild. */
    static final class Context {
        final SqlSchema from;
        final SqlSchema to;
        final DiffFlavour flavour;
        final Map<String, TablePair> pairs = new LinkedHashMap<>();
        final List<Table> created = new ArrayList<>();
        final List<Table> dropped = new ArrayList<>();
        final Set<String> redefined;

        Context(SqlSchema from, SqlSchema to, DiffFlavour flavour) {
            this.from = from;
            this.to = to;
            this.flavour = flavour;
            Map<String, Integer> previous = new LinkedHashMap<>();
            for (int i = 0; i < from.tables().size(); i++) {
                Table t = from.tables().get(i);
                if (!ignored(t)) {
                    previous.put(key(t), i);
                }
            }
            Set<String> matched = new LinkedHashSet<>();
            Map<String, TablePair> byKey = new LinkedHashMap<>();
            for (int j = 0; j < to.tables().size(); j++) {
                Table t = to.tables().get(j);
                if (ignored(t)) {
                    continue;
                }
                Integer i = previous.get(key(t));
                if (i == null) {
                    created.add(t);
                } else {
                    matched.add(key(t));
                    byKey.put(key(t), new TablePair(from.tables().get(i), t, i, j, flavour));
                }
            }
            for (Map.Entry<String, Integer> e : previous.entrySet()) {
                if (matched.contains(e.getKey())) {
                    pairs.put(e.getKey(), byKey.get(e.getKey()));
                } else {
                    dropped.add(from.tables().get(e.getValue()));
                }
            }
            this.redefined = flavour.tablesToRedefine(this);
        }

        private boolean ignored(Table t) {
            return t.name().equals(MIGRATIONS_TABLE) || flavour.ignoresTable(t.name());
        }

        static String key(Table t) {
            return (t.namespace() == null ? "" : t.namespace()) + "\u0000" + t.name();
        }

        List<TablePair> nonRedefinedPairs() {
            return pairs.values().stream().filter(p -> !redefined.contains(key(p.previous))).toList();
        }

        boolean isRedefined(String namespace, String table) {
            return redefined.contains((namespace == null ? "" : namespace) + "\u0000" + table);
        }

        int fromIndex(Table t) {
            return indexOf(from.tables(), t);
        }

        int toIndex(Table t) {
            return indexOf(to.tables(), t);
        }

        private static int indexOf(List<Table> tables, Table t) {
            for (int i = 0; i < tables.size(); i++) {
                if (tables.get(i) == t) {
                    return i;
                }
            }
            return tables.indexOf(t);
        }
    }
}
