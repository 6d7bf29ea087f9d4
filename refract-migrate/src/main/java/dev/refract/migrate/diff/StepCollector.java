package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Extension;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.SqlEnum;
import dev.refract.migrate.sqlschema.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Pushes the steps of each kind, then sorts them in Prisma's order. */
final class StepCollector {
    private final SchemaDiffer.Context db;
    private final DiffFlavour flavour;
    private final StepOrder order = new StepOrder();

    StepCollector(SchemaDiffer.Context db) {
        this.db = db;
        this.flavour = db.flavour;
    }

    List<MigrationStep> sorted() {
        return order.sorted(db);
    }

    void collect() {
        if (flavour.hasExtensions()) {
            pushExtensionSteps();
        }
        if (flavour.hasNamespaces()) {
            for (String ns : db.to.namespaces()) {
                if (!db.from.namespaces().contains(ns)) {
                    order.add(new MigrationStep.CreateSchema(ns), StepOrder.CREATE_SCHEMA,
                            db.to.namespaces().indexOf(ns));
                }
            }
        }
        pushCreatedTables();
        pushDroppedTables();
        pushDroppedIndexes();
        pushCreatedIndexes();
        pushAlteredTables();
        pushRedefinedTables();
        if (flavour.hasEnumTypes()) {
            pushEnumSteps();
        }
    }

    private void pushExtensionSteps() {
        List<Extension> previous = db.from.extensions();
        List<Extension> next = db.to.extensions();
        for (int j = 0; j < next.size(); j++) {
            Extension n = next.get(j);
            int i = indexOfExtension(previous, n.name());
            if (i < 0) {
                order.add(new MigrationStep.CreateExtension(n), StepOrder.CREATE_EXTENSION, j);
                continue;
            }
            Extension p = previous.get(i);
            boolean version = !blank(p.version()) && !blank(n.version()) && !p.version().equals(n.version());
            boolean schema = !blank(p.schema()) && !blank(n.schema()) && !p.schema().equals(n.schema());
            if (version || schema) {
                order.add(new MigrationStep.AlterExtension(p, n, version, schema), StepOrder.ALTER_EXTENSION, i, j);
            }
        }
    }

