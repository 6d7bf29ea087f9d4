package dev.refract.schema.format;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.FieldArity;
import dev.refract.schema.ast.SchemaAst;
import dev.refract.schema.format.InlineRelations.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code prisma format} adds to complete one-to-one and one-to-many relations, as text
 * inserted into the sources before they are laid out: the missing back-relation field
 * ({@code posts Post[]}), the missing forward relation field with its {@code @relation}, the
 * {@code @relation(fields: [...], references: [...])} a forward field lacks (or its missing
 * arguments), and the scalar fields holding the foreign key ({@code authorId Int?}), named after
 * the referenced model's first unique criterion.
 */
final class RelationCompletion {

    /** Text to insert at an offset of one file. */
    private record Insertion(int file, int position, String content) {
    }

    private final List<String> sources;
    private final List<Insertion> insertions = new ArrayList<>();

    private RelationCompletion(List<String> sources) {
        this.sources = sources;
    }

    /**
     * The sources with the missing relation parts inserted, or null when there is nothing to add
     * or the schema has errors that keep Prisma from completing relations.
     */
    static List<String> complete(List<String> sources, List<SchemaAst> asts, boolean parseErrors) {
        if (parseErrors) {
            return null;
        }
        SchemaFacts facts = SchemaFacts.of(asts);
        if (facts.hasErrors()) {
            return null;
        }
        List<Relation> relations = InlineRelations.infer(facts);
        RelationCompletion completion = new RelationCompletion(sources);
        for (Relation relation : relations) {
            completion.missingRelationFields(relation);
            completion.missingScalarFields(relation);
        }
        for (Relation relation : relations) {
            completion.missingRelationAttribute(relation);
        }
        for (Relation relation : relations) {
            completion.missingRelationArguments(relation);
        }
        return completion.insertions.isEmpty() ? null : completion.apply();
    }

    private void missingRelationFields(Relation relation) {
        if (relation.back() == null) {
            String referencingName = relation.referencing().name();
            String arity = relation.oneToOne() ? "?" : "[]";
            String fieldName = Inflector.camelCase(referencingName);
            if (!relation.oneToOne()) {
                fieldName = Inflector.plural(fieldName);
            }
            String ignore = relation.referencing().ignored ? "@ignore" : "";
            insertBeforeClose(relation.referenced(), fieldName + " " + referencingName + arity + " " + ignore + "\n");
        }
        if (relation.forward() == null) {
            String referencedName = relation.referenced().name();
            String arity = render(forwardArity(relation));
            String fieldName = Inflector.camelCase(referencedName);
            if (arity.equals("[]")) {
                fieldName = Inflector.plural(fieldName);
            }
            insertBeforeClose(relation.referencing(), fieldName + " " + referencedName + arity + " @relation("
                    + fieldsArgument(relation) + ", " + referencesArgument(relation) + ")\n");
        }
    }

    private void missingScalarFields(Relation relation) {
        if (relation.forward() != null && relation.forward().fields != null) {
            return;
        }
        for (InferredField field : inferScalarFields(relation)) {
            if (relation.referencing().scalarField(field.name()) != null) {
                continue;
            }
            if (field.type() == null) {
                return;
            }
            Attribute nativeType = field.blueprint().nativeType;
            String attributes = nativeType == null ? "" : slice(field.blueprint().model.file, nativeType);
            insertBeforeClose(relation.referencing(),
                    field.name() + " " + field.type() + render(field.arity()) + " " + attributes + "\n");
        }
    }

    private void missingRelationAttribute(Relation relation) {
        FieldFacts forward = relation.forward();
        if (forward == null || forward.relationAttribute != null) {
            return;
        }
        int file = forward.model.file;
        int position = afterType(sources.get(file), forward.ast.type().span().end());
        insertions.add(new Insertion(file, position,
                " @relation(" + fieldsArgument(relation) + ", " + referencesArgument(relation) + ")"));
    }

