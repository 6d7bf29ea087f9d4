package dev.refract.schema.format;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FieldArity;
import java.util.List;

/**
 * A field of a model as relation completion sees it; {@code target} is set for relation fields,
 * with what their {@code @relation} says ({@code fields}/{@code references} null when not given).
 */
final class FieldFacts {
    final ModelFacts model;
    final Field ast;
    ModelFacts target;
    Attribute relationAttribute;
    String relationName;
    List<FieldFacts> fields;
    List<FieldFacts> references;
    Attribute nativeType;

    FieldFacts(ModelFacts model, Field ast) {
        this.model = model;
        this.ast = ast;
    }

    String name() {
        return ast.name().name();
    }

    FieldArity arity() {
        return ast.arity();
    }

    boolean isRelation() {
        return target != null;
    }

    /** The built-in scalar type name, or null (enum, composite type, Unsupported, relation). */
    String builtinScalar() {
        return !isRelation() && !ast.type().unsupported() && SchemaFacts.SCALAR_TYPES.contains(ast.type().name())
                ? ast.type().name() : null;
    }
}
