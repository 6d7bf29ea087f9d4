package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.RelationMode;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per-model checks of relation fields, in Prisma's order (validations.rs model loop and
 * relation_fields.rs): MySQL's {@code SetDefault} warning, ambiguous relations (which stop all further
 * validation, to avoid a cascade), fields pointing to an ignored model, referential actions the connector
 * does not support in the relation mode, named foreign keys, and with {@code relationMode = "prisma"}
 * the missing-index warning.
 */
final class RelationFieldValidations {
    static final String MISSING_INDEX_WARNING = "With `relationMode = \"prisma\"`, no foreign keys are used, so "
            + "relation fields will not benefit from the index usually created by the relational database under the "
            + "hood. This can lead to poor performance when querying these fields. We recommend adding an index "
            + "manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\" ";

    private RelationFieldValidations() {
    }

    static void run(ValidationContext ctx) {
        Connector connector = connectorOf(ctx);
        if (ctx.stopValidations) {
            return;
        }
        RelationMode mode = relationMode(ctx);
        RelationErrors errors = new RelationErrors(ctx);
        Map<List<Object>, List<RelationField>> relationNames = relationNames(ctx);
        // Prisma walks the models, then the views.
        List<Model> order = new ArrayList<>(ctx.models.values().stream().filter(m -> !m.isView()).toList());
        order.addAll(ctx.models.values().stream().filter(Model::isView).toList());
        for (Model model : order) {
            if (connector.warnsOnSetDefault() && mode == RelationMode.FOREIGN_KEYS) {
                for (RelationField field : model.relationFields()) {
                    setDefaultWarning(ctx, connector, field, errors);
                }
            }
            for (RelationField field : model.relationFields()) {
                if (ambiguity(field, relationNames, errors)) {
                    ctx.stopValidations = true;
                    return;
                }
                ignoredRelatedModel(field, errors);
                referentialActions(ctx, connector, mode, field, errors);
                namedForeignKey(ctx, connector, field, errors);
                missingIndex(ctx, connector, mode, field, errors);
            }
        }
    }

    /** The datasource's connector, or Prisma's empty connector without a datasource. */
    static Connector connectorOf(ValidationContext ctx) {
        Connector connector = ctx.connector();
        return connector != null ? connector : dev.refract.schema.connector.EmptyConnector.INSTANCE;
    }

    static RelationMode relationMode(ValidationContext ctx) {
        return ctx.datasource == null ? RelationMode.FOREIGN_KEYS : ctx.datasource.relationMode();
    }

    /** (model, related model, relation name) to the fields sharing it, as Prisma's {@code Names::relation_names}. */
    private static Map<List<Object>, List<RelationField>> relationNames(ValidationContext ctx) {
        Map<List<Object>, List<RelationField>> names = new LinkedHashMap<>();
        for (Model model : ctx.models.values()) {
            for (RelationField field : model.relationFields()) {
                if (field.relatedModel() == null) {
                    continue;
                }
                names.computeIfAbsent(key(field), k -> new ArrayList<>()).add(field);
            }
        }
        return names;
    }

    private static List<Object> key(RelationField field) {
        String name = field.explicitRelationName()
                .orElseGet(() -> Relation.generatedName(field.model().name(), field.relatedModel().name()));
        return List.of(field.model(), field.relatedModel(), name);
    }

    private static boolean ambiguity(RelationField field, Map<List<Object>, List<RelationField>> names,
            RelationErrors errors) {
        if (field.relatedModel() == null) {
            return false;
        }
        List<RelationField> fields = names.get(key(field));
        if (fields == null || fields.size() < 2) {
            return false;
        }
        Model model = field.model();
        String related = field.relatedModel().name();
        boolean self = model == field.relatedModel();
        boolean explicit = field.explicitRelationName().isPresent();
        String list = fieldList(fields);
        String message;
        if (!explicit && self && fields.size() == 2) {
            message = "Ambiguous self relation detected. The fields " + list + " in model `" + model.name()
                    + "` both refer to `" + related + "`. If they are part of the same relation add the same relation "
                    + "name for them with `@relation(<name>)`.";
        } else if (!explicit && self) {
            message = "Unnamed self relation detected. The fields " + list + " in model `" + model.name()
                    + "` have no relation name. Please provide a relation name for one of them by adding "
                    + "`@relation(<name>).";
        } else if (explicit && self && fields.size() > 2) {
            message = "Wrongly named self relation detected. The fields " + list + " in model `" + model.name()
                    + "` have the same relation name. At most two relation fields can belong to the same relation and "
                    + "therefore have the same name. Please assign a different relation name to one of them.";
        } else if (explicit && self) {
            return false;
        } else if (!explicit) {
            message = "Ambiguous relation detected. The fields " + list + " in model `" + model.name()
                    + "` both refer to `" + related + "`. Please provide different relation names for them by adding "
                    + "`@relation(<name>).";
        } else {
            message = "Wrongly named relation detected. The fields " + list + " in model `" + model.name()
                    + "` both use the same relation name. Please provide different relation names for them through "
                    + "`@relation(<name>).";
        }
        errors.model(model, message, field.span());
        return true;
    }

