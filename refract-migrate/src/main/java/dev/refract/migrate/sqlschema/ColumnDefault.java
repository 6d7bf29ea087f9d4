package dev.refract.migrate.sqlschema;

import java.math.BigDecimal;

/**
 * A column default, normalised so that calculated and described defaults compare equal.
 * {@code Value} holds the SQL literal as rendered in migration SQL ({@code 'USER'}, {@code 0},
 * {@code true}); {@code Now} is CURRENT_TIMESTAMP; {@code Sequence} an autoincrement/serial default;
 * {@code Expression} a database expression ({@code dbgenerated("...")}, {@code gen_random_uuid()}).
 *
 * <p>Spelling of {@code Value.sql}, the same on every database (build it with the factories below):
 * <ul>
 *   <li>strings, enum values, JSON, dates and bytes: a standard SQL string literal, {@code 'it''s'}
 *       (quotes doubled, nothing else escaped, no cast);</li>
 *   <li>numbers: plain decimal notation without trailing zeros, {@code 0}, {@code -1}, {@code 1.5}
 *       (so {@code 0.000000000000000000000000000000} and {@code 1.50} read as {@code 0} and {@code 1.5});</li>
 *   <li>booleans: {@code true} / {@code false} (MySQL's {@code 1} / {@code 0} included);</li>
 *   <li>PostgreSQL lists: {@code ARRAY[e1, e2]::TYPE[]} with elements spelled as above and TYPE the
 *       column's {@code sqlType} ({@code ARRAY[]::TEXT[]}, {@code ARRAY['NEW']::"Role"[]}), as Prisma
 *       renders them; {@code '{}'} and {@code ARRAY['a'::text]} forms are rewritten to it.</li>
 * </ul>
 */
public sealed interface ColumnDefault {
    /** The default constraint name where the database names defaults, else null. */
    String constraintName();

    record Value(String sql, String constraintName) implements ColumnDefault {
    }

    record Now(String constraintName) implements ColumnDefault {
    }

    record Sequence(String sequenceName, String constraintName) implements ColumnDefault {
    }

    record Expression(String sql, String constraintName) implements ColumnDefault {
    }

    /** A string (or enum, JSON, date) default: {@code it's} becomes {@code 'it''s'}. */
    static Value ofString(String raw) {
        return new Value(quote(raw), null);
    }

    /** A numeric default in canonical spelling: {@code 1.50} becomes {@code 1.5}, {@code -0.0} becomes {@code 0}. */
    static Value ofNumber(String literal) {
        return new Value(canonicalNumber(literal), null);
    }

    static Value ofBoolean(boolean value) {
        return new Value(Boolean.toString(value), null);
    }

    /** {@code s} as a standard SQL string literal. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /**
     * The canonical spelling of a numeric literal; throws {@link NumberFormatException} when
     * {@code literal} is not a number.
     */
    static String canonicalNumber(String literal) {
        BigDecimal value = new BigDecimal(literal.trim());
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
