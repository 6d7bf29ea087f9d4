package dev.refract.client.internal.plan;

import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.RelationLoadStrategy;
import dev.refract.dialect.Dialect;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses how a read loads its includes. A read that names a strategy gets it, unless the database
 * cannot run that read as one statement ({@link JoinPlanner#supports}). Otherwise "join" (one
 * statement) is chosen only where it cannot be slow, and "query" (one statement per level, batched
 * {@code IN}) everywhere else:
 * <ul>
 *   <li>the database has {@code LATERAL} (PostgreSQL; MariaDB and SQLite use "join" only when asked);
 *   <li>the top level is bounded: {@code take} (findUnique and findFirst read one) of at most
 *       {@link #JOIN_PARENTS};
 *   <li>the includes go two levels deep or more ({@link #depth}), and the where does not let "query"
 *       read them in the parents' round trip ({@link #readAhead});
 *   <li>"join" looks related records up once per parent row, so every included level must be found
 *       through an index (ids and unique keys, {@code @@index}, implicit many-to-many join tables,
 *       every foreign key on MySQL) from at most {@link #JOIN_PARENTS} parent rows, counted through
 *       the takes above it (unbounded without). PostgreSQL has no index on a foreign key unless the
 *       schema declares one, as Prisma's migrations create it.
 * </ul>
 * Measured ({@code RelationStrategyBenchmark} and {@code EXPLAIN ANALYZE}, local PostgreSQL, the
 * orm-benchmarks model): with an unindexed link each parent row scans the related table, so 1000
 * customers with their orders took ~18x "query" (issue 8 saw ~50x raw JDBC), and even a single
 * customer cost more server time (about 1 ms against 0.4 ms) than the round trip "join" saves; indexed
 * lookups cost ~20 µs per parent row against a round trip of ~100 µs locally (more over a network).
 */
public final class StrategyChooser {
    /** Most parent rows a level may be looked up for, one indexed lookup each, before batched IN is preferred. */
    public static final long JOIN_PARENTS = 10;

    private StrategyChooser() {
    }

    public static RelationLoadStrategy choose(ReadQuery query, Dialect dialect) {
        if (query.selection().relations().isEmpty() || !JoinPlanner.supports(query, dialect)) {
            return RelationLoadStrategy.QUERY;
        }
        if (query.relationLoadStrategy() != null) {
            return query.relationLoadStrategy();
        }
        if (!dialect.supportsLateralJoin() || query.take() == null || readAhead(query, dialect) || depth(query) < 2) {
            return RelationLoadStrategy.QUERY;
        }
        long parents = Math.abs((long) query.take());
        return parents <= JOIN_PARENTS && cheap(query, parents, dialect) ? RelationLoadStrategy.JOIN
                : RelationLoadStrategy.QUERY;
    }

    /**
     * Levels of includes below the read. One level saves one round trip by "join", and the peers suite
     * measured that round trip cheaper than the JSON aggregation (findFirst with its orders over an
     * index: "join" 1.21x raw JDBC, "query" 1.07x); "join" is kept for deeper bounded reads, where it
     * saves two and more.
     */
    static int depth(ReadQuery query) {
        int deepest = 0;
        for (ReadQuery child : query.selection().relations().values()) {
            deepest = Math.max(deepest, 1 + depth(child));
        }
        return deepest;
    }

    /**
     * Whether "query" reads the includes in the parents' round trip: the database takes statements
     * together and the where pins every included relation's parent key (findUnique by id). Then
     * "join" saves no round trip and costs the JSON aggregation ({@code ReadExecutor} reads ahead).
     */
    static boolean readAhead(ReadQuery query, Dialect dialect) {
        if (!dialect.sendsQueriesTogether()) {
            return false;
        }
        Map<ScalarField, Object> pinned = Pins.of(query.where());
        for (RelationField field : query.selection().relations().keySet()) {
            if (Pins.parentKey(pinned, field) == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether every level below is found through an index from few parent rows; parents: rows of this level. */
    private static boolean cheap(ReadQuery query, long parents, Dialect dialect) {
        for (Map.Entry<RelationField, ReadQuery> include : query.selection().relations().entrySet()) {
            RelationField field = include.getKey();
            ReadQuery child = include.getValue();
            if (parents > JOIN_PARENTS || !indexed(field, dialect)) {
                return false;
            }
            long rows = !field.isList() ? parents
                    : child.take() != null ? parents * Math.abs((long) child.take()) : Long.MAX_VALUE;
            if (!child.selection().relations().isEmpty() && !cheap(child, rows, dialect)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the related records of one parent are found through an index. */
    public static boolean indexed(RelationField field, Dialect dialect) {
        if (field.relation().isManyToMany() || field.isReferencing()) {
            // the join table has a unique (A, B) and an index on B; a referenced key is unique
            return true;
        }
        if (dialect.indexesForeignKeys()) {
            return true;
        }
        List<ScalarField> link = field.opposite().fields();
        Model related = field.relatedModel();
        List<List<ScalarField>> keys = new ArrayList<>();
        related.primaryKey().ifPresent(pk -> keys.add(pk.scalarFields()));
        for (Index index : related.indexes()) {
            keys.add(index.scalarFields());
        }
        return keys.stream().anyMatch(k -> k.size() >= link.size() && k.subList(0, link.size()).equals(link));
    }
}
