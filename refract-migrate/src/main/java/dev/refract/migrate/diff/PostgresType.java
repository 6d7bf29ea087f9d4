package dev.refract.migrate.diff;

import static dev.refract.migrate.diff.TypeChange.NOT_CASTABLE;
import static dev.refract.migrate.diff.TypeChange.RISKY_CAST;
import static dev.refract.migrate.diff.TypeChange.SAFE_CAST;

import java.util.Objects;

/**
 * A PostgreSQL native type as Prisma knows them ({@code @db.VarChar(191)}), parsed from a column's
 * SQL type, with Prisma's table of which type changes cast safely, riskily, or not at all.
 */
record PostgresType(Kind kind, Integer a, Integer b) {

    enum Kind {
        SmallInt, Integer, BigInt, Decimal, Real, DoublePrecision, VarChar, Char, Text, ByteA, Date, Timestamp,
        Timestamptz, Time, Timetz, Boolean, Bit, VarBit, Uuid, Xml, Json, JsonB, Citext, Oid, Inet, Money
    }

    /** The native type of an SQL type, or null when Prisma has none for it (an unsupported type). */
    static PostgresType of(String sqlType) {
        NativeType t = NativeType.parse(sqlType);
        Kind kind = switch (t.name()) {
            case "SMALLINT", "INT2", "SMALLSERIAL" -> Kind.SmallInt;
            case "INTEGER", "INT", "INT4", "SERIAL" -> Kind.Integer;
            case "BIGINT", "INT8", "BIGSERIAL" -> Kind.BigInt;
            case "DECIMAL", "NUMERIC" -> Kind.Decimal;
            case "REAL", "FLOAT4" -> Kind.Real;
            case "DOUBLE PRECISION", "FLOAT8" -> Kind.DoublePrecision;
            case "VARCHAR", "CHARACTER VARYING" -> Kind.VarChar;
            case "CHAR", "CHARACTER" -> Kind.Char;
            case "TEXT" -> Kind.Text;
            case "BYTEA" -> Kind.ByteA;
            case "DATE" -> Kind.Date;
            case "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE" -> Kind.Timestamp;
            case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE" -> Kind.Timestamptz;
            case "TIME", "TIME WITHOUT TIME ZONE" -> Kind.Time;
            case "TIMETZ", "TIME WITH TIME ZONE" -> Kind.Timetz;
            case "BOOLEAN", "BOOL" -> Kind.Boolean;
            case "BIT" -> Kind.Bit;
            case "VARBIT", "BIT VARYING" -> Kind.VarBit;
            case "UUID" -> Kind.Uuid;
            case "XML" -> Kind.Xml;
            case "JSON" -> Kind.Json;
            case "JSONB" -> Kind.JsonB;
            case "CITEXT" -> Kind.Citext;
            case "OID" -> Kind.Oid;
            case "INET" -> Kind.Inet;
            case "MONEY" -> Kind.Money;
            default -> null;
        };
        return kind == null ? null : new PostgresType(kind, t.arg(0), t.arg(1));
    }

    /** Prisma's name for the type in warnings: {@code VarChar(191)}, {@code Decimal(65,30)}, {@code Text}. */
    String display() {
        if (a == null) {
            return kind.name();
        }
        return kind.name() + "(" + a + (b == null ? "" : "," + b) + ")";
    }

