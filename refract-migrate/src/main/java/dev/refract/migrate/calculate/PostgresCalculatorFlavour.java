package dev.refract.migrate.calculate;

import dev.refract.dialect.Dialect;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.EnumValue;
import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import dev.refract.schema.model.Schema;
import java.util.List;

/**
 * PostgreSQL: types as Prisma's migration SQL spells them ({@code TEXT}, {@code TIMESTAMP(3)},
 * {@code DECIMAL(65,30)}), enums as types of their own, {@code autoincrement()} as a serial column
 * whose sequence PostgreSQL names, the implicit many-to-many primary key, index access methods and
 * operator classes, and the datasource's extensions.
 */
final class PostgresCalculatorFlavour implements CalculatorFlavour {
    private static final Dialect DIALECT = Dialect.of(Provider.POSTGRESQL);

    @Override
    public ColumnType scalarType(ScalarKind kind, NativeType nativeType) {
        if (nativeType == null) {
            return switch (kind) {
                case INT -> ColumnType.of(ColumnTypeFamily.INT, "INTEGER");
                case BIG_INT -> ColumnType.of(ColumnTypeFamily.BIG_INT, "BIGINT");
                case FLOAT -> ColumnType.of(ColumnTypeFamily.FLOAT, "DOUBLE PRECISION");
                case DECIMAL -> ColumnType.of(ColumnTypeFamily.DECIMAL, "DECIMAL(65,30)");
                case BOOLEAN -> ColumnType.of(ColumnTypeFamily.BOOLEAN, "BOOLEAN");
                case STRING -> ColumnType.of(ColumnTypeFamily.STRING, "TEXT");
                case DATE_TIME -> ColumnType.of(ColumnTypeFamily.DATE_TIME, "TIMESTAMP(3)");
                case JSON -> ColumnType.of(ColumnTypeFamily.JSON, "JSONB");
                case BYTES -> ColumnType.of(ColumnTypeFamily.BINARY, "BYTEA");
            };
        }
        ColumnTypeFamily family = Families.of(kind);
        String sql = switch (nativeType.name()) {
            case "SmallInt" -> "SMALLINT";
            case "Integer" -> "INTEGER";
            case "BigInt" -> "BIGINT";
            case "Oid" -> "OID";
            case "Real" -> "REAL";
            case "DoublePrecision" -> "DOUBLE PRECISION";
            case "Decimal" -> "DECIMAL" + decimalArguments(nativeType);
            case "Money" -> "MONEY";
            case "Boolean" -> "BOOLEAN";
            case "Text" -> "TEXT";
            case "Citext" -> "CITEXT";
            case "VarChar" -> "VARCHAR" + optional(nativeType);
            // char and bit without a length are char(1) and bit(1), which is what the catalog reports
            case "Char" -> "CHAR" + orOne(nativeType);
            case "Bit" -> "BIT" + orOne(nativeType);
            case "VarBit" -> "VARBIT" + optional(nativeType);
            case "Xml" -> "XML";
            case "Inet" -> "INET";
            case "Uuid" -> "UUID";
            case "Json" -> "JSON";
            case "JsonB" -> "JSONB";
            case "ByteA" -> "BYTEA";
            case "Date" -> "DATE";
            case "Time" -> "TIME" + optional(nativeType);
            case "Timetz" -> "TIMETZ" + optional(nativeType);
            case "Timestamp" -> "TIMESTAMP" + optional(nativeType);
            case "Timestamptz" -> "TIMESTAMPTZ" + optional(nativeType);
            default -> throw new IllegalArgumentException("unknown PostgreSQL type @db." + nativeType.name());
        };
        // the catalog knows uuid columns as UUID, whatever Prisma scalar they hold
        return ColumnType.of(nativeType.name().equals("Uuid") ? ColumnTypeFamily.UUID : family, sql);
    }

    private static String decimalArguments(NativeType type) {
        if (type.arguments().isEmpty()) {
            return "";
        }
        long precision = type.argument(0).orElseThrow();
        long scale = type.argument(1).orElse(0);
        return "(" + precision + "," + scale + ")";
    }

    private static String optional(NativeType type) {
        return type.argument(0).isPresent() ? "(" + type.argument(0).getAsLong() + ")" : "";
    }

    private static String orOne(NativeType type) {
        return "(" + type.argument(0).orElse(1) + ")";
    }

    @Override
    public ColumnType enumType(Enum e) {
        return ColumnType.of(ColumnTypeFamily.ENUM, e.databaseName());
    }

    @Override
    public List<SqlEnum> enums(Schema schema, Namespaces namespaces) {
        return schema.enums().stream()
                .map(e -> new SqlEnum(namespaces.of(e), e.databaseName(),
                        e.values().stream().map(EnumValue::databaseName).toList()))
                .toList();
    }

    /** A serial column's default reads back as its sequence, which PostgreSQL names {@code table_column_seq}. */
    @Override
    public ColumnDefault autoincrementDefault(ScalarField field) {
        return new ColumnDefault.Sequence(
                PostgresNames.serialSequence(field.model().databaseName(), field.databaseName()), null);
    }

    @Override
    public boolean joinTableHasPrimaryKey() {
        return true;
    }

    @Override
    public String operatorClass(String written, String algorithm) {
        return PostgresOperatorClasses.described(written, algorithm);
    }

    /** {@code ARRAY['a', 'b']::TEXT[]}, with enums by their quoted (and, in multi-schema, qualified) name. */
    @Override
    public ColumnDefault listDefault(List<String> elements, ColumnType type, String enumNamespace) {
        String elementType = type.sqlType();
        if (type.family() == ColumnTypeFamily.ENUM) {
            elementType = DIALECT.quote(type.sqlType());
            if (enumNamespace != null) {
                elementType = DIALECT.quote(enumNamespace) + "." + elementType;
            }
        }
        return new ColumnDefault.Value("ARRAY[" + String.join(", ", elements) + "]::" + elementType + "[]", null);
    }

    /** {@code bytea} literals in hex format: {@code '\x0102'}. */
    @Override
    public ColumnDefault.Value bytesDefault(byte[] bytes) {
        return ColumnDefault.ofString("\\x" + CalculatorFlavour.hex(bytes));
    }

    /** A {@code jsonb} column prints its default in jsonb's own layout; {@code json} keeps the text. */
    @Override
    public String jsonDefault(String json, ColumnType type) {
        String canonical = type.sqlType().equals("JSONB") ? JsonbText.canonical(json) : null;
        return canonical != null ? canonical : json;
    }

    @Override
    public List<Extension> extensions(Schema schema) {
        return DatasourceExtensions.of(schema);
    }
}
