package dev.refract.schema.validate;

import dev.refract.schema.connector.ConstraintScope;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.ConstraintNames;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts constraint names per namespace (global or per model, as the connector's scopes say) so that
 * clashes can be reported on each constraint, and counts client names ({@code name:}) per model.
 */
final class ConstraintNamespace {
    enum Kind { INDEX, RELATION, DEFAULT, PRIMARY_KEY }

    private final Map<String, Integer> counts = new HashMap<>();
    private final Connector connector;

    ConstraintNamespace(ValidationContext ctx, Connector connector) {
        this.connector = connector;
        int max = connector.maxIdentifierLength();
        for (ConstraintScope scope : connector.constraintScopes()) {
            boolean global = scope.name().startsWith("GLOBAL");
            for (Model model : ctx.models.values()) {
                String ns = global ? "g|" + model.schemaName().orElse("") : "m|" + model.name();
                boolean pks = scope.name().contains("PRIMARY_KEY");
                boolean indexes = scope.name().contains("KEY_INDEX");
                boolean fks = scope.name().contains("FOREIGN_KEY");
                boolean defaults = scope == ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT;
                if (pks) {
                    primaryKeyName(model).ifPresent(n -> add(scope, ns, n));
                }
                if (indexes) {
                    for (Index index : model.indexes()) {
                        add(scope, ns, ConstraintNames.of(model, index, max));
                    }
                }
                if (fks && !(global && scope == ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX)) {
                    for (RelationField rf : model.relationFields()) {
                        foreignKeyName(rf).ifPresent(n -> add(scope, ns, n));
                    }
                }
                if (defaults) {
                    for (ScalarField f : model.scalarFields()) {
                        defaultName(f).ifPresent(n -> add(scope, ns, n));
                    }
                }
            }
        }
        for (Model model : ctx.models.values()) {
            model.primaryKey().map(pk -> pk.name()).ifPresent(n -> counts.merge("c|" + model.name() + "|" + n, 1, Integer::sum));
            for (Index index : model.indexes()) {
                if (index.name() != null) {
                    counts.merge("c|" + model.name() + "|" + index.name(), 1, Integer::sum);
                }
            }
        }
    }

    private void add(ConstraintScope scope, String ns, String name) {
        counts.merge(scope + "|" + ns + "|" + name, 1, Integer::sum);
    }

    /** The scopes in which {@code name}, of the given kind on {@code model}, is used more than once: global first. */
    List<ConstraintScope> violations(Model model, Kind kind, String name) {
        List<ConstraintScope> out = new ArrayList<>();
        for (ConstraintScope scope : possibleScopes(kind)) {
            if (!connector.constraintScopes().contains(scope)) {
                continue;
            }
            boolean global = scope.name().startsWith("GLOBAL");
            String ns = global ? "g|" + model.schemaName().orElse("") : "m|" + model.name();
            if (counts.getOrDefault(scope + "|" + ns + "|" + name, 0) > 1) {
                out.add(scope);
            }
        }
        return out;
    }

    boolean customNameClashes(Model model, String name) {
        return counts.getOrDefault("c|" + model.name() + "|" + name, 0) > 1;
    }

    java.util.Optional<String> primaryKeyName(Model model) {
        if (!connector.supportsNamedPrimaryKeys()) {
            return java.util.Optional.empty();
        }
        return model.primaryKey().map(pk -> pk.map() != null ? pk.map()
                : ConstraintNames.primaryKey(model.databaseName(), connector.maxIdentifierLength()));
    }

    java.util.Optional<String> defaultName(ScalarField field) {
        return field.defaultValue().map(d -> d.mappedName() != null ? d.mappedName()
                : ConstraintNames.defaultValue(field.model().databaseName(), field.databaseName(),
                        connector.maxIdentifierLength()));
    }

    private java.util.Optional<String> foreignKeyName(RelationField rf) {
        if (!rf.isReferencing()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(rf.foreignKeyName().orElseGet(() -> ConstraintNames.foreignKey(
                rf.model().databaseName(), rf.fields().stream().map(ScalarField::databaseName).toList(),
                connector.maxIdentifierLength())));
    }

    private static List<ConstraintScope> possibleScopes(Kind kind) {
        return switch (kind) {
            case INDEX -> List.of(ConstraintScope.GLOBAL_KEY_INDEX, ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX,
                    ConstraintScope.MODEL_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX);
            case RELATION -> List.of(ConstraintScope.GLOBAL_FOREIGN_KEY,
                    ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
                    ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);
            case DEFAULT -> List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT);
            case PRIMARY_KEY -> List.of(ConstraintScope.GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
                    ConstraintScope.GLOBAL_PRIMARY_KEY_KEY_INDEX, ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX,
                    ConstraintScope.MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY);
        };
    }
}
