package dev.refract.schema.validate;

import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ReferentialAction;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.RelationMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cascading cycles (Prisma's {@code relations::cycles}). When the client emulates relations
 * ({@code relationMode = "prisma"}), or on a database that rejects them itself, a chain of relations whose
 * actions modify the children (anything but {@code NoAction} and {@code Restrict}) must not lead back to
 * where it started: a self-relation, or a cycle {@code A -> B -> A}. The message lists the implicit
 * defaults in play. (Multiple cascade paths are a SQL Server rule and are not checked.)
 */
final class ReferentialCycles {
    private ReferentialCycles() {
    }

    private record Step(Relation relation, List<Relation> path) {
    }

    static void check(ValidationContext ctx, Connector connector, RelationMode mode, Relation relation,
            RelationErrors errors) {
        if (!connector.detectsReferenceCycles() && mode == RelationMode.FOREIGN_KEYS) {
            return;
        }
        Set<RelationField> visited = new HashSet<>();
        Deque<Step> stack = new ArrayDeque<>();
        stack.push(new Step(relation, List.of(relation)));
        Model parent = relation.modelA();
        while (!stack.isEmpty()) {
            Step step = stack.pop();
            Relation next = step.relation();
            visited.add(next.fieldA());
            Model related = next.modelB();
            if (!triggersModification(onDelete(connector, mode, next)) && !triggersModification(onUpdate(next))) {
                continue;
            }
            if (next.modelA() == related) {
                errors.validation(withDefaults(connector, mode, relation, "A self-relation must have `onDelete` and "
                        + "`onUpdate` referential actions set to `NoAction` in one of the @relation attributes."),
                        relation.fieldA().span());
                return;
            }
            if (related == parent) {
                String path = step.path().stream().map(r -> r.modelA().name() + "." + r.fieldA().name())
                        .collect(Collectors.joining(" → "));
                errors.validation(withDefaults(connector, mode, relation, "Reference causes a cycle. One of the "
                        + "@relation attributes in this cycle must have `onDelete` and `onUpdate` referential actions "
                        + "set to `NoAction`. Cycle path: " + path + "."), relation.fieldA().span());
                return;
            }
            for (Relation r : completeInlineRelationsFrom(ctx, related)) {
                if (!visited.contains(r.fieldA())) {
                    List<Relation> path = new ArrayList<>(step.path());
                    path.add(r);
                    stack.push(new Step(r, path));
                }
            }
        }
    }

    /** Complete one-to-one/one-to-many relations whose foreign key is on the model, ordered by model B. */
    private static List<Relation> completeInlineRelationsFrom(ValidationContext ctx, Model model) {
        List<Model> order = new ArrayList<>(ctx.models.values());
        return ctx.relations.stream().filter(r -> r.isInline() && r.isComplete() && r.modelA() == model)
                .sorted((x, y) -> Integer.compare(order.indexOf(x.modelB()), order.indexOf(y.modelB())))
                .toList();
    }

    private static boolean triggersModification(ReferentialAction action) {
        return action != ReferentialAction.NO_ACTION && action != ReferentialAction.RESTRICT;
    }

    static ReferentialAction onDelete(Connector connector, RelationMode mode, Relation relation) {
        RelationField forward = relation.fieldA();
        return forward.explicitOnDelete().orElseGet(() -> RelationDefaults.defaultOnDelete(connector, mode, forward));
    }

    private static ReferentialAction onUpdate(Relation relation) {
        return relation.fieldA().explicitOnUpdate().orElse(ReferentialAction.CASCADE);
    }

    private static String withDefaults(Connector connector, RelationMode mode, Relation relation, String message) {
        RelationField forward = relation.fieldA();
        ReferentialAction onDelete = forward.explicitOnDelete().isEmpty()
                && triggersModification(onDelete(connector, mode, relation)) ? onDelete(connector, mode, relation) : null;
        ReferentialAction onUpdate = forward.explicitOnUpdate().isEmpty() && triggersModification(onUpdate(relation))
                ? onUpdate(relation) : null;
        String result = message;
        if (onDelete != null && onUpdate != null) {
            result += " (Implicit default `onDelete`: `" + onDelete.schemaName() + "`, and `onUpdate`: `"
                    + onUpdate.schemaName() + "`)";
        } else if (onDelete != null) {
            result += " (Implicit default `onDelete`: `" + onDelete.schemaName() + "`)";
        } else if (onUpdate != null) {
            result += " (Implicit default `onUpdate`: `" + onUpdate.schemaName() + "`)";
        }
        return result + " Read more at https://pris.ly/d/cyclic-referential-actions";
    }
}
