package dev.refract.schema.validate;

import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.ast.Top;
import dev.refract.schema.model.ScalarKind;
import java.util.Set;

/** Names a model, enum or type may not take: built-in scalar names and names the generated clients reserve. */
final class ReservedNames {
    private static final Set<String> RESERVED_MODEL_NAMES = Set.of("PrismaClient");

    private ReservedNames() {
    }

    static void check(ValidationContext ctx, Top top) {
        String name = top.name().name();
        if (ScalarKind.parse(name).isPresent() || name.equals("Unsupported")) {
            ctx.diagnostics.error("\"" + name + "\" is a reserved scalar type name and cannot be used.", top.name().span());
            return;
        }
        if (top instanceof ModelDeclaration m && !m.isCompositeType() && RESERVED_MODEL_NAMES.contains(name)) {
            ctx.diagnostics.error("Error validating model \"" + name + "\": The model name `" + name
                    + "` is invalid. It is a reserved name. Please change it. Read more at https://pris.ly/d/naming-models",
                    top.name().span());
        }
    }
}
