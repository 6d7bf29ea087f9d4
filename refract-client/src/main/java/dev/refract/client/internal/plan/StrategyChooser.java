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
 *       {@link #INDEXED_PARENTS};
 *   <li>each level's related records are found per parent row, so a level whose link is not indexed
 *       (PostgreSQL has no index on foreign keys unless the schema declares one) may only be reached
 *       from at most {@link #UNINDEXED_PARENTS} parent rows, an indexed one from at most
 *       {@link #INDEXED_PARENTS}; the parent rows of a nested level are counted through the
 *       takes above it (unbounded without).
 * </ul>
 * Measured ({@code RelationStrategyBenchmark}, PostgreSQL, the orm-benchmarks model without a
 * foreign-key index): "join" saves one round trip, but with an unindexed link each parent row scans
 * the related table, so 1000 customers with their orders took ~18x "query" here (issue 8 saw ~50x raw
 * JDBC), where batched {@code IN} reads the table once; even indexed lookups cost more per parent
 * than one batched statement on a local server, hence the small thresholds.
 */
public final class StrategyChooser {
    /** Most parent rows an indexed per-parent lookup may serve before batched IN is preferred. */
    public static final long INDEXED_PARENTS = 10;
    /** Most parent rows an unindexed per-parent lookup (a scan of the related table each) may serve. */
    public static final long UNINDEXED_PARENTS = 1;

    private StrategyChooser() {
    }

    public static RelationLoadStrategy choose(ReadQuery query, Dialect dialect) {
        if (query.selection().relations().isEmpty() || !JoinPlanner.supports(query, dialect)) {
            return RelationLoadStrategy.QUERY;
        }
        if (query.relationLoadStrategy() != null) {
            return query.relationLoadStrategy();
        }
        if (!dialect.supportsLateralJoin() || query.take() == null) {
            return RelationLoadStrategy.QUERY;
        }
        long parents = Math.abs((long) query.take());
        return parents <= INDEXED_PARENTS && cheap(query, parents, dialect) ? RelationLoadStrategy.JOIN
                : RelationLoadStrategy.QUERY;
    }

    /** Whether every level below can be looked up per parent row without scanning; parents: rows of this level. */
    private static boolean cheap(ReadQuery query, long parents, Dialect dialect) {
        for (Map.Entry<RelationField, ReadQuery> include : query.selection().relations().entrySet()) {
            RelationField field = include.getKey();
            ReadQuery child = include.getValue();
            if (parents > (indexed(field, dialect) ? INDEXED_PARENTS : UNINDEXED_PARENTS)) {
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
    static boolean indexed(RelationField field, Dialect dialect) {
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
