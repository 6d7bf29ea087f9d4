package dev.refract.client.internal.exec;

import dev.refract.client.RefractException;
import dev.refract.client.internal.plan.Aliases;
import dev.refract.client.internal.plan.FilterCompiler;
import dev.refract.client.internal.plan.RelationJoin;
import dev.refract.client.query.FieldWrite;
import dev.refract.client.query.Filter;
import dev.refract.client.query.NestedWrite;
import dev.refract.client.query.WriteData;
import dev.refract.dialect.sql.Delete;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Insert;
import dev.refract.dialect.sql.InsertSelect;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.TableRef;
import dev.refract.dialect.sql.Update;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nested writes on one relation of one parent record that already exists: links through the
 * related records' foreign key (1-n, 1-1 back sides) or through the implicit join table (m-n), and
 * nested updates and deletes of related records, found with a relation filter on the parent's key.
 */
final class NestedWrites {
    private final WriteExecutor writes;
    private final Statements statements;
    private final Connection c;
    private final RelationField field;
    private final Model related;
    private final Map<ScalarField, Object> parent;
    private final Instant now;
    private final boolean parentIsNew;

    NestedWrites(WriteExecutor writes, Statements statements, Connection c, RelationField field, Map<ScalarField, Object> parent,
            Instant now, boolean parentIsNew) {
        this.parentIsNew = parentIsNew;
        this.writes = writes;
        this.statements = statements;
        this.c = c;
        this.field = field;
        this.related = field.relatedModel();
        this.parent = parent;
        this.now = now;
    }

    void apply(NestedWrite w) {
        if (w instanceof NestedWrite.Update u && updatedDirectly(u)) {
            return;
        }
        if (w instanceof NestedWrite.Update u) {
            List<Map<ScalarField, Object>> targets = writes.keys(c, related, Keys.and(Keys.relatedTo(field, parent), u.where()));
            if (!u.many() && targets.isEmpty()) {
                throw notFound("update");
            }
            for (Map<ScalarField, Object> t : targets) {
                writes.update(c, related, t, u.data(), now);
            }
        } else if (w instanceof NestedWrite.Upsert u) {
            List<Map<ScalarField, Object>> targets = writes.keys(c, related, Keys.and(Keys.relatedTo(field, parent), u.where()));
            if (targets.isEmpty()) {
                apply(new NestedWrite.Create(u.create()));
            } else {
                writes.update(c, related, targets.get(0), u.update(), now);
            }
        } else if (w instanceof NestedWrite.Delete d) {
            List<Map<ScalarField, Object>> targets = writes.keys(c, related, Keys.and(Keys.relatedTo(field, parent), d.where()));
            if (!d.many() && targets.isEmpty()) {
                throw field.isList() ? notConnected() : notFound("delete");
            }
            writes.delete(c, related, targets);
        } else if (w instanceof NestedWrite.Create create) {
            releaseToOne(List.of());
            if (field.relation().isManyToMany()) {
                link(List.of(writes.create(c, create.data(), now)));
            } else {
                writes.create(c, withParentKey(create.data()), now);
            }
        } else if (w instanceof NestedWrite.CreateMany cm) {
            writes.many().createMany(c, related, cm.rows().stream().map(this::withParentKey).toList(), cm.skipDuplicates(), now, null);
        } else if (w instanceof NestedWrite.Connect connect) {
            List<Map<ScalarField, Object>> found = writes.keys(c, related, connect.where());
            if (found.isEmpty()) {
                throw WriteExecutor.connectNotFound(field, field.model(), related);
            }
            connect(found);
        } else if (w instanceof NestedWrite.ConnectOrCreate coc) {
            List<Map<ScalarField, Object>> found = writes.keys(c, related, coc.where());
            if (found.isEmpty()) {
                apply(new NestedWrite.Create(coc.create()));
            } else {
                connect(found);
            }
        } else if (w instanceof NestedWrite.Disconnect d) {
            disconnect(writes.keys(c, related, Keys.and(Keys.relatedTo(field, parent), d.where())));
        } else if (w instanceof NestedWrite.SetTo set) {
            List<Map<ScalarField, Object>> wanted = new ArrayList<>();
            for (Filter where : set.wheres()) {
                wanted.addAll(writes.keys(c, related, where));
            }
            List<Map<ScalarField, Object>> current = writes.keys(c, related, Keys.relatedTo(field, parent));
            List<Map<ScalarField, Object>> dropped = new ArrayList<>(current);
            dropped.removeAll(wanted);
            disconnect(dropped);
            List<Map<ScalarField, Object>> added = new ArrayList<>(wanted);
            added.removeAll(current);
            connect(added);
        }
    }

