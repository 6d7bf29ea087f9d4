package dev.refract.client.query;

import java.util.List;

/**
 * A condition on the groups of a {@link GroupByQuery} (Prisma's {@code having}): junctions,
 * conditions on the by-fields ({@link Grouped}), and comparisons of an aggregate with a value.
 */
public sealed interface Having {

    /** The condition every group meets. */
    Having ALL = new And(List.of());

    record And(List<Having> conditions) implements Having {
        public And {
            conditions = List.copyOf(conditions);
        }
    }

    /** An empty OR keeps no group. */
    record Or(List<Having> conditions) implements Having {
        public Or {
            conditions = List.copyOf(conditions);
        }
    }

    /** None of the conditions holds. */
    record Not(List<Having> conditions) implements Having {
        public Not {
            conditions = List.copyOf(conditions);
        }
    }

    /** A filter on by-fields only (their value is the group's). */
    record Grouped(Filter filter) implements Having {
    }

    /**
     * {@code aggregate op value}: equals, not, in, notIn, lt, lte, gt, gte; a null value with equals/not
     * tests for null (an average of no values).
     */
    record Aggregated(Aggregation aggregation, ScalarOp op, Object value) implements Having {
    }
}
