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
import dev.refract.schema.ast.FieldArity;
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
 * resolution before relations are inferred (duplicate names, unknown types, unresolvable
 * {@code fields}/{@code references}, misplaced relation attributes). A stand-in until the
 * resolved schema is available; it checks only what relation completion depends on.
 */
final class SchemaFacts {
    static final Set<String> SCALAR_TYPES =
            Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");

    /** A model or view. Unique criteria: the primary key first, then unique indexes in Prisma's order. */
    static final class Model {
        final int file;
        final ModelDeclaration ast;
        final List<FieldFacts> fields = new ArrayList<>();
        boolean ignored;
        final List<List<FieldFacts>> uniqueCriteria = new ArrayList<>();
        final List<List<FieldFacts>> uniqueIndexes = new ArrayList<>();

        Model(int file, ModelDeclaration ast) {
            this.file = file;
            this.ast = ast;
        }

        String name() {
            return ast.name().name();
        }

        FieldFacts field(String name) {
            for (FieldFacts field : fields) {
                if (field.name().equals(name)) {
                    return field;
                }
            }
            return null;
        }

        FieldFacts scalarField(String name) {
            FieldFacts field = field(name);
            return field != null && !field.isRelation() ? field : null;
        }
    }

    /** A field of a model; {@code target} is set for relation fields. */
    static final class FieldFacts {
        final Model model;
        final Field ast;
        Model target;
        Attribute relationAttribute;
        String relationName;
        List<FieldFacts> fields;
        List<FieldFacts> references;
        Attribute nativeType;

        FieldFacts(Model model, Field ast) {
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
            return !isRelation() && !ast.type().unsupported() && SCALAR_TYPES.contains(ast.type().name())
                    ? ast.type().name() : null;
        }
    }

    final List<Model> models = new ArrayList<>();
    private final Map<String, Model> modelsByName = new HashMap<>();
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
            for (Model model : facts.models) {
                facts.resolveAttributes(model);
            }
        }
        return facts;
    }

    /** True when Prisma would not get as far as inferring relations. */
    boolean hasErrors() {
        return errors;
    }

    Model model(String name) {
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
                        Model facts = new Model(file, model);
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
        for (Model model : models) {
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

    private void resolveAttributes(Model model) {
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

    private void readRelation(FieldFacts field, Attribute attribute) {
        Expression name = null;
        for (Argument argument : attribute.arguments().arguments()) {
            if (argument.isEmpty()) {
                continue;
            }
            String argumentName = argument.isPositional() ? null : argument.name().name();
            if (argumentName == null || argumentName.equals("name")) {
                if (name == null) {
                    name = argument.value();
                }
            } else if (argumentName.equals("fields")) {
                field.fields = resolveFieldList(argument.value(), field.model);
            } else if (argumentName.equals("references")) {
                field.references = resolveFieldList(argument.value(), field.target);
            }
        }
        if (name instanceof StringValue string) {
            errors |= string.value().isEmpty();
            field.relationName = string.value().isEmpty() ? null : string.value();
        } else if (name != null) {
            errors = true;
        }
    }

    /** {@code [a, b]} (or a single name) resolved to scalar fields of {@code model}. */
    private List<FieldFacts> resolveFieldList(Expression value, Model model) {
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
    private void readUniqueCriteria(Model model) {
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
            model.uniqueCriteria.add(primaryKey);
        }
        model.uniqueIndexes.addAll(fieldUniques);
        model.uniqueIndexes.addAll(blockUniques.values());
        model.uniqueCriteria.addAll(model.uniqueIndexes);
    }

    /** Block attributes whose fields must name scalar fields of the model. */
    private static final Set<String> INDEX_ATTRIBUTES = Set.of("id", "unique", "index", "fulltext", "shardKey");

    /** The fields of {@code @@id([...])}, {@code @@unique([...])} and the like; null when they do not resolve. */
    private List<FieldFacts> indexFields(Attribute attribute, Model model) {
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
