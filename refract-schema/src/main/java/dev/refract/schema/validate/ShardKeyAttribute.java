package dev.refract.schema.validate;

import dev.refract.schema.ast.Expression;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ShardKey;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code @shardKey} on a scalar field and {@code @@shardKey([a, b])} on a model (preview feature
 * {@code shardKeys}): read into {@link ShardKey}, with Prisma's resolution errors. Whether the
 * feature is enabled and the connector supports it is checked later, in {@link ModelValidations}.
 */
final class ShardKeyAttribute {
    private ShardKeyAttribute() {
    }

    /** {@code @shardKey} on {@code field}; the current attribute of the visitor. */
    static void field(ValidationContext ctx, Model model, ScalarField field) {
        if (model.shardKey().isPresent()) {
            modelError(ctx, model, "At most one field must be marked as the shard key with the `@shardKey` attribute.");
            return;
        }
        model.setShardKey(new ShardKey(List.of(field), true, ctx.attributes.current().span()));
    }

    /** {@code @@shardKey}; the current attribute of the visitor. */
    static void model(ValidationContext ctx, Model model) {
        AttributeVisitor v = ctx.attributes;
        var attribute = v.current();
        Expression fieldsArg = v.defaultArgument("fields");
        if (fieldsArg == null) {
            return;
        }
        FieldRefs.Resolution r = FieldRefs.withoutArgs(ctx, fieldsArg, attribute.span(), model);
        if (r.alreadyReported()) {
            return;
        }
        if (!r.unknown().isEmpty() || !r.relationFields().isEmpty()) {
            if (!r.unknown().isEmpty()) {
                modelError(ctx, model, "The multi field shard key declaration refers to the unknown "
                        + fieldsWord(r.unknown()) + ".", fieldsArg.span());
            }
            if (!r.relationFields().isEmpty()) {
                modelError(ctx, model, "The shard key definition refers to the relation "
                        + fieldsWord(r.relationFields().stream().map(RelationField::name).toList())
                        + ". Shard key definitions must reference only scalar fields.", attribute.span());
            }
            return;
        }
        List<ScalarField> fields = r.fields().stream().map(f -> f.field()).toList();
        List<String> optional = fields.stream().filter(f -> !f.isRequired()).map(ScalarField::name).toList();
        if (!optional.isEmpty() && !model.isIgnored()) {
            modelError(ctx, model, "The shard key definition refers to the optional " + fieldsWord(optional)
                    + ". Shard key definitions must reference only required fields.", attribute.span());
        }
        if (model.shardKey().isPresent()) {
            modelError(ctx, model, "Each model must have at most one shard key. You can't have `@shardKey` and "
                    + "`@@shardKey` at the same time.");
        }
        model.setShardKey(new ShardKey(fields, false, attribute.span()));
    }

    /** After all attributes of the model: a field-level shard key must be required (unless the model is ignored). */
    static void validateArity(ValidationContext ctx, Model model) {
        model.shardKey().ifPresent(sk -> {
            if (sk.fieldLevel() && !model.isIgnored() && !sk.fields().get(0).isRequired()) {
                ctx.diagnostics.error("Error parsing attribute \"@shardKey\": Fields that are marked as shard keys must "
                        + "be required.", sk.span());
            }
        });
    }

    /** Prisma's "field `a`" / "fields `a`, `b`". */
    static String fieldsWord(List<String> names) {
        return (names.size() == 1 ? "field " : "fields ")
                + names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }

    private static void modelError(ValidationContext ctx, Model model, String message) {
        modelError(ctx, model, message, model.declaration().span());
    }

    private static void modelError(ValidationContext ctx, Model model, String message,
            dev.refract.schema.diagnostics.Span span) {
        ctx.diagnostics.error("Error validating model \"" + model.name() + "\": " + message, span);
    }
}