    /**
     * A nested update of one related record without nested writes of its own, found by its own columns
     * (a foreign key to the parent, the update's unique where): one {@code UPDATE ... RETURNING} its key
     * instead of reading the key first (P2025 when it finds none). False when the update needs the read.
     */
    private boolean updatedDirectly(NestedWrite.Update u) {
        if (u.many() || u.data().hasNestedWrites() || !statements.dialect().supportsReturning()) {
            return false;
        }
        Filter where = Keys.and(Keys.relatedTo(field, parent), u.where());
        boolean one = field.isList() ? Keys.pinsOne(related, where) : field.relation().isOneToOne();
        if (!one || !Keys.isFlat(where) || writes.assignments(related, u.data(), now).isEmpty()) {
            return false;
        }
        if (writes.updateReturning(c, related, where, u.data(), now, Keys.primaryKey(related)) == null) {
            throw notFound("update");
        }
        return true;
    }

    /**
     * Connects the records of several unique wheres: one read finds them all (each where finds at most
     * one), and they are linked together. When fewer records come back than wheres were given, each
     * where is looked up on its own, so a missing record fails with P2025 as a single connect does.
     */
    void connectAll(List<NestedWrite.Connect> connects) {
        if (parentIsNew && field.relation().isManyToMany() && !connects.isEmpty()
                && connects.stream().noneMatch(w -> FilterCompiler.isAll(w.where()))) {
            linkFound(connects.stream().map(NestedWrite.Connect::where).toList());
            return;
        }
        if (connects.size() <= 1 || !field.isList()) {
            connects.forEach(this::apply);
            return;
        }
        List<Filter> wheres = connects.stream().map(NestedWrite.Connect::where).toList();
        List<Map<ScalarField, Object>> found = writes.keys(c, related, new Filter.Or(wheres));
        if (found.size() < wheres.size()) {
            requireEach(wheres);
        }
        connect(found);
    }

    /**
     * Links a record created in this write to the records the wheres find, in one statement: the join
     * table's rows come from the query that finds them ({@code INSERT ... SELECT}), so no read goes
     * first. The new record has no links but those this write made (rows already there are skipped),
     * so fewer rows than wheres means a where found nothing (P2025; the write's transaction rolls the
     * rows back), two wheres found the same record, or a record was linked already: a look at each
     * where tells these apart.
     */
    private void linkFound(List<Filter> wheres) {
        Filter where = wheres.size() == 1 ? wheres.get(0) : new Filter.Or(wheres);
        Aliases aliases = new Aliases();
        String t = aliases.next();
        Select found = Select.from(RelationJoin.table(related).as(t))
                .items(List.of(new Select.Item(Expr.param(parent.get(RelationJoin.singleId(field.model()))), null),
                        new Select.Item(Expr.column(t, RelationJoin.singleId(related).databaseName()), null)))
                .where(new FilterCompiler(aliases).compile(where, t));
        InsertSelect link = new InsertSelect(TableRef.of(field.relation().joinTableName()),
                List.of(RelationJoin.ownColumn(field), RelationJoin.otherColumn(field)), found, true);
        if (statements.update(c, SqlRenderer.render(statements.dialect(), link), field.model()) < wheres.size()) {
            requireEach(wheres);
        }
    }

    /** P2025 unless each where finds a record. */
    private void requireEach(List<Filter> wheres) {
        for (Filter where : wheres) {
            if (writes.keys(c, related, where).isEmpty()) {
                throw WriteExecutor.connectNotFound(field, field.model(), related);
            }
        }
    }

    /**
     * A to-one back side (User.profile) holds one record: before another is created or connected, the
     * current one is disconnected (P2014 when its foreign key is required).
     */
    private void releaseToOne(List<Map<ScalarField, Object>> keep) {
        if (parentIsNew || field.isList() || field.relation().isManyToMany()) {
            return;
        }
        List<Map<ScalarField, Object>> current = writes.keys(c, related, Keys.relatedTo(field, parent));
        current.removeAll(keep);
        disconnect(current);
    }

    private void connect(List<Map<ScalarField, Object>> children) {
        if (children.isEmpty()) {
            return;
        }
        releaseToOne(children);
        if (field.relation().isManyToMany()) {
            link(children);
            return;
        }
        RelationField back = field.opposite();
        Object[] refs = parentValues(back.references());
        List<Update.Assignment> set = new ArrayList<>();
        for (int i = 0; i < refs.length; i++) {
            set.add(new Update.Assignment(back.fields().get(i).databaseName(), Expr.param(refs[i])));
        }
        set.addAll(writes.assignments(related, new WriteData(related, Map.of(), Map.of()), now));
        for (List<Map<ScalarField, Object>> chunk : writes.chunks(children, set.size())) {
            statements.update(c, SqlRenderer.render(statements.dialect(), new Update(RelationJoin.table(related), set,
                    Keys.whereAny(chunk), List.of())), related);
        }
    }