    /** Prisma's verdict on changing a column from this type to {@code next}; null when nothing changes. */
    TypeChange changeTo(PostgresType next) {
        if (this.equals(next)) {
            return null;
        }
        Kind n = next.kind;
        boolean nextIsChar = n == Kind.Char;
        boolean nextIsString = n == Kind.VarChar || n == Kind.Char;
        Integer len = nextIsString ? next.a : null;
        switch (kind) {
            case Inet:
                return n == Kind.Citext || n == Kind.Text || n == Kind.VarChar ? SAFE_CAST : NOT_CASTABLE;
            case Money:
                return n == Kind.Citext || n == Kind.Text || n == Kind.VarChar ? SAFE_CAST : RISKY_CAST;
            case Citext:
                return n == Kind.Text || n == Kind.VarChar ? SAFE_CAST : RISKY_CAST;
            case Oid:
                return n == Kind.Text || n == Kind.VarChar || n == Kind.BigInt || n == Kind.Integer ? SAFE_CAST
                        : NOT_CASTABLE;
            case SmallInt:
                return integerTo(next, 3, 4);
            case Integer:
                if (n == Kind.SmallInt) {
                    return RISKY_CAST;
                }
                return integerTo(next, 10, 11);
            case BigInt:
                if (n == Kind.SmallInt || n == Kind.Integer) {
                    return RISKY_CAST;
                }
                return integerTo(next, 19, 20);
            case Decimal:
                return decimalTo(next, nextIsChar);
            case Real:
                return switch (n) {
                    case SmallInt, Integer, BigInt, Decimal -> RISKY_CAST;
                    case Real, DoublePrecision, Text -> SAFE_CAST;
                    case VarChar, Char -> stringLength(len, 47, nextIsChar);
                    default -> NOT_CASTABLE;
                };
            case DoublePrecision:
                return switch (n) {
                    case SmallInt, Integer, BigInt, Decimal, Real -> RISKY_CAST;
                    case DoublePrecision, Text -> SAFE_CAST;
                    case VarChar, Char -> stringLength(len, 317, nextIsChar);
                    default -> NOT_CASTABLE;
                };
            case VarChar:
                if (n == Kind.Text) {
                    return SAFE_CAST;
                }
                if (!nextIsString) {
                    return NOT_CASTABLE;
                }
                if (a == null && next.a == null) {
                    return nextIsChar ? RISKY_CAST : SAFE_CAST;
                }
                if (a == null) {
                    return RISKY_CAST;
                }
                if (next.a == null) {
                    return a == 1 ? SAFE_CAST : nextIsChar ? RISKY_CAST : SAFE_CAST;
                }
                return a > next.a ? RISKY_CAST : SAFE_CAST;
            case Char:
                if (n == Kind.Text) {
                    return SAFE_CAST;
                }
                if (!nextIsString) {
                    return NOT_CASTABLE;
                }
                if (a == null) {
                    return SAFE_CAST;
                }
                if (next.a == null) {
                    return a == 1 ? SAFE_CAST : nextIsChar ? RISKY_CAST : SAFE_CAST;
                }
                return a > next.a ? RISKY_CAST : SAFE_CAST;
            case Text:
                if (n == Kind.Text || n == Kind.Citext || (n == Kind.VarChar && next.a == null)) {
                    return SAFE_CAST;
                }
                return nextIsString ? RISKY_CAST : NOT_CASTABLE;
            case ByteA:
                if (n == Kind.Text || (n == Kind.VarChar && next.a == null)) {
                    return SAFE_CAST;
                }
                return nextIsString && next.a != null && next.a > 2 ? RISKY_CAST : NOT_CASTABLE;
            case Timestamp:
            case Timestamptz:
            case Time:
            case Timetz:
                return timeTo(next, n);
            case Date:
                if (n == Kind.Text || (n == Kind.VarChar && next.a == null)) {
                    return SAFE_CAST;
                }
                if (nextIsString && next.a != null && next.a > 27) {
                    return SAFE_CAST;
                }
                return n == Kind.Timestamp || n == Kind.Timestamptz ? SAFE_CAST : NOT_CASTABLE;
            case Boolean:
                if (n == Kind.Text || n == Kind.VarChar) {
                    return SAFE_CAST;
                }
                if (n == Kind.Char && next.a != null && next.a > 4) {
                    return SAFE_CAST;
                }
                return n == Kind.Char && next.a != null && next.a > 3 ? RISKY_CAST : NOT_CASTABLE;
            case Bit:
                if (a == null) {
                    return n == Kind.Text || n == Kind.VarChar || n == Kind.Char || n == Kind.VarBit ? SAFE_CAST
                            : NOT_CASTABLE;
                }
                if (n == Kind.Text || ((n == Kind.VarChar || n == Kind.VarBit) && next.a == null)) {
                    return SAFE_CAST;
                }
                if ((n == Kind.VarChar || n == Kind.VarBit || n == Kind.Char) && next.a != null && next.a >= a) {
                    return SAFE_CAST;
                }
                return NOT_CASTABLE;
            case VarBit:
                if (a == null) {
                    if (n == Kind.Text || (n == Kind.VarChar && next.a == null)) {
                        return SAFE_CAST;
                    }
                    return nextIsString || n == Kind.Bit ? RISKY_CAST : NOT_CASTABLE;
                }
                if (n == Kind.Text || ((n == Kind.VarChar || n == Kind.VarBit) && next.a == null)) {
                    return SAFE_CAST;
                }
                if (n == Kind.VarBit && next.a > a) {
                    return SAFE_CAST;
                }
                if (nextIsString && next.a != null && next.a >= a) {
                    return SAFE_CAST;
                }
                if (n == Kind.Bit && (next.a == null || next.a <= a)) {
                    return RISKY_CAST;
                }
                return nextIsString ? RISKY_CAST : NOT_CASTABLE;
            case Uuid:
                if (n == Kind.Text || (n == Kind.VarChar && next.a == null)) {
                    return SAFE_CAST;
                }
                return nextIsString && next.a != null && next.a > 31 ? SAFE_CAST : NOT_CASTABLE;
            case Xml:
                if (n == Kind.Text || (n == Kind.VarChar && next.a == null)) {
                    return SAFE_CAST;
                }
                return nextIsString ? RISKY_CAST : NOT_CASTABLE;
            case Json:
            case JsonB:
                if (n == Kind.Text || (n == Kind.VarChar && next.a == null)
                        || (n == Kind.JsonB && kind == Kind.Json) || (n == Kind.Json && kind == Kind.JsonB)) {
                    return SAFE_CAST;
                }
                return nextIsString ? RISKY_CAST : NOT_CASTABLE;
            default:
                return NOT_CASTABLE;
        }
    }

