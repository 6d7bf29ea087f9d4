package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.EnumDeclaration;
import dev.refract.schema.ast.Identifier;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.ast.Top;
import java.util.List;

/**
 * Names pass rule on identifiers, as Prisma's parser database words it: not empty, not starting with
 * a number, no {@code -} (the grammar accepts both, e.g. {@code view 1foo} or {@code uuid-ossp}).
 */
final class Identifiers {
    private Identifiers() {
    }

    /** The name of a model, view, enum or composite type, and its block attributes. */
    static void checkTop(ValidationContext ctx, Top top) {
        if (top instanceof ModelDeclaration m) {
            String item = switch (m.kind()) {
                case MODEL -> "Model";
                case VIEW -> "view";
                case COMPOSITE_TYPE -> "Composite type";
            };
            check(ctx, m.name(), item);
            if (!m.isCompositeType()) {
                attributes(ctx, m.attributes());
            }
        } else if (top instanceof EnumDeclaration e) {
            check(ctx, e.name(), "Enum");
            attributes(ctx, e.attributes());
        }
    }

    /** A field of a model or view (composite type fields are not checked, as in Prisma), and its attributes. */
    static void checkField(ValidationContext ctx, ModelDeclaration model, dev.refract.schema.ast.Field field) {
        if (model.isCompositeType()) {
            return;
        }
        check(ctx, field.name(), model.kind() == dev.refract.schema.ast.ModelKind.VIEW ? "field" : "Field");
        attributes(ctx, field.attributes());
    }

    /** An enum value and its attributes. */
    static void checkEnumValue(ValidationContext ctx, dev.refract.schema.ast.EnumValue value) {
        check(ctx, value.name(), "Enum Value");
        attributes(ctx, value.attributes());
    }

    private static void attributes(ValidationContext ctx, List<Attribute> attributes) {
        for (Attribute a : attributes) {
            check(ctx, a.name(), "Attribute");
        }
    }

    /** Rust's {@code char::is_numeric}: decimal digits, letter numbers and other numbers. */
    private static boolean isNumeric(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static void check(ValidationContext ctx, Identifier id, String item) {
        String name = id.name();
        if (name.isEmpty()) {
            ctx.diagnostics.error("Error validating: The name of a " + item + " must not be empty.", id.span());
        } else if (isNumeric(name.codePointAt(0))) {
            ctx.diagnostics.error("Error validating: The name of a " + item + " must not start with a number.",
                    id.span());
        } else if (name.contains("-")) {
            ctx.diagnostics.error("Error validating: The character `-` is not allowed in " + item + " names.",
                    id.span());
        }
    }
}
