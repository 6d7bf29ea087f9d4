package dev.refract.client.internal.exec;

import dev.refract.client.RefractException;
import dev.refract.client.internal.plan.Aliases;
import dev.refract.client.internal.plan.FilterCompiler;
import dev.refract.client.internal.plan.RelationJoin;
import dev.refract.client.query.FieldWrite;
import dev.refract.client.query.Filter;
import dev.refract.client.query.NestedWrite;
import dev.refract.client.query.WriteData;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.Delete;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Insert;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.Update;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs creates, updates and deletes of single records and their nested writes on one connection
 * (the caller holds the transaction), in Prisma's order: to-one relations this record references
 * first (their keys go into its row), then the record, then relations that reference it. Records
 * are identified by primary key; results are re-read by the caller through the read path.
 */
public final class WriteExecutor {
    private final Statements statements;
    private final Dialect dialect;
    private final ManyWrites many;

    public WriteExecutor(Statements statements) {
        this.statements = statements;
        this.dialect = statements.dialect();
        this.many = new ManyWrites(statements, this);
    }

    public ManyWrites many() {
        return many;
    }

    /** Creates the record and its nested writes; its primary key. */
    public Map<ScalarField, Object> create(Connection c, WriteData data, Instant now) {
        return create(c, data, now, null).key();
    }

    /** A created record: its primary key, and the columns its INSERT returned (null when none were asked for). */
    public record Created(Map<ScalarField, Object> key, Object[] selected) {
    }

    /**
     * Creates a record with its nested writes; with {@code selected} (databases with RETURNING), its
     * INSERT returns those columns too, as the read path reads them.
     */
    public Created create(Connection c, WriteData data, Instant now, List<ScalarField> selected) {
        Model model = data.model();
        Map<ScalarField, Object> row = new LinkedHashMap<>();
        data.scalars().forEach((f, w) -> row.put(f, ((FieldWrite.Set) w).value()));
        data.relations().forEach((field, writes) -> {
            if (field.isReferencing()) {
                for (NestedWrite w : writes) {
                    row.putAll(inlineReferenced(c, field, w, now, model));
                }
            }
        });
        fillDefaults(model, row, now);
        Created created = selected == null ? new Created(insert(c, model, row), null) : insertReturning(c, model, row, selected);
        writeBackRelations(c, data, created.key(), now, true);
        return created;
    }

    /** INSERT ... RETURNING the primary key and {@code selected}. */
    private Created insertReturning(Connection c, Model model, Map<ScalarField, Object> row, List<ScalarField> selected) {
        List<ScalarField> pk = Keys.primaryKey(model);
        List<ScalarField> returned = withKey(selected, pk);
        Object[] back = insertRow(c, model, row, returned);
        return new Created(keyOf(pk, returned, back), Arrays.copyOf(back, selected.size()));
    }

    /** {@code INSERT} of one row, {@code RETURNING} the {@code returned} columns; the returned row. */
    private Object[] insertRow(Connection c, Model model, Map<ScalarField, Object> row, List<ScalarField> returned) {
        List<String> columns = new ArrayList<>(row.size());
        List<Expr> values = new ArrayList<>(row.size());
        row.forEach((f, v) -> {
            columns.add(f.databaseName());
            values.add(Expr.param(v));
        });
        Insert insert = new Insert(RelationJoin.table(model), columns, List.of(values), null, columns(returned));
        return statements.returning(c, SqlRenderer.render(dialect, insert), returned, model, false).get(0);
    }

    /** The {@code selected} fields, then the key fields not among them (so a returned row carries both). */
    private static List<ScalarField> withKey(List<ScalarField> selected, List<ScalarField> pk) {
        List<ScalarField> returned = new ArrayList<>(selected);
        for (ScalarField f : pk) {
            if (!returned.contains(f)) {
                returned.add(f);
            }
        }
        return returned;
    }