    private TypeChange integerTo(PostgresType next, int maxDigits, int maxChars) {
        return switch (next.kind) {
            case SmallInt, Integer, BigInt, Real, DoublePrecision, Text -> SAFE_CAST;
            case Decimal -> next.a != null && next.b != null && next.a - next.b < maxDigits ? RISKY_CAST : SAFE_CAST;
            case VarChar, Char -> stringLength(next.a, maxChars, next.kind == Kind.Char);
            default -> NOT_CASTABLE;
        };
    }

    private static TypeChange stringLength(Integer length, int needed, boolean nextIsChar) {
        if (length != null) {
            return length < needed ? RISKY_CAST : SAFE_CAST;
        }
        return nextIsChar ? RISKY_CAST : SAFE_CAST;
    }

    private TypeChange decimalTo(PostgresType next, boolean nextIsChar) {
        boolean hasParams = a != null && b != null;
        switch (next.kind) {
            case SmallInt:
                return !hasParams || b > 0 || a > 2 ? RISKY_CAST : SAFE_CAST;
            case Integer:
                return !hasParams || b > 0 || a > 9 ? RISKY_CAST : SAFE_CAST;
            case BigInt:
                return !hasParams || b > 0 || a > 18 ? RISKY_CAST : SAFE_CAST;
            case Decimal: {
                boolean nextHas = next.a != null && next.b != null;
                if (hasParams && !nextHas) {
                    return SAFE_CAST;
                }
                if (!hasParams && nextHas && (next.a < 131072 || next.b < 16383)) {
                    return RISKY_CAST;
                }
                if (hasParams && nextHas && (a - b > next.a - next.b || b > next.b)) {
                    return RISKY_CAST;
                }
                return SAFE_CAST;
            }
            case Real:
            case DoublePrecision:
                return RISKY_CAST;
            case VarChar:
            case Char: {
                Integer len = next.a;
                if (len != null && hasParams && b == 0 && a + 1 > len) {
                    return RISKY_CAST;
                }
                if (len != null && hasParams && b > 0 && a + 2 > len) {
                    return RISKY_CAST;
                }
                if (len != null && !hasParams && len < 131073) {
                    return RISKY_CAST;
                }
                if (len == null && nextIsChar) {
                    return RISKY_CAST;
                }
                return SAFE_CAST;
            }
            case Text:
                return SAFE_CAST;
            default:
                return NOT_CASTABLE;
        }
    }

    private TypeChange timeTo(PostgresType next, Kind n) {
        if (n == Kind.Text || (n == Kind.VarChar && next.a == null)) {
            return SAFE_CAST;
        }
        int minLength = switch (kind) {
            case Timestamp -> 22;
            case Timestamptz -> 27;
            case Time -> 13;
            default -> 18;
        };
        if ((n == Kind.Char || n == Kind.VarChar) && next.a != null && next.a > minLength) {
            return SAFE_CAST;
        }
        if (n == kind && (next.a == null || a == null || Objects.equals(a, next.a))) {
            return null;
        }
        return switch (kind) {
            case Timestamp, Timestamptz -> n == Kind.Timestamp || n == Kind.Timestamptz || n == Kind.Date
                    || n == Kind.Time || n == Kind.Timetz ? SAFE_CAST : NOT_CASTABLE;
            case Time -> n == Kind.Timetz ? SAFE_CAST : NOT_CASTABLE;
            default -> n == Kind.Timetz || n == Kind.Time ? SAFE_CAST : NOT_CASTABLE;
        };
    }
}
