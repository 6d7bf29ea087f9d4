package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Foreign key names that clash (Prisma's {@code relations::has_a_unique_constraint_name} with the
 * relation part of its constraint namespaces): on MySQL a foreign key name must be unique in the
 * database schema; on PostgreSQL and CockroachDB unique among the table's primary key, indexes,
 * unique constraints and foreign keys. Also the length limit of an explicit {@code map:} name.
 */
final class ForeignKeyNames {
    private final Connector connector;
    private final Map<List<Object>, Integer> global = new HashMap<>();
    private final Map<List<Object>, Integer> local = new HashMap<>();

    ForeignKeyNames(ValidationContext ctx, Connector connector) {
        this.connector = connector;
        int max = connector.maxIdentifierLength();
        if (connector.foreignKeyNamesAreGlobal()) {
            for (Relation r : ctx.relations) {
                if (r.isInline()) {
                    global.merge(List.of(schemaOf(r.modelA()), name(r, max)), 1, Integer::sum);
                }
            }
        }
        if (connector.foreignKeyNamesShareTableNamespace()) {
            for (Model model : ctx.models.values()) {
                if (connector.supportsNamedPrimaryKeys() && model.primaryKey().isPresent()) {
                    String pk = model.primaryKey().get().mappedName()
                            .orElseGet(() -> truncate(model.databaseName(), max - 5) + "_pkey");
                    local.merge(List.of(model, pk), 1, Integer::sum);
                }
                for (Index index : model.indexes()) {
                    local.merge(List.of(model, indexName(model, index, max)), 1, Integer::sum);
                }
            }
            for (Relation r : ctx.relations) {
                if (r.isInline() && !r.modelA().isView()) {
                    local.merge(List.of(r.modelA(), name(r, max)), 1, Integer::sum);
                }
            }
        }
    }

    void check(ValidationContext ctx, Relation relation, RelationErrors errors) {
        String name = name(relation, connector.maxIdentifierLength());
        Model model = relation.modelA();
        RelationField forward = relation.forwardField();
        Span span = forward == null ? relation.modelB().declaration().span()
                : RelationAttributeData.mapSpanOrField(ctx, forward);
        if (global.getOrDefault(List.of(schemaOf(model), name), 0) > 1) {
            errors.attribute(message(name, "global for foreign keys"), span);
        }
        if (local.getOrDefault(List.of(model, name), 0) > 1) {
            errors.attribute(message(name, "on model `" + model.name()
                    + "` for primary key, indexes, unique constraints and foreign keys"), span);
        }
    }

    /** Prisma's {@code is_db_name_too_long} for {@code @relation(map: ...)}. */
    static void checkLength(ValidationContext ctx, Connector connector, RelationField field, RelationErrors errors) {
        String map = field.foreignKeyName().orElse(null);
        if (map == null || map.getBytes(StandardCharsets.UTF_8).length <= connector.maxIdentifierLength()) {
            return;
        }
        ctx.diagnostics.error("Error validating model \"" + field.model().name() + "\": The constraint name '" + map
                + "' specified in the `map` argument for the `@relation` constraint is too long for your chosen "
                + "provider. The maximum allowed length is " + connector.maxIdentifierLength() + " bytes.",
                RelationAttributeData.attributeSpan(ctx, field));
    }

    private static String message(String name, String namespace) {
        return "The given constraint name `" + name + "` has to be unique in the following namespace: " + namespace
                + ". Please provide a different name using the `map` argument.";
    }

    private static Object schemaOf(Model model) {
        return model.schemaName().orElse("");
    }

    private static String name(Relation relation, int max) {
        RelationField forward = relation.forwardField();
        if (forward != null) {
            return forward.constraintName(max);
        }
        return truncate(relation.modelA().databaseName() + "_", max - 5) + "_fkey";
    }

    private static String indexName(Model model, Index index, int max) {
        if (index.mappedName().isPresent()) {
            return index.mappedName().get();
        }
        String joined = model.databaseName() + "_"
                + String.join("_", index.scalarFields().stream().map(ScalarField::databaseName).toList());
        return truncate(joined, max - 4) + (index.isUnique() ? "_key" : "_idx");
    }

    /** Cuts to {@code limit} UTF-8 bytes when the text has at least that many, on a character boundary. */
    static String truncate(String text, int limit) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (limit < 0 || bytes.length <= limit) {
            return text;
        }
        int end = limit;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
