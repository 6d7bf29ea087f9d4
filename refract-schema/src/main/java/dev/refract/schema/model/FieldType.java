package dev.refract.schema.model;

/** What a scalar field holds: a built-in scalar, an enum, a composite type, or an unsupported database type. */
public sealed interface FieldType {

    /** The type name as written in the schema. */
    String schemaName();

    record Scalar(ScalarKind kind) implements FieldType {
        @Override
        public String schemaName() {
            return kind.schemaName();
        }
    }

    record EnumRef(String enumName) implements FieldType {
        @Override
        public String schemaName() {
            return enumName;
        }
    }

    record CompositeRef(String typeName) implements FieldType {
        @Override
        public String schemaName() {
            return typeName;
        }
    }

    /** {@code Unsupported("...")}: the database type text; such fields are not in the client API. */
    record Unsupported(String databaseType) implements FieldType {
        @Override
        public String schemaName() {
            return "Unsupported(\"" + databaseType + "\")";
        }
    }

    default boolean is(ScalarKind kind) {
        return this instanceof Scalar s && s.kind() == kind;
    }
}