    /** The key's values from a row of the {@code returned} fields. */
    private static Map<ScalarField, Object> keyOf(List<ScalarField> pk, List<ScalarField> returned, Object[] row) {
        Map<ScalarField, Object> key = new LinkedHashMap<>();
        for (ScalarField f : pk) {
            key.put(f, row[returned.indexOf(f)]);
        }
        return key;
    }

    /**
     * Creates a record without nested writes in one statement, {@code INSERT ... RETURNING} the
     * {@code selected} columns (databases with RETURNING); the returned row, read as the read path
     * reads those fields.
     */
    public Object[] createReturning(Connection c, WriteData data, Instant now, List<ScalarField> selected) {
        if (data.hasNestedWrites() || !dialect.supportsReturning()) {
            throw new IllegalStateException("not a single-statement create");
        }
        Model model = data.model();
        Map<ScalarField, Object> row = new LinkedHashMap<>();
        data.scalars().forEach((f, w) -> row.put(f, ((FieldWrite.Set) w).value()));
        fillDefaults(model, row, now);
        return insertRow(c, model, row, selected);
    }

    /**
     * Updates the record a unique, flat {@code where} (the model's own columns) finds with {@code data}
     * (no nested writes) in one statement, {@code UPDATE ... RETURNING} the {@code selected} columns;
     * the returned row, or null when the where finds none.
     */
    public Object[] updateReturning(Connection c, Model model, Filter where, WriteData data, Instant now,
            List<ScalarField> selected) {
        if (data.hasNestedWrites() || !dialect.supportsReturning() || !Keys.isFlat(where)) {
            throw new IllegalStateException("not a single-statement update");
        }
        Update update = new Update(RelationJoin.table(model), assignments(model, data, now), ManyWrites.condition(where),
                columns(selected));
        List<Object[]> rows = statements.returning(c, SqlRenderer.render(dialect, update), selected, model, false);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Deletes the record a unique, flat {@code where} finds in one statement, {@code DELETE ... RETURNING}
     * the {@code selected} columns; the deleted row, or null when the where finds none.
     */
    public Object[] deleteReturning(Connection c, Model model, Filter where, List<ScalarField> selected) {
        if (!dialect.supportsReturning() || !Keys.isFlat(where)) {
            throw new IllegalStateException("not a single-statement delete");
        }
        Delete delete = new Delete(RelationJoin.table(model), ManyWrites.condition(where), columns(selected));
        List<Object[]> rows = statements.returning(c, SqlRenderer.render(dialect, delete), selected, model, false);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static List<String> columns(List<ScalarField> fields) {
        List<String> out = new ArrayList<>(fields.size());
        fields.forEach(f -> out.add(f.databaseName()));
        return out;
    }

    /** Client-side defaults and {@code @updatedAt} for fields the row does not set. */
    public void fillDefaultsFor(Model model, Map<ScalarField, Object> row, Instant now) {
        fillDefaults(model, row, now);
    }

    /** The SET items of an update of {@code data} (with {@code @updatedAt}). */
    public List<Update.Assignment> assignmentsFor(Model model, WriteData data, Instant now) {
        return assignments(model, data, now);
    }

    void fillDefaults(Model model, Map<ScalarField, Object> row, Instant now) {
        for (ScalarField f : model.scalarFields()) {
            if (row.containsKey(f) || f.isIgnored()) {
                continue;
            }
            if (Defaults.generatedByClient(f)) {
                row.put(f, Defaults.generate(f, now));
            } else if (f.isUpdatedAt()) {
                row.put(f, now);
            }
        }
    }

    private Map<ScalarField, Object> insert(Connection c, Model model, Map<ScalarField, Object> row) {
        List<ScalarField> pk = Keys.primaryKey(model);
        List<String> columns = row.keySet().stream().map(ScalarField::databaseName).toList();
        List<Expr> values = row.values().stream().map(v -> (Expr) Expr.param(v)).toList();
        if (row.keySet().containsAll(pk)) {
            statements.update(c, SqlRenderer.render(dialect, new Insert(RelationJoin.table(model), columns, List.of(values), null,
                    List.of())), model);
            Map<ScalarField, Object> key = new LinkedHashMap<>();
            pk.forEach(f -> key.put(f, row.get(f)));
            return key;
        }
        boolean returning = dialect.supportsReturning();
        Insert insert = new Insert(RelationJoin.table(model), columns, List.of(values), null,
                returning ? pk.stream().map(ScalarField::databaseName).toList() : List.of());
        List<Object[]> rows = statements.returning(c, SqlRenderer.render(dialect, insert), pk, model, !returning);
        return Keys.of(pk, rows.get(0));
    }

    /** Values of {@code fields} of the records {@code where} finds, in the read order of their keys. */
    List<Object[]> values(Connection c, Model model, Filter where, List<ScalarField> fields) {
        return values(c, model, where, fields, null);
    }

    private List<Object[]> values(Connection c, Model model, Filter where, List<ScalarField> fields, Integer limit) {
        Aliases aliases = new Aliases();
        String t = aliases.next();
        Select select = Select.from(RelationJoin.table(model).as(t)).columns(t, fields.stream().map(ScalarField::databaseName).toList());
        if (!FilterCompiler.isAll(where)) {
            select = select.where(new FilterCompiler(aliases).compile(where, t));
        }
        if (limit != null) {
            select = select.limit((long) limit);
        }
        return statements.query(c, select, fields);
    }

    /** The primary keys of the records {@code where} finds. */
    public List<Map<ScalarField, Object>> keys(Connection c, Model model, Filter where) {
        return keys(c, model, where, null);
    }

    /** The primary keys of at most {@code limit} (null: all) of the records {@code where} finds. */
    public List<Map<ScalarField, Object>> keys(Connection c, Model model, Filter where, Integer limit) {
        List<ScalarField> pk = Keys.primaryKey(model);
        List<Map<ScalarField, Object>> out = new ArrayList<>();
        for (Object[] row : values(c, model, where, pk, limit)) {
            out.add(Keys.of(pk, row));
        }
        return out;
    }

    /** Values of {@code fields} of the record {@code key}, from the key when it holds them. */
    private Object[] valuesOf(Connection c, Model model, Map<ScalarField, Object> key, List<ScalarField> fields) {
        if (key.keySet().containsAll(fields)) {
            return fields.stream().map(key::get).toArray();
        }
        return values(c, model, Keys.filter(key), fields).get(0);
    }

    /** A to-one relation this record references: the foreign key values a nested create/connect gives it. */
    private Map<ScalarField, Object> inlineReferenced(Connection c, RelationField field, NestedWrite w, Instant now, Model model) {
        Model related = field.relatedModel();
        Object[] refs;
        if (w instanceof NestedWrite.Create create) {
            refs = valuesOf(c, related, create(c, create.data(), now), field.references());
        } else if (w instanceof NestedWrite.Connect connect) {
            List<Object[]> found = values(c, related, connect.where(), field.references());
            if (found.isEmpty()) {
                throw connectNotFound(field, model, related);
            }
            refs = found.get(0);
        } else if (w instanceof NestedWrite.ConnectOrCreate coc) {
            List<Object[]> found = values(c, related, coc.where(), field.references());
            refs = found.isEmpty() ? valuesOf(c, related, create(c, coc.create(), now), field.references()) : found.get(0);
        } else if (w instanceof NestedWrite.Disconnect) {
            refs = new Object[field.fields().size()];
        } else {
            throw new IllegalStateException("not an inlining write: " + w);
        }
        Map<ScalarField, Object> fk = new LinkedHashMap<>();
        for (int i = 0; i < refs.length; i++) {
            fk.put(field.fields().get(i), refs[i]);
        }
        return fk;
    }

    static RefractException connectNotFound(RelationField field, Model model, Model related) {
        String message = "An operation failed because it depends on one or more records that were required but not found. No '"
                + related.name() + "' record(s) (needed to inline the relation on '" + model.name()
                + "' record(s)) was found for a nested connect on " + kind(field) + " relation '" + field.relation().name() + "'.";
        return new RefractException("P2025", message, Map.of("modelName", model.name(), "cause", message));
    }

    private static String kind(RelationField field) {
        if (field.relation().isManyToMany()) {
            return "many-to-many";
        }
        return field.relation().isOneToOne() ? "one-to-one" : "one-to-many";
    }

    /** Relations whose other side holds the key (1-n, 1-1 back sides) and implicit m-n, after the record exists. */
    private void writeBackRelations(Connection c, WriteData data, Map<ScalarField, Object> key, Instant now, boolean isNew) {
        data.relations().forEach((field, writes) -> {
            if (!field.isReferencing()) {
                NestedWrites nested = new NestedWrites(this, statements, c, field, key, now, isNew);
                List<NestedWrite.Connect> connects = new ArrayList<>();
                for (NestedWrite w : writes) {
                    if (w instanceof NestedWrite.Connect connect) {
                        // consecutive connects of one relation: found and linked together
                        connects.add(connect);
                        continue;
                    }
                    nested.connectAll(connects);
                    connects.clear();
                    nested.apply(w);
                }
                nested.connectAll(connects);
            }
        });
    }

    /**
     * Updates the one record a flat {@code where} pins with {@code data}, whose nested writes are all on
     * relations the other side holds (databases with RETURNING): {@code UPDATE ... RETURNING} the
     * primary key and {@code selected}, then the nested writes. The returned columns, or null when the
     * where finds no record (nothing written).
     */
    public Object[] updateReturningThenNested(Connection c, Model model, Filter where, WriteData data, Instant now,
            List<ScalarField> selected) {
        List<ScalarField> pk = Keys.primaryKey(model);
        List<ScalarField> returned = withKey(selected, pk);
        Update update = new Update(RelationJoin.table(model), assignments(model, data, now), ManyWrites.condition(where),
                columns(returned));
        List<Object[]> rows = statements.returning(c, SqlRenderer.render(dialect, update), returned, model, false);
        if (rows.isEmpty()) {
            return null;
        }
        Object[] back = rows.get(0);
        writeBackRelations(c, data, keyOf(pk, returned, back), now, false);
        return Arrays.copyOf(back, selected.size());
    }

    /**
     * Updates the record {@code key} with {@code data} and its nested writes; the key afterwards
     * (changed when the data sets id fields).
     */
    public Map<ScalarField, Object> update(Connection c, Model model, Map<ScalarField, Object> key, WriteData data, Instant now) {
        List<Update.Assignment> set = new ArrayList<>();
        Map<ScalarField, Object> newKey = new LinkedHashMap<>(key);
        data.relations().forEach((field, writes) -> {
            if (field.isReferencing()) {
                for (NestedWrite w : writes) {
                    if (w instanceof NestedWrite.Upsert u) {
                        List<Map<ScalarField, Object>> current = keys(c, field.relatedModel(), Keys.and(Keys.relatedTo(field, key), u.where()));
                        if (current.isEmpty()) {
                            inlineReferenced(c, field, new NestedWrite.Create(u.create()), now, model).forEach((f, v) -> set.add(assign(f, v)));
                        } else {
                            update(c, field.relatedModel(), current.get(0), u.update(), now);
                        }
                    } else if (w instanceof NestedWrite.Update || w instanceof NestedWrite.Delete) {
                        new NestedWrites(this, statements, c, field, key, now, false).apply(w);
                    } else {
                        inlineReferenced(c, field, w, now, model).forEach((f, v) -> set.add(assign(f, v)));
                    }
                }
            }
        });
        set.addAll(assignments(model, data, now));
        data.scalars().forEach((f, w) -> {
            if (newKey.containsKey(f)) {
                newKey.put(f, w instanceof FieldWrite.Set s ? s.value() : applied((FieldWrite.Atomic) w, newKey.get(f)));
            }
        });
        if (!set.isEmpty()) {
            statements.update(c, SqlRenderer.render(dialect, new Update(RelationJoin.table(model), set, Keys.where(key), List.of())), model);
        }
        writeBackRelations(c, data, newKey, now, false);
        return newKey;
    }

    /** An atomic operation on an id field, computed here too so the record can be found again. */
    private static Object applied(FieldWrite.Atomic a, Object current) {
        java.math.BigDecimal x = new java.math.BigDecimal(current.toString());
        java.math.BigDecimal y = new java.math.BigDecimal(a.value().toString());
        java.math.BigDecimal r = switch (a.op()) {
            case INCREMENT -> x.add(y);
            case DECREMENT -> x.subtract(y);
            case MULTIPLY -> x.multiply(y);
            case DIVIDE -> x.divide(y, 0, java.math.RoundingMode.DOWN);
        };
        return current instanceof Integer ? (Object) r.intValue() : current instanceof Long ? (Object) r.longValue() : r;
    }

    /** SET items for the data's scalar writes and the model's {@code @updatedAt} fields. */
    List<Update.Assignment> assignments(Model model, WriteData data, Instant now) {
        List<Update.Assignment> set = new ArrayList<>();
        data.scalars().forEach((f, w) -> {
            if (w instanceof FieldWrite.Set s) {
                set.add(assign(f, s.value()));
            } else if (w instanceof FieldWrite.Push push) {
                set.add(new Update.Assignment(f.databaseName(), new Expr.ArrayBinary(
                        Expr.column(model.databaseName(), f.databaseName()), Expr.ArrayOp.CONCAT, Expr.param(push.values()))));
            } else {
                FieldWrite.Atomic a = (FieldWrite.Atomic) w;
                Expr.Op op = switch (a.op()) {
                    case INCREMENT -> Expr.Op.ADD;
                    case DECREMENT -> Expr.Op.SUB;
                    case MULTIPLY -> Expr.Op.MUL;
                    case DIVIDE -> Expr.Op.DIV;
                };
                set.add(new Update.Assignment(f.databaseName(),
                        new Expr.Binary(Expr.column(model.databaseName(), f.databaseName()), op, Expr.param(a.value()))));
            }
        });
        for (ScalarField f : model.scalarFields()) {
            if (f.isUpdatedAt() && !data.scalars().containsKey(f)) {
                set.add(assign(f, now));
            }
        }
        return set;
    }

    private static Update.Assignment assign(ScalarField f, Object value) {
        return new Update.Assignment(f.databaseName(), Expr.param(value));
    }

    /** Deletes the records with these keys (chunked under the parameter limit); how many went. */
    public int delete(Connection c, Model model, List<Map<ScalarField, Object>> keys) {
        int count = 0;
        for (List<Map<ScalarField, Object>> chunk : chunks(keys, 0)) {
            count += statements.update(c, SqlRenderer.render(dialect, new Delete(RelationJoin.table(model), Keys.whereAny(chunk),
                    List.of())), model);
        }
        return count;
    }

    /** Keys in chunks that fit the database's parameter limit beside {@code otherParameters}. */
    List<List<Map<ScalarField, Object>>> chunks(List<Map<ScalarField, Object>> keys, int otherParameters) {
        int width = keys.isEmpty() ? 1 : keys.get(0).size();
        int size = Math.max(1, Math.min(10_000, (dialect.maxBindParameters() - otherParameters) / width));
        List<List<Map<ScalarField, Object>>> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += size) {
            out.add(keys.subList(i, Math.min(keys.size(), i + size)));
        }
        return out;
    }

    Statements statements() {
        return statements;
    }
}
