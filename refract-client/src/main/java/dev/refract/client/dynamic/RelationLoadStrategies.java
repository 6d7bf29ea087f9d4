package dev.refract.client.dynamic;

import dev.refract.client.RefractValidationException;
import dev.refract.client.query.RelationLoadStrategy;
import dev.refract.schema.model.Model;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Prisma's top-level {@code relationLoadStrategy: 'join' | 'query'} argument of reads. */
final class RelationLoadStrategies {
    static final String ARGUMENT = "relationLoadStrategy";

    private RelationLoadStrategies() {
    }

    /** {@code keys} and the strategy argument. */
    static Set<String> with(Set<String> keys) {
        Set<String> all = new HashSet<>(keys);
        all.add(ARGUMENT);
        return Set.copyOf(all);
    }

    /** The strategy the arguments name; null when they name none (the planner chooses). */
    static RelationLoadStrategy parse(Model model, Map<String, Object> args) {
        Object value = args.get(ARGUMENT);
        if (value == null) {
            return null;
        }
        for (RelationLoadStrategy s : RelationLoadStrategy.values()) {
            if (s.prismaName().equals(value)) {
                return s;
            }
        }
        throw new RefractValidationException(model.name(), ARGUMENT, "Invalid value for argument `" + ARGUMENT
                + "`. Expected RelationLoadStrategy (\"join\" or \"query\"), provided " + value + ".");
    }
}