    private void disconnect(List<Map<ScalarField, Object>> children) {
        if (children.isEmpty()) {
            return;
        }
        if (field.relation().isManyToMany()) {
            String own = RelationJoin.ownColumn(field);
            String other = RelationJoin.otherColumn(field);
            Object parentId = parent.get(RelationJoin.singleId(field.model()));
            ScalarField childId = RelationJoin.singleId(related);
            for (List<Map<ScalarField, Object>> chunk : writes.chunks(children, 1)) {
                Expr where = Expr.and(List.of(Expr.eq(Expr.column(null, own), Expr.param(parentId)),
                        new Expr.In(Expr.column(null, other), chunk.stream().map(k -> (Expr) Expr.param(k.get(childId))).toList(), false)));
                statements.update(c, SqlRenderer.render(statements.dialect(), new Delete(TableRef.of(field.relation().joinTableName()),
                        where, List.of())), field.model());
            }
            return;
        }
        RelationField back = field.opposite();
        if (back.fields().stream().anyMatch(ScalarField::isRequired)) {
            throw new RefractException("P2014", "The change you are trying to make would violate the required relation '"
                    + field.relation().name() + "' between the `" + field.model().name() + "` and `" + related.name() + "` models.",
                    Map.of("relation_name", field.relation().name(), "model_a_name", field.model().name(), "model_b_name", related.name()));
        }
        List<Update.Assignment> set = new ArrayList<>();
        back.fields().forEach(f -> set.add(new Update.Assignment(f.databaseName(), Expr.param(null))));
        for (List<Map<ScalarField, Object>> chunk : writes.chunks(children, 0)) {
            statements.update(c, SqlRenderer.render(statements.dialect(), new Update(RelationJoin.table(related), set,
                    Keys.whereAny(chunk), List.of())), related);
        }
    }

    /** Implicit m-n: join rows from the parent to each child, skipping links that exist. */
    private void link(List<Map<ScalarField, Object>> children) {
        Object parentId = parent.get(RelationJoin.singleId(field.model()));
        ScalarField childId = RelationJoin.singleId(related);
        List<String> columns = List.of(RelationJoin.ownColumn(field), RelationJoin.otherColumn(field));
        for (List<Map<ScalarField, Object>> chunk : writes.chunks(children, statements.dialect().maxBindParameters() / 2)) {
            List<List<Expr>> rows = chunk.stream().map(k -> List.<Expr>of(Expr.param(parentId), Expr.param(k.get(childId)))).toList();
            statements.update(c, SqlRenderer.render(statements.dialect(), new Insert(TableRef.of(field.relation().joinTableName()),
                    columns, rows, new Insert.OnConflict.DoNothing(), List.of())), field.model());
        }
    }

    /** A nested create's data with the foreign key pointing at the parent. */
    private WriteData withParentKey(WriteData data) {
        RelationField back = field.opposite();
        Object[] refs = parentValues(back.references());
        Map<ScalarField, FieldWrite> scalars = new LinkedHashMap<>(data.scalars());
        for (int i = 0; i < refs.length; i++) {
            scalars.put(back.fields().get(i), new FieldWrite.Set(refs[i]));
        }
        return new WriteData(data.model(), scalars, data.relations());
    }

    private Object[] parentValues(List<ScalarField> fields) {
        if (parent.keySet().containsAll(fields)) {
            return fields.stream().map(parent::get).toArray();
        }
        return writes.values(c, field.model(), Keys.filter(parent), fields).get(0);
    }

    /** P2017, as Prisma's engine answers a nested delete of a to-many record that is not (or no longer) connected. */
    private RefractException notConnected() {
        String message = "The records for relation `" + field.relation().name() + "` between the `" + field.model().name()
                + "` and `" + related.name() + "` models are not connected.";
        return new RefractException("P2017", message, Map.of("relation_name", field.relation().name(),
                "parent_name", field.model().name(), "child_name", related.name()));
    }

    private RefractException notFound(String operation) {
        String message = "No '" + related.name() + "' record was found for a nested " + operation + " on relation '"
                + field.relation().name() + "'.";
        return new RefractException("P2025", message, Map.of("modelName", field.model().name(), "cause", message));
    }
}
