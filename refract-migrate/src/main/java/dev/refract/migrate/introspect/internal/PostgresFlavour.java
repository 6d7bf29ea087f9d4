package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.Provider;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** PostgreSQL: enum types, native types, join tables keyed by a primary key (A, B). */
final class PostgresFlavour implements Flavour {
    /** Catalog spelling to {@code @db.*} name, for the types that take their arguments as they are. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("SMALLINT", "SmallInt"), Map.entry("INTEGER", "Integer"), Map.entry("BIGINT", "BigInt"),
            Map.entry("OID", "Oid"), Map.entry("REAL", "Real"), Map.entry("DOUBLE PRECISION", "DoublePrecision"),
            Map.entry("DECIMAL", "Decimal"), Map.entry("MONEY", "Money"), Map.entry("BOOLEAN", "Boolean"),
            Map.entry("TEXT", "Text"), Map.entry("CITEXT", "Citext"), Map.entry("VARCHAR", "VarChar"),
            Map.entry("CHAR", "Char"), Map.entry("XML", "Xml"), Map.entry("INET", "Inet"), Map.entry("BIT", "Bit"),
            Map.entry("VARBIT", "VarBit"), Map.entry("UUID", "Uuid"), Map.entry("JSON", "Json"),
            Map.entry("JSONB", "JsonB"), Map.entry("BYTEA", "ByteA"), Map.entry("DATE", "Date"));

    /** Time types: declared without precision, PostgreSQL stores microseconds, which Prisma writes as (6). */
    private static final Map<String, String> TIME_TYPES = Map.of("TIME", "Time", "TIMETZ", "Timetz", "TIMESTAMP",
            "Timestamp", "TIMESTAMPTZ", "Timestamptz");

    private final Provider provider;

    PostgresFlavour(Provider provider) {
        this.provider = provider;
    }

    @Override
    public Provider provider() {
        return provider;
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
        String time = TIME_TYPES.get(name);
        if (time != null) {
            return NativeTypeSpelling.attribute(time, args.isEmpty() ? List.of("6") : args);
        }
        String prismaName = NAMES.get(name);
        return prismaName == null ? null : NativeTypeSpelling.attribute(prismaName, args);
    }

    private static boolean isDefault(ColumnTypeFamily family, String name, List<String> args) {
        return switch (family) {
            case INT -> name.equals("INTEGER");
            case BIG_INT -> name.equals("BIGINT");
            case FLOAT -> name.equals("DOUBLE PRECISION");
            case DECIMAL -> name.equals("DECIMAL") && args.equals(List.of("65", "30"));
            case BOOLEAN -> name.equals("BOOLEAN");
            case STRING -> name.equals("TEXT");
            case DATE_TIME -> name.equals("TIMESTAMP") && args.equals(List.of("3"));
            case JSON -> name.equals("JSONB");
            case BINARY -> name.equals("BYTEA");
            default -> false;
        };
    }

    /** Arrays of types Prisma cannot type are named after the catalog's array type: {@code _tsvector}. */
    @Override
    public String unsupportedTypeName(ColumnType type) {
        if (!type.list()) {
            return type.sqlType();
        }
        String base = type.sqlType();
        int paren = base.indexOf('(');
        return "_" + (paren < 0 ? base : base.substring(0, paren)).strip();
    }

    @Override
    public List<DbEnum> enums(SqlSchema schema) {
        return schema.enums().stream().map(PostgresFlavour::toDbEnum).toList();
    }

    private static DbEnum toDbEnum(SqlEnum e) {
        return new DbEnum(e.namespace(), e.name(), e.values());
    }

    @Override
    public DbEnum enumOf(Table table, Column column, List<DbEnum> enums) {
        String name = column.type().sqlType();
        DbEnum sameNamespace = null;
        DbEnum any = null;
        for (DbEnum e : enums) {
            if (e.name().equals(name)) {
                if (Objects.equals(e.namespace(), table.namespace())) {
                    sameNamespace = e;
                } else if (any == null) {
                    any = e;
                }
            }
        }
        return sameNamespace != null ? sameNamespace : any;
    }

    /** PostgreSQL tables may really have no columns. */
    @Override
    public String tableWithoutColumnsNotice() {
        return "We could not retrieve columns for the underlying table. Either it has none or you are missing rights"
                + " to see them. Please check your privileges.";
    }

    @Override
    public boolean joinTablesMayUsePrimaryKey() {
        return provider == Provider.POSTGRESQL;
    }

    @Override
    public boolean introspectsIndexAlgorithms() {
        return true;
    }
}
