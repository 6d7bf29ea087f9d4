package dev.refract.migrate.diff;

import static dev.refract.migrate.diff.TypeChange.NOT_CASTABLE;
import static dev.refract.migrate.diff.TypeChange.RISKY_CAST;
import static dev.refract.migrate.diff.TypeChange.SAFE_CAST;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A MySQL native type as Prisma knows them, parsed from a column's SQL type, with Prisma's table of
 * how a change from one type to another casts. {@code a}/{@code b} are the arguments (length,
 * precision, scale), null when absent.
 */
record MySqlType(Kind kind, Integer a, Integer b) {

    enum Kind {
        Int, UnsignedInt, SmallInt, UnsignedSmallInt, TinyInt, UnsignedTinyInt, MediumInt, UnsignedMediumInt, BigInt,
        UnsignedBigInt, Decimal, Float, Double, Bit, Char, VarChar, Binary, VarBinary, TinyBlob, Blob, MediumBlob,
        LongBlob, TinyText, Text, MediumText, LongText, Date, Time, DateTime, Timestamp, Year, Json
    }

    private static final Set<Kind> UNSIGNED = EnumSet.of(Kind.UnsignedInt, Kind.UnsignedSmallInt,
            Kind.UnsignedTinyInt, Kind.UnsignedMediumInt, Kind.UnsignedBigInt);
    private static final Set<Kind> BLOBS = EnumSet.of(Kind.TinyBlob, Kind.Blob, Kind.MediumBlob, Kind.LongBlob);
    private static final Set<Kind> TEXTS = EnumSet.of(Kind.TinyText, Kind.Text, Kind.MediumText, Kind.LongText);
    /** "To string" targets: every character and binary type. */
    private static final Set<Kind> STRINGS = union(BLOBS, TEXTS,
            EnumSet.of(Kind.Binary, Kind.Char, Kind.VarBinary, Kind.VarChar));
    private static final Set<Kind> SIGNED_INTS = EnumSet.of(Kind.Int, Kind.SmallInt, Kind.TinyInt, Kind.MediumInt,
            Kind.BigInt);

