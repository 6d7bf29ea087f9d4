package dev.refract.schema.validate;

import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;

/**
 * Prisma's message shapes for relation diagnostics: {@code Error parsing attribute "@relation": ...},
 * {@code Error validating: ...}, {@code Error validating field `f` in model `M`: ...} and
 * {@code Error validating model "M": ...}, pushed in the order the validations run.
 */
final class RelationErrors {
    private final ValidationContext ctx;

    RelationErrors(ValidationContext ctx) {
        this.ctx = ctx;
    }

    /** Prisma's {@code new_attribute_validation_error(message, "@relation", span)}. */
    void attribute(String message, Span span) {
        attribute("@relation", message, span);
    }

    void attribute(String attribute, String message, Span span) {
        ctx.diagnostics.error("Error parsing attribute \"" + attribute + "\": " + message, span);
    }

    /** Prisma's {@code new_validation_error}. */
    void validation(String message, Span span) {
        ctx.diagnostics.error("Error validating: " + message, span);
    }

    /** Prisma's {@code new_field_validation_error}, with the container word chosen by the caller. */
    void field(String container, Model model, RelationField field, String message) {
        ctx.diagnostics.error("Error validating field `" + field.name() + "` in " + container + " `" + model.name()
                + "`: " + message, field.span());
    }

    /** Prisma's {@code new_model_validation_error}. */
    void model(Model model, String message, Span span) {
        ctx.diagnostics.error("Error validating " + model.containerKind() + " \"" + model.name() + "\": " + message,
                span);
    }

    void plain(String message, Span span) {
        ctx.diagnostics.error(message, span);
    }

    void warning(String message, Span span) {
        ctx.diagnostics.warning(message, span);
    }

    boolean hasErrors() {
        return ctx.diagnostics.hasErrors();
    }
}
