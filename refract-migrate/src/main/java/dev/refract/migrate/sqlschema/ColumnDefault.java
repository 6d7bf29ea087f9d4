package dev.refract.migrate.sqlschema;

/**
 * A column default, normalised so that calculated and described defaults compare equal.
 * {@code Value} holds the SQL literal as rendered in migration SQL ({@code 'USER'}, {@code 0},
 * {@code true}); {@code Now} is CURRENT_TIMESTAMP; {@code Sequence} an autoincrement/serial default;
 * {@code Expression} a database expression ({@code dbgenerated("...")}, {@code gen_random_uuid()}).
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
}
