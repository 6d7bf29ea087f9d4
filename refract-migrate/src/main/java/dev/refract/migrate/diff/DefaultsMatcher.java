package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import java.util.Objects;

/**
 * Whether two column defaults are the same for diffing purposes, with Prisma's tolerances:
 * sequences are compared elsewhere (autoincrement), {@code dbgenerated()} without an expression
 * matches anything, datetime literals are not compared, expressions compare case-insensitively.
 */
final class DefaultsMatcher {
    private DefaultsMatcher() {
    }

    static boolean match(Column previous, Column next, boolean ignoreJsonDefaults) {
        if (ignoreJsonDefaults && (previous.type().family() == ColumnTypeFamily.JSON
                || next.type().family() == ColumnTypeFamily.JSON)) {
            return true;
        }
        ColumnDefault prev = previous.defaultValue();
        ColumnDefault nxt = next.defaultValue();
        boolean dateTime = previous.type().family() == ColumnTypeFamily.DATE_TIME
                || next.type().family() == ColumnTypeFamily.DATE_TIME;
        boolean namesMatch = Objects.equals(prev == null ? null : prev.constraintName(),
                nxt == null ? null : nxt.constraintName());

        if (dateTime && prev != null && nxt != null
                && (prev instanceof ColumnDefault.Value || nxt instanceof ColumnDefault.Value)) {
            return true; // Prisma cannot compare datetime literals
        }
        if (prev instanceof ColumnDefault.Value p && nxt instanceof ColumnDefault.Value n) {
            return p.sql().equals(n.sql()) && namesMatch;
        }
        if (isEmptyExpression(nxt)) {
            return true;
        }
        if (prev instanceof ColumnDefault.Expression p && nxt instanceof ColumnDefault.Expression n) {
            return p.sql().equalsIgnoreCase(n.sql()) && namesMatch;
        }
        if (nxt instanceof ColumnDefault.Expression) {
            return false;
        }
        if (nxt instanceof ColumnDefault.Sequence) {
            return true;
        }
        if (prev instanceof ColumnDefault.Sequence) {
            return nxt == null;
        }
        if (prev == null) {
            return nxt == null;
        }
        if (prev instanceof ColumnDefault.Now) {
            return nxt instanceof ColumnDefault.Now;
        }
        // prev is a value or an expression; next is null, now, or a value (expression vs value)
        return false;
    }

    /** {@code dbgenerated()} with no expression: the database owns the default. */
    static boolean isEmptyExpression(ColumnDefault value) {
        return value instanceof ColumnDefault.Expression e && (e.sql() == null || e.sql().isBlank());
    }
}