    /** `a`, `a` and `b`, `a`, `b` and `c`. */
    private static String fieldList(List<RelationField> fields) {
        List<String> names = fields.stream().map(f -> "`" + f.name() + "`").toList();
        if (names.size() < 3) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static void ignoredRelatedModel(RelationField field, RelationErrors errors) {
        Model related = field.relatedModel();
        if (related == null || !related.isIgnored() || field.isIgnored() || field.model().isIgnored()) {
            return;
        }
        errors.attribute("@ignore", "The relation field `" + field.name() + "` on Model `" + field.model().name()
                + "` must specify the `@ignore` attribute, because the model " + related.name()
                + " it is pointing to is marked ignored.", field.span());
    }

    private static void referentialActions(ValidationContext ctx, Connector connector, RelationMode mode,
            RelationField field, RelationErrors errors) {
        field.explicitOnDelete().ifPresent(action -> {
            if (!connector.supportsReferentialAction(mode, action)) {
                errors.validation(invalidAction(connector, mode, action), RelationAttributeData.onDeleteSpan(ctx, field));
            }
        });
        field.explicitOnUpdate().ifPresent(action -> {
            if (!connector.supportsReferentialAction(mode, action)) {
                errors.validation(invalidAction(connector, mode, action), RelationAttributeData.onUpdateSpan(ctx, field));
            }
        });
    }

    private static String invalidAction(Connector connector, RelationMode mode, ReferentialAction action) {
        String allowed = connector.referentialActions(mode).stream().map(a -> "`" + a.schemaName() + "`")
                .collect(Collectors.joining(", "));
        String message = "Invalid referential action: `" + action.schemaName() + "`. Allowed values: (" + allowed + ")";
        if (mode == RelationMode.PRISMA && action == ReferentialAction.NO_ACTION
                && connector.emulatedReferentialActions().contains(ReferentialAction.RESTRICT)) {
            message += ". `NoAction` is not implemented for " + connector.displayName() + " when using `relationMode = "
                    + "\"prisma\"`, you could try using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode";
        }
        return message;
    }

    private static void namedForeignKey(ValidationContext ctx, Connector connector, RelationField field,
            RelationErrors errors) {
        if (field.foreignKeyName().isEmpty()) {
            return;
        }
        if (!connector.supportsNamedForeignKeys()) {
            errors.attribute("Your provider does not support named foreign keys.",
                    RelationAttributeData.attributeSpan(ctx, field));
            return;
        }
        ForeignKeyNames.checkLength(ctx, connector, field, errors);
    }

    private static void missingIndex(ValidationContext ctx, Connector connector, RelationMode mode,
            RelationField field, RelationErrors errors) {
        if (!connector.suggestsIndexesOnEmulatedRelations() || mode != RelationMode.PRISMA
                || !RelationAttributeData.fieldsGiven(ctx, field)) {
            return;
        }
        List<ScalarField> fields = field.fields();
        Model model = field.model();
        for (Index index : model.indexes()) {
            if (leftwiseIncluded(fields, index.scalarFields())) {
                return;
            }
        }
        if (model.primaryKey().isPresent() && leftwiseIncluded(fields, model.primaryKey().get().scalarFields())) {
            return;
        }
        errors.warning(MISSING_INDEX_WARNING, RelationAttributeData.attributeSpan(ctx, field));
    }

    /** The fields are the first fields of the index, in order. */
    private static boolean leftwiseIncluded(List<ScalarField> fields, List<ScalarField> index) {
        return fields.size() <= index.size() && index.subList(0, fields.size()).equals(fields);
    }

    private static void setDefaultWarning(ValidationContext ctx, Connector connector, RelationField field,
            RelationErrors errors) {
        String message = connector.displayName() + " does not actually support the `SetDefault` referential action, "
                + "so using it may result in unexpected errors. Read more at https://pris.ly/d/mysql-set-default ";
        if (field.explicitOnDelete().orElse(null) == ReferentialAction.SET_DEFAULT) {
            errors.warning(message, RelationAttributeData.onDeleteSpan(ctx, field));
        }
        if (field.explicitOnUpdate().orElse(null) == ReferentialAction.SET_DEFAULT) {
            errors.warning(message, RelationAttributeData.onUpdateSpan(ctx, field));
        }
    }
}