    /** The native type of an SQL type, or null when Prisma has none for it. */
    static MySqlType of(String sqlType) {
        NativeType t = NativeType.parse(sqlType);
        boolean unsigned = t.suffix().contains("UNSIGNED");
        Kind kind = switch (t.name()) {
            case "INT", "INTEGER" -> unsigned ? Kind.UnsignedInt : Kind.Int;
            case "SMALLINT" -> unsigned ? Kind.UnsignedSmallInt : Kind.SmallInt;
            case "TINYINT", "BOOLEAN", "BOOL" -> unsigned ? Kind.UnsignedTinyInt : Kind.TinyInt;
            case "MEDIUMINT" -> unsigned ? Kind.UnsignedMediumInt : Kind.MediumInt;
            case "BIGINT" -> unsigned ? Kind.UnsignedBigInt : Kind.BigInt;
            case "DECIMAL", "NUMERIC" -> Kind.Decimal;
            case "FLOAT" -> Kind.Float;
            case "DOUBLE", "DOUBLE PRECISION", "REAL" -> Kind.Double;
            case "BIT" -> Kind.Bit;
            case "CHAR" -> Kind.Char;
            case "VARCHAR" -> Kind.VarChar;
            case "BINARY" -> Kind.Binary;
            case "VARBINARY" -> Kind.VarBinary;
            case "TINYBLOB" -> Kind.TinyBlob;
            case "BLOB" -> Kind.Blob;
            case "MEDIUMBLOB" -> Kind.MediumBlob;
            case "LONGBLOB" -> Kind.LongBlob;
            case "TINYTEXT" -> Kind.TinyText;
            case "TEXT" -> Kind.Text;
            case "MEDIUMTEXT" -> Kind.MediumText;
            case "LONGTEXT" -> Kind.LongText;
            case "DATE" -> Kind.Date;
            case "TIME" -> Kind.Time;
            case "DATETIME" -> Kind.DateTime;
            case "TIMESTAMP" -> Kind.Timestamp;
            case "YEAR" -> Kind.Year;
            case "JSON" -> Kind.Json;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        Integer a = t.arg(0);
        if (a == null && (kind == Kind.Bit || kind == Kind.Char || kind == Kind.Binary)) {
            a = 1;
        }
        return new MySqlType(kind, a, t.arg(1));
    }

    /** Prisma's name in warnings: {@code VarChar(191)}, {@code Int}, {@code Decimal(65,30)}, {@code UnsignedInt}. */
    String display() {
        if (a == null) {
            return kind.name();
        }
        return kind.name() + "(" + a + (b == null ? "" : "," + b) + ")";
    }

    /** The precision of a DATETIME/TIMESTAMP/TIME, or null. */
    Integer timePrecision() {
        return kind == Kind.DateTime || kind == Kind.Timestamp || kind == Kind.Time ? a : null;
    }

    /** Prisma's verdict on changing a column from this type to {@code next}; null when nothing changes. */
    TypeChange changeTo(MySqlType next) {
        Kind n = next.kind;
        switch (kind) {
            case BigInt:
                if (n == Kind.BigInt) {
                    return null;
                }
                if (STRINGS.contains(n) || n == Kind.Bit || n == Kind.Double || n == Kind.Float || n == Kind.Time) {
                    return SAFE_CAST;
                }
                if (n == Kind.Decimal && next.a != null && next.b != null && next.a - next.b >= 20) {
                    return SAFE_CAST;
                }
                if (SIGNED_INTS.contains(n) || UNSIGNED.contains(n) || n == Kind.Year) {
                    return RISKY_CAST;
                }
                return NOT_CASTABLE;
            case Binary:
                if (n == Kind.Binary) {
                    return cmp(next.a, a) == 0 ? null : cmp(next.a, a) > 0 ? SAFE_CAST : RISKY_CAST;
                }
                if (STRINGS.contains(n) || n == Kind.Decimal || n == Kind.Double || n == Kind.Float
                        || n == Kind.MediumInt) {
                    return SAFE_CAST;
                }
                if (n == Kind.Bit && next.a >= a * 8) {
                    return SAFE_CAST;
                }
                if (n == Kind.Date || n == Kind.DateTime || n == Kind.Json || n == Kind.Timestamp) {
                    return NOT_CASTABLE;
                }
                return RISKY_CAST;
            case Bit:
                if (n == Kind.Bit) {
                    return cmp(a, next.a) == 0 ? null : cmp(a, next.a) < 0 ? SAFE_CAST : RISKY_CAST;
                }
                if (n == Kind.BigInt || n == Kind.UnsignedBigInt) {
                    return a == 64 ? SAFE_CAST : RISKY_CAST;
                }
                if (n == Kind.Binary) {
                    return a >= 8 * next.a ? SAFE_CAST : NOT_CASTABLE;
                }
                if (n == Kind.Decimal || n == Kind.Double || n == Kind.Float) {
                    return RISKY_CAST;
                }
                if (n == Kind.Date || n == Kind.DateTime || n == Kind.Time || n == Kind.Timestamp || n == Kind.Json) {
                    return NOT_CASTABLE;
                }
                return SAFE_CAST;
            case TinyBlob:
            case Blob:
            case MediumBlob:
            case LongBlob:
                if (n == kind) {
                    return null;
                }
                if (BLOBS.contains(n)) {
                    return SAFE_CAST;
                }
                return STRINGS.contains(n) || n == Kind.Bit ? RISKY_CAST : NOT_CASTABLE;
            case Char:
            case VarChar:
                if (n == kind && Objects.equals(a, next.a)) {
                    return null;
                }
                if (n == Kind.VarChar || n == Kind.Char || n == Kind.VarBinary || n == Kind.Binary) {
                    return cmp(next.a, a) >= 0 ? SAFE_CAST : RISKY_CAST;
                }
                return BLOBS.contains(n) || TEXTS.contains(n) ? SAFE_CAST : RISKY_CAST;
            case Date:
                if (n == Kind.Date) {
                    return null;
                }
                if (n == Kind.DateTime || n == Kind.BigInt || n == Kind.UnsignedBigInt || n == Kind.Int
                        || n == Kind.UnsignedInt || n == Kind.Decimal || n == Kind.Float || n == Kind.Double
                        || STRINGS.contains(n) || n == Kind.Bit) {
                    return SAFE_CAST;
                }
                return NOT_CASTABLE;
            case DateTime:
            case Timestamp:
                if (n == kind) {
                    int c = cmp(a, next.a);
                    return c == 0 ? null : c < 0 ? SAFE_CAST : RISKY_CAST;
                }
                if (STRINGS.contains(n) || n == Kind.BigInt || n == Kind.UnsignedBigInt
                        || (n == Kind.Bit && Objects.equals(next.a, 64))) {
                    return SAFE_CAST;
                }
                if (n == Kind.Timestamp || n == Kind.DateTime || n == Kind.Time || n == Kind.Date) {
                    return SAFE_CAST;
                }
                return NOT_CASTABLE;
            case Decimal:
                if (n == Kind.Decimal) {
                    return Objects.equals(a, next.a) && Objects.equals(b, next.b) ? null : RISKY_CAST;
                }
                if (STRINGS.contains(n)) {
                    return SAFE_CAST;
                }
                return n == Kind.DateTime || n == Kind.Timestamp || n == Kind.Date ? NOT_CASTABLE : RISKY_CAST;
            case Double:
            case Float:
                if (n == kind) {
                    return null;
                }
                if (n == Kind.Float || n == Kind.Double) {
                    return SAFE_CAST;
                }
                if (n == Kind.Bit) {
                    int needed = kind == Kind.Double ? 64 : 32;
                    boolean ok = kind == Kind.Double ? Objects.equals(next.a, 64) : next.a >= needed;
                    return ok ? SAFE_CAST : NOT_CASTABLE;
                }
                if (n == Kind.Binary || n == Kind.Char || n == Kind.VarBinary || n == Kind.VarChar) {
                    return next.a >= 32 ? RISKY_CAST : NOT_CASTABLE;
                }
                if (n == Kind.Timestamp || n == Kind.DateTime || n == Kind.Date) {
                    return NOT_CASTABLE;
                }
                return SAFE_CAST;
            case Int:
            case MediumInt:
                if (n == kind) {
                    return null;
                }
                if (n == Kind.BigInt || STRINGS.contains(n)) {
                    return SAFE_CAST;
                }
                if (n == Kind.Bit) {
                    return next.a >= 32 ? SAFE_CAST : RISKY_CAST;
                }
                if (n == Kind.Date || n == Kind.DateTime || n == Kind.Timestamp || n == Kind.Time || n == Kind.Json) {
                    return NOT_CASTABLE;
                }
                return RISKY_CAST;
            case Json:
                if (n == Kind.Json) {
                    return null;
                }
                return STRINGS.contains(n) ? SAFE_CAST : NOT_CASTABLE;
            case TinyText:
            case Text:
            case MediumText:
            case LongText:
                if (n == kind) {
                    return null;
                }
                if (n == Kind.TinyBlob || (n == Kind.TinyText && kind != Kind.TinyText)) {
                    return RISKY_CAST;
                }
                if (STRINGS.contains(n) || n == Kind.Bit) {
                    return SAFE_CAST;
                }
                return RISKY_CAST;
            case SmallInt:
            case TinyInt:
                if (n == kind) {
                    return null;
                }
                if (STRINGS.contains(n) || n == Kind.Bit) {
                    return RISKY_CAST;
                }
                if (n == Kind.MediumInt || n == Kind.Int || n == Kind.BigInt || n == Kind.Time
                        || (kind == Kind.TinyInt && n == Kind.SmallInt)) {
                    return SAFE_CAST;
                }
                if (n == Kind.Decimal || n == Kind.Date || n == Kind.DateTime || n == Kind.Timestamp
                        || n == Kind.Json) {
                    return NOT_CASTABLE;
                }
                return RISKY_CAST;
            case Time:
                if (n == Kind.Time) {
                    if (next.a == null && (a == null || a == 0)) {
                        return null;
                    }
                    return Objects.equals(a, next.a) ? null : SAFE_CAST;
                }
                if (n == Kind.Date || n == Kind.DateTime || n == Kind.Timestamp) {
                    return RISKY_CAST;
                }
                if (n == Kind.Json || n == Kind.Year) {
                    return NOT_CASTABLE;
                }
                return SAFE_CAST;
            case UnsignedBigInt:
            case UnsignedInt:
            case UnsignedMediumInt:
            case UnsignedSmallInt:
            case UnsignedTinyInt:
                if (n == kind) {
                    return null;
                }
                if (n == Kind.Decimal || n == Kind.Date || n == Kind.DateTime || n == Kind.Timestamp
                        || n == Kind.Json) {
                    return NOT_CASTABLE;
                }
                if (kind == Kind.UnsignedSmallInt && EnumSet.of(Kind.UnsignedInt, Kind.UnsignedMediumInt,
                        Kind.UnsignedBigInt).contains(n)) {
                    return SAFE_CAST;
                }
                if (kind == Kind.UnsignedTinyInt && EnumSet.of(Kind.UnsignedInt, Kind.UnsignedMediumInt,
                        Kind.UnsignedBigInt, Kind.UnsignedSmallInt).contains(n)) {
                    return SAFE_CAST;
                }
                return RISKY_CAST;
            case VarBinary:
                if (n == Kind.VarBinary) {
                    int c = cmp(a, next.a);
                    return c == 0 ? null : c > 0 ? RISKY_CAST : SAFE_CAST;
                }
                if (n == Kind.LongBlob || n == Kind.Blob || n == Kind.MediumBlob) {
                    return SAFE_CAST;
                }
                if (n == Kind.Binary && cmp(next.a, a) > 0) {
                    return SAFE_CAST;
                }
                return STRINGS.contains(n) || n == Kind.Bit ? RISKY_CAST : NOT_CASTABLE;
            case Year:
                if (n == Kind.Year) {
                    return null;
                }
                if (n == Kind.Decimal || n == Kind.Json) {
                    return RISKY_CAST;
                }
                if (n == Kind.Date || n == Kind.DateTime || n == Kind.Time || n == Kind.TinyInt
                        || n == Kind.Timestamp || n == Kind.UnsignedTinyInt) {
                    return NOT_CASTABLE;
                }
                return SAFE_CAST;
            default:
                return RISKY_CAST;
        }
    }

    /** Compares optional arguments the way Rust orders {@code Option}: absent sorts first. */
    private static int cmp(Integer x, Integer y) {
        if (Objects.equals(x, y)) {
            return 0;
        }
        if (x == null) {
            return -1;
        }
        if (y == null) {
            return 1;
        }
        return Integer.compare(x, y);
    }

    @SafeVarargs
    private static Set<Kind> union(Set<Kind>... sets) {
        EnumSet<Kind> all = EnumSet.noneOf(Kind.class);
        for (Set<Kind> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
