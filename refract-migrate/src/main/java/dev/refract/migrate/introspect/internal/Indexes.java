package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.SortOrder;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.connector.PostgresOperatorClass;
import dev.refract.schema.model.ConstraintNames;
import dev.refract.schema.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Block-level keys and indexes: {@code @@id} for compound primary keys, {@code @@unique} for
 * unique indexes over several columns, {@code @@index} and {@code @@fulltext}, with {@code map:}
 * only where the database name differs from Prisma's default name. Re-introspection keeps the
 * client names ({@code name:}) and the order of the previous schema's attributes.
 */
final class Indexes {
    private static final Map<String, String> ALGORITHMS = Map.of("HASH", "Hash", "GIN", "Gin", "GIST", "Gist",
            "SPGIST", "SpGist", "BRIN", "Brin");

    private Indexes() {
    }

    /** The {@code map:} of an index or unique constraint, or null when it has Prisma's default name. */
    static String map(IntrospectionContext ctx, Table table, Index index) {
        int max = ctx.connector.maxIdentifierLength();
        List<String> columns = index.columnNames();
        String defaultName = index.isUnique() ? ConstraintNames.unique(table.name(), columns, max)
                : ConstraintNames.index(table.name(), columns, max);
        return index.name().equals(defaultName) ? null : index.name();
    }

    /** {@code @@id([...])} for a primary key over several columns, or null. */
    static String compoundId(IntrospectionContext ctx, Table table, Model previous, Warnings warnings,
            String modelName) {
        PrimaryKey pk = table.primaryKey();
        if (pk == null || pk.columns().size() < 2) {
            return null;
        }
        List<String> args = new ArrayList<>();
        args.add(fields(ctx, table, pk.columns()));
        String clientName = previous == null ? null : previous.primaryKey().map(p -> p.name()).orElse(null);
        if (clientName != null) {
            args.add("name: " + Psl.string(clientName));
            warnings.model(Warnings.Kind.REINTROSPECTED_ID_NAMES, modelName);
        }
        String map = ScalarFields.primaryKeyMap(ctx, table);
        if (map != null) {
            args.add("map: " + Psl.string(map));
        }
        return "@@id(" + String.join(", ", args) + ")";
    }

    /** The block-level index attributes in order: previous positions first, new ones after, each by name. */
    static List<String> blockAttributes(IntrospectionContext ctx, Table table, Model previous) {
        record Positioned(long position, String text) {
        }
        List<Positioned> out = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (index.isUnique() && index.columns().size() == 1) {
                continue;
            }
            dev.refract.schema.model.Index match = previousIndex(ctx, previous, index);
            long position = match == null ? Long.MAX_VALUE : match.span().start();
            out.add(new Positioned(position, render(ctx, table, index, match)));
        }
        out.sort(Comparator.comparingLong(Positioned::position));
        return out.stream().map(Positioned::text).toList();
    }

    private static String render(IntrospectionContext ctx, Table table, Index index,
            dev.refract.schema.model.Index previous) {
        String attribute = switch (index.kind()) {
            case UNIQUE -> "@@unique";
            case FULLTEXT -> "@@fulltext";
            case NORMAL -> "@@index";
        };
        List<String> args = new ArrayList<>();
        args.add(fields(ctx, table, index.columns()));
        if (previous != null && previous.name() != null) {
            args.add("name: " + Psl.string(previous.name()));
        }
        String map = map(ctx, table, index);
        if (map != null) {
            args.add("map: " + Psl.string(map));
        }
        if (index.algorithm() != null && ctx.flavour.introspectsIndexAlgorithms()) {
            String type = ALGORITHMS.get(index.algorithm());
            if (type != null && index.kind() != IndexKind.FULLTEXT) {
                args.add("type: " + type);
            }
        }
        return attribute + "(" + String.join(", ", args) + ")";
    }

    /** The previous schema's index with this database name (its {@code map:}, or its default name). */
    private static dev.refract.schema.model.Index previousIndex(IntrospectionContext ctx, Model previous, Index index) {
        if (previous == null) {
            return null;
        }
        int max = ctx.connector.maxIdentifierLength();
        for (dev.refract.schema.model.Index candidate : previous.indexes()) {
            if (candidate.map() == null && index.name().equals(candidate.name())) {
                return candidate;
            }
            if (ConstraintNames.of(previous, candidate, max).equals(index.name())) {
                return candidate;
            }
        }
        return null;
    }

    private static String fields(IntrospectionContext ctx, Table table, List<IndexColumn> columns) {
        List<String> fields = new ArrayList<>();
        for (IndexColumn column : columns) {
            String name = table.column(column.name()).map(c -> ctx.columnName(table, c))
                    .map(n -> n.isEmpty() ? column.name() : n.prismaName()).orElse(column.name());
            List<String> args = new ArrayList<>();
            if (column.length() != null) {
                args.add("length: " + column.length());
            }
            if (column.sort() == SortOrder.DESC) {
                args.add("sort: Desc");
            }
            if (column.operatorClass() != null && ctx.flavour.introspectsIndexAlgorithms()) {
                args.add("ops: " + operatorClass(column.operatorClass()));
            }
            fields.add(args.isEmpty() ? name : name + "(" + String.join(", ", args) + ")");
        }
        return Psl.list(fields);
    }

    /** {@code jsonb_path_ops} as {@code JsonbPathOps}; classes Prisma does not know as {@code raw("...")}. */
    static String operatorClass(String sqlName) {
        StringBuilder name = new StringBuilder();
        for (String part : sqlName.split("_")) {
            name.append(switch (part) {
                case "minmax" -> "MinMax";
                case "timestamptz" -> "TimestampTz";
                case "timetz" -> "TimeTz";
                case "varbit" -> "VarBit";
                default -> part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1);
            });
        }
        String candidate = name.toString();
        return PostgresOperatorClass.parse(candidate).isPresent() ? candidate : "raw(" + Psl.string(sqlName) + ")";
    }
}
