package dev.refract.schema.validate;

import dev.refract.schema.ast.BlockItem;
import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.EnumDeclaration;
import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.ast.Top;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** First pass: names of top-level declarations, fields and enum values must be unique and not reserved. */
final class NamesPass {
    private NamesPass() {
    }

    static void run(ValidationContext ctx) {
        Map<String, Top> generators = new HashMap<>();
        Map<String, Top> datasources = new HashMap<>();
        ctx.allTops().forEach(top -> {
            if (top instanceof ConfigBlock block) {
                ConfigKeys.checkDuplicates(ctx, block);
                Map<String, Top> namespace = block.datasource() ? datasources : generators;
                Top existing = namespace.putIfAbsent(top.name().name(), top);
                if (existing != null) {
                    duplicateTop(ctx, top, existing);
                }
                return;
            }
            ReservedNames.check(ctx, top);
            Identifiers.checkTop(ctx, top);
            Top existing = ctx.tops.putIfAbsent(top.name().name(), top);
            if (existing != null) {
                duplicateTop(ctx, top, existing);
            }
            if (top instanceof ModelDeclaration model) {
                checkFields(ctx, model);
            } else if (top instanceof EnumDeclaration e) {
                checkEnumValues(ctx, e);
            }
        });
    }

    private static void duplicateTop(ValidationContext ctx, Top top, Top existing) {
        ctx.diagnostics.error("The " + describe(top) + " \"" + top.name().name()
                + "\" cannot be defined because a " + describe(existing) + " with that name already exists.",
                top.name().span());
    }

    static String describe(Top top) {
        if (top instanceof ModelDeclaration m) {
            return switch (m.kind()) {
                case MODEL -> "model";
                case VIEW -> "view";
                case COMPOSITE_TYPE -> "composite type";
            };
        }
        if (top instanceof EnumDeclaration) {
            return "enum";
        }
        return ((ConfigBlock) top).datasource() ? "datasource" : "generator";
    }

    private static void checkFields(ValidationContext ctx, ModelDeclaration model) {
        Set<String> seen = new HashSet<>();
        for (Field f : model.fields()) {
            Identifiers.checkField(ctx, model, f);
            if (!seen.add(f.name().name())) {
                String container = model.isCompositeType() ? "composite type" : model.keyword();
                ctx.diagnostics.error("Field \"" + f.name().name() + "\" is already defined on " + container + " \""
                        + model.name().name() + "\".", f.name().span());
            }
        }
    }

    private static void checkEnumValues(ValidationContext ctx, EnumDeclaration e) {
        Set<String> seen = new HashSet<>();
        for (BlockItem item : e.items()) {
            if (item instanceof EnumValue value) {
                Identifiers.checkEnumValue(ctx, value);
            }
            if (item instanceof EnumValue v && !seen.add(v.name().name())) {
                ctx.diagnostics.error("Value \"" + v.name().name() + "\" is already defined on enum \"" + e.name().name()
                        + "\".", v.name().span());
            }
        }
    }
}
