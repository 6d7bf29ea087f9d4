package dev.refract.schema.validate;

import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;

/**
 * Third pass: reads every attribute into the model, in Prisma's order (all relation fields first,
 * then per model its scalar fields in order and its block attributes, then enums), so that
 * diagnostics come out in the same order as Prisma's.
 */
final class AttributesPass {
    private AttributesPass() {
    }

    static void run(ValidationContext ctx) {
        for (var entry : ctx.modelsByDeclaration.entrySet()) {
            Model model = entry.getValue();
            for (Field astField : entry.getKey().fields()) {
                if (model.field(astField.name().name()).orElse(null) instanceof RelationField rf
                        && rf.span() == astField.span()) {
                    RelationFieldAttributes.visit(ctx, model, astField, rf);
                }
            }
        }
        ctx.allTops().forEach(top -> {
            if (top instanceof ModelDeclaration decl && ctx.modelsByDeclaration.containsKey(decl)) {
                visitModel(ctx, decl, ctx.modelsByDeclaration.get(decl));
            } else if (top instanceof dev.refract.schema.ast.EnumDeclaration decl) {
                Enum e = ctx.enums.get(decl.name().name());
                if (e != null && e.declaration() == decl) {
                    EnumAttributes.visit(ctx, e);
                }
            } else if (top instanceof ModelDeclaration decl && decl.isCompositeType()) {
                CompositeTypeAttributes.visit(ctx, decl);
            }
        });
    }

    private static void visitModel(ValidationContext ctx, ModelDeclaration decl, Model model) {
        for (Field astField : decl.fields()) {
            if (model.field(astField.name().name()).orElse(null) instanceof ScalarField sf && sf.span() == astField.span()) {
                ScalarFieldAttributes.visit(ctx, model, astField, sf);
            }
        }
        ModelAttributes.visit(ctx, decl, model);
    }
}