    private static int indexOfExtension(List<Extension> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    private void pushCreatedTables() {
        for (Table t : db.created) {
            int ti = db.toIndex(t);
            order.add(new MigrationStep.CreateTable(t), StepOrder.CREATE_TABLE, ti);
            if (flavour.addsForeignKeysOfCreatedTables()) {
                for (int f = 0; f < t.foreignKeys().size(); f++) {
                    order.add(new MigrationStep.AddForeignKey(t, t.foreignKeys().get(f)), StepOrder.ADD_FOREIGN_KEY,
                            ti, f);
                }
            }
            if (flavour.createsIndexesOfCreatedTables()) {
                for (int x = 0; x < t.indexes().size(); x++) {
                    order.add(new MigrationStep.CreateIndex(t, t.indexes().get(x), true, false),
                            StepOrder.CREATE_INDEX, -1, ti, ti, x, 0);
                }
            }
        }
    }

    private void pushDroppedTables() {
        for (Table t : db.dropped) {
            int ti = db.fromIndex(t);
            order.add(new MigrationStep.DropTable(t), StepOrder.DROP_TABLE, ti);
            if (flavour.dropsForeignKeysOfDroppedTables()) {
                for (int f = 0; f < t.foreignKeys().size(); f++) {
                    order.add(new MigrationStep.DropForeignKey(t, t.foreignKeys().get(f)),
                            StepOrder.DROP_FOREIGN_KEY, ti, f);
                }
            }
        }
    }

    private void pushDroppedIndexes() {
        for (TablePair pair : db.nonRedefinedPairs()) {
            List<ForeignKey> droppedFks = pair.droppedForeignKeys();
            for (Index index : pair.droppedIndexes()) {
                if (flavour.recreatesForeignKeysCoveredByDroppedIndexes()) {
                    List<ForeignKey> covered = coveredForeignKeys(pair.previous, index).stream()
                            .filter(fk -> !droppedFks.contains(fk)).toList();
                    if (index.kind() == IndexKind.NORMAL
                            && covered.stream().anyMatch(fk -> fk.columns().size() == index.columns().size())) {
                        continue; // the index MySQL made for the foreign key: keep it
                    }
                    for (ForeignKey fk : covered) {
                        int f = pair.previous.foreignKeys().indexOf(fk);
                        order.add(new MigrationStep.DropForeignKey(pair.previous, fk), StepOrder.DROP_FOREIGN_KEY,
                                pair.previousIndex, f);
                        ForeignKey again = pair.next.foreignKeys().stream()
                                .filter(n -> pair.foreignKeysMatch(fk, n)).findFirst().orElse(fk);
                        order.add(new MigrationStep.AddForeignKey(pair.next, again), StepOrder.ADD_FOREIGN_KEY,
                                pair.previousIndex, f);
                    }
                }
                order.add(new MigrationStep.DropIndex(pair.previous, index), StepOrder.DROP_INDEX,
                        pair.previousIndex, pair.previous.indexes().indexOf(index));
            }
        }
        if (!db.redefined.isEmpty() && flavour.dropsIndexesOfDroppedTables()) {
            for (Table t : db.dropped) {
                for (int x = 0; x < t.indexes().size(); x++) {
                    order.add(new MigrationStep.DropIndex(t, t.indexes().get(x)), StepOrder.DROP_INDEX,
                            db.fromIndex(t), x);
                }
            }
        }
    }

    /** Foreign keys whose columns are the leftmost columns of the index (MySQL reuses such an index). */
    private static List<ForeignKey> coveredForeignKeys(Table table, Index index) {
        if (index.kind() == IndexKind.FULLTEXT) {
            return List.of();
        }
        List<String> cols = index.columnNames();
        return table.foreignKeys().stream()
                .filter(fk -> fk.columns().size() <= cols.size()
                        && cols.subList(0, fk.columns().size()).equals(fk.columns()))
                .toList();
    }

    private void pushCreatedIndexes() {
        for (TablePair pair : db.nonRedefinedPairs()) {
            for (Index index : pair.createdIndexes()) {
                order.add(new MigrationStep.CreateIndex(pair.next, index, false, false), StepOrder.CREATE_INDEX,
                        pair.previousIndex, pair.nextIndex, pair.nextIndex, pair.next.indexes().indexOf(index), 0);
            }
            if (flavour.recreatesIndexesAfterColumnDrop()) {
                Set<String> recreated = new LinkedHashSet<>();
                for (Column[] c : pair.columnPairs()) {
                    if (pair.changes(c[0].name()).typeChange() == TypeChange.NOT_CASTABLE) {
                        recreated.add(c[1].name());
                    }
                }
                for (Index[] ix : pair.indexPairs()) {
                    if (ix[1].columnNames().stream().anyMatch(recreated::contains)) {
                        order.add(new MigrationStep.CreateIndex(pair.next, ix[1], false, true),
                                StepOrder.CREATE_INDEX, pair.previousIndex, pair.nextIndex, pair.nextIndex,
                                pair.next.indexes().indexOf(ix[1]), 1);
                    }
                }
            }
        }
    }

    private void pushAlteredTables() {
        for (TablePair pair : db.nonRedefinedPairs()) {
            for (ForeignKey fk : pair.createdForeignKeys()) {
                order.add(new MigrationStep.AddForeignKey(pair.next, fk), StepOrder.ADD_FOREIGN_KEY,
                        pair.nextIndex, pair.next.foreignKeys().indexOf(fk));
            }
            for (ForeignKey fk : pair.droppedForeignKeys()) {
                order.add(new MigrationStep.DropForeignKey(pair.previous, fk), StepOrder.DROP_FOREIGN_KEY,
                        pair.previousIndex, pair.previous.foreignKeys().indexOf(fk));
            }
            for (ForeignKey[] fks : pair.foreignKeyPairs()) {
                pushForeignKeyPairChanges(pair, fks[0], fks[1]);
            }
            for (Index[] ix : pair.indexPairs()) {
                if (ix[0].name().equals(ix[1].name())) {
                    continue;
                }
                int pi = pair.previous.indexes().indexOf(ix[0]);
                int ni = pair.next.indexes().indexOf(ix[1]);
                if (flavour.canRenameIndex()) {
                    order.add(new MigrationStep.RenameIndex(pair.previous, ix[0], ix[1]), StepOrder.RENAME_INDEX,
                            pair.previousIndex, pi, pair.nextIndex, ni);
                } else {
                    order.add(new MigrationStep.RedefineIndex(pair.previous, pair.next, ix[0], ix[1]),
                            StepOrder.REDEFINE_INDEX, pair.previousIndex, pi, pair.nextIndex, ni);
                }
            }
            List<TableChange> changes = new ArrayList<>();
            boolean pkChanged = pair.primaryKeyChanged();
            if (pair.droppedPrimaryKey() || pkChanged) {
                changes.add(new TableChange.DropPrimaryKey());
            }
            if (!pkChanged && pair.previous.primaryKey() != null && pair.next.primaryKey() != null
                    && !Objects.equals(pair.previous.primaryKey().name(), pair.next.primaryKey().name())) {
                // Prisma also renames a dropped-and-added key; renaming a dropped constraint cannot run.
                changes.add(new TableChange.RenamePrimaryKey());
            }
            for (Column c : pair.droppedColumns()) {
                changes.add(new TableChange.DropColumn(c));
            }
            for (Column c : pair.addedColumns()) {
                changes.add(new TableChange.AddColumn(c, false));
            }
            changes.addAll(pair.alteredColumns());
            if (pair.createdPrimaryKey() || pkChanged) {
                changes.add(new TableChange.AddPrimaryKey());
            }
            if (!changes.isEmpty()) {
                order.add(new MigrationStep.AlterTable(pair.previous, pair.next, changes), StepOrder.ALTER_TABLE,
                        pair.previousIndex, pair.nextIndex);
            }
        }
    }

    private void pushForeignKeyPairChanges(TablePair pair, ForeignKey previous, ForeignKey next) {
        int pf = pair.previous.foreignKeys().indexOf(previous);
        int nf = pair.next.foreignKeys().indexOf(next);
        if (db.isRedefined(previous.referencedNamespace(), previous.referencedTable())
                && !flavour.canRedefineTablesWithInboundForeignKeys()) {
            order.add(new MigrationStep.DropForeignKey(pair.previous, previous), StepOrder.DROP_FOREIGN_KEY,
                    pair.previousIndex, pf);
            order.add(new MigrationStep.AddForeignKey(pair.next, next), StepOrder.ADD_FOREIGN_KEY, pair.nextIndex,
                    nf);
            return;
        }
        if (flavour.hasUnnamedForeignKeys() || previous.name() == null || next.name() == null
                || previous.name().equals(next.name())) {
            return;
        }
        if (pair.isImplicitManyToMany(pair.previous) && pair.isImplicitManyToMany(pair.next)) {
            return; // Prisma ignores renamed foreign keys of implicit many-to-many tables
        }
        if (flavour.canRenameForeignKey()) {
            order.add(new MigrationStep.RenameForeignKey(pair.previous, previous, next),
                    StepOrder.RENAME_FOREIGN_KEY, pair.previousIndex, pf, pair.nextIndex, nf);
        } else {
            order.add(new MigrationStep.AddForeignKey(pair.next, next), StepOrder.ADD_FOREIGN_KEY, pair.nextIndex,
                    nf);
            order.add(new MigrationStep.DropForeignKey(pair.previous, previous), StepOrder.DROP_FOREIGN_KEY,
                    pair.previousIndex, pf);
        }
    }

    private void pushRedefinedTables() {
        if (db.redefined.isEmpty()) {
            return;
        }
        List<RedefineTable> tables = new ArrayList<>();
        for (TablePair pair : db.pairs.values()) {
            if (!db.redefined.contains(SchemaDiffer.Context.key(pair.previous))) {
                continue;
            }
            List<RedefineTable.ColumnPair> columns = new ArrayList<>();
            for (Column[] c : pair.columnPairs()) {
                columns.add(new RedefineTable.ColumnPair(c[0], c[1], pair.changes(c[0].name())));
            }
            tables.add(new RedefineTable(pair.previous, pair.next,
                    pair.droppedPrimaryKey() || pair.primaryKeyChanged(), pair.addedColumns(),
                    pair.droppedColumns(), columns));
        }
        order.add(new MigrationStep.RedefineTables(tables), StepOrder.REDEFINE_TABLES);
    }

    private void pushEnumSteps() {
        List<SqlEnum> previous = db.from.enums();
        List<SqlEnum> next = db.to.enums();
        for (int i = 0; i < previous.size(); i++) {
            SqlEnum p = previous.get(i);
            int j = indexOfEnum(next, p);
            if (j < 0) {
                continue;
            }
            SqlEnum n = next.get(j);
            List<String> added = n.values().stream().filter(v -> !p.values().contains(v)).toList();
            List<String> removed = p.values().stream().filter(v -> !n.values().contains(v)).toList();
            if (added.isEmpty() && removed.isEmpty()) {
                continue;
            }
            order.add(new MigrationStep.AlterEnum(p, n, added, removed, enumDefaultUsages(p, n)),
                    StepOrder.ALTER_ENUM, i, j);
        }
        for (int j = 0; j < next.size(); j++) {
            if (indexOfEnum(previous, next.get(j)) < 0) {
                order.add(new MigrationStep.CreateEnum(next.get(j)), StepOrder.CREATE_ENUM, j);
            }
        }
        for (int i = 0; i < previous.size(); i++) {
            if (indexOfEnum(next, previous.get(i)) < 0) {
                order.add(new MigrationStep.DropEnum(previous.get(i)), StepOrder.DROP_ENUM, i);
            }
        }
    }

    private static int indexOfEnum(List<SqlEnum> list, SqlEnum e) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(e.name()) && Objects.equals(list.get(i).namespace(), e.namespace())) {
                return i;
            }
        }
        return -1;
    }

    private List<MigrationStep.EnumDefaultUsage> enumDefaultUsages(SqlEnum previous, SqlEnum next) {
        List<MigrationStep.EnumDefaultUsage> usages = new ArrayList<>();
        for (Table t : db.dropped) {
            for (Column c : t.columns()) {
                if (usesEnum(c, previous.name()) && c.defaultValue() != null) {
                    usages.add(new MigrationStep.EnumDefaultUsage(t, c, null, null));
                }
            }
        }
        for (TablePair pair : db.pairs.values()) {
            for (Column c : pair.droppedColumns()) {
                if (usesEnum(c, previous.name()) && c.defaultValue() != null) {
                    usages.add(new MigrationStep.EnumDefaultUsage(pair.previous, c, null, null));
                }
            }
            for (Column[] c : pair.columnPairs()) {
                if (usesEnum(c[0], previous.name()) && c[0].defaultValue() != null) {
                    boolean keeps = usesEnum(c[1], next.name()) && c[1].defaultValue() != null;
                    usages.add(new MigrationStep.EnumDefaultUsage(pair.previous, c[0], keeps ? pair.next : null,
                            keeps ? c[1] : null));
                }
            }
        }
        return usages;
    }

    static boolean usesEnum(Column c, String enumName) {
        return c.type().family() == ColumnTypeFamily.ENUM && c.type().sqlType().equals(enumName);
    }
}
