package dev.refract.migrate.introspect.internal;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.model.ConstraintNames;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import java.util.ArrayList;
import java.util.List;

/**
 * Relation fields from foreign keys (both sides) and from join tables (list fields on both models),
 * in Prisma's order: for every foreign key of every table in turn, the forward field on the
 * referencing model and the back field on the referenced one; then the join tables.
 */
final class RelationFields {
    /** A relation field to render on {@code holder}: from a foreign key, or from a join table. */
    private record Position(Table holder, ForeignKey fk, Table joinTable, boolean forward) {
    }

    private final IntrospectionContext ctx;
    private final List<Position> positions = new ArrayList<>();

    RelationFields(IntrospectionContext ctx) {
        this.ctx = ctx;
        for (Table table : ctx.modelTables) {
            for (ForeignKey fk : table.foreignKeys()) {
                if (ctx.relationNames.inline(fk) != null) {
                    positions.add(new Position(table, fk, null, true));
                    positions.add(new Position(ctx.referencedTable(fk), fk, null, false));
                }
            }
        }
        for (Table joinTable : ctx.joinTables) {
            ForeignKey a = TableKinds.foreignKeyA(joinTable);
            ForeignKey b = TableKinds.foreignKeyB(joinTable);
            positions.add(new Position(ctx.referencedTable(a), b, joinTable, true));
            positions.add(new Position(ctx.referencedTable(b), a, joinTable, false));
        }
    }

    void render(Table table, boolean modelIgnored, BlockText block) {
        for (Position position : positions) {
            if (position.holder() != table) {
                continue;
            }
            if (position.joinTable() == null) {
                Relation existing = ctx.existingInlineRelation(position.fk());
                block.member(documentation(existing, position.forward()), false,
                        inline(table, position.fk(), position.forward(), modelIgnored));
            } else {
                Relation existing = ctx.existingManyToMany(position.joinTable());
                String docs = existing != null && !existing.isSelfRelation() ? documentation(existing, position.forward())
                        : null;
                block.member(docs, false, manyToMany(position.fk(), position.joinTable(), position.forward()));
            }
        }
    }

    /**
     * The {@code ///} comment of the matching field of the previous schema. Refract keeps these; Prisma
     * drops the comments of relation fields when it re-introspects.
     */
    private static String documentation(Relation existing, boolean forward) {
        if (existing == null || !existing.isComplete()) {
            return null;
        }
        return (forward ? existing.fieldA() : existing.fieldB()).documentation();
    }

    private String inline(Table holder, ForeignKey fk, boolean forward, boolean modelIgnored) {
        Table referencing = forward ? holder : owner(fk);
        Table referenced = ctx.referencedTable(fk);
        Relation existing = ctx.existingInlineRelation(fk);
        RelationNames.Triple names = ctx.relationNames.inline(fk);
        boolean complete = existing != null && existing.isComplete();
        String fieldName = complete ? (forward ? existing.fieldA().name() : existing.fieldB().name())
                : forward ? names.forwardField() : names.backField();
        String relationName = complete ? (existing.isExplicitlyNamed() ? existing.name() : "") : names.relationName();
        StringBuilder line = new StringBuilder(fieldName).append(' ');
        List<String> args = new ArrayList<>();
        if (!relationName.isEmpty()) {
            args.add(Psl.string(relationName));
        }
        if (forward) {
            line.append(ctx.tableName(referenced).prismaName());
            boolean anyOptional = fk.columns().stream().anyMatch(c -> column(referencing, c).nullable());
            boolean anyRequired = fk.columns().stream().anyMatch(c -> !column(referencing, c).nullable());
            if (anyOptional) {
                line.append('?');
            }
            args.add("fields: " + Psl.list(fk.columns().stream().map(c -> fieldName(referencing, c)).toList()));
            args.add("references: "
                    + Psl.list(fk.referencedColumns().stream().map(c -> fieldName(referenced, c)).toList()));
            String onDelete = onDelete(anyRequired, fk.onDelete());
            if (onDelete != null) {
                args.add("onDelete: " + onDelete);
            }
            if (fk.onUpdate() != ForeignKeyAction.CASCADE) {
                args.add("onUpdate: " + action(fk.onUpdate()));
            }
            String map = foreignKeyMap(existing, referencing, fk);
            if (map != null) {
                args.add("map: " + Psl.string(map));
            }
        } else {
            line.append(ctx.tableName(referencing).prismaName());
            line.append(isUnique(referencing, fk) ? "?" : "[]");
        }
        boolean missingIdentifier = !TableKinds.hasUsableIdentifier(referencing)
                || !TableKinds.hasUsableIdentifier(referenced);
        if (!args.isEmpty()) {
            line.append(" @relation(").append(String.join(", ", args)).append(')');
        }
        if (missingIdentifier && !modelIgnored) {
            line.append(" @ignore");
        }
        return line.toString();
    }

