package dev.refract.schema.validate;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.SortOrder;
import java.util.ArrayList;
import java.util.List;

/** Resolves field lists in attributes ({@code [a, b(sort: Desc)]}) against a model. */
final class FieldRefs {
    private FieldRefs() {
    }

    /** The outcome: resolved fields, or the names that did not resolve (unknown or relation fields). */
    record Resolution(List<IndexField> fields, List<String> unknown, List<RelationField> relationFields,
            boolean alreadyReported) {
        boolean ok() {
            return !alreadyReported && unknown.isEmpty() && relationFields.isEmpty();
        }
    }

    /** {@code [a, b]} without per-field arguments, as in {@code @relation(fields: ..., references: ...)}. */
    static Resolution withoutArgs(ValidationContext ctx, Expression values, Span attributeSpan, Model model) {
        List<String> names = Coerce.array(values, ctx.diagnostics, Coerce::constant);
        if (names == null) {
            return new Resolution(List.of(), List.of(), List.of(), true);
        }
        List<IndexField> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<RelationField> relationFields = new ArrayList<>();
        for (String name : names) {
            Field f = name.contains(".") ? null : model.field(name).orElse(null);
            if (f == null) {
                unknown.add(name);
            } else if (f instanceof RelationField rf) {
                relationFields.add(rf);
            } else {
                ScalarField sf = (ScalarField) f;
                if (fields.stream().anyMatch(x -> x.field() == sf)) {
                    ctx.diagnostics.error("Error validating model \"" + model.name()
                            + "\": The unique index definition refers to the field " + name + " multiple times.",
                            attributeSpan);
                    return new Resolution(List.of(), List.of(), List.of(), true);
                }
                fields.add(IndexField.of(sf));
            }
        }
        return new Resolution(fields, unknown, relationFields, false);
    }

    /** {@code [a, b(sort: Desc, length: 10, ops: raw("..."))]} as in indexes and ids. */
    static Resolution withArgs(ValidationContext ctx, Expression values, Span attributeSpan, Model model) {
        List<IndexField> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<RelationField> relationFields = new ArrayList<>();
        boolean reported = false;
        for (Expression e : Coerce.array(values)) {
            String name;
            SortOrder sort = null;
            Integer length = null;
            String ops = null;
            if (e instanceof ConstantValue c) {
                name = c.value();
            } else if (e instanceof FunctionCall f) {
                name = f.name();
                for (Argument arg : f.arguments().arguments()) {
                    if (arg.value() == null) {
                        continue;
                    }
                    String argName = arg.name() == null ? "" : arg.name().name();
                    switch (argName) {
                        case "sort" -> sort = IndexArguments.sortOrder(ctx, arg.value());
                        case "length" -> {
                            Long l = Coerce.integer(arg.value(), ctx.diagnostics);
                            length = l == null ? null : l.intValue();
                        }
                        case "ops" -> ops = arg.value().render();
                        default -> {
                            ctx.attributes.attributeError("The `" + argName + "` argument is not supported.", arg.span());
                            reported = true;
                        }
                    }
                }
            } else {
                Coerce.mismatch("constant literal", e, ctx.diagnostics);
                reported = true;
                continue;
            }
            Field f = name.contains(".") ? null : model.field(name).orElse(null);
            if (f == null) {
                unknown.add(name);
            } else if (f instanceof RelationField rf) {
                relationFields.add(rf);
            } else {
                fields.add(new IndexField((ScalarField) f, sort, length, ops));
            }
        }
        return new Resolution(fields, unknown, relationFields, reported);
    }
}
