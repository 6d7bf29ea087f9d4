package dev.refract.schema.validate;

import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.List;

/**
 * Per-field validations of a model (psl-core validations/fields.rs, without native types): types the
 * connector lacks, default constraint names, named defaults. (Relation fields are checked in
 * RelationFieldValidations.)
 */
final class FieldValidations {
    private FieldValidations() {
    }

    static void validate(ValidationContext ctx, Connector connector, ConstraintNamespace names, Model model) {
        for (ScalarField field : model.scalarFields()) {
            connectorSpecific(ctx, connector, model, field);
            defaultConstraintName(ctx, names, model, field);
            namedDefault(ctx, connector, model, field);
        }
    }

    private static void connectorSpecific(ValidationContext ctx, Connector connector, Model model, ScalarField field) {
        String kind = model.containerKind();
        if (field.type().is(ScalarKind.JSON)) {
            if (!connector.supportsJson()) {
                fieldError(ctx, model, field, "Field `" + field.name() + "` in " + kind + " `" + model.name()
                        + "` can't be of type Json. The current connector does not support the Json type.");
            }
            if (field.isList() && !connector.supportsJsonLists()) {
                fieldError(ctx, model, field, "Field `" + field.name() + "` in " + kind + " `" + model.name()
                        + "` can't be of type Json[]. The current connector does not support the Json List type.");
            }
        } else if (field.type().is(ScalarKind.DECIMAL) && !connector.supportsDecimal()) {
            fieldError(ctx, model, field, "Field `" + field.name() + "` in " + kind + " `" + model.name()
                    + "` can't be of type Decimal. The current connector does not support the Decimal type.");
        }
        if (field.isList() && !connector.supportsScalarLists()) {
            ctx.diagnostics.error("Field \"" + field.name() + "\" in " + kind + " \"" + model.name()
                    + "\" can't be a list. The current connector does not support lists of primitive types.", field.span());
        }
    }

    private static void fieldError(ValidationContext ctx, Model model, ScalarField field, String message) {
        ctx.diagnostics.error("Error validating field `" + field.name() + "` in " + model.containerKind() + " `"
                + model.name() + "`: " + message, field.span());
    }

    private static void defaultConstraintName(ValidationContext ctx, ConstraintNamespace names, Model model,
            ScalarField field) {
        String name = names.defaultName(field).orElse(null);
        if (name == null) {
            return;
        }
        for (ConstraintScope scope : names.violations(model, ConstraintNamespace.Kind.DEFAULT, name)) {
            ctx.diagnostics.error("Error parsing attribute \"@default\": The given constraint name `" + name
                    + "` has to be unique in the following namespace: " + scope.description(model.name())
                    + ". Please provide a different name using the `map` argument.", defaultMapSpan(field));
        }
    }

    private static Span defaultMapSpan(ScalarField field) {
        Span attributeSpan = field.defaultValue().get().span();
        return ModelValidations.argumentSpan(attributeSpan, field.model(), "map");
    }

    private static void namedDefault(ValidationContext ctx, Connector connector, Model model, ScalarField field) {
        String map = field.defaultValue().map(d -> d.mappedName()).orElse(null);
        if (map == null) {
            return;
        }
        Span span = field.defaultValue().get().span();
        if (!connector.supportsNamedDefaultValues()) {
            ctx.diagnostics.error("Error parsing attribute \"@default\": You defined a database name for the default value "
                    + "of a field on the model. This is not supported by the provider.", span);
        }
        ModelValidations.dbNameLength(ctx, connector, model, "@default", map, span);
    }

    private static boolean leftwiseIncluded(List<ScalarField> sub, List<ScalarField> group) {
        if (sub.size() > group.size()) {
            return false;
        }
        for (int i = 0; i < sub.size(); i++) {
            if (sub.get(i) != group.get(i)) {
                return false;
            }
        }
        return true;
    }
}
