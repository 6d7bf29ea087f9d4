package dev.refract.migrate.sqlschema;

/**
 * A column's type. {@code sqlType} is the canonical SQL spelling this dialect's migration SQL uses,
 * without the list suffix: upper case with arguments, as Prisma renders it ({@code TEXT},
 * {@code VARCHAR(191)}, {@code TIMESTAMP(3)}, {@code DECIMAL(65,30)}, {@code DOUBLE PRECISION});
 * describers normalise what the catalog reports to this spelling so that a described column and a
 * calculated one compare equal. For {@link ColumnTypeFamily#ENUM}, {@code sqlType} is the enum's name
 * (PostgreSQL: the type name; MySQL: the {@code ENUM('A','B')} definition; SQLite: {@code TEXT}).
 * {@code list} marks PostgreSQL arrays ({@code TEXT[]}).
 */
public record ColumnType(ColumnTypeFamily family, String sqlType, boolean list) {
    public static ColumnType of(ColumnTypeFamily family, String sqlType) {
        return new ColumnType(family, sqlType, false);
    }

    public ColumnType asList() {
        return new ColumnType(family, sqlType, true);
    }
}
