package dev.refract.schema.format;

import dev.refract.schema.ast.Argument;
import dev.refract.schema.ast.ArrayExpression;
import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.ConstantValue;
import dev.refract.schema.ast.EnumDeclaration;
import dev.refract.schema.ast.EnumValue;
import dev.refract.schema.ast.Expression;
import dev.refract.schema.ast.Field;
import dev.refract.schema.ast.FunctionCall;
import dev.refract.schema.ast.ModelDeclaration;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.ast.StringValue;
import dev.refract.schema.ast.Top;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What relation completion needs to know about a schema, read straight from the ASTs: models and
 * views with their fields, which fields are relations and what their {@code @relation} says, the
 * unique criteria of each model, and whether the schema has errors of the kind that stop Prisma's
 * resolution before relations are inferred: duplicate names, unknown types, unknown or repeated
 * attributes, {@code @relation} arguments and index fields that do not resolve, misplaced relation
 * attributes, optional primary key fields. A stand-in until the resolved schema is available:
 * argument values of other attributes (an invalid {@code @default}, say) are not checked, so such
 * a schema still gets its relations completed where Prisma would leave it alone.
 */
final class SchemaFacts {
    static final Set<String> SCALAR_TYPES =
            Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");

    final List<ModelFacts> models = new ArrayList<>();
    private final Map<String, ModelFacts> modelsByName = new HashMap<>();
    private final Set<String> enums = new HashSet<>();
    private final Set<String> compositeTypes = new HashSet<>();
    private final Set<String> datasources = new HashSet<>();
    private boolean errors;

    private SchemaFacts() {
    }

    static SchemaFacts of(List<SchemaAst> asts) {
        SchemaFacts facts = new SchemaFacts();
        facts.collectNames(asts);
        if (!facts.errors) {
            facts.resolveTypes(asts);
        }
        if (!facts.errors) {
            for (ModelFacts model : facts.models) {
                facts.resolveAttributes(model);
            }
            facts.checkEnumAndCompositeTypeAttributes(asts);
        }
        return facts;
    }

    /** True when Prisma would not get as far as inferring relations. */
    boolean hasErrors() {
        return errors;
    }

    ModelFacts model(String name) {
        return modelsByName.get(name);
    }

    // ---------------------------------------------------------------- names

