package dev.refract.codegen;

import dev.refract.schema.model.Field;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import dev.refract.schema.model.Schema;
import dev.refract.schema.connector.Connector;
import java.util.List;

/**
 * One model as the generator sees it: the fields in the client API (not ignored, not Unsupported, no
 * relation to an ignored model), their Java names and types, and the generated type names.
 */
final class ModelView {
    final Model model;
    final String type;
    final List<Field> fields;
    private final NamingStrategy naming;
    private final Schema schema;

    ModelView(Model model, NamingStrategy naming, Schema schema) {
        this.model = model;
        this.naming = naming;
        this.schema = schema;
        this.type = naming.typeName(model.name());
        this.fields = model.fields().stream().filter(ModelView::inClient).toList();
    }

    /** The list relations: what {@code _count} counts. */
    List<RelationField> listRelations() {
        return relations().stream().filter(RelationField::isList).toList();
    }

    /** Whether records carry relation counts ({@code _count}): models with list relations. */
    boolean hasCounts() {
        return !listRelations().isEmpty();
    }

    /** The bit of the {@code _count} component in the loaded-fields mask: after the fields. */
    int countBit() {
        return fields.size();
    }

    /** Whether the loaded-fields mask needs more than a long's 64 bits (a BitSet then). */
    boolean wideMask() {
        return fields.size() + (hasCounts() ? 1 : 0) > 64;
    }

    /** The Java type of the loaded-fields mask. */
    String maskType() {
        return wideMask() ? "BitSet" : "long";
    }

    /** An expression testing bit {@code bit} of the mask expression {@code mask}. */
    String maskTest(String mask, String bit) {
        return wideMask() ? mask + ".get(" + bit + ")" : "(" + mask + " & (1L << " + bit + ")) != 0";
    }

    static boolean inClient(Field f) {
        if (f.isIgnored()) {
            return false;
        }
        if (f instanceof ScalarField s) {
            return !s.isUnsupported() && !(s.type() instanceof FieldType.CompositeRef);
        }
        RelationField r = (RelationField) f;
        return r.relatedModel() != null && !r.relatedModel().isIgnored();
    }

    String t(String suffix) {
        return type + suffix;
    }

    String member(Field f) {
        return naming.memberName(f.name());
    }

    String related(RelationField r) {
        return naming.typeName(r.relatedModelName());
    }

    List<ScalarField> scalars() {
        return fields.stream().filter(ScalarField.class::isInstance).map(ScalarField.class::cast).toList();
    }

    List<RelationField> relations() {
        return fields.stream().filter(RelationField.class::isInstance).map(RelationField.class::cast).toList();
    }

    int bit(Field f) {
        return fields.indexOf(f);
    }

    /** The Java type of a scalar field in records: primitives for required Int/BigInt/Float/Boolean. */
    String javaType(ScalarField f) {
        String boxed = boxedElement(f);
        if (f.isList()) {
            return "List<" + boxed + ">";
        }
        if (f.isRequired() && f.type() instanceof FieldType.Scalar s) {
            switch (s.kind()) {
                case INT:
                    return "int";
                case BIG_INT:
                    return "long";
                case FLOAT:
                    return "double";
                case BOOLEAN:
                    return "boolean";
                default:
                    break;
            }
        }
        return boxed;
    }

    String boxedElement(ScalarField f) {
        if (f.type() instanceof FieldType.EnumRef e) {
            return naming.typeName(e.enumName());
        }
        ScalarKind kind = ((FieldType.Scalar) f.type()).kind();
        switch (kind) {
            case STRING:
                return "String";
            case JSON:
                return "Json";
            case BOOLEAN:
                return "Boolean";
            case INT:
                return "Integer";
            case BIG_INT:
                return "Long";
            case FLOAT:
                return "Double";
            case DECIMAL:
                return "BigDecimal";
            case DATE_TIME:
                return "Instant";
            case BYTES:
                return "byte[]";
            default:
                throw new IllegalStateException(kind.toString());
        }
    }

    /** An enum list's database type name as a Java string literal, else {@code null} (for generated arguments). */
    String enumTypeLiteral(ScalarField f) {
        if (f.type() instanceof FieldType.EnumRef e) {
            String name = schema.enumByName(e.enumName()).map(en -> en.databaseName()).orElse(e.enumName());
            return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return "null";
    }

    /** Whether the database filters inside Json documents (path filters): PostgreSQL and MySQL. */
    boolean jsonPathFilters() {
        return schema.provider().map(p -> Connector.of(p).supportsJsonFiltering()).orElse(false);
    }

    /** The import a field's Java type needs, or null. */
    String importFor(ScalarField f) {
        if (f.type().is(ScalarKind.JSON)) {
            return "dev.refract.client.Json";
        }
        if (f.type().is(ScalarKind.DECIMAL)) {
            return "java.math.BigDecimal";
        }
        if (f.type().is(ScalarKind.DATE_TIME)) {
            return "java.time.Instant";
        }
        return null;
    }

    String javaType(RelationField r) {
        return r.isList() ? "List<" + related(r) + ">" : related(r);
    }

    static boolean sortable(ScalarField f) {
        return !f.isList() && !f.type().is(ScalarKind.JSON);
    }

    /** A number field: {@code _avg} and {@code _sum} take it. */
    static boolean numeric(ScalarField f) {
        return !f.isList() && f.type() instanceof FieldType.Scalar s && s.kind().isNumeric();
    }

    /** A field {@code _min} and {@code _max} take: not a list, Json or Bytes. */
    static boolean orderable(ScalarField f) {
        return !f.isList() && !f.type().is(ScalarKind.JSON) && !f.type().is(ScalarKind.BYTES);
    }

    List<ScalarField> numericScalars() {
        return scalars().stream().filter(ModelView::numeric).toList();
    }

    List<ScalarField> orderableScalars() {
        return scalars().stream().filter(ModelView::orderable).toList();
    }

    /** The Java type of the field's value as a nullable object (lists as lists). */
    String boxedType(ScalarField f) {
        return f.isList() ? "List<" + boxedElement(f) + ">" : boxedElement(f);
    }

    /** The Java type of the field's average: Double, BigDecimal for Decimal. */
    static String averageType(ScalarField f) {
        return f.type().is(ScalarKind.DECIMAL) ? "BigDecimal" : "Double";
    }

    /** An expression reading the field's value from the map expression {@code map} (runtime types to generated ones). */
    String read(ScalarField f, String map) {
        String key = "\"" + f.name() + "\"";
        String element = boxedElement(f);
        if (f.type() instanceof FieldType.EnumRef) {
            return f.isList()
                    ? "Rows.enums(" + map + ".get(" + key + "), " + element + "::fromDatabase)"
                    : element + ".fromDatabase((String) " + map + ".get(" + key + "))";
        }
        return f.isList() ? "Rows.values(" + map + ".get(" + key + "))" : "(" + element + ") " + map + ".get(" + key + ")";
    }
}
