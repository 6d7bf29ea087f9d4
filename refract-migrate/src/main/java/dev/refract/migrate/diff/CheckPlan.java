package dev.refract.migrate.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The checks a migration needs, each tied to the step that triggered it. Executing the plan asks
 * the database inspection for the counts the checks need (each at most once), then turns checks
 * into messages.
 */
final class CheckPlan {
    private record Entry(Check check, int stepIndex) {
    }

    private final List<Entry> warnings = new ArrayList<>();
    private final List<Entry> unexecutable = new ArrayList<>();

    void warning(Check check, int stepIndex) {
        warnings.add(new Entry(check, stepIndex));
    }

    void unexecutable(Check check, int stepIndex) {
        unexecutable.add(new Entry(check, stepIndex));
    }

    DestructiveChanges execute(DatabaseInspection inspection) {
        Map<Check.TableRef, OptionalLong> rows = new HashMap<>();
        Map<Check.ColumnRef, OptionalLong> values = new HashMap<>();
        List<Entry> all = new ArrayList<>(unexecutable);
        all.addAll(warnings);
        for (Entry e : all) {
            Check.TableRef table = e.check().rowCountNeeded();
            if (table != null && rows.getOrDefault(table, OptionalLong.empty()).isEmpty()) {
                rows.put(table, inspection.countRows(table.namespace(), table.table()));
            }
            Check.ColumnRef column = e.check().valueCountNeeded();
            if (column != null && values.getOrDefault(column, OptionalLong.empty()).isEmpty()) {
                values.put(column, inspection.countNonNullValues(column.namespace(), column.table(), column.column()));
            }
        }
        Check.Inspected results = new Check.Inspected() {
            @Override
            public OptionalLong rows(Check.TableRef table) {
                return rows.getOrDefault(table, OptionalLong.empty());
            }

            @Override
            public OptionalLong values(Check.ColumnRef column) {
                return values.getOrDefault(column, OptionalLong.empty());
            }
        };
        return new DestructiveChanges(evaluate(warnings, results), evaluate(unexecutable, results));
    }

    private static List<DestructiveChanges.Finding> evaluate(List<Entry> entries, Check.Inspected results) {
        List<DestructiveChanges.Finding> out = new ArrayList<>();
        for (Entry e : entries) {
            String message = e.check().evaluate(results);
            if (message != null) {
                out.add(new DestructiveChanges.Finding(message, e.stepIndex()));
            }
        }
        return out;
    }
}