    /**
     * With {@code relationMode = "prisma"} the database has no foreign keys: relation fields are copied
     * from the previous schema, for relations whose other model still has its table.
     */
    void renderEmulated(dev.refract.schema.model.Model previous, String modelName, BlockText block, Warnings warnings) {
        if (previous == null) {
            return;
        }
        for (RelationField field : previous.relationFields()) {
            if (field.relatedModel() == null || ctx.tableMissingFor(field.relatedModel())) {
                continue;
            }
            StringBuilder line = new StringBuilder(field.name()).append(' ').append(field.relatedModelName());
            line.append(field.isList() ? "[]" : field.isOptional() ? "?" : "");
            boolean hasAttribute = previous.declaration().fields().stream()
                    .anyMatch(f -> f.name().name().equals(field.name()) && f.hasAttribute("relation"));
            if (hasAttribute) {
                List<String> args = new ArrayList<>();
                field.explicitRelationName().ifPresent(n -> args.add(Psl.string(n)));
                if (field.isReferencing()) {
                    args.add("fields: " + Psl.list(field.fields().stream().map(f -> f.name()).toList()));
                    args.add("references: " + Psl.list(field.references().stream().map(f -> f.name()).toList()));
                }
                field.explicitOnDelete().ifPresent(a -> args.add("onDelete: " + a.schemaName()));
                field.explicitOnUpdate().ifPresent(a -> args.add("onUpdate: " + a.schemaName()));
                field.foreignKeyName().ifPresent(n -> args.add("map: " + Psl.string(n)));
                line.append(" @relation(").append(String.join(", ", args)).append(')');
            }
            if (field.isIgnored()) {
                line.append(" @ignore");
            }
            block.member(field.documentation(), false, line.toString());
            warnings.model(Warnings.Kind.REINTROSPECTED_RELATIONS, field.relatedModelName());
        }
    }

    private String manyToMany(ForeignKey fk, Table joinTable, boolean forward) {
        Relation existing = ctx.existingManyToMany(joinTable);
        RelationNames.Triple names = ctx.relationNames.manyToMany(joinTable);
        boolean keep = existing != null && !existing.isSelfRelation() && existing.isComplete();
        String fieldName = keep ? (forward ? existing.fieldA().name() : existing.fieldB().name())
                : forward ? names.forwardField() : names.backField();
        String relationName = existing != null ? existing.name() : names.relationName();
        String line = fieldName + " " + ctx.tableName(ctx.referencedTable(fk)).prismaName() + "[]";
        return relationName.isEmpty() ? line : line + " @relation(" + Psl.string(relationName) + ")";
    }

    /** The foreign key's {@code map:}: the previous schema's, else the database name when not Prisma's default. */
    private String foreignKeyMap(Relation existing, Table referencing, ForeignKey fk) {
        if (existing != null && existing.fieldA() != null) {
            RelationField forward = existing.fieldA();
            if (forward.foreignKeyName().isPresent()) {
                return forward.foreignKeyName().get();
            }
        }
        if (fk.name() == null) {
            return null;
        }
        String defaultName = ConstraintNames.foreignKey(referencing.name(), fk.columns(),
                ctx.connector.maxIdentifierLength());
        return fk.name().equals(defaultName) ? null : fk.name();
    }

    /** Prisma's defaults are SetNull for optional and Restrict for required relations: only others are written. */
    private static String onDelete(boolean anyRequired, ForeignKeyAction action) {
        return switch (action) {
            case SET_NULL -> anyRequired ? "SetNull" : null;
            case RESTRICT -> anyRequired ? null : "Restrict";
            default -> action(action);
        };
    }

    private static String action(ForeignKeyAction action) {
        return switch (action) {
            case CASCADE -> "Cascade";
            case RESTRICT -> "Restrict";
            case NO_ACTION -> "NoAction";
            case SET_NULL -> "SetNull";
            case SET_DEFAULT -> "SetDefault";
        };
    }

    /**
     * Whether the relation is one-to-one: the foreign key columns are exactly the primary key or a
     * unique index, which is what the schema's validation asks of a one-to-one relation. (Prisma also
     * makes it one-to-one when a unique index covers only some of the columns, which then fails
     * validation.)
     */
    private static boolean isUnique(Table table, ForeignKey fk) {
        if (table.primaryKey() != null && fk.columns().equals(table.primaryKey().columnNames())) {
            return true;
        }
        for (Index index : table.indexes()) {
            if (index.isUnique() && fk.columns().equals(index.columnNames())) {
                return true;
            }
        }
        return false;
    }

    private Table owner(ForeignKey fk) {
        for (Table table : ctx.tables) {
            for (ForeignKey candidate : table.foreignKeys()) {
                if (candidate == fk) {
                    return table;
                }
            }
        }
        throw new IllegalStateException("foreign key without a table: " + fk.name());
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new IllegalStateException(table.name() + " has no column " + name));
    }

    private String fieldName(Table table, String column) {
        Name name = ctx.columnName(table, column(table, column));
        return name.isEmpty() ? column : name.prismaName();
    }
}
