package dev.refract.migrate.diff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a column present in both schemas changed: the facets that differ (kept in Prisma's order:
 * arity, default, type, autoincrement) and, when the type changed, how it can be cast.
 */
public record ColumnChanges(Set<ColumnChange> facets, TypeChange typeChange) {

    public ColumnChanges {
        EnumSet<ColumnChange> copy = EnumSet.noneOf(ColumnChange.class);
        copy.addAll(facets);
        facets = Collections.unmodifiableSet(copy);
    }

    public boolean differs() {
        return !facets.isEmpty();
    }

    public boolean arityChanged() {
        return facets.contains(ColumnChange.ARITY);
    }

    public boolean defaultChanged() {
        return facets.contains(ColumnChange.DEFAULT);
    }

    public boolean typeChanged() {
        return facets.contains(ColumnChange.TYPE);
    }

    public boolean autoincrementChanged() {
        return facets.contains(ColumnChange.AUTOINCREMENT);
    }

    public boolean onlyDefaultChanged() {
        return facets.equals(EnumSet.of(ColumnChange.DEFAULT));
    }

    public boolean onlyTypeChanged() {
        return facets.equals(EnumSet.of(ColumnChange.TYPE));
    }

    /** A bit mask in Prisma's facet order, used to order steps deterministically. */
    int bits() {
        int bits = 0;
        for (ColumnChange c : facets) {
            bits |= 1 << c.ordinal();
        }
        return bits;
    }
}
