package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.LevelPlan;
import dev.refract.client.internal.plan.ReadPlanner;
import dev.refract.client.query.CountQuery;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.Selection;
import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.TableRef;
import dev.refract.schema.model.ScalarField;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prisma's {@code count} in one statement: {@code SELECT COUNT(*), COUNT(d.field)... FROM (<the
 * read, paged>) AS d}, so take/skip/cursor count the page, as in Prisma.
 */
public final class CountExecutor {
    private final Statements statements;

    public CountExecutor(Statements statements) {
        this.statements = statements;
    }

    public Object count(Connection connection, CountQuery count) {
        ReadQuery q = count.query();
        List<ScalarField> read = count.fields().isEmpty()
                ? q.model().primaryKey().map(pk -> pk.scalarFields()).orElse(List.of(q.model().scalarFields().get(0)))
                : count.fields();
        ReadQuery inner = new ReadQuery(q.model(), q.where(), q.orderBy(), q.cursor(), q.take(), q.skip(), q.distinct(),
                new Selection(read, Map.of(), Map.of()));
        LevelPlan plan = ReadPlanner.root(inner);
        List<Select.Item> items = new ArrayList<>();
        items.add(new Select.Item(new Expr.Call(Expr.Function.COUNT, List.of(Expr.Keyword.STAR), false), null));
        for (ScalarField f : count.fields()) {
            Expr column = Expr.column("d", "c" + plan.position(f));
            items.add(new Select.Item(new Expr.Call(Expr.Function.COUNT, List.of(column), false), null));
        }
        Select outer = Select.from(TableRef.derived(plan.select(), "d")).items(items);
        List<ScalarField> kinds = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            kinds.add(null);
        }
        Object[] row = statements.query(connection, outer, kinds).get(0);
        if (!count.selected()) {
            return row[0];
        }
        Map<String, Object> result = new LinkedHashMap<>();
        if (count.all()) {
            result.put("_all", row[0]);
        }
        for (int i = 0; i < count.fields().size(); i++) {
            result.put(count.fields().get(i).name(), row[i + 1]);
        }
        return result;
    }
}
