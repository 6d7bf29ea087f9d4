package dev.refract.schema.validate;

import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.RelationField;

/**
 * What validation needs to remember about a relation field's {@code @relation} beyond the model:
 * whether {@code fields}/{@code references} were written (even when invalid) and argument spans.
 */
final class RelationAttributeData {
    boolean hasAttribute;
    boolean fieldsGiven;
    boolean referencesGiven;
    Span onDeleteSpan;
    Span onUpdateSpan;

    static RelationAttributeData of(ValidationContext ctx, RelationField field) {
        return ctx.relationAttributes.computeIfAbsent(field, k -> new RelationAttributeData());
    }

    static void record(ValidationContext ctx, RelationField field, boolean fields, boolean references) {
        RelationAttributeData d = of(ctx, field);
        d.hasAttribute = true;
        d.fieldsGiven = fields;
        d.referencesGiven = references;
    }
}