    private void collectNames(List<SchemaAst> asts) {
        Set<String> topNames = new HashSet<>();
        Set<String> generators = new HashSet<>();
        for (int file = 0; file < asts.size(); file++) {
            for (Top top : asts.get(file).tops()) {
                String name = top.name().name();
                if (top instanceof ConfigBlock config) {
                    errors |= !(config.datasource() ? datasources : generators).add(name);
                    Set<String> keys = new HashSet<>();
                    config.properties().forEach(property -> errors |= !keys.add(property.name().name()));
                    continue;
                }
                errors |= !topNames.add(name);
                if (top instanceof EnumDeclaration enumDeclaration) {
                    enums.add(name);
                    Set<String> values = new HashSet<>();
                    for (EnumValue value : enumDeclaration.values()) {
                        errors |= !values.add(value.name().name());
                    }
                } else if (top instanceof ModelDeclaration model) {
                    Set<String> fieldNames = new HashSet<>();
                    for (Field field : model.fields()) {
                        errors |= !fieldNames.add(field.name().name());
                    }
                    if (model.isCompositeType()) {
                        compositeTypes.add(name);
                    } else {
                        ModelFacts facts = new ModelFacts(file, model);
                        models.add(facts);
                        modelsByName.put(name, facts);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- types

    private void resolveTypes(List<SchemaAst> asts) {
        for (SchemaAst ast : asts) {
            for (Top top : ast.tops()) {
                if (top instanceof ModelDeclaration declaration && declaration.isCompositeType()) {
                    for (Field field : declaration.fields()) {
                        errors |= !field.type().unsupported() && !isScalarLike(field.type().name());
                    }
                }
            }
        }
        for (ModelFacts model : models) {
            for (Field field : model.ast.fields()) {
                FieldFacts facts = new FieldFacts(model, field);
                if (!field.type().unsupported()) {
                    String type = field.type().name();
                    facts.target = modelsByName.get(type);
                    errors |= facts.target == null && !isScalarLike(type);
                }
                model.fields.add(facts);
            }
        }
    }

    private boolean isScalarLike(String type) {
        return SCALAR_TYPES.contains(type) || enums.contains(type) || compositeTypes.contains(type);
    }

    // ---------------------------------------------------------------- attributes

    private void resolveAttributes(ModelFacts model) {
        for (FieldFacts field : model.fields) {
            checkKnown(field.ast.attributes(), field.isRelation() ? RELATION_FIELD_ATTRIBUTES : SCALAR_FIELD_ATTRIBUTES,
                    Set.of());
        }
        checkKnown(model.ast.attributes(), MODEL_ATTRIBUTES, REPEATABLE_MODEL_ATTRIBUTES);
        for (FieldFacts field : model.fields) {
            for (Attribute attribute : field.ast.attributes()) {
                String name = attribute.name().name();
                if (name.contains(".")) {
                    String prefix = name.substring(0, name.indexOf('.'));
                    boolean nativeType = datasources.contains(prefix) && field.builtinScalar() != null;
                    errors |= !nativeType || field.nativeType != null;
                    if (nativeType && field.nativeType == null) {
                        field.nativeType = attribute;
                    }
                } else if (field.isRelation()) {
                    if (name.equals("relation")) {
                        errors |= field.relationAttribute != null;
                        field.relationAttribute = attribute;
                        readRelation(field, attribute);
                    } else {
                        errors |= name.equals("id") || name.equals("default") || name.equals("map")
                                || name.equals("unique");
                    }
                } else {
                    errors |= name.equals("relation");
                }
            }
        }
        for (Attribute attribute : model.ast.attributes()) {
            if (attribute.name().name().equals("ignore")) {
                model.ignored = true;
            }
        }
        readUniqueCriteria(model);
    }

    private static final Set<String> SCALAR_FIELD_ATTRIBUTES =
            Set.of("id", "unique", "default", "updatedAt", "map", "ignore", "relation", "shardKey");
    private static final Set<String> RELATION_FIELD_ATTRIBUTES =
            Set.of("relation", "id", "ignore", "default", "map", "unique");
    private static final Set<String> MODEL_ATTRIBUTES =
            Set.of("ignore", "id", "map", "schema", "index", "unique", "fulltext", "shardKey");
    private static final Set<String> REPEATABLE_MODEL_ATTRIBUTES = Set.of("index", "unique", "fulltext");
    private static final Set<String> RELATION_ARGUMENTS =
            Set.of("name", "fields", "references", "onDelete", "onUpdate", "map");

    /** Unknown attributes, and attributes given twice that may be given once, stop Prisma's resolution. */
    private void checkKnown(List<Attribute> attributes, Set<String> known, Set<String> repeatable) {
        Set<String> seen = new HashSet<>();
        for (Attribute attribute : attributes) {
            String name = attribute.name().name();
            if (name.contains(".")) {
                continue; // native types, checked with the field
            }
            errors |= !known.contains(name) || (!seen.add(name) && !repeatable.contains(name));
        }
    }

    private void checkEnumAndCompositeTypeAttributes(List<SchemaAst> asts) {
        for (SchemaAst ast : asts) {
            for (Top top : ast.tops()) {
                if (top instanceof EnumDeclaration enumDeclaration) {
                    for (EnumValue value : enumDeclaration.values()) {
                        checkKnown(value.attributes(), Set.of("map"), Set.of());
                        errors |= value.attributes().stream().anyMatch(a -> a.name().name().contains("."));
                    }
                    checkKnown(enumDeclaration.attributes(), Set.of("map", "schema"), Set.of());
                } else if (top instanceof ModelDeclaration type && type.isCompositeType()) {
                    errors |= !type.attributes().isEmpty();
                    for (Field field : type.fields()) {
                        checkKnown(field.attributes(), Set.of("map", "default"), Set.of());
                        for (Attribute attribute : field.attributes()) {
                            String name = attribute.name().name();
                            errors |= name.contains(".") && (!datasources.contains(name.substring(0, name.indexOf('.')))
                                    || !SCALAR_TYPES.contains(field.type().name()) || field.type().unsupported());
                        }
                    }
                }
            }
        }
    }

    private void readRelation(FieldFacts field, Attribute attribute) {
        Expression positionalName = null;
        Expression namedName = null;
        int positional = 0;
        for (Argument argument : attribute.arguments().arguments()) {
            if (argument.isEmpty()) {
                errors = true;
                continue;
            }
            String argumentName = argument.isPositional() ? null : argument.name().name();
            errors |= argumentName == null ? ++positional > 1 : !RELATION_ARGUMENTS.contains(argumentName);
            if (argumentName == null) {
                positionalName = argument.value();
            } else if (argumentName.equals("name")) {
                namedName = argument.value();
            } else if (argumentName.equals("fields")) {
                field.fields = resolveFieldList(argument.value(), field.model);
            } else if (argumentName.equals("references")) {
                field.references = resolveFieldList(argument.value(), field.target);
            }
        }
        // given both ways, Prisma takes neither (and says nothing at this stage)
        Expression name = positionalName != null && namedName != null ? null
                : positionalName != null ? positionalName : namedName;
        if (name instanceof StringValue string) {
            errors |= string.value().isEmpty();
            field.relationName = string.value().isEmpty() ? null : string.value();
        } else if (name != null) {
            errors = true;
        }
    }

    /** {@code [a, b]} (or a single name) resolved to scalar fields of {@code model}. */
    private List<FieldFacts> resolveFieldList(Expression value, ModelFacts model) {
        List<Expression> elements = value instanceof ArrayExpression array ? array.elements() : List.of(value);
        List<FieldFacts> resolved = new ArrayList<>();
        for (Expression element : elements) {
            FieldFacts field = element instanceof ConstantValue constant ? model.field(constant.value()) : null;
            if (field == null || field.isRelation() || resolved.contains(field)) {
                errors = true;
                return List.of();
            }
            resolved.add(field);
        }
        return resolved;
    }

    /** Primary key ({@code @id}, or {@code @@id}), then {@code @unique} fields, then {@code @@unique}. */
    private void readUniqueCriteria(ModelFacts model) {
        List<FieldFacts> primaryKey = null;
        List<List<FieldFacts>> fieldUniques = new ArrayList<>();
        for (FieldFacts field : model.fields) {
            if (field.isRelation()) {
                continue;
            }
            for (Attribute attribute : field.ast.attributes()) {
                if (attribute.name().name().equals("id")) {
                    errors |= primaryKey != null;
                    primaryKey = List.of(field);
                } else if (attribute.name().name().equals("unique")) {
                    fieldUniques.add(List.of(field));
                }
            }
        }
        Map<Attribute, List<FieldFacts>> blockUniques = new LinkedHashMap<>();
        for (Attribute attribute : model.ast.attributes()) {
            String name = attribute.name().name();
            if (INDEX_ATTRIBUTES.contains(name)) {
                List<FieldFacts> fields = indexFields(attribute, model);
                if (fields == null || !(name.equals("id") || name.equals("unique"))) {
                    continue;
                }
                if (name.equals("id")) {
                    errors |= primaryKey != null;
                    primaryKey = fields;
                } else {
                    blockUniques.put(attribute, fields);
                }
            }
        }
        if (primaryKey != null) {
            // the fields of a primary key must be required, unless the model is ignored
            errors |= !model.ignored && primaryKey.stream().anyMatch(f -> !f.arity().isRequired());
            model.uniqueCriteria.add(primaryKey);
        }
        model.uniqueIndexes.addAll(fieldUniques);
        model.uniqueIndexes.addAll(blockUniques.values());
        model.uniqueCriteria.addAll(model.uniqueIndexes);
    }

    /** Block attributes whose fields must name scalar fields of the model. */
    private static final Set<String> INDEX_ATTRIBUTES = Set.of("id", "unique", "index", "fulltext", "shardKey");

    /** The fields of {@code @@id([...])}, {@code @@unique([...])} and the like; null when they do not resolve. */
    private List<FieldFacts> indexFields(Attribute attribute, ModelFacts model) {
        Expression value = null;
        for (Argument argument : attribute.arguments().arguments()) {
            if (!argument.isEmpty() && (argument.isPositional() || argument.name().name().equals("fields"))) {
                value = argument.value();
                break;
            }
        }
        if (value == null) {
            errors = true;
            return null;
        }
        List<Expression> elements = value instanceof ArrayExpression array ? array.elements() : List.of(value);
        List<FieldFacts> fields = new ArrayList<>();
        for (Expression element : elements) {
            String fieldName = element instanceof ConstantValue constant ? constant.value()
                    : element instanceof FunctionCall call ? call.name() : null;
            if (fieldName != null && fieldName.contains(".")) {
                return null; // a path into a composite type: not a plain criterion
            }
            FieldFacts field = fieldName == null ? null : model.field(fieldName);
            if (field == null || field.isRelation() || fields.contains(field)) {
                errors = true;
                return null;
            }
            fields.add(field);
        }
        return fields;
    }
}
