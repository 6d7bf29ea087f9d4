package dev.refract.dialect.sql;

import java.util.ArrayList;
import java.util.List;

/** Renders statement trees into SQL with {@code ?} placeholders for one database's {@link SqlSyntax}. */
public final class SqlRenderer {
    private final SqlSyntax syntax;
    private final StringBuilder sql = new StringBuilder(128);
    private final List<Object> params = new ArrayList<>();

    private final SqlWriter writer = new SqlWriter() {
        @Override
        public SqlWriter text(String text) {
            sql.append(text);
            return this;
        }

        @Override
        public SqlWriter expr(Expr e) {
            SqlRenderer.this.expr(e);
            return this;
        }

        @Override
        public SqlWriter param(Object value) {
            sql.append('?');
            params.add(value);
            return this;
        }
    };

    private SqlRenderer(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    public static RenderedSql render(SqlSyntax syntax, Select select) {
        SqlRenderer r = new SqlRenderer(syntax);
        r.select(select);
        return r.done();
    }

    public static RenderedSql render(SqlSyntax syntax, Insert insert) {
        SqlRenderer r = new SqlRenderer(syntax);
        r.insert(insert);
        return r.done();
    }

    public static RenderedSql render(SqlSyntax syntax, InsertSelect insert) {
        SqlRenderer r = new SqlRenderer(syntax);
        boolean ignore = insert.skipConflicts() && syntax.conflictStyle() == SqlSyntax.ConflictStyle.ON_DUPLICATE_KEY;
        r.sql.append(ignore ? "INSERT IGNORE INTO " : "INSERT INTO ");
        r.table(insert.table());
        r.sql.append(" (");
        r.identifiers(insert.columns());
        r.sql.append(") ");
        r.select(insert.source());
        if (insert.skipConflicts()) {
            // SQLite reads ON CONFLICT after a SELECT as an upsert only when the SELECT has a WHERE
            r.sql.append(insert.source().where() == null && !ignore ? " WHERE true" : "");
            r.onConflict(new Insert.OnConflict.DoNothing());
        }
        return r.done();
    }

    public static RenderedSql render(SqlSyntax syntax, Update update) {
        SqlRenderer r = new SqlRenderer(syntax);
        r.update(update);
        return r.done();
    }

    public static RenderedSql render(SqlSyntax syntax, Delete delete) {
        SqlRenderer r = new SqlRenderer(syntax);
        r.delete(delete);
        return r.done();
    }

    private RenderedSql done() {
        return new RenderedSql(sql.toString(), params);
    }

    // ------------------------------------------------------------------ statements

    private void select(Select s) {
        sql.append("SELECT ");
        if (s.distinct()) {
            sql.append("DISTINCT ");
        }
        if (s.items().isEmpty()) {
            sql.append('*');
        }
        for (int i = 0; i < s.items().size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Select.Item item = s.items().get(i);
            expr(item.expr());
            if (item.alias() != null) {
                sql.append(" AS ").append(syntax.quote(item.alias()));
            }
        }
        sql.append(" FROM ");
        table(s.from());
        for (Select.Join j : s.joins()) {
            sql.append(switch (j.kind()) {
                case LEFT -> " LEFT JOIN ";
                case LEFT_LATERAL -> " LEFT JOIN LATERAL ";
                case INNER -> " INNER JOIN ";
            });
            table(j.table());
            sql.append(" ON ");
            expr(j.on());
        }
        where(s.where());
        if (!s.groupBy().isEmpty()) {
            sql.append(" GROUP BY ");
            list(s.groupBy());
        }
        if (s.having() != null) {
            sql.append(" HAVING ");
            expr(s.having());
        }
        orderBy(s.orderBy());
        if (s.limit() != null) {
            sql.append(" LIMIT ?");
            params.add(s.limit());
        } else if (s.offset() != null && syntax.limitForOffsetOnly() != null) {
            sql.append(" LIMIT ").append(syntax.limitForOffsetOnly());
        }
        if (s.offset() != null) {
            sql.append(" OFFSET ?");
            params.add(s.offset());
        }
    }

    private void orderBy(List<Select.Order> orders) {
        if (orders.isEmpty()) {
            return;
        }
        sql.append(" ORDER BY ");
        orderItems(orders);
    }

    private void orderItems(List<Select.Order> orders) {
        for (int i = 0; i < orders.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            Select.Order o = orders.get(i);
            if (o.nulls() != Select.NullsOrder.DEFAULT && !syntax.supportsNullsOrdering()) {
                // nulls first: (x IS NULL) DESC; nulls last: (x IS NULL) ASC
                sql.append('(');
                expr(o.expr());
                sql.append(" IS NULL) ").append(o.nulls() == Select.NullsOrder.FIRST ? "DESC" : "ASC").append(", ");
            }
            expr(o.expr());
            sql.append(o.descending() ? " DESC" : " ASC");
            if (o.nulls() != Select.NullsOrder.DEFAULT && syntax.supportsNullsOrdering()) {
                sql.append(o.nulls() == Select.NullsOrder.FIRST ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }

    private void insert(Insert ins) {
        boolean ignore = ins.onConflict() instanceof Insert.OnConflict.DoNothing
                && syntax.conflictStyle() == SqlSyntax.ConflictStyle.ON_DUPLICATE_KEY;
        sql.append(ignore ? "INSERT IGNORE INTO " : "INSERT INTO ");
        table(ins.table());
        if (ins.columns().isEmpty()) {
            sql.append(syntax.conflictStyle() == SqlSyntax.ConflictStyle.ON_DUPLICATE_KEY ? " () VALUES ()" : " DEFAULT VALUES");
        } else {
            sql.append(" (");
            identifiers(ins.columns());
            sql.append(") VALUES ");
            for (int r = 0; r < ins.rows().size(); r++) {
                if (r > 0) {
                    sql.append(", ");
                }
                sql.append('(');
                list(ins.rows().get(r));
                sql.append(')');
            }
        }
        onConflict(ins.onConflict());
        returning(ins.returning());
    }

    private void onConflict(Insert.OnConflict conflict) {
        if (conflict == null) {
            return;
        }
        boolean mysql = syntax.conflictStyle() == SqlSyntax.ConflictStyle.ON_DUPLICATE_KEY;
        if (conflict instanceof Insert.OnConflict.DoNothing) {
            if (!mysql) {
                sql.append(" ON CONFLICT DO NOTHING");
            }
            return;
        }
        Insert.OnConflict.DoUpdate up = (Insert.OnConflict.DoUpdate) conflict;
        if (mysql) {
            sql.append(" ON DUPLICATE KEY UPDATE ");
        } else {
            sql.append(" ON CONFLICT (");
            identifiers(up.target());
            sql.append(") DO UPDATE SET ");
        }
        assignments(up.set());
    }

    private void update(Update u) {
        sql.append("UPDATE ");
        table(u.table());
        sql.append(" SET ");
        assignments(u.set());
        where(u.where());
        returning(u.returning());
    }

    private void delete(Delete d) {
        sql.append("DELETE FROM ");
        table(d.table());
        where(d.where());
        returning(d.returning());
    }

    private void assignments(List<Update.Assignment> set) {
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(syntax.quote(set.get(i).column())).append(" = ");
            expr(set.get(i).value());
        }
    }

    private void returning(List<String> columns) {
        if (!columns.isEmpty()) {
            if (!syntax.supportsReturning()) {
                throw new IllegalStateException("RETURNING is not supported by this database; use generated keys");
            }
            sql.append(" RETURNING ");
            identifiers(columns);
        }
    }

    private void where(Expr where) {
        if (where != null && !(where instanceof Expr.And a && a.parts().isEmpty())) {
            sql.append(" WHERE ");
            expr(where);
        }
    }

    private void table(TableRef t) {
        if (t.subquery() != null) {
            sql.append('(');
            select(t.subquery());
            sql.append(") AS ").append(syntax.quote(t.alias()));
            return;
        }
        if (t.schema() != null) {
            sql.append(syntax.quote(t.schema())).append('.');
        }
        sql.append(syntax.quote(t.name()));
        if (t.alias() != null) {
            sql.append(" AS ").append(syntax.quote(t.alias()));
        }
    }

    private void identifiers(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(syntax.quote(names.get(i)));
        }
    }

    private void list(List<Expr> exprs) {
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            expr(exprs.get(i));
        }
    }

    // ------------------------------------------------------------------ expressions

    private void expr(Expr e) {
        if (e instanceof Expr.Column c) {
            if (c.table() != null) {
                sql.append(syntax.quote(c.table())).append('.');
            }
            sql.append(syntax.quote(c.name()));
        } else if (e instanceof Expr.Param p) {
            sql.append('?');
            params.add(p.value());
        } else if (e instanceof Expr.Keyword k) {
            sql.append(k == Expr.Keyword.STAR ? "*" : k.name());
        } else if (e instanceof Expr.Binary b) {
            binary(b);
        } else if (e instanceof Expr.And a) {
            junction(a.parts(), " AND ", "1=1");
        } else if (e instanceof Expr.Or o) {
            junction(o.parts(), " OR ", "1=0");
        } else if (e instanceof Expr.Not n) {
            sql.append("NOT (");
            expr(n.expr());
            sql.append(')');
        } else if (e instanceof Expr.IsNull n) {
            expr(n.expr());
            sql.append(n.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (e instanceof Expr.In in) {
            in(in);
        } else if (e instanceof Expr.AnyOf any) {
            anyOf(any);
        } else if (e instanceof Expr.InSelect in) {
            if (in.left().size() == 1) {
                expr(in.left().get(0));
            } else {
                sql.append('(');
                list(in.left());
                sql.append(')');
            }
            sql.append(in.negated() ? " NOT IN (" : " IN (");
            select(in.select());
            sql.append(')');
        } else if (e instanceof Expr.Exists ex) {
            sql.append(ex.negated() ? "NOT EXISTS (" : "EXISTS (");
            select(ex.select());
            sql.append(')');
        } else if (e instanceof Expr.SubSelect sub) {
            sql.append('(');
            select(sub.select());
            sql.append(')');
        } else if (e instanceof Expr.Call call) {
            sql.append(call.function().name()).append('(');
            if (call.distinct()) {
                sql.append("DISTINCT ");
            }
            list(call.args());
            sql.append(')');
        } else if (e instanceof Expr.ArrayBinary a) {
            sql.append('(');
            expr(a.left());
            sql.append(' ').append(syntax.arrayOperator(a.op())).append(' ');
            expr(a.right());
            sql.append(')');
        } else if (e instanceof Expr.JsonExpr j) {
            syntax.json().render(writer, j);
        } else if (e instanceof Expr.RowNumber rn) {
            sql.append("ROW_NUMBER() OVER (");
            if (!rn.partitionBy().isEmpty()) {
                sql.append("PARTITION BY ");
                list(rn.partitionBy());
            }
            if (!rn.orderBy().isEmpty()) {
                sql.append(rn.partitionBy().isEmpty() ? "ORDER BY " : " ORDER BY ");
                orderItems(rn.orderBy());
            }
            sql.append(')');
        } else if (e instanceof Expr.JsonArray a) {
            sql.append(syntax.jsonArrayFunction()).append('(');
            list(a.values());
            sql.append(')');
        } else if (e instanceof Expr.JsonArrayAgg agg) {
            sql.append(syntax.jsonArrayAggFunction()).append('(');
            expr(agg.value());
            if (!agg.orderBy().isEmpty()) {
                sql.append(" ORDER BY ");
                orderItems(agg.orderBy());
            }
            sql.append(')');
        } else if (e instanceof Expr.JsonValue v) {
            String[] parts = syntax.jsonValue(v.encoding()).split("\\{}", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    expr(v.value());
                }
                sql.append(parts[i]);
            }
        } else {
            throw new IllegalArgumentException("unknown expression " + e);
        }
    }

    private void binary(Expr.Binary b) {
        boolean like = b.op() == Expr.Op.LIKE || b.op() == Expr.Op.ILIKE;
        if (b.op() == Expr.Op.ILIKE && !syntax.supportsIlike()) {
            sql.append("LOWER(");
            expr(b.left());
            sql.append(") LIKE LOWER(");
            expr(b.right());
            sql.append(')').append(syntax.likeEscape());
            return;
        }
        boolean arithmetic = b.op().ordinal() >= Expr.Op.ADD.ordinal();
        if (arithmetic) {
            sql.append('(');
        }
        expr(b.left());
        sql.append(' ').append(b.op().sql).append(' ');
        expr(b.right());
        if (arithmetic) {
            sql.append(')');
        }
        if (like) {
            sql.append(syntax.likeEscape());
        }
    }

    private void junction(List<Expr> parts, String separator, String empty) {
        if (parts.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            expr(parts.get(i));
        }
        sql.append(')');
    }

    private void anyOf(Expr.AnyOf any) {
        if (!syntax.supportsArrayParameters()) {
            in(new Expr.In(any.expr(), any.values().stream().map(v -> (Expr) Expr.param(v)).toList(), false));
            return;
        }
        if (any.values().isEmpty()) {
            sql.append("1=0");
            return;
        }
        expr(any.expr());
        sql.append(" = ANY(?)");
        params.add(new dev.refract.dialect.values.ArrayValue(any.kind(), null, any.values()));
    }

    private void in(Expr.In in) {
        if (in.values().isEmpty()) {
            sql.append(in.negated() ? "1=1" : "1=0");
            return;
        }
        expr(in.expr());
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        list(in.values());
        sql.append(')');
    }
}