    private void missingRelationArguments(Relation relation) {
        FieldFacts forward = relation.forward();
        if (forward == null || forward.relationAttribute == null) {
            return;
        }
        List<String> extra = new ArrayList<>();
        if (forward.fields == null) {
            extra.add(fieldsArgument(relation));
        }
        if (forward.references == null) {
            extra.add(referencesArgument(relation));
        }
        Attribute attribute = forward.relationAttribute;
        String content = String.join(", ", extra);
        if (attribute.arguments().arguments().isEmpty()) {
            insertions.add(new Insertion(forward.model.file, attribute.span().end(), "(" + content + ")"));
        } else {
            insertions.add(new Insertion(forward.model.file, attribute.span().end() - 1, ", " + content));
        }
    }

    // ---------------------------------------------------------------- inference

    /** A foreign-key field the referencing model should have; {@code type} null when not a built-in scalar. */
    private record InferredField(String name, FieldArity arity, String type, FieldFacts blueprint) {
    }

    /** One field per field of the referenced model's first unique criterion: {@code <model><Field>}. */
    private static List<InferredField> inferScalarFields(Relation relation) {
        List<FieldFacts> criterion = relation.referenced().uniqueCriteria.isEmpty()
                ? List.of() : relation.referenced().uniqueCriteria.get(0);
        List<InferredField> inferred = new ArrayList<>();
        for (FieldFacts field : criterion) {
            String name = lowerFirst(relation.referenced().name()) + upperFirst(field.name());
            FieldFacts existing = relation.referencing().scalarField(name);
            if (existing != null) {
                inferred.add(new InferredField(name, existing.arity(), existing.builtinScalar(), field));
            } else {
                FieldArity arity = relation.forward() != null ? relation.forward().arity() : FieldArity.OPTIONAL;
                inferred.add(new InferredField(name, arity, field.builtinScalar(), field));
            }
        }
        return inferred;
    }

    private static FieldArity forwardArity(Relation relation) {
        if (relation.forward() != null) {
            return relation.forward().arity();
        }
        return inferScalarFields(relation).stream().anyMatch(f -> f.arity().isOptional())
                ? FieldArity.OPTIONAL : FieldArity.REQUIRED;
    }

    private static String fieldsArgument(Relation relation) {
        return inferScalarFields(relation).stream().map(InferredField::name)
                .collect(Collectors.joining(", ", "fields: [", "]"));
    }

    /** The forward field's {@code references}, else the referenced model's first strict unique criterion. */
    private static String referencesArgument(Relation relation) {
        List<FieldFacts> fields = relation.forward() != null ? relation.forward().references : null;
        if (fields == null) {
            fields = List.of();
            for (List<FieldFacts> criterion : relation.referenced().uniqueCriteria) {
                if (criterion.stream().noneMatch(f -> f.arity().isOptional() || f.ast.type().unsupported())) {
                    fields = criterion;
                    break;
                }
            }
        }
        return fields.stream().map(FieldFacts::name).collect(Collectors.joining(", ", "references: [", "]"));
    }

    // ---------------------------------------------------------------- text

    private void insertBeforeClose(ModelFacts model, String content) {
        insertions.add(new Insertion(model.file, model.ast.span().end() - 1, content));
    }

    private String slice(int file, Attribute attribute) {
        return sources.get(file).substring(attribute.span().start(), attribute.span().end());
    }

    /** Past the list and optionality markers that follow a type name. */
    private static int afterType(String source, int typeEnd) {
        int position = typeEnd;
        while (position < source.length() && "[]?!".indexOf(source.charAt(position)) >= 0) {
            position++;
        }
        return position;
    }

    private List<String> apply() {
        List<String> out = new ArrayList<>(sources);
        for (int file = 0; file < sources.size(); file++) {
            int current = file;
            List<Insertion> forFile = insertions.stream().filter(i -> i.file() == current)
                    .sorted(Comparator.comparingInt(Insertion::position)).toList();
            if (forFile.isEmpty()) {
                continue;
            }
            String source = sources.get(file);
            StringBuilder text = new StringBuilder(source.length() + 256);
            int last = 0;
            for (Insertion insertion : forFile) {
                text.append(source, last, insertion.position()).append(insertion.content());
                last = insertion.position();
            }
            text.append(source.substring(last));
            out.set(file, text.toString());
        }
        return out;
    }

    private static String render(FieldArity arity) {
        return switch (arity) {
            case REQUIRED -> "";
            case OPTIONAL -> "?";
            case LIST -> "[]";
        };
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + name.substring(1);
    }

    private static String upperFirst(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }
}
