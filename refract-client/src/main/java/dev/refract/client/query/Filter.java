package dev.refract.client.query;

import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * A condition on the records of one model, as Prisma's {@code where}: junctions, scalar conditions
 * and conditions on related records. Both front doors (dynamic maps, generated builders) build these.
 */
public sealed interface Filter {

    /** The filter that keeps every record. */
    Filter ALL = new And(List.of());

    /** All of the filters hold (an empty AND keeps everything). */
    record And(List<Filter> filters) implements Filter {
        public And {
            filters = List.copyOf(filters);
        }
    }

    /** At least one of the filters holds (an empty OR keeps nothing, as Prisma's {@code OR: []}). */
    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = List.copyOf(filters);
        }
    }

    /** None of the filters holds: Prisma's {@code NOT: [a, b]} is {@code NOT a AND NOT b}. */
    record Not(List<Filter> filters) implements Filter {
        public Not {
            filters = List.copyOf(filters);
        }
    }

    /**
     * {@code field op value}. The value is of the field's Java type (a {@code List} for IN/NOT IN; null
     * with EQUALS/NOT is a null check); {@code insensitive} is Prisma's {@code mode: "insensitive"}.
     */
    record ScalarFilter(ScalarField field, ScalarOp op, Object value, boolean insensitive) implements Filter {
    }

    /**
     * A condition on a Json field, or on the value at {@code path} inside it (object keys, array
     * indexes as digits; empty: the whole value). {@code value} is a {@link dev.refract.client.Json}
     * for equals/not/array ops, a {@link dev.refract.client.Json.Null} kind for equals/not, a String for
     * the string ops, a Number or String for lt/lte/gt/gte. {@code insensitive} applies to string ops.
     */
    record JsonFilter(ScalarField field, List<String> path, ScalarOp op, Object value, boolean insensitive) implements Filter {
        public JsonFilter {
            path = List.copyOf(path);
        }
    }

    /**
     * A condition on related records: {@code some/every/none} for lists, {@code is/isNot} for a single
     * related record; {@code is}/{@code isNot} with a null filter test that there is (no) related record.
     */
    record RelationFilter(RelationField field, RelationCondition condition, Filter filter) implements Filter {
    }
}
