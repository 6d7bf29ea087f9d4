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
}
