package dev.refract.schema.validate;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.diagnostics.Span;
import dev.refract.schema.model.Field;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.PrimaryKey;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prisma's per-model validations (psl-core validations/models.rs and the model loop of
 * validations.rs), in Prisma's order: unique criteria, primary key names and capabilities, fulltext,
 * shard keys, connector-specific index rules, autoincrement, then fields ({@link FieldValidations})
 * and indexes ({@link IndexValidations}).
 */
final class ModelValidations {
    private ModelValidations() {
    }

    static void run(ValidationContext ctx) {
        Connector connector = ctx.connector();
        if (connector == null) {
            return;
        }
        databaseNameClashes(ctx);
        ConstraintNamespace names = new ConstraintNamespace(ctx, connector);
        for (Model model : ctx.models.values()) {
            if (model.isView()) {
                continue; // Prisma walks models only here; views have their own checks (ViewChecks)
            }
            strictUniqueCriteria(ctx, model);
            primaryKeyName(ctx, connector, names, model);
            customPrimaryKeyName(ctx, names, model);
            model.primaryKey().ifPresent(pk -> {
                if (pk.fields().isEmpty()) {
                    attributeError(ctx, pkName(pk), "The list of fields in an `" + pkName(pk)
                            + "()` attribute cannot be empty. Please specify at least one field.", pk.span());
                }
            });
            idClientNameClash(ctx, model);
            primaryKeyCapabilities(ctx, connector, model);
            onlyOneFulltext(ctx, connector, model);
            shardKey(ctx, connector, model);
            ConnectorIndexRules.validateModel(ctx, connector, model);
            Autoincrement.validate(ctx, connector, model);
            model.primaryKey().ifPresent(pk -> {
                for (IndexField f : pk.fields()) {
                    IndexValidations.lengthWithCorrectType(ctx, connector, f, pkName(pk), pk.span());
                }
                if (!connector.supportsClusteringSetting() && pk.clustered() != null) {
                    attributeError(ctx, pkName(pk), "Defining clustering is not supported in the current connector.",
                            pk.span());
                }
                if (connector.supportsClusteringSetting() && !Boolean.FALSE.equals(pk.clustered())
                        && model.indexes().stream().anyMatch(i -> Boolean.TRUE.equals(i.clustered()))) {
                    attributeError(ctx, pkName(pk), "A model can only hold one clustered index or id.", pk.span());
                }
            });
            FieldValidations.validate(ctx, connector, names, model);
            for (Index index : model.indexes()) {
                IndexValidations.validate(ctx, connector, names, model, index);
            }
        }
    }

    static String pkName(PrimaryKey pk) {
        return pk.fieldLevel() ? "@id" : "@@id";
    }

    static void attributeError(ValidationContext ctx, String attribute, String message, Span span) {
        ctx.diagnostics.error("Error parsing attribute \"" + attribute + "\": " + message, span);
    }

    static void modelError(ValidationContext ctx, Model model, String message, Span span) {
        ctx.diagnostics.error("Error validating " + model.containerKind() + " \"" + model.name() + "\": " + message, span);
    }

    /** Two models (or views) on the same table: reported on the {@code @@map} attribute. */
    private static void databaseNameClashes(ValidationContext ctx) {
        Map<String, Model> seen = new HashMap<>();
        for (Model model : ctx.models.values()) {
            String key = model.schemaName().orElse("") + "\u0000" + model.databaseName();
            Model existing = seen.putIfAbsent(key, model);
            if (existing == null) {
                continue;
            }
            Model withMap = model.mappedName().isPresent() ? model : existing;
            Model other = withMap == model ? existing : model;
            Attribute map = withMap.declaration().attributes().stream()
                    .filter(a -> a.name().name().equals("map")).findFirst().orElse(null);
            if (map == null) {
                continue;
            }
            ctx.diagnostics.error("The model with database name \"" + model.databaseName()
                    + "\" could not be defined because another model or view with this name exists: \"" + other.name()
                    + "\"", map.span());
        }
    }

