package dev.refract.schema.validate;

import dev.refract.schema.model.Enum;
import dev.refract.schema.model.EnumValue;
import java.util.List;

/** Enum value @map, then the enum's @@map and @@schema. */
final class EnumAttributes {
    private EnumAttributes() {
    }

    static void visit(ValidationContext ctx, Enum e) {
        AttributeVisitor v = ctx.attributes;
        List<dev.refract.schema.ast.EnumValue> values = e.declaration().values();
        for (int i = 0; i < values.size(); i++) {
            v.visit(values.get(i).attributes());
            if (v.optionalSingle("map")) {
                String name = MapAttribute.read(ctx);
                if (name != null && i < e.values().size()) {
                    EnumValue old = e.values().get(i);
                    e.replaceValue(i, new EnumValue(old.name(), name, old.documentation()));
                }
                v.validateArguments();
            }
            v.validateAttributes();
        }
        v.visit(e.declaration().attributes());
        if (v.optionalSingle("map")) {
            String name = MapAttribute.read(ctx);
            if (name != null) {
                e.setDatabaseName(name);
            }
            v.validateArguments();
        }
        if (v.optionalSingle("schema")) {
            String schema = SchemaAttribute.read(ctx);
            if (schema != null) {
                e.setSchemaName(schema);
            }
            v.validateArguments();
        }
        v.validateAttributes();
    }
}
