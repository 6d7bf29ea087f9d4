package dev.refract.migrate.diff;

import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.DefaultValue;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.EnumValue;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.NativeType;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import dev.refract.schema.model.Schema;
import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnDefault;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.migrate.sqlschema.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stand-in for the calculator (Prisma schema to SqlSchema) so that diff cases can be written as
 * two Prisma schemas today: the subset of Prisma's calculator the cases use (default and native
 * types, defaults, keys and indexes with Prisma's names, foreign keys with default actions,
 * implicit many-to-many tables, PostgreSQL enums). Replace with the real calculator when it lands.
 */
final class TestCalculator {
    private final String provider;

    TestCalculator(String provider) {
        this.provider = provider;
    }

    /** The datasource block a case's models are validated under. */
    static String datasource(String provider) {
        return "datasource db {\n  provider = \"" + provider + "\"\n}\n\n";
    }

    SqlSchema calculate(String models) {
        return calculateSchema(datasource(provider) + models);
    }

    /** A whole schema file, datasource included (the provider given must be the datasource's). */
    SqlSchema calculateSchema(String text) {
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new IllegalArgumentException("invalid case schema for " + provider + ":\n" + result.render(false));
        }
        Schema schema = result.resolved().orElseThrow();
        List<Table> tables = new ArrayList<>();
        for (Model model : schema.models()) {
            if (!model.isView()) {
                tables.add(table(model, schema));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Model model : schema.models()) {
            for (RelationField field : model.relationFields()) {
                Relation relation = field.relation();
                if (relation != null && relation.isManyToMany() && seen.add(relation.name())) {
                    tables.add(joinTable(relation, tables, schema));
                }
            }
        }
        List<SqlEnum> enums = new ArrayList<>();
        if (provider.equals("postgresql")) {
            for (Enum e : schema.enums()) {
                enums.add(new SqlEnum(null, e.databaseName(),
                        e.values().stream().map(EnumValue::databaseName).toList()));
            }
        }
        // one schema: no namespaces, as the describers report a single-schema database
        return new SqlSchema(List.of(), tables, enums, extensions(text));
    }