    private static void strictUniqueCriteria(ValidationContext ctx, Model model) {
        if (model.isIgnored() || model.isView()) {
            return;
        }
        List<List<ScalarField>> criteria = model.uniqueCriteria();
        boolean strict = criteria.stream().anyMatch(c -> c.stream().allMatch(f -> f.isRequired() && !f.isUnsupported()));
        if (strict) {
            return;
        }
        String kind = model.containerKind();
        String msg = "Each " + kind + " must have at least one unique criteria that has only required fields. Either mark "
                + "a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` "
                + "to the " + kind + ".";
        if (!criteria.isEmpty()) {
            msg += " The following unique criterias were not considered as they contain fields that are not required:\n"
                    + criteria.stream().map(c -> "- " + c.stream().map(Field::name).collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n"));
        }
        modelError(ctx, model, msg, model.declaration().span());
    }

    private static void primaryKeyName(ValidationContext ctx, Connector connector, ConstraintNamespace names,
            Model model) {
        PrimaryKey pk = model.primaryKey().orElse(null);
        String name = names.primaryKeyName(model).orElse(null);
        if (pk == null || name == null) {
            return;
        }
        dbNameLength(ctx, connector, model, pk.fieldLevel() ? "@id" : "@@id", name, pk.span());
        for (ConstraintScope scope : names.violations(model, ConstraintNamespace.Kind.PRIMARY_KEY, name)) {
            attributeError(ctx, pkName(pk), "The given constraint name `" + name + "` has to be unique in the following "
                    + "namespace: " + scope.description(model.name()) + ". Please provide a different name using the "
                    + "`map` argument.", argumentSpan(pk.span(), model, "map"));
        }
    }

    static void dbNameLength(ValidationContext ctx, Connector connector, Model model, String attribute, String name,
            Span span) {
        if (name != null && name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > connector.maxIdentifierLength()) {
            ctx.diagnostics.error("Error validating model \"" + model.name() + "\": The constraint name '" + name
                    + "' specified in the `map` argument for the `" + attribute + "` constraint is too long for your "
                    + "chosen provider. The maximum allowed length is " + connector.maxIdentifierLength() + " bytes.", span);
        }
    }

    private static void customPrimaryKeyName(ValidationContext ctx, ConstraintNamespace names, Model model) {
        model.primaryKey().filter(pk -> pk.name() != null && names.customNameClashes(model, pk.name())).ifPresent(pk ->
                attributeError(ctx, pkName(pk), "The given custom name `" + pk.name() + "` has to be unique on the model. "
                        + "Please provide a different name for the `name` argument.", argumentSpan(pk.span(), model, "name")));
    }

    private static void idClientNameClash(ValidationContext ctx, Model model) {
        PrimaryKey pk = model.primaryKey().orElse(null);
        if (pk == null || pk.fields().size() <= 1) {
            return;
        }
        String clientName = pk.scalarFields().stream().map(Field::name).collect(Collectors.joining("_"));
        if (model.scalarFields().stream().anyMatch(f -> f.name().equals(clientName))) {
            modelError(ctx, model, "The field `" + clientName + "` clashes with the `@@id` attribute's name. Please resolve "
                    + "the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`", pk.span());
        }
    }

    private static void primaryKeyCapabilities(ValidationContext ctx, Connector connector, Model model) {
        PrimaryKey pk = model.primaryKey().orElse(null);
        if (pk == null) {
            return;
        }
        if (pk.map() != null && !connector.supportsNamedPrimaryKeys()) {
            modelError(ctx, model, "You defined a database name for the primary key on the model. This is not supported "
                    + "by the provider.", model.declaration().span());
        }
        if (pk.fields().size() > 1 && !connector.supportsCompoundIds()) {
            modelError(ctx, model, "The current connector does not support compound ids.", pk.span());
        }
        if (!connector.supportsIndexColumnLength() && pk.fields().stream().anyMatch(f -> f.length() != null)) {
            attributeError(ctx, pkName(pk), "The length argument is not supported in the primary key with the current "
                    + "connector", pk.span());
        }
        if (!connector.supportsPrimaryKeySortOrder() && pk.fields().stream().anyMatch(f -> f.sort() != null)) {
            attributeError(ctx, pkName(pk), "The sort argument is not supported in the primary key with the current "
                    + "connector", pk.span());
        }
    }

    private static void onlyOneFulltext(ValidationContext ctx, Connector connector, Model model) {
        if (!connector.supportsFullTextIndex() || connector.supportsMultipleFullTextIndexesPerModel()) {
            return;
        }
        List<Index> fulltext = model.indexes().stream().filter(i -> i.kind() == Index.Kind.FULLTEXT).toList();
        if (fulltext.size() > 1) {
            for (Index i : fulltext) {
                attributeError(ctx, "@@fulltext", "The current connector only allows one fulltext attribute per model",
                        i.span());
            }
        }
    }

    private static void shardKey(ValidationContext ctx, Connector connector, Model model) {
        model.shardKey().ifPresent(sk -> {
            if (sk.fields().isEmpty()) {
                attributeError(ctx, sk.attributeName(), "The list of fields in a `" + sk.attributeName()
                        + "()` attribute cannot be empty. Please specify at least one field.", sk.span());
            }
            if (!ctx.hasPreviewFeature("shardKeys")) {
                attributeError(ctx, sk.attributeName(),
                        "Defining shard keys requires enabling the `shardKeys` preview feature", sk.span());
            }
            if (!connector.supportsShardKeys()) {
                attributeError(ctx, sk.attributeName(), "Shard keys are not currently supported for provider "
                        + connector.provider().id(), sk.span());
            }
        });
    }

    /** The span of a named argument of the attribute at {@code attributeSpan}, else the attribute's span. */
    static Span argumentSpan(Span attributeSpan, Model model, String argument) {
        Attribute attribute = findAttribute(model, attributeSpan);
        if (attribute != null) {
            for (var a : attribute.arguments().arguments()) {
                if (a.name() != null && a.name().name().equals(argument)) {
                    return a.span();
                }
            }
        }
        return attributeSpan;
    }

    private static Attribute findAttribute(Model model, Span span) {
        for (Attribute a : model.declaration().attributes()) {
            if (a.span().equals(span)) {
                return a;
            }
        }
        for (var f : model.declaration().fields()) {
            for (Attribute a : f.attributes()) {
                if (a.span().equals(span)) {
                    return a;
                }
            }
        }
        return null;
    }
}
