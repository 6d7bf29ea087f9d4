package dev.refract.schema.validate;

import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.ConstraintNames;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.util.stream.Collectors;

/** Per-index validations (psl-core validations/indexes.rs), in Prisma's order. */
final class IndexValidations {
    private IndexValidations() {
    }

    static String attributeName(Index index) {
        return switch (index.kind()) {
            case UNIQUE -> index.fieldLevel() ? "@unique" : "@@unique";
            case NORMAL -> "@@index";
            case FULLTEXT -> "@@fulltext";
        };
    }

    static void validate(ValidationContext ctx, Connector connector, ConstraintNamespace names, Model model, Index index) {
        String attr = attributeName(index);
        Span span = index.span();
        if (index.fields().isEmpty()) {
            error(ctx, attr, "The list of fields in an index cannot be empty. Please specify at least one field.", span);
        }
        String name = ConstraintNames.of(model, index, connector.maxIdentifierLength());
        for (ConstraintScope scope : names.violations(model, ConstraintNamespace.Kind.INDEX, name)) {
            Span at = ModelValidations.argumentSpan(span, model, "map");
            if (at.equals(span)) {
                at = ModelValidations.argumentSpan(span, model, "name");
            }
            error(ctx, attr, "The given constraint name `" + name + "` has to be unique in the following namespace: "
                    + scope.description(model.name()) + ". Please provide a different name using the `map` argument.", at);
        }
        if (index.isUnique() && index.fields().size() > 1) {
            String clientName = index.scalarFields().stream().map(ScalarField::name).collect(Collectors.joining("_"));
            if (model.scalarFields().stream().anyMatch(f -> f.name().equals(clientName))) {
                ModelValidations.modelError(ctx, model, "The field `" + clientName + "` clashes with the `" + attr
                        + "` name. Please resolve the conflict by providing a custom id name: `" + attr
                        + "([...], name: \"custom_name\")`", span);
            }
        }
        if (index.name() != null && names.customNameClashes(model, index.name())) {
            error(ctx, attr, "The given custom name `" + index.name() + "` has to be unique on the model. Please provide "
                    + "a different name for the `name` argument.", ModelValidations.argumentSpan(span, model, "name"));
        }
        boolean anyLength = index.fields().stream().anyMatch(f -> f.length() != null);
        boolean anySort = index.fields().stream().anyMatch(f -> f.sort() != null);
        if (!connector.supportsIndexColumnLength() && anyLength) {
            error(ctx, attr, "The length argument is not supported in an index definition with the current connector",
                    span);
        }
        if (index.algorithm() != null && !connector.supportsIndexType(index.algorithm())) {
            error(ctx, attr, "The given index type is not supported with the current connector",
                    ModelValidations.argumentSpan(span, model, "type"));
        }
        if (connector.supportsIndexType("Hash") && "Hash".equals(index.algorithm()) && anySort) {
            error(ctx, attr, "Hash type does not support sort option.", span);
        }
        if (index.kind() == Index.Kind.FULLTEXT) {
            if (!connector.supportsFullTextIndex()) {
                error(ctx, attr, "Defining fulltext indexes is not supported with the current connector.", span);
            } else {
                if (anyLength) {
                    error(ctx, attr, "The length argument is not supported in a @@fulltext attribute.", span);
                }
                if (anySort) {
                    error(ctx, attr, "The sort argument is not supported in a @@fulltext attribute in the current "
                            + "connector.", span);
                }
            }
        }
        if (index.map() != null) {
            ModelValidations.dbNameLength(ctx, connector, model, attr, index.map(), span);
        }
        if (!connector.supportsClusteringSetting() && index.clustered() != null) {
            error(ctx, attr, "Defining clustering is not supported in the current connector.", span);
        }
        if (connector.supportsClusteringSetting() && Boolean.TRUE.equals(index.clustered())) {
            clusteredOnce(ctx, model, index, attr);
        }
        if (index.kind() != Index.Kind.NORMAL && index.fields().stream().anyMatch(f -> f.operatorClass() != null)) {
            error(ctx, attr, "Operator classes can only be defined to fields in an @@index attribute.", span);
        }
        for (IndexField f : index.fields()) {
            lengthWithCorrectType(ctx, connector, f, attr, span);
        }
    }

    private static void clusteredOnce(ValidationContext ctx, Model model, Index index, String attr) {
        if (model.primaryKey().map(pk -> !Boolean.FALSE.equals(pk.clustered())).orElse(false)) {
            error(ctx, attr, "A model can only hold one clustered index or key.", index.span());
        }
        for (Index other : model.indexes()) {
            if (other != index && Boolean.TRUE.equals(other.clustered())) {
                error(ctx, attr, "A model can only hold one clustered index.", index.span());
                return;
            }
        }
    }

    /** {@code length:} only on String and Bytes columns (where length prefixes exist at all). */
    static void lengthWithCorrectType(ValidationContext ctx, Connector connector, IndexField f, String attr, Span span) {
        if (!connector.supportsIndexColumnLength() || f.length() == null) {
            return;
        }
        FieldType type = f.field().type();
        if (type instanceof FieldType.Unsupported || type.is(ScalarKind.STRING) || type.is(ScalarKind.BYTES)) {
            return;
        }
        error(ctx, attr, "The length argument is only allowed with field types `String` or `Bytes`.", span);
    }

    static void error(ValidationContext ctx, String attribute, String message, Span span) {
        ctx.diagnostics.error("Error parsing attribute \"" + attribute + "\": " + message, span);
    }
}
