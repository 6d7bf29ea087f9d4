package dev.refract.client.internal.plan;

import dev.refract.dialect.sql.Select;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement of a read: the SELECT, and the layout of its rows: the model's columns, then one
 * count per counted relation, then the link columns that tie a child row to its parent, read as
 * {@code linkTypes} (none at the root, and none where the link is the child's own foreign key and that
 * is among its columns). {@code links}: where in a row each part of the link is (the parent's key,
 * in order). {@code reversed}: the rows come in reverse order (negative take) and are turned back after reading.
 */
public record LevelPlan(Select select, List<ScalarField> columns, List<RelationField> counts,
        List<ScalarField> linkTypes, int[] links, boolean reversed) {

    public LevelPlan {
        columns = List.copyOf(columns);
        counts = List.copyOf(counts);
        linkTypes = List.copyOf(linkTypes);
        links = links.clone();
    }

    /** A level whose link columns (if any) are read after the counts. */
    public LevelPlan(Select select, List<ScalarField> columns, List<RelationField> counts,
            List<ScalarField> linkTypes, boolean reversed) {
        this(select, columns, counts, linkTypes, after(columns.size() + counts.size(), linkTypes.size()), reversed);
    }

    /** Positions {@code start}, {@code start + 1}, ... of a link of {@code width} read after the columns and counts. */
    static int[] after(int start, int width) {
        int[] links = new int[width];
        for (int i = 0; i < width; i++) {
            links[i] = start + i;
        }
        return links;
    }

    /** Where in a row each part of the link to the parent is (a copy). */
    @Override
    public int[] links() {
        return links.clone();
    }

    public int position(ScalarField field) {
        int i = columns.indexOf(field);
        if (i < 0) {
            throw new IllegalStateException(field + " is not read by this statement");
        }
        return i;
    }

    public int countPosition(int index) {
        return columns.size() + index;
    }

    /** How each column of a row is read: the columns' fields, null for each count, then the link's types. */
    public List<ScalarField> kinds() {
        List<ScalarField> kinds = new ArrayList<>(columns);
        for (int i = 0; i < counts.size(); i++) {
            kinds.add(null);
        }
        kinds.addAll(linkTypes);
        return kinds;
    }

}
