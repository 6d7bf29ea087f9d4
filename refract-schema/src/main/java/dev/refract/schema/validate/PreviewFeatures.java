package dev.refract.schema.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prisma 6.19's preview feature list, as data: every name Prisma has ever known (matched without
 * regard to case), which are active (listed in "Expected one of"), active for one provider only,
 * hidden (valid but never listed), deprecated (still active, "will be removed"), stabilized (retired:
 * "can be used without specifying it") and renamed for a provider. Update these lists to follow Prisma.
 */
final class PreviewFeatures {
    /** Every known feature, in Prisma's declaration order (the order of "Expected one of"). */
    static final List<String> ALL = List.of("aggregateApi", "atomicNumberOperations", "clientExtensions",
            "cockroachdb", "connectOrCreate", "createMany", "dataProxy", "deno", "distinct", "driverAdapters",
            "extendedIndexes", "extendedWhereUnique", "fieldReference", "filterJson", "filteredRelationCount",
            "fullTextIndex", "fullTextSearch", "fullTextSearchPostgres", "groupBy", "improvedQueryRaw",
            "interactiveTransactions", "jsonProtocol", "metrics", "microsoftSqlServer", "middlewares", "mongoDb",
            "multiSchema", "nApi", "namedConstraints", "nativeDistinct", "nativeTypes", "omitApi",
            "orderByAggregateGroup", "orderByNulls", "orderByRelation", "postgresqlExtensions", "prismaSchemaFolder",
            "queryCompiler", "reactNative", "referentialActions", "referentialIntegrity", "relationJoins",
            "schemaEngineDriverAdapters", "selectRelationCount", "shardKeys", "strictUndefinedChecks", "tracing",
            "transactionApi", "typedSql", "uncheckedScalarInputs", "views");

    /** Valid on every provider and listed in messages. */
    static final Set<String> ACTIVE = Set.of("metrics", "nativeDistinct", "postgresqlExtensions", "relationJoins",
            "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks", "views");

    /** Valid and listed only with the given provider. */
    static final Map<String, Set<String>> NATIVE = Map.of("postgresql", Set.of("fullTextSearchPostgres"));

    /** Valid but never listed. */
    static final Set<String> HIDDEN = Set.of("reactNative", "typedSql");

    /** Still working, but on the way out. */
    static final Set<String> DEPRECATED = Set.of("metrics");

    /** Generally available now: naming them only warns. */
    static final Set<String> STABILIZED = Set.of("aggregateApi", "atomicNumberOperations", "clientExtensions",
            "cockroachdb", "connectOrCreate", "createMany", "dataProxy", "deno", "distinct", "driverAdapters",
            "extendedIndexes", "extendedWhereUnique", "fieldReference", "filteredRelationCount", "filterJson",
            "fullTextIndex", "fullTextSearch", "groupBy", "improvedQueryRaw", "interactiveTransactions",
            "jsonProtocol", "microsoftSqlServer", "middlewares", "mongoDb", "multiSchema", "namedConstraints", "nApi",
            "nativeTypes", "omitApi", "orderByAggregateGroup", "orderByNulls", "orderByRelation",
            "prismaSchemaFolder", "queryCompiler", "referentialActions", "referentialIntegrity",
            "selectRelationCount", "tracing", "transactionApi", "uncheckedScalarInputs");

    /** Stabilized features that continue under another name for one provider: provider -> (old -> new, pris.ly link). */
    static final Map<String, Map<String, Renamed>> RENAMED = Map.of("postgresql",
            Map.of("fullTextSearch", new Renamed("fullTextSearchPostgres", "fts-postgres")));

    /** A renamed feature and the pris.ly endpoint that explains it. */
    record Renamed(String to, String link) {
    }

    private PreviewFeatures() {
    }

    /** The canonical spelling of a known feature (Prisma compares ignoring case). */
    static Optional<String> parse(String name) {
        return ALL.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst();
    }

    /** Features listed in "Expected one of", for the given provider (may be null). */
    static List<String> listed(String provider) {
        Set<String> native_ = provider == null ? Set.of() : NATIVE.getOrDefault(provider, Set.of());
        return ALL.stream().filter(f -> ACTIVE.contains(f) || native_.contains(f)).toList();
    }

    static boolean isValid(String feature, String provider) {
        return listed(provider).contains(feature) || HIDDEN.contains(feature);
    }

    static Optional<Renamed> renamed(String feature, String provider) {
        return provider == null ? Optional.empty()
                : Optional.ofNullable(RENAMED.getOrDefault(provider, Map.of()).get(feature));
    }
}
