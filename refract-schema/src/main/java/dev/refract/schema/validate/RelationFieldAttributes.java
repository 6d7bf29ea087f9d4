package dev.refract.schema.validate;

import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;
import java.util.stream.Collectors;

/** The attributes of a relation field: @relation, and the ones that do not belong there (@id @default @map @unique). */
final class RelationFieldAttributes {
    private RelationFieldAttributes() {
    }

    static void visit(ValidationContext ctx, Model model, Field astField, RelationField field) {
        AttributeVisitor v = ctx.attributes;
        field.setRelatedModel(ctx.models.get(field.relatedModelName()));
        v.visit(astField.attributes());
        if (v.optionalSingle("relation")) {
            relation(ctx, model, field);
            v.validateArguments();
        }
        if (v.optionalSingle("id")) {
            v.attributeError("The field `" + field.name() + "` is a relation field and cannot be marked with `@id`. "
                    + "Only scalar fields can be declared as id.");
            v.discardArguments();
        }
        if (v.optionalSingle("ignore")) {
            field.setIgnored(true);
            v.validateArguments();
        }
        if (v.optionalSingle("default")) {
            v.attributeError("Cannot set a default value on a relation field.");
            v.discardArguments();
        }
        if (v.optionalSingle("map")) {
            v.attributeError("The attribute `@map` cannot be used on relation fields.");
            v.defaultArgument("name");
            v.discardArguments();
        }
        if (v.optionalSingle("unique")) {
            List<String> names = field.fields().stream().map(ScalarField::name).toList();
            String suggestion = switch (names.size()) {
                case 0 -> "";
                case 1 -> " Did you mean to put it on `" + names.get(0) + "`?";
                default -> " Did you mean to provide `@@unique([" + String.join(", ", names) + "])`?";
            };
            v.attributeError("The field `" + field.name() + "` is a relation field and cannot be marked with `unique`. "
                    + "Only scalar fields can be made unique." + suggestion);
            v.discardArguments();
        }
        v.validateAttributes();
    }

    private static void relation(ValidationContext ctx, Model model, RelationField field) {
        AttributeVisitor v = ctx.attributes;
        var attribute = v.current();
        List<ScalarField> fields = null;
        List<ScalarField> references = null;
        Expression fieldsArg = v.optionalArgument("fields");
        if (fieldsArg != null) {
            FieldRefs.Resolution r = FieldRefs.withoutArgs(ctx, fieldsArg, attribute.span(), model);
            if (!r.unknown().isEmpty()) {
                ctx.diagnostics.error("Error validating: The argument fields must refer only to existing fields. "
                        + "The following fields do not exist in this model: " + String.join(", ", r.unknown()),
                        fieldsArg.span());
            }
            if (!r.relationFields().isEmpty()) {
                ctx.diagnostics.error("Error validating: The argument fields must refer only to scalar fields. "
                        + "But it is referencing the following relation fields: "
                        + r.relationFields().stream().map(RelationField::name).collect(Collectors.joining(", ")),
                        fieldsArg.span());
            }
            fields = r.ok() ? r.fields().stream().map(IndexField::field).toList() : List.of();
        }
        Expression referencesArg = v.optionalArgument("references");
        if (referencesArg != null && field.relatedModel() != null) {
            Model related = field.relatedModel();
            FieldRefs.Resolution r = FieldRefs.withoutArgs(ctx, referencesArg, attribute.span(), related);
            if (!r.unknown().isEmpty()) {
                ctx.diagnostics.error("Error validating: The argument `references` must refer only to existing fields in "
                        + "the related model `" + related.name() + "`. The following fields do not exist in the related "
                        + "model: " + String.join(", ", r.unknown()), attribute.span());
            }
            if (!r.relationFields().isEmpty()) {
                ctx.diagnostics.error("Error validating: The argument `references` must refer only to scalar fields in "
                        + "the related model `" + related.name() + "`. But it is referencing the following relation fields: "
                        + r.relationFields().stream().map(RelationField::name).collect(Collectors.joining(", ")),
                        attribute.span());
            }
            references = r.ok() ? r.fields().stream().map(IndexField::field).toList() : List.of();
        }
        RelationAttributeData.record(ctx, field, fieldsArg != null, referencesArg != null, attribute.span());
        field.setFields(fields == null ? List.of() : fields, references == null ? List.of() : references);

        Expression nameArg = v.optionalDefaultArgument("name");
        if (nameArg != null) {
            String name = Coerce.string(nameArg, ctx.diagnostics);
            if (name != null && name.isEmpty()) {
                v.attributeError("A relation cannot have an empty name.");
            } else if (name != null) {
                field.setRelationName(name);
            }
        }
        Expression onDelete = v.optionalArgument("onDelete");
        if (onDelete != null) {
            ReferentialAction a = referentialAction(ctx, onDelete);
            if (a != null) {
                field.setOnDelete(a);
                RelationAttributeData.of(ctx, field).onDeleteSpan = ctx.attributes.argumentSpan("onDelete");
            }
        }
        Expression onUpdate = v.optionalArgument("onUpdate");
        if (onUpdate != null) {
            ReferentialAction a = referentialAction(ctx, onUpdate);
            if (a != null) {
                field.setOnUpdate(a);
                RelationAttributeData.of(ctx, field).onUpdateSpan = ctx.attributes.argumentSpan("onUpdate");
            }
        }
        Span mapSpan = ctx.attributes.argumentSpan("map");
        String map = IndexArguments.mapArgument(ctx);
        if (map != null) {
            RelationAttributeData.of(ctx, field).mapSpan = mapSpan;
            field.setForeignKeyName(map);
        }
    }

    private static ReferentialAction referentialAction(ValidationContext ctx, Expression e) {
        if (e instanceof ConstantValue c) {
            var action = ReferentialAction.parse(c.value());
            if (action.isPresent()) {
                return action.get();
            }
            ctx.diagnostics.error("Error parsing attribute \"@relation\": Invalid referential action: `" + c.value() + "`",
                    e.span());
            return null;
        }
        Coerce.mismatch("constant", e, ctx.diagnostics);
        return null;
    }
}
