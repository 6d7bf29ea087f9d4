package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.describe.internal.MySqlTypes;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** MySQL and MariaDB: inline column enums named {@code <table>_<column>}, MySQL's native types. */
final class MySqlFlavour implements Flavour {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("INTEGER", "Int"), Map.entry("INTEGER UNSIGNED", "UnsignedInt"),
            Map.entry("SMALLINT", "SmallInt"), Map.entry("SMALLINT UNSIGNED", "UnsignedSmallInt"),
            Map.entry("TINYINT", "TinyInt"), Map.entry("TINYINT UNSIGNED", "UnsignedTinyInt"),
            Map.entry("MEDIUMINT", "MediumInt"), Map.entry("MEDIUMINT UNSIGNED", "UnsignedMediumInt"),
            Map.entry("BIGINT", "BigInt"), Map.entry("BIGINT UNSIGNED", "UnsignedBigInt"),
            Map.entry("YEAR", "Year"), Map.entry("BOOLEAN", "TinyInt"), Map.entry("DECIMAL", "Decimal"),
            Map.entry("FLOAT", "Float"), Map.entry("DOUBLE", "Double"), Map.entry("BIT", "Bit"),
            Map.entry("CHAR", "Char"), Map.entry("VARCHAR", "VarChar"), Map.entry("TINYTEXT", "TinyText"),
            Map.entry("TEXT", "Text"), Map.entry("MEDIUMTEXT", "MediumText"), Map.entry("LONGTEXT", "LongText"),
            Map.entry("JSON", "Json"), Map.entry("DATE", "Date"), Map.entry("TIME", "Time"),
            Map.entry("DATETIME", "DateTime"), Map.entry("TIMESTAMP", "Timestamp"), Map.entry("BINARY", "Binary"),
            Map.entry("VARBINARY", "VarBinary"), Map.entry("TINYBLOB", "TinyBlob"), Map.entry("BLOB", "Blob"),
            Map.entry("MEDIUMBLOB", "MediumBlob"), Map.entry("LONGBLOB", "LongBlob"));

    @Override
    public Provider provider() {
        return Provider.MYSQL;
    }

    @Override
    public String nativeType(ColumnType type) {
        if (type.family() == ColumnTypeFamily.ENUM || type.family() == ColumnTypeFamily.UNSUPPORTED) {
            return null;
        }
        NativeTypeSpelling spelling = NativeTypeSpelling.parse(type.sqlType());
        String name = spelling.name();
        List<String> args = spelling.arguments();
        if (isDefault(type.family(), name, args)) {
            return null;
        }
        String prismaName = NAMES.get(name);
        return prismaName == null ? null : NativeTypeSpelling.attribute(prismaName, args);
    }

    private static boolean isDefault(ColumnTypeFamily family, String name, List<String> args) {
        return switch (family) {
            case INT -> name.equals("INTEGER");
            case BIG_INT -> name.equals("BIGINT");
            case FLOAT -> name.equals("DOUBLE");
            case DECIMAL -> name.equals("DECIMAL") && args.equals(List.of("65", "30"));
            case BOOLEAN -> name.equals("BOOLEAN");
            case STRING -> name.equals("VARCHAR") && args.equals(List.of("191"));
            case DATE_TIME -> name.equals("DATETIME") && args.equals(List.of("3"));
            case JSON -> name.equals("JSON");
            case BINARY -> name.equals("LONGBLOB");
            default -> false;
        };
    }

    @Override
    public List<DbEnum> enums(SqlSchema schema) {
        List<DbEnum> enums = new ArrayList<>();
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                if (column.type().family() == ColumnTypeFamily.ENUM) {
                    enums.add(new DbEnum(table.namespace(), enumName(table, column),
                            MySqlTypes.enumValues(column.type().sqlType()), table.name(), column.name()));
                }
            }
        }
        return enums;
    }

    private static String enumName(Table table, Column column) {
        return table.name() + "_" + column.name();
    }

    @Override
    public DbEnum enumOf(Table table, Column column, List<DbEnum> enums) {
        String name = enumName(table, column);
        return enums.stream().filter(e -> e.name().equals(name)
                && java.util.Objects.equals(e.namespace(), table.namespace())).findFirst().orElse(null);
    }
}
