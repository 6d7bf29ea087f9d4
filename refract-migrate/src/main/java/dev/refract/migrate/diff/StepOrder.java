package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders steps as Prisma does: first by kind, in the order of the constants below, then by the
 * positions of the objects they act on in their schema (tables, then their indexes or foreign
 * keys). Then one fix-up: a dropped unique index that a new primary key replaces on a table
 * without one moves right after the step adding that key.
 */
final class StepOrder {
    static final int CREATE_SCHEMA = 0;
    static final int DROP_EXTENSION = 1;
    static final int CREATE_EXTENSION = 2;
    static final int ALTER_EXTENSION = 3;
    static final int CREATE_ENUM = 7;
    static final int ALTER_ENUM = 8;
    static final int DROP_FOREIGN_KEY = 9;
    static final int DROP_INDEX = 10;
    static final int ALTER_TABLE = 11;
    static final int DROP_TABLE = 13;
    static final int DROP_ENUM = 14;
    static final int CREATE_TABLE = 15;
    static final int REDEFINE_TABLES = 16;
    static final int CREATE_INDEX = 17;
    static final int RENAME_FOREIGN_KEY = 18;
    static final int ADD_FOREIGN_KEY = 19;
    static final int RENAME_INDEX = 20;
    static final int REDEFINE_INDEX = 21;

    private record Keyed(MigrationStep step, int kind, long[] key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Keyed k && kind == k.kind && Arrays.equals(key, k.key) && step.equals(k.step);
        }

        @Override
        public int hashCode() {
            return 31 * kind + Arrays.hashCode(key);
        }
    }

    private final List<Keyed> steps = new ArrayList<>();
    private final Set<Keyed> seen = new HashSet<>();

    /** Adds a step unless the same step was already added (Prisma keeps steps in sets where it may repeat them). */
    void add(MigrationStep step, int kind, long... key) {
        Keyed k = new Keyed(step, kind, key);
        if (seen.add(k)) {
            steps.add(k);
        }
    }

    List<MigrationStep> sorted(SchemaDiffer.Context db) {
        List<Keyed> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(Keyed::kind).thenComparing(Keyed::key, Arrays::compare));
        List<MigrationStep> out = new ArrayList<>(sorted.stream().map(Keyed::step).toList());
        moveDroppedUniqueIndexesAfterNewPrimaryKeys(out);
        return out;
    }

    private static void moveDroppedUniqueIndexesAfterNewPrimaryKeys(List<MigrationStep> steps) {
        int i = 0;
        while (i < steps.size()) {
            MigrationStep step = steps.get(i);
            i++;
            if (!(step instanceof MigrationStep.DropIndex drop) || !drop.index().isUnique()
                    || drop.table().primaryKey() != null) {
                continue;
            }
            for (int j = i; j < steps.size(); j++) {
                if (steps.get(j) instanceof MigrationStep.AlterTable alter && replacesIndex(alter, drop.table(),
                        drop.index())) {
                    steps.remove(i - 1);
                    steps.add(j, drop);
                    i--;
                    break;
                }
            }
        }
    }

    private static boolean replacesIndex(MigrationStep.AlterTable alter, Table table, Index index) {
        if (!alter.previous().name().equals(table.name())
                || !java.util.Objects.equals(alter.previous().namespace(), table.namespace())) {
            return false;
        }
        if (alter.changes().stream().noneMatch(c -> c instanceof TableChange.AddPrimaryKey)) {
            return false;
        }
        for (TableChange c : alter.changes()) {
            if (c instanceof TableChange.DropColumn d && index.columnNames().contains(d.column().name())) {
                return false;
            }
            if (c instanceof TableChange.DropAndRecreateColumn d
                    && index.columnNames().contains(d.previous().name())) {
                return false;
            }
        }
        return alter.next().primaryKey() != null
                && alter.next().primaryKey().columnNames().equals(index.columnNames());
    }
}
