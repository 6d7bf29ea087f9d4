package dev.refract.client.typed;

import dev.refract.client.query.Aggregation;
import dev.refract.client.query.Having;
import dev.refract.client.query.ScalarOp;
import dev.refract.dialect.values.EnumValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A comparison of one aggregate of a group with a value of the aggregate's type (Prisma's
 * {@code having: {views: {_sum: {gt: 100}}}}): Int for counts, Float (Decimal) for averages, the
 * field's type for sums, minimums and maximums.
 */
public final class AggregateCondition<H, T> {
    private final H owner;
    private final Aggregation aggregation;
    private final Consumer<Having> sink;

    public AggregateCondition(H owner, Aggregation aggregation, Consumer<Having> sink) {
        this.owner = owner;
        this.aggregation = aggregation;
        this.sink = sink;
    }

    public H eq(T value) {
        return op(ScalarOp.EQUALS, bind(value));
    }

    public H not(T value) {
        return op(ScalarOp.NOT, bind(value));
    }

    /** The aggregate is null (e.g. an average or sum of no values). */
    public H isNull() {
        return op(ScalarOp.EQUALS, null);
    }

    public H isNotNull() {
        return op(ScalarOp.NOT, null);
    }

    @SafeVarargs
    public final H in(T... values) {
        return op(ScalarOp.IN, bindAll(Arrays.asList(values)));
    }

    @SafeVarargs
    public final H notIn(T... values) {
        return op(ScalarOp.NOT_IN, bindAll(Arrays.asList(values)));
    }

    public H lt(T value) {
        return op(ScalarOp.LT, bind(value));
    }

    public H lte(T value) {
        return op(ScalarOp.LTE, bind(value));
    }

    public H gt(T value) {
        return op(ScalarOp.GT, bind(value));
    }

    public H gte(T value) {
        return op(ScalarOp.GTE, bind(value));
    }

    private H op(ScalarOp op, Object value) {
        sink.accept(new Having.Aggregated(aggregation, op, value));
        return owner;
    }

    private static Object bind(Object value) {
        return value instanceof Enum<?> e ? new EnumValue(e.name()) : value;
    }

    private static List<Object> bindAll(List<?> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(bind(v));
        }
        return out;
    }
}
