package dev.refract.migrate.calculate;

import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.ScalarKind;
import java.util.stream.Collectors;

/**
 * MySQL and MariaDB: types as Prisma's MySQL migrations spell them ({@code VARCHAR(191)},
 * {@code DATETIME(3)}, {@code DECIMAL(65, 30)}), enums inline on each column ({@code ENUM('A', 'B')}),
 * {@code AUTO_INCREMENT} without a default. Types whose argument the database fills in when it is
 * left out read as the database reports them ({@code @db.DateTime} is {@code DATETIME(0)},
 * {@code @db.Decimal} is {@code DECIMAL(10, 0)}).
 *
 * <p>MySQL creates an index for a foreign key whose columns no index starts with, named after the
 * key; as in Prisma, the calculated schema does not hold those: differs leave indexes that back a
 * foreign key alone on MySQL.
 */
final class MySqlCalculatorFlavour implements CalculatorFlavour {

    @Override
    public ColumnType scalarType(ScalarKind kind, NativeType nativeType) {
        ColumnTypeFamily family = Families.of(kind);
        if (nativeType == null) {
            return switch (kind) {
                case INT -> ColumnType.of(family, "INTEGER");
                case BIG_INT -> ColumnType.of(family, "BIGINT");
                case FLOAT -> ColumnType.of(family, "DOUBLE");
                case DECIMAL -> ColumnType.of(family, "DECIMAL(65, 30)");
                case BOOLEAN -> ColumnType.of(family, "BOOLEAN");
                case STRING -> ColumnType.of(family, "VARCHAR(191)");
                case DATE_TIME -> ColumnType.of(family, "DATETIME(3)");
                case JSON -> ColumnType.of(family, "JSON");
                case BYTES -> ColumnType.of(family, "LONGBLOB");
            };
        }
        String sql = switch (nativeType.name()) {
            case "Int" -> "INTEGER";
            case "UnsignedInt" -> "INTEGER UNSIGNED";
            case "SmallInt" -> "SMALLINT";
            case "UnsignedSmallInt" -> "SMALLINT UNSIGNED";
            case "TinyInt" -> kind == ScalarKind.BOOLEAN ? "BOOLEAN" : "TINYINT";
            case "UnsignedTinyInt" -> "TINYINT UNSIGNED";
            case "MediumInt" -> "MEDIUMINT";
            case "UnsignedMediumInt" -> "MEDIUMINT UNSIGNED";
            case "BigInt" -> "BIGINT";
            case "UnsignedBigInt" -> "BIGINT UNSIGNED";
            case "Decimal" -> "DECIMAL(" + nativeType.argument(0).orElse(10) + ", " + nativeType.argument(1).orElse(0)
                    + ")";
            case "Float" -> "FLOAT";
            case "Double" -> "DOUBLE";
            case "Bit" -> "BIT(" + nativeType.argument(0).orElse(1) + ")";
            case "Char" -> "CHAR(" + nativeType.argument(0).orElse(1) + ")";
            case "VarChar" -> "VARCHAR(" + nativeType.argument(0).orElseThrow() + ")";
            case "Binary" -> "BINARY(" + nativeType.argument(0).orElse(1) + ")";
            case "VarBinary" -> "VARBINARY(" + nativeType.argument(0).orElseThrow() + ")";
            case "TinyBlob" -> "TINYBLOB";
            case "Blob" -> "BLOB";
            case "MediumBlob" -> "MEDIUMBLOB";
            case "LongBlob" -> "LONGBLOB";
            case "TinyText" -> "TINYTEXT";
            case "Text" -> "TEXT";
            case "MediumText" -> "MEDIUMTEXT";
            case "LongText" -> "LONGTEXT";
            case "Date" -> "DATE";
            case "Time" -> "TIME(" + nativeType.argument(0).orElse(0) + ")";
            case "DateTime" -> "DATETIME(" + nativeType.argument(0).orElse(0) + ")";
            case "Timestamp" -> "TIMESTAMP(" + nativeType.argument(0).orElse(0) + ")";
            case "Year" -> "YEAR";
            case "Json" -> "JSON";
            default -> throw new IllegalArgumentException("unknown MySQL type @db." + nativeType.name());
        };
        return ColumnType.of(family, sql);
    }

    /** Expression defaults read back in parentheses, as MySQL requires them and Prisma introspects them: {@code (uuid())}. */
    @Override
    public String dbGenerated(String expression) {
        if (expression.isEmpty() || expression.startsWith("(") && expression.endsWith(")")) {
            return expression;
        }
        return "(" + expression + ")";
    }

    /** {@code ENUM('A', 'it''s')} from the values' database names, as the describer reads it back. */
    @Override
    public ColumnType enumType(Enum e) {
        return ColumnType.of(ColumnTypeFamily.ENUM, e.values().stream()
                .map(v -> ColumnDefault.quote(v.databaseName()))
                .collect(Collectors.joining(", ", "ENUM(", ")")));
    }
}
