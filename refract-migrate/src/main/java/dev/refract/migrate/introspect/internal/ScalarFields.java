package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.ConstraintNames;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/** One column as a scalar field line: name, type, arity and attributes, as Prisma introspects it. */
final class ScalarFields {
    static final String COMMENTED_OUT = "This field was commented out because of an invalid name. Please provide a valid"
            + " one that matches [a-zA-Z][a-zA-Z0-9_]*";
    private final IntrospectionContext ctx;
    private final Warnings warnings;
    private final String datasourceName;

    ScalarFields(IntrospectionContext ctx, Warnings warnings, String datasourceName) {
        this.ctx = ctx;
        this.warnings = warnings;
        this.datasourceName = datasourceName;
    }

    void render(Table table, Column column, String modelName, BlockText block) {
        ScalarField previous = ctx.existingField(table, column);
        Name name = ctx.columnName(table, column);
        boolean emptyName = name.isEmpty();
        String fieldName = emptyName ? column.name() : name.prismaName();
        String mapped = emptyName ? column.name() : name.mappedName();
        List<String> attributes = new ArrayList<>();
        if (previous != null && previous.isUpdatedAt()) {
            attributes.add("@updatedAt");
        }
        String unique = uniqueAttribute(table, column);
        if (unique != null) {
            attributes.add(unique);
        }
        String id = idAttribute(table, column);
        if (id != null) {
            attributes.add(id);
        }
        String defaultValue = DefaultValues.attribute(ctx, table, column, previous);
        if (defaultValue != null) {
            attributes.add(defaultValue);
        }
        if (mapped != null) {
            attributes.add("@map(" + Psl.string(mapped) + ")");
        }
        String nativeType = ctx.flavour.nativeType(column.type());
        if (nativeType != null) {
            attributes.add("@" + datasourceName + "." + nativeType);
        }
        if (previous != null && previous.isIgnored()) {
            attributes.add("@ignore");
        }
        String docs = previous != null ? withoutNotice(previous.documentation()) : null;
        if (emptyName) {
            docs = join(docs, COMMENTED_OUT);
        }
        String line = fieldName + " " + type(table, column) + (attributes.isEmpty() ? "" : " " + String.join(" ", attributes));
        block.member(docs, emptyName, line);

        if (previous != null && previous.mappedName().isPresent()) {
            warnings.modelField(Warnings.Kind.REMAPPED_FIELDS, modelName, fieldName);
        }
        if (column.type().family() == ColumnTypeFamily.UNSUPPORTED) {
            warnings.unsupported(modelName, fieldName, ctx.flavour.unsupportedTypeName(column.type()));
        }
        if (emptyName) {
            warnings.emptyFieldName(modelName, fieldName);
        }
        if (column.comment() != null) {
            warnings.object("field", modelName + "." + fieldName);
        }
    }

    /**
     * Previous documentation without the commented-out notice. In the previous schema the notice of a
     * commented-out field reads as the documentation of the next field; Prisma copies it there and
     * adds one more on every pull.
     */
    private static String withoutNotice(String docs) {
        if (docs == null || !docs.contains(COMMENTED_OUT)) {
            return docs;
        }
        String kept = String.join("\n", docs.lines().filter(l -> !l.equals(COMMENTED_OUT)).toList());
        return kept.isEmpty() ? null : kept;
    }

    private static String join(String a, String b) {
        return a == null || a.isEmpty() ? b : a + "\n" + b;
    }

    /** The field type with its arity: {@code String?}, {@code Int[]}, {@code Unsupported("tsvector")}. */
    private String type(Table table, Column column) {
        String base = switch (column.type().family()) {
            case INT -> "Int";
            case BIG_INT -> "BigInt";
            case FLOAT -> "Float";
            case DECIMAL -> "Decimal";
            case BOOLEAN -> "Boolean";
            case STRING, UUID -> "String";
            case DATE_TIME -> "DateTime";
            case BINARY -> "Bytes";
            case JSON -> "Json";
            case ENUM -> {
                DbEnum dbEnum = ctx.enumOf(table, column);
                yield dbEnum != null ? ctx.enumName(dbEnum).prismaName() : unsupported(column);
            }
            case UNSUPPORTED -> unsupported(column);
        };
        if (column.type().list()) {
            return base + "[]";
        }
        return column.nullable() ? base + "?" : base;
    }

    private String unsupported(Column column) {
        return "Unsupported(" + Psl.string(ctx.flavour.unsupportedTypeName(column.type())) + ")";
    }

    private String idAttribute(Table table, Column column) {
        PrimaryKey pk = table.primaryKey();
        if (pk == null || pk.columns().size() != 1 || !column.name().equals(pk.columns().get(0).name())) {
            return null;
        }
        List<String> args = new ArrayList<>();
        IndexColumn key = pk.columns().get(0);
        if (key.sort() == SortOrder.DESC) {
            args.add("sort: Desc");
        }
        if (key.length() != null) {
            args.add("length: " + key.length());
        }
        String map = primaryKeyMap(ctx, table);
        if (map != null) {
            args.add("map: " + Psl.string(map));
        }
        return args.isEmpty() ? "@id" : "@id(" + String.join(", ", args) + ")";
    }

    /** The primary key's name when the database names it and the name is not Prisma's default. */
    static String primaryKeyMap(IntrospectionContext ctx, Table table) {
        String name = table.primaryKey().name();
        if (name == null || name.isEmpty()) {
            return null;
        }
        return name.equals(ConstraintNames.primaryKey(table.name(), ctx.connector.maxIdentifierLength())) ? null : name;
    }

    private String uniqueAttribute(Table table, Column column) {
        Index unique = singleColumnUnique(table, column);
        if (unique == null) {
            return null;
        }
        List<String> args = new ArrayList<>();
        String map = Indexes.map(ctx, table, unique);
        if (map != null) {
            args.add("map: " + Psl.string(map));
        }
        IndexColumn key = unique.columns().get(0);
        if (key.sort() == SortOrder.DESC) {
            args.add("sort: Desc");
        }
        if (key.length() != null) {
            args.add("length: " + key.length());
        }
        return args.isEmpty() ? "@unique" : "@unique(" + String.join(", ", args) + ")";
    }

    /** The first unique index on exactly this column: it becomes {@code @unique} on the field. */
    static Index singleColumnUnique(Table table, Column column) {
        for (Index index : table.indexes()) {
            if (index.isUnique() && index.columns().size() == 1 && column.name().equals(index.columnNames().get(0))) {
                return index;
            }
        }
        return null;
    }
}