    /** {@code extensions = [citext, pgvector(map: "vector", schema: "x", version: "1")]} from the datasource. */
    private List<Extension> extensions(String text) {
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?m)^\\s*extensions\\s*=\\s*\\[(.*)\\]")
                .matcher(text);
        List<Extension> out = new ArrayList<>();
        if (!provider.equals("postgresql") || !block.find()) {
            return out;
        }
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\(([^)]*)\\))?")
                .matcher(block.group(1));
        while (item.find()) {
            String args = item.group(3) == null ? "" : item.group(3);
            out.add(new Extension(argument(args, "map", item.group(1)), argument(args, "schema", null),
                    argument(args, "version", null)));
        }
        return out;
    }

    private static String argument(String args, String name, String fallback) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "\\s*:\\s*\"([^\"]*)\"").matcher(args);
        return m.find() ? m.group(1) : fallback;
    }

    /** Prisma's operator class names ({@code JsonbPathOps}) in SQL ({@code jsonb_path_ops}). */
    private static String operatorClass(String psl) {
        if (psl == null) {
            return null;
        }
        java.util.regex.Matcher raw = java.util.regex.Pattern.compile("raw\\(\"(.*)\"\\)").matcher(psl);
        if (raw.matches()) {
            return raw.group(1);
        }
        return psl.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private int limit() {
        return provider.equals("postgresql") ? 63 : provider.equals("mysql") ? 64 : 10000;
    }

    private String constraintName(String joined, String suffix) {
        int max = limit() - suffix.length();
        return (joined.length() >= max ? joined.substring(0, max) : joined) + suffix;
    }

    private Table table(Model model, Schema schema) {
        String name = model.databaseName();
        List<Column> columns = new ArrayList<>();
        for (ScalarField f : model.scalarFields()) {
            columns.add(column(model, f, schema));
        }
        PrimaryKey pk = model.primaryKey().map(p -> new PrimaryKey(
                provider.equals("postgresql") ? p.mappedName().orElse(constraintName(name, "_pkey")) : null,
                p.fields().stream().map(this::indexColumn).toList())).orElse(null);
        List<Index> indexes = new ArrayList<>();
        for (dev.refract.schema.model.Index i : model.indexes()) {
            List<String> cols = i.fields().stream().map(f -> f.field().databaseName()).toList();
            IndexKind kind = switch (i.kind()) {
                case UNIQUE -> IndexKind.UNIQUE;
                case NORMAL -> IndexKind.NORMAL;
                case FULLTEXT -> IndexKind.FULLTEXT;
            };
            String indexName = i.mappedName().orElse(constraintName(name + "_" + String.join("_", cols),
                    kind == IndexKind.UNIQUE ? "_key" : "_idx"));
            indexes.add(new Index(indexName, kind, i.fields().stream().map(this::indexColumn).toList(),
                    i.algorithm() == null ? null : i.algorithm().toUpperCase(Locale.ROOT)));
        }
        List<ForeignKey> fks = new ArrayList<>();
        for (RelationField rf : model.relationFields()) {
            if (!rf.isReferencing() || schema.relationMode() != dev.refract.schema.model.RelationMode.FOREIGN_KEYS
                    || rf.relatedModel().isView()) {
                continue;
            }
            List<String> cols = rf.fields().stream().map(ScalarField::databaseName).toList();
            boolean required = rf.fields().stream().anyMatch(ScalarField::isRequired);
            ForeignKeyAction onDelete = rf.explicitOnDelete().map(TestCalculator::action)
                    .orElse(required ? ForeignKeyAction.RESTRICT : ForeignKeyAction.SET_NULL);
            ForeignKeyAction onUpdate = rf.explicitOnUpdate().map(TestCalculator::action)
                    .orElse(ForeignKeyAction.CASCADE);
            fks.add(new ForeignKey(rf.foreignKeyName().orElse(constraintName(name + "_" + String.join("_", cols),
                    "_fkey")), cols, null, rf.relatedModel().databaseName(),
                    rf.references().stream().map(ScalarField::databaseName).toList(), onDelete, onUpdate));
        }
        return new Table(null, name, columns, pk, indexes, fks, null);
    }

    private IndexColumn indexColumn(IndexField f) {
        return new IndexColumn(f.field().databaseName(), f.sort() == null ? null : SortOrder.valueOf(f.sort().name()),
                f.length(), operatorClass(f.operatorClass()));
    }

    private static ForeignKeyAction action(ReferentialAction a) {
        return switch (a) {
            case CASCADE -> ForeignKeyAction.CASCADE;
            case RESTRICT -> ForeignKeyAction.RESTRICT;
            case NO_ACTION -> ForeignKeyAction.NO_ACTION;
            case SET_NULL -> ForeignKeyAction.SET_NULL;
            case SET_DEFAULT -> ForeignKeyAction.SET_DEFAULT;
        };
    }

    private Table joinTable(Relation relation, List<Table> tables, Schema schema) {
        String name = "_" + relation.name();
        Model a = relation.sideA().model();
        Model b = relation.sideB().model();
        Table ta = tables.stream().filter(t -> t.name().equals(a.databaseName())).findFirst().orElseThrow();
        Table tb = tables.stream().filter(t -> t.name().equals(b.databaseName())).findFirst().orElseThrow();
        Column idA = ta.column(ta.primaryKey().columnNames().get(0)).orElseThrow();
        Column idB = tb.column(tb.primaryKey().columnNames().get(0)).orElseThrow();
        List<Column> columns = List.of(new Column("A", idA.type(), false, null, false, null),
                new Column("B", idB.type(), false, null, false, null));
        List<IndexColumn> ab = List.of(IndexColumn.of("A"), IndexColumn.of("B"));
        PrimaryKey pk = null;
        List<Index> indexes = new ArrayList<>();
        if (provider.equals("postgresql")) {
            pk = new PrimaryKey(name + "_AB_pkey", ab);
        } else {
            indexes.add(new Index(name + "_AB_unique", IndexKind.UNIQUE, ab, null));
        }
        indexes.add(new Index(name + "_B_index", IndexKind.NORMAL, List.of(IndexColumn.of("B")), null));
        List<ForeignKey> fks = schema.relationMode() != dev.refract.schema.model.RelationMode.FOREIGN_KEYS ? List.of()
                : List.of(
                new ForeignKey(name + "_A_fkey", List.of("A"), null, ta.name(), List.of(idA.name()),
                        ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE),
                new ForeignKey(name + "_B_fkey", List.of("B"), null, tb.name(), List.of(idB.name()),
                        ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE));
        return new Table(null, name, columns, pk, indexes, fks, null);
    }

    // ---- columns ----

    private Column column(Model model, ScalarField f, Schema schema) {
        ColumnType type = type(f, schema);
        boolean autoIncrement = f.isAutoincrement();
        if (provider.equals("sqlite") && f.isId() && model.primaryKey().orElseThrow().fields().size() == 1
                && f.type().is(ScalarKind.INT)) {
            autoIncrement = true; // Prisma: an Int @id is SQLite's rowid alias
        }
        return new Column(f.databaseName(), type, f.isOptional(), defaultValue(f, type, schema), autoIncrement, null);
    }

    private ColumnType type(ScalarField f, Schema schema) {
        boolean list = f.isList();
        if (f.type() instanceof FieldType.EnumRef ref) {
            Enum e = schema.enumByName(ref.enumName()).orElseThrow();
            String sql = switch (provider) {
                case "postgresql" -> e.databaseName();
                case "mysql" -> "ENUM(" + e.values().stream().map(v -> "'" + v.databaseName() + "'")
                        .collect(Collectors.joining(", ")) + ")";
                default -> "TEXT";
            };
            return new ColumnType(ColumnTypeFamily.ENUM, sql, list);
        }
        if (f.type() instanceof FieldType.Unsupported u) {
            return new ColumnType(ColumnTypeFamily.UNSUPPORTED, u.databaseType(), list);
        }
        ScalarKind kind = ((FieldType.Scalar) f.type()).kind();
        ColumnTypeFamily family = switch (kind) {
            case STRING -> ColumnTypeFamily.STRING;
            case BOOLEAN -> ColumnTypeFamily.BOOLEAN;
            case INT -> ColumnTypeFamily.INT;
            case BIG_INT -> ColumnTypeFamily.BIG_INT;
            case FLOAT -> ColumnTypeFamily.FLOAT;
            case DECIMAL -> ColumnTypeFamily.DECIMAL;
            case DATE_TIME -> ColumnTypeFamily.DATE_TIME;
            case JSON -> ColumnTypeFamily.JSON;
            case BYTES -> ColumnTypeFamily.BINARY;
        };
        String sql = f.nativeType().map(this::nativeSql).orElseGet(() -> defaultSql(kind));
        return new ColumnType(family, sql, list);
    }

    private String nativeSql(NativeType t) {
        String name = switch (t.name()) {
            case "DoublePrecision" -> "DOUBLE PRECISION";
            case "Int", "Integer" -> "INTEGER";
            case "UnsignedInt" -> "INTEGER UNSIGNED";
            case "UnsignedSmallInt" -> "SMALLINT UNSIGNED";
            case "UnsignedTinyInt" -> "TINYINT UNSIGNED";
            case "UnsignedMediumInt" -> "MEDIUMINT UNSIGNED";
            case "UnsignedBigInt" -> "BIGINT UNSIGNED";
            default -> t.name().toUpperCase(Locale.ROOT);
        };
        if (t.arguments().isEmpty()) {
            return name;
        }
        return name + "(" + t.arguments().stream().map(String::trim).collect(Collectors.joining(",")) + ")";
    }

    private String defaultSql(ScalarKind kind) {
        return switch (provider) {
            case "postgresql" -> switch (kind) {
                case STRING -> "TEXT";
                case BOOLEAN -> "BOOLEAN";
                case INT -> "INTEGER";
                case BIG_INT -> "BIGINT";
                case FLOAT -> "DOUBLE PRECISION";
                case DECIMAL -> "DECIMAL(65,30)";
                case DATE_TIME -> "TIMESTAMP(3)";
                case JSON -> "JSONB";
                case BYTES -> "BYTEA";
            };
            case "mysql" -> switch (kind) {
                case STRING -> "VARCHAR(191)";
                case BOOLEAN -> "BOOLEAN";
                case INT -> "INTEGER";
                case BIG_INT -> "BIGINT";
                case FLOAT -> "DOUBLE";
                case DECIMAL -> "DECIMAL(65, 30)";
                case DATE_TIME -> "DATETIME(3)";
                case JSON -> "JSON";
                case BYTES -> "LONGBLOB";
            };
            default -> switch (kind) {
                case STRING -> "TEXT";
                case BOOLEAN -> "BOOLEAN";
                case INT -> "INTEGER";
                case BIG_INT -> "BIGINT";
                case FLOAT -> "REAL";
                case DECIMAL -> "DECIMAL";
                case DATE_TIME -> "DATETIME";
                case JSON -> "JSONB";
                case BYTES -> "BLOB";
            };
        };
    }

    private ColumnDefault defaultValue(ScalarField f, ColumnType type, Schema schema) {
        DefaultValue d = f.defaultValue().orElse(null);
        if (d == null) {
            return null;
        }
        if (d instanceof DefaultValue.Function fn) {
            return switch (fn.name()) {
                case "now" -> new ColumnDefault.Now(null);
                case "dbgenerated" -> new ColumnDefault.Expression(
                        fn.arguments().isEmpty() ? null : String.valueOf(fn.arguments().get(0)), null);
                default -> null; // autoincrement() is the column's flag; cuid(), uuid()... live in the client
            };
        }
        Object value = ((DefaultValue.Literal) d).value();
        String sql = literal(value, f, schema);
        if (value instanceof List<?> && provider.equals("postgresql")) {
            String full = (type.family() == ColumnTypeFamily.ENUM ? "\"" + type.sqlType() + "\"" : type.sqlType())
                    + "[]";
            sql = "ARRAY[" + sql + "]::" + full;
        }
        return new ColumnDefault.Value(sql, null);
    }

    private String literal(Object value, ScalarField f, Schema schema) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> literal(v, f, schema)).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        String s = String.valueOf(value);
        if (f.type() instanceof FieldType.EnumRef ref) {
            Enum e = schema.enumByName(ref.enumName()).orElseThrow();
            s = e.values().stream().filter(v -> v.name().equals(value)).map(EnumValue::databaseName).findFirst()
                    .orElse(s);
        }
        return "'" + s.replace("'", "''") + "'";
    }
}
