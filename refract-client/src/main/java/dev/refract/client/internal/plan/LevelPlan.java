package dev.refract.client.internal.plan;

import dev.refract.dialect.sql.Select;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.List;

/**
 * One statement of a read: the SELECT, and the layout of its rows: the model's columns, then one
 * count per counted relation, then the link columns that tie a child row to its parent (none at the
 * root). {@code reversed}: the rows come in reverse order (negative take) and are turned back after reading.
 */
public record LevelPlan(Select select, List<ScalarField> columns, List<RelationField> counts,
        List<ScalarField> linkTypes, boolean reversed) {

    public LevelPlan {
        columns = List.copyOf(columns);
        counts = List.copyOf(counts);
        linkTypes = List.copyOf(linkTypes);
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

    public int linkStart() {
        return columns.size() + counts.size();
    }
}
