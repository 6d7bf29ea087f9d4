package dev.refract.client.typed;

import dev.refract.client.query.Filter;
import dev.refract.client.query.Having;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The base of a generated {@code <Model>Having}: conditions on the groups of a groupBy, which all
 * must hold. Field methods compare aggregates ({@code h.views()._sum().gt(100)}); {@link #where}
 * filters on by-fields; {@code or}/{@code not} combine nested conditions.
 */
public abstract class HavingBuilder<H extends HavingBuilder<H>> {
    private final List<Having> conditions = new ArrayList<>();

    protected abstract H newHaving();

    @SuppressWarnings("unchecked")
    protected final H self() {
        return (H) this;
    }

    /** Adds a condition; generated code and field types call this. */
    public final H add(Having condition) {
        conditions.add(condition);
        return self();
    }

    /** A filter on by-fields (fields outside {@code by} are refused when the query runs, as in Prisma). */
    public final H where(Filter filter) {
        return add(new Having.Grouped(filter));
    }

    @SafeVarargs
    public final H or(Consumer<H>... alternatives) {
        return add(new Having.Or(nested(alternatives)));
    }

    @SafeVarargs
    public final H not(Consumer<H>... conditions) {
        return add(new Having.Not(nested(conditions)));
    }

    private List<Having> nested(Consumer<H>[] parts) {
        List<Having> out = new ArrayList<>();
        for (Consumer<H> part : parts) {
            H h = newHaving();
            part.accept(h);
            out.add(h.toHaving());
        }
        return out;
    }

    public final Having toHaving() {
        return conditions.size() == 1 ? conditions.get(0) : new Having.And(conditions);
    }
}
