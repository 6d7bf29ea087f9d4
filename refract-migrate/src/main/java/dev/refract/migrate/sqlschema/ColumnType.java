package dev.refract.migrate.sqlschema;

/**
 * A column's type. {@code sqlType} is the canonical SQL spelling this dialect's migration SQL uses,
 * without the list suffix: upper case with arguments, as Prisma renders it ({@code TEXT},
 * {@code VARCHAR(191)}, {@code TIMESTAMP(3)}, {@code DECIMAL(65,30)}, {@code DOUBLE PRECISION});
 * describers normalise what the catalog reports to this spelling so that a described column and a
 * calculated one compare equal. For {@link ColumnTypeFamily#ENUM}, {@code sqlType} is the enum's name
 * (PostgreSQL: the type name; MySQL: the {@code ENUM('A', 'B')} definition; SQLite has no enums: a
 * described enum column there is a {@code TEXT} string).
 * {@code list} marks PostgreSQL arrays ({@code TEXT[]}).
 *
 * <p>Per database, as Prisma's renderer writes them:
 * <ul>
 *   <li>PostgreSQL: {@code SMALLINT INTEGER BIGINT OID REAL DOUBLE PRECISION DECIMAL(p,s) MONEY BOOLEAN
 *       TEXT CITEXT VARCHAR(n) CHAR(n) XML INET BIT(n) VARBIT(n) UUID JSON JSONB BYTEA DATE TIME(p)
 *       TIMETZ(p) TIMESTAMP(p) TIMESTAMPTZ(p)}; arguments only where the column declares them
 *       ({@code VARCHAR}, {@code TIMESTAMP}, {@code DECIMAL} without). Serial columns are their integer
 *       type ({@code INTEGER}) with {@link Column#autoIncrement()} and a {@link ColumnDefault.Sequence}
 *       default: the renderer spells them {@code SERIAL}. Enums: the type name, unquoted
 *       ({@code Role}). Anything else ({@code tsvector}, {@code vector(1536)}) is
 *       {@link ColumnTypeFamily#UNSUPPORTED} with the catalog's own spelling.</li>
 *   <li>MySQL/MariaDB: {@code INTEGER TINYINT SMALLINT MEDIUMINT BIGINT} (plus {@code " UNSIGNED"}),
 *       {@code BOOLEAN} for {@code tinyint(1)}, {@code DECIMAL(65, 30)} (with a space, as Prisma writes
 *       it), {@code FLOAT DOUBLE CHAR(n) VARCHAR(n) TINYTEXT TEXT MEDIUMTEXT LONGTEXT DATE TIME(p)
 *       DATETIME(p) TIMESTAMP(p) YEAR JSON BIT(n) BINARY(n) VARBINARY(n) TINYBLOB BLOB MEDIUMBLOB
 *       LONGBLOB}, enums {@code ENUM('A', 'B')}. MariaDB's JSON (a {@code LONGTEXT} with a
 *       {@code json_valid} check) reads as {@code JSON}.</li>
 *   <li>SQLite: the declared type, upper case ({@code INTEGER TEXT BOOLEAN DATETIME REAL DECIMAL
 *       BIGINT BLOB JSONB}).</li>
 * </ul>
 */
public record ColumnType(ColumnTypeFamily family, String sqlType, boolean list) {
    public static ColumnType of(ColumnTypeFamily family, String sqlType) {
        return new ColumnType(family, sqlType, false);
    }

    public ColumnType asList() {
        return new ColumnType(family, sqlType, true);
    }
}
