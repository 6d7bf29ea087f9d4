package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.Aliases;
import dev.refract.client.internal.plan.FilterCompiler;
import dev.refract.client.internal.plan.RelationJoin;
import dev.refract.client.query.FieldWrite;
import dev.refract.client.query.Filter;
import dev.refract.client.query.WriteData;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.Delete;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Insert;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.sql.Update;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * createMany, updateMany and deleteMany: one statement per chunk of rows for inserts (rows grouped
 * by the columns they set, chunked under the bind-parameter limit); one UPDATE/DELETE when the filter
 * tests the model's own columns only, else the keys are read first and the rows changed by key.
 */
public final class ManyWrites {
    private final Statements statements;
    private final Dialect dialect;
    private final WriteExecutor writes;

    ManyWrites(Statements statements, WriteExecutor writes) {
        this.statements = statements;
        this.dialect = statements.dialect();
        this.writes = writes;
    }

    /**
     * Inserts the rows (scalar data only); when {@code keys} is not null, the primary keys of the
     * inserted rows are added to it (RETURNING). The number of inserted rows.
     */
    public int createMany(Connection c, Model model, List<WriteData> data, boolean skipDuplicates, Instant now,
            List<Map<ScalarField, Object>> keys) {
        Map<Set<ScalarField>, List<Map<ScalarField, Object>>> groups = new LinkedHashMap<>();
        for (WriteData d : data) {
            Map<ScalarField, Object> row = new LinkedHashMap<>();
            d.scalars().forEach((f, w) -> row.put(f, ((FieldWrite.Set) w).value()));
            writes.fillDefaults(model, row, now);
            groups.computeIfAbsent(row.keySet(), k -> new ArrayList<>()).add(row);
        }
        List<ScalarField> pk = Keys.primaryKey(model);
        List<String> returning = keys == null ? List.of() : pk.stream().map(ScalarField::databaseName).toList();
        int count = 0;
        for (Map.Entry<Set<ScalarField>, List<Map<ScalarField, Object>>> group : groups.entrySet()) {
            List<ScalarField> fields = new ArrayList<>(group.getKey());
            List<String> columns = fields.stream().map(ScalarField::databaseName).toList();
            int perStatement = Math.max(1, dialect.maxBindParameters() / Math.max(1, fields.size()));
            List<Map<ScalarField, Object>> rows = group.getValue();
            for (int i = 0; i < rows.size(); i += perStatement) {
                List<List<Expr>> values = new ArrayList<>();
                for (Map<ScalarField, Object> row : rows.subList(i, Math.min(rows.size(), i + perStatement))) {
                    values.add(fields.stream().map(f -> (Expr) Expr.param(row.get(f))).toList());
                }
                Insert insert = new Insert(RelationJoin.table(model), columns, values,
                        skipDuplicates ? new Insert.OnConflict.DoNothing() : null, returning);
                if (keys == null) {
                    count += statements.update(c, SqlRenderer.render(dialect, insert), model);
                } else {
                    List<Object[]> returned = statements.returning(c, SqlRenderer.render(dialect, insert), pk, model, false);
                    returned.forEach(r -> keys.add(Keys.of(pk, r)));
                    count += returned.size();
                }
            }
        }
        return count;
    }

    /** Updates every record {@code where} finds, at most {@code limit} of them (null: all); how many. */
    public int updateMany(Connection c, Model model, Filter where, WriteData data, Instant now, Integer limit) {
        List<Update.Assignment> set = writes.assignments(model, data, now);
        if (set.isEmpty()) {
            return writes.keys(c, model, where, limit).size();
        }
        if (Keys.isFlat(where) && limit == null) {
            return statements.update(c, SqlRenderer.render(dialect, new Update(RelationJoin.table(model), set, condition(where),
                    List.of())), model);
        }
        return updateByKeys(c, model, writes.keys(c, model, where, limit), set);
    }

    /** Updates the records {@code keys} name (updateManyAndReturn: the keys were read first); how many. */
    public int updateMany(Connection c, Model model, List<Map<ScalarField, Object>> keys, WriteData data, Instant now) {
        List<Update.Assignment> set = writes.assignments(model, data, now);
        return set.isEmpty() ? keys.size() : updateByKeys(c, model, keys, set);
    }

    private int updateByKeys(Connection c, Model model, List<Map<ScalarField, Object>> keys, List<Update.Assignment> set) {
        int count = 0;
        for (List<Map<ScalarField, Object>> chunk : writes.chunks(keys, set.size())) {
            count += statements.update(c, SqlRenderer.render(dialect, new Update(RelationJoin.table(model), set, Keys.whereAny(chunk),
                    List.of())), model);
        }
        return count;
    }

    /** Deletes every record {@code where} finds, at most {@code limit} of them (null: all); how many. */
    public int deleteMany(Connection c, Model model, Filter where, Integer limit) {
        if (Keys.isFlat(where) && limit == null) {
            return statements.update(c, SqlRenderer.render(dialect, new Delete(RelationJoin.table(model), condition(where), List.of())),
                    model);
        }
        return writes.delete(c, model, writes.keys(c, model, where, limit));
    }

    /** A filter on the model's own columns, unqualified (UPDATE and DELETE have no alias). */
    static Expr condition(Filter where) {
        return FilterCompiler.isAll(where) ? null : new FilterCompiler(new Aliases()).compile(where, null);
    }
}
