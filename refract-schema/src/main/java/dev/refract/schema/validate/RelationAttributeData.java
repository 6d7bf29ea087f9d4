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
    /** The span of the {@code map:} argument, when given. */
    Span mapSpan;
    /** The span of the {@code @relation} attribute. */
    Span attributeSpan;

    static RelationAttributeData of(ValidationContext ctx, RelationField field) {
        return ctx.relationAttributes.computeIfAbsent(field, k -> new RelationAttributeData());
    }

    static void record(ValidationContext ctx, RelationField field, boolean fields, boolean references, Span attribute) {
        RelationAttributeData d = of(ctx, field);
        d.attributeSpan = attribute;
        d.hasAttribute = true;
        d.fieldsGiven = fields;
        d.referencesGiven = references;
    }

    /** {@code fields:} was written (Prisma's {@code fields.is_some()}). */
    static boolean fieldsGiven(ValidationContext ctx, RelationField field) {
        RelationAttributeData d = ctx.relationAttributes.get(field);
        return d != null && d.fieldsGiven;
    }

    /** {@code references:} was written (Prisma's {@code references.is_some()}). */
    static boolean referencesGiven(ValidationContext ctx, RelationField field) {
        RelationAttributeData d = ctx.relationAttributes.get(field);
        return d != null && d.referencesGiven;
    }

    /** The {@code @relation} attribute's span, or the field's when there is none. */
    static Span attributeSpan(ValidationContext ctx, RelationField field) {
        RelationAttributeData d = ctx.relationAttributes.get(field);
        return d != null && d.attributeSpan != null ? d.attributeSpan : field.span();
    }

    static Span onDeleteSpan(ValidationContext ctx, RelationField field) {
        RelationAttributeData d = ctx.relationAttributes.get(field);
        return d != null && d.onDeleteSpan != null ? d.onDeleteSpan : field.span();
    }

    static Span onUpdateSpan(ValidationContext ctx, RelationField field) {
        RelationAttributeData d = ctx.relationAttributes.get(field);
        return d != null && d.onUpdateSpan != null ? d.onUpdateSpan : field.span();
    }

    /** The {@code map:} argument's span, else the field's. */
    static Span mapSpanOrField(ValidationContext ctx, RelationField field) {
        RelationAttributeData d = ctx.relationAttributes.get(field);
        return d != null && d.mapSpan != null ? d.mapSpan : field.span();
    }
}
