package dev.refract.schema.validate;

import dev.refract.schema.ast.EnumDeclaration;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.ast.Top;
import dev.refract.schema.model.CompositeType;
import dev.refract.schema.model.Enum;
import dev.refract.schema.model.EnumValue;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.Optional;

/** Second pass: creates models, enums and composite types, and resolves what each field's type names. */
final class TypesPass {
    private TypesPass() {
    }

    static void run(ValidationContext ctx) {
        ctx.allTops().forEach(top -> {
            if (top instanceof ModelDeclaration decl && !decl.isCompositeType()) {
                Model model = new Model(decl.name().name(), decl.isView(), decl);
                ctx.models.putIfAbsent(model.name(), model);
                ctx.modelsByDeclaration.put(decl, model);
            } else if (top instanceof ModelDeclaration decl) {
                ctx.compositeTypes.putIfAbsent(decl.name().name(), new CompositeType(decl.name().name(), decl));
            } else if (top instanceof EnumDeclaration decl) {
                Enum e = new Enum(decl.name().name(), decl);
                ctx.enums.putIfAbsent(e.name(), e);
            }
        });
        for (var entry : ctx.modelsByDeclaration.entrySet()) {
            Model model = entry.getValue();
            for (Field f : entry.getKey().fields()) {
                resolveField(ctx, model, f);
            }
        }
        for (CompositeType type : ctx.compositeTypes.values()) {
            for (Field f : type.declaration().fields()) {
                if (!f.type().unsupported() && resolve(ctx, f.type().name()).isEmpty()
                        && !ctx.models.containsKey(f.type().name())) {
                    typeNotFound(ctx, f);
                }
            }
        }
    }

    private static void resolveField(ValidationContext ctx, Model model, Field f) {
        String typeName = f.type().name();
        if (f.type().unsupported()) {
            model.addField(new ScalarField(model, f.name().name(), new FieldType.Unsupported(typeName), f.arity(),
                    f.documentation(), f.span()));
            return;
        }
        Optional<FieldType> scalar = resolve(ctx, typeName);
        if (scalar.isPresent()) {
            model.addField(new ScalarField(model, f.name().name(), scalar.get(), f.arity(), f.documentation(), f.span()));
            return;
        }
        Top top = ctx.tops.get(typeName);
        if (top instanceof ModelDeclaration m && !m.isCompositeType()) {
            model.addField(new RelationField(model, f.name().name(), typeName, f.arity(), f.documentation(), f.span()));
            return;
        }
        typeNotFound(ctx, f);
    }

    /** A scalar, enum or composite type name; empty for models and unknown names. */
    static Optional<FieldType> resolve(ValidationContext ctx, String typeName) {
        Optional<ScalarKind> kind = ScalarKind.parse(typeName);
        if (kind.isPresent()) {
            return Optional.of(new FieldType.Scalar(kind.get()));
        }
        Top top = ctx.tops.get(typeName);
        if (top instanceof EnumDeclaration) {
            return Optional.of(new FieldType.EnumRef(typeName));
        }
        if (top instanceof ModelDeclaration m && m.isCompositeType()) {
            return Optional.of(new FieldType.CompositeRef(typeName));
        }
        return Optional.empty();
    }

    private static void typeNotFound(ValidationContext ctx, Field f) {
        String typeName = f.type().name();
        String suggestion = null;
        for (ScalarKind k : ScalarKind.values()) {
            if (k.schemaName().equalsIgnoreCase(typeName)) {
                suggestion = k.schemaName();
            }
        }
        for (String name : ctx.tops.keySet()) {
            if (name.equalsIgnoreCase(typeName)) {
                suggestion = name;
            }
        }
        String base = "Type \"" + typeName + "\" is neither a built-in type, nor refers to another model, composite type, or enum.";
        ctx.diagnostics.error(suggestion == null ? base : base.substring(0, base.length()) + " Did you mean \"" + suggestion + "\"?",
                f.type().span());
    }

    /** Creates enum values (names only; attributes add database names later). */
    static void enumValues(ValidationContext ctx) {
        for (Enum e : ctx.enums.values()) {
            for (var v : e.declaration().values()) {
                e.addValue(new EnumValue(v.name().name(), null, v.documentation()));
            }
        }
    }
}
