package dev.refract.schema.connector;

import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.RelationMode;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one database supports, as far as the schema is concerned: the single place where database
 * differences live for validation (and, later, for the SQL dialects built on top). Capabilities are
 * yes/no hooks with conservative defaults; each provider overrides what it supports. Code outside
 * this package asks a capability, never which database it is.
 */
public interface Connector {

    Provider provider();

    /** The connector's name in messages, Prisma's spelling ("Postgres", "MySQL", "sqlite", "CockroachDB"). */
    String displayName();

    /** Longest identifier the database accepts (constraint and index names are shortened to it). */
    default int maxIdentifierLength() {
        return 64;
    }

    /** Lists of scalars as column types ({@code String[]}). */
    default boolean supportsScalarLists() {
        return false;
    }

    /** Enums as a column type (native or emulated). */
    default boolean supportsEnums() {
        return true;
    }

    /** {@code Json} fields. */
    default boolean supportsJson() {
        return true;
    }

    /**
     * Filters inside Json documents ({@code path}, {@code string_contains}, {@code array_contains},
     * {@code gt}...): Prisma's {@code JsonFiltering} capability (PostgreSQL, CockroachDB, MySQL).
     */
    default boolean supportsJsonFiltering() {
        return false;
    }

    /** {@code @@schema} and the datasource {@code schemas} list. */
    default boolean supportsMultiSchema() {
        return false;
    }

    /** {@code extensions = [...]} in the datasource (PostgreSQL extensions). */
    default boolean supportsExtensions() {
        return false;
    }

    /** Named primary key constraints ({@code @@id(map: ...)}). */
    default boolean supportsNamedPrimaryKeys() {
        return true;
    }

    /** Named foreign keys ({@code @relation(map: ...)}). */
    default boolean supportsNamedForeignKeys() {
        return true;
    }

    /** Named default constraints ({@code @default(..., map: ...)}). */
    default boolean supportsNamedDefaultValues() {
        return false;
    }

    /** {@code @@fulltext} indexes. */
    default boolean supportsFullTextIndex() {
        return false;
    }

    /** {@code length:} on index columns (MySQL prefix indexes). */
    default boolean supportsIndexColumnLength() {
        return false;
    }

    /** {@code sort:} on index columns. */
    default boolean supportsIndexSortOrder() {
        return true;
    }

    /** {@code clustered:} on ids, uniques and indexes. */
    default boolean supportsClusteringSetting() {
        return false;
    }

    /** {@code type:} on {@code @@index} (Hash, Gin, Gist, SpGist, Brin). */
    default boolean supportsIndexAlgorithms() {
        return false;
    }

    /** {@code autoincrement()} on fields that are not the id. */
    default boolean supportsAutoincrementOnNonId() {
        return false;
    }

    /** More than one {@code autoincrement()} field per model. */
    default boolean supportsMultipleAutoincrement() {
        return false;
    }

    /** Native types ({@code @db.*}). */
    default boolean supportsNativeTypes() {
        return true;
    }

    /** The {@code @db.*} native types this connector knows, as data (empty: no native types). */
    default java.util.List<NativeTypeConstructor> nativeTypes() {
        return java.util.List.of();
    }

