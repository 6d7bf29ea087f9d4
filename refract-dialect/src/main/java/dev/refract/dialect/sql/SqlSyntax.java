package dev.refract.dialect.sql;

/**
 * The points where databases spell the same statement differently. Each {@link dev.refract.dialect.Dialect}
 * provides one; the {@link SqlRenderer} asks it, never which database it is.
 */
public interface SqlSyntax {

    String quote(String identifier);

    /** Native case-insensitive LIKE; otherwise {@code LOWER(a) LIKE LOWER(b)}. */
    default boolean supportsIlike() {
        return false;
    }

    /** RETURNING on INSERT, UPDATE and DELETE. */
    default boolean supportsReturning() {
        return false;
    }

    /** {@code NULLS FIRST}/{@code NULLS LAST} in ORDER BY; otherwise emulated with an {@code IS NULL} sort key. */
    default boolean supportsNullsOrdering() {
        return false;
    }

    /** The LIMIT to write when only an OFFSET is wanted, or null when OFFSET may stand alone. */
    default String limitForOffsetOnly() {
        return null;
    }

    /** Appended after {@code LIKE ?}: the escape clause for the backslash escapes in patterns, if needed. */
    default String likeEscape() {
        return "";
    }

    /** How an upsert / skip-duplicates insert is written. */
    enum ConflictStyle {
        /** {@code ON CONFLICT (...) DO NOTHING / DO UPDATE SET c = ...} (PostgreSQL, SQLite). */
        ON_CONFLICT,
        /** {@code INSERT IGNORE} / {@code ON DUPLICATE KEY UPDATE c = ...} (MySQL). */
        ON_DUPLICATE_KEY
    }

    default ConflictStyle conflictStyle() {
        return ConflictStyle.ON_CONFLICT;
    }

    /**
     * The most bind parameters one statement may carry; batched {@code IN} lists are chunked below it.
     * PostgreSQL and the MySQL protocol count them in 16 bits (32767 and 65535), SQLite's default
     * {@code SQLITE_MAX_VARIABLE_NUMBER} is 32766.
     */
    default int maxBindParameters() {
        return 32766;
    }

    /** How JSON values are read, compared and searched; {@link JsonSyntax#NONE} where there is no JSON. */
    default JsonSyntax json() {
        return JsonSyntax.NONE;
    }

    /** Scalar lists as SQL arrays: the operator for {@code op}; databases without arrays refuse. */
    default String arrayOperator(Expr.ArrayOp op) {
        throw new UnsupportedOperationException("This database has no scalar lists (SQL arrays)");
    }

    // ------------------------------------------------------------------ relation loading with JSON

    /**
     * Related records can be aggregated into JSON in the parent's statement ({@code JSON_ARRAYAGG} with
     * an {@code ORDER BY} inside the aggregate): the single-statement "join" relation-load strategy.
     */
    default boolean supportsJsonAggregation() {
        return false;
    }

    /**
     * A list of values can be one bound array ({@code expr = ANY(?)}): the statement's text is the same
     * for any number of values (one server-side prepared statement, no bind-parameter limit).
     */
    default boolean supportsArrayParameters() {
        return false;
    }

    /** {@code LEFT JOIN LATERAL (...) ON TRUE}; otherwise related JSON is a correlated scalar subquery. */
    default boolean supportsLateralJoin() {
        return false;
    }

    /** A subquery in FROM may refer to columns of an enclosing query (MariaDB refuses it). */
    default boolean supportsCorrelatedDerivedTables() {
        return true;
    }

    /** The function building a JSON array from its arguments. */
    default String jsonArrayFunction() {
        return "JSON_ARRAY";
    }

    /** The aggregate collecting one JSON value per row into a JSON array (NULL for no rows). */
    default String jsonArrayAggFunction() {
        return "JSON_ARRAYAGG";
    }

    /**
     * How a value of a type JSON cannot carry exactly enters JSON: a template in which each {@code {}}
     * stands for the value; SQL NULL must stay JSON null.
     */
    default String jsonValue(Expr.JsonEncoding encoding) {
        return switch (encoding) {
            case HEX -> "HEX({})";
            case TEXT -> "CAST({} AS CHAR)";
        };
    }
}
