package dev.refract.schema.validate;

import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.ModelDeclaration;

/** Field attributes of composite types: @db.*, @map, @default (composite types are validated, not served). */
final class CompositeTypeAttributes {
    private CompositeTypeAttributes() {
    }

    static void visit(ValidationContext ctx, ModelDeclaration decl) {
        AttributeVisitor v = ctx.attributes;
        for (Field f : decl.fields()) {
            v.visit(f.attributes());
            if (TypesPass.resolve(ctx, f.type().name()).orElse(null) instanceof dev.refract.schema.model.FieldType.Scalar) {
                v.datasourceScoped();
            }
            if (v.optionalSingle("map")) {
                MapAttribute.read(ctx);
                v.validateArguments();
            }
            if (v.optionalSingle("default")) {
                v.discardArguments();
            }
            v.validateAttributes();
        }
    }
}