    /** The native type constructor with this exact name, if the connector has one. */
    default java.util.Optional<NativeTypeConstructor> nativeType(String name) {
        return nativeTypes().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Range checks on the (already parsed, non-negative) arguments of a native type, such as
     * {@code VarChar(70000)} on MySQL: the message of the broken rule, or empty when the arguments are fine.
     */
    default java.util.Optional<String> nativeTypeArgumentsError(dev.refract.schema.model.NativeType type,
            dev.refract.schema.model.ScalarKind scalar) {
        return java.util.Optional.empty();
    }

    /** Composite types ({@code type} blocks); only MongoDB has them, which Refract does not serve. */
    default boolean supportsCompositeTypes() {
        return false;
    }

    /** Referential actions allowed with the given relation mode (Prisma's {@code supports_referential_action}). */
    default Set<ReferentialAction> referentialActions(RelationMode mode) {
        return mode == RelationMode.PRISMA ? emulatedReferentialActions() : foreignKeyReferentialActions();
    }

    /** Shard keys ({@code @shardKey}, {@code @@shardKey}; preview feature {@code shardKeys}). */
    default boolean supportsShardKeys() {
        return false;
    }

    /** Whether {@code @@index(type: ...)} accepts the algorithm ({@code BTree}, {@code Hash}, {@code Gin}...). */
    default boolean supportsIndexType(String algorithm) {
        return algorithm.equals("BTree");
    }

    /** PostgreSQL's rules for operator classes ({@code ops:}) and GiST/GIN/SP-GiST/BRIN field types apply. */
    default boolean validatesOperatorClasses() {
        return false;
    }

    /** Native types that can only be indexed with a {@code length:} prefix (MySQL TEXT and BLOB types). */
    default Set<String> nativeTypesRequiringIndexLength() {
        return Set.of();
    }

    /** Native types that cannot be part of an index or unique constraint at all (PostgreSQL {@code Xml}). */
    default Set<String> nativeTypesNotIndexable() {
        return Set.of();
    }

    /** {@code sort:} on primary key columns. */
    default boolean supportsPrimaryKeySortOrder() {
        return false;
    }

    /** Primary keys over several columns ({@code @@id([a, b])}). */
    default boolean supportsCompoundIds() {
        return true;
    }

    /** {@code autoincrement()} on columns that are not indexed. */
    default boolean supportsAutoincrementNonIndexed() {
        return false;
    }

    /** {@code autoincrement()} at all. */
    default boolean supportsAutoincrement() {
        return true;
    }

    /** More than one {@code @@fulltext} per model. */
    default boolean supportsMultipleFullTextIndexesPerModel() {
        return false;
    }

    /** Decimal fields. */
    default boolean supportsDecimal() {
        return true;
    }

    /** {@code Json[]} fields. */
    default boolean supportsJsonLists() {
        return false;
    }

    /** Namespaces in which constraint names must be unique. */
    default Set<ConstraintScope> constraintScopes() {
        return EnumSet.of(ConstraintScope.GLOBAL_KEY_INDEX);
    }

    /** Prisma suggests indexes on referencing fields when relations are emulated ({@code relationMode = "prisma"}). */
    default boolean suggestsMissingRelationIndexes() {
        return true;
    }

    /** The connector for a provider. */
    static Connector of(Provider provider) {
        return switch (provider) {
            case POSTGRESQL -> PostgresConnector.INSTANCE;
            case COCKROACHDB -> CockroachConnector.INSTANCE;
            case MYSQL -> MySqlConnector.INSTANCE;
            case SQLITE -> SqliteConnector.INSTANCE;
            default -> throw new IllegalArgumentException("no connector for " + provider);
        };
    }

    /** Referential actions the database's foreign keys support ({@code relationMode = "foreignKeys"}). */
    default Set<ReferentialAction> foreignKeyReferentialActions() {
        return EnumSet.allOf(ReferentialAction.class);
    }

    /** Referential actions the client emulates with {@code relationMode = "prisma"} (Prisma's default set). */
    default Set<ReferentialAction> emulatedReferentialActions() {
        return EnumSet.of(ReferentialAction.RESTRICT, ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION,
                ReferentialAction.CASCADE);
    }

    default boolean supportsReferentialAction(RelationMode mode, ReferentialAction action) {
        return referentialActions(mode).contains(action);
    }

    /**
     * Whether the database accepts {@code SET NULL} on a non-nullable column (PostgreSQL with foreign
     * keys: the schema only warns, the error comes at run time); elsewhere it is a schema error.
     */
    default boolean allowsSetNullOnNonNullableFields(RelationMode mode) {
        return false;
    }

    /** Whether {@code SetDefault} is accepted but not really implemented by the database (MySQL: a warning). */
    default boolean warnsOnSetDefault() {
        return false;
    }

    /** Implicit many-to-many relations (a join table {@code _AToB}). */
    default boolean supportsImplicitManyToMany() {
        return true;
    }

    /** Two-way embedded many-to-many relations (list fields with {@code fields}: MongoDB only). */
    default boolean supportsEmbeddedManyToMany() {
        return false;
    }

    /** {@code references} may list a unique criterion's fields in any order. */
    default boolean allowsRelationFieldsInArbitraryOrder() {
        return true;
    }

    /** Cycles and multiple cascade paths are rejected even with foreign keys (SQL Server only). */
    default boolean detectsReferenceCycles() {
        return false;
    }

    /** Foreign key names must be unique in the whole database schema (MySQL). */
    default boolean foreignKeyNamesAreGlobal() {
        return false;
    }

    /**
     * Foreign key names share one namespace per table with the primary key, indexes and unique
     * constraints (PostgreSQL, CockroachDB).
     */
    default boolean foreignKeyNamesShareTableNamespace() {
        return false;
    }

    /** With {@code relationMode = "prisma"}, warn about relation scalar fields without an index. */
    default boolean suggestsIndexesOnEmulatedRelations() {
        return true;
    }
}
