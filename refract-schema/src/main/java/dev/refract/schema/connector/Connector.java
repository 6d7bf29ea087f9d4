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

    /** The provider's name in messages ("PostgreSQL", "MySQL", "SQLite", "CockroachDB"). */
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

    /** Prisma's own name for the connector, as its messages spell it ("Postgres", "MySQL", "CockroachDB", "sqlite"). */
    default String prismaName() {
        return displayName();
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

    /** Referential actions allowed with the given relation mode. */
    default Set<ReferentialAction> referentialActions(RelationMode mode) {
        return mode == RelationMode.PRISMA
                ? EnumSet.of(ReferentialAction.RESTRICT, ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION,
                        ReferentialAction.CASCADE)
                : EnumSet.allOf(ReferentialAction.class);
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
}
