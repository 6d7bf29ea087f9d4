package dev.refract.client.internal.plan;

import dev.refract.dialect.sql.Expr;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.TableRef;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Relation;
import dev.refract.schema.model.RelationField;
import dev.refract.schema.model.ScalarField;
import java.util.ArrayList;
import java.util.List;

/**
 * The related records of one parent row, as a correlated subquery: {@code FROM <related> AS c
 * [JOIN <join table>] WHERE <c is related to parent>}. Relation filters ({@code EXISTS}) and relation
 * counts use it.
 */
public final class RelationJoin {
    private RelationJoin() {
    }

    /** The related rows of the row {@code parentAlias} through {@code field}; the related table is {@code childAlias}. */
    public static Select correlated(RelationField field, String parentAlias, String childAlias, Aliases aliases) {
        Model related = field.relatedModel();
        Select select = Select.from(table(related).as(childAlias));
        Relation relation = field.relation();
        if (relation.isManyToMany()) {
            String join = aliases.next();
            ScalarField parentId = singleId(field.model());
            ScalarField relatedId = singleId(related);
            select = select.join(new Select.Join(Select.JoinKind.INNER, TableRef.of(relation.joinTableName()).as(join),
                    Expr.eq(Expr.column(join, otherColumn(field)), Expr.column(childAlias, relatedId.databaseName()))));
            return select.where(Expr.eq(Expr.column(join, ownColumn(field)), Expr.column(parentAlias, parentId.databaseName())));
        }
        List<ScalarField> childColumns;
        List<ScalarField> parentColumns;
        if (field.isReferencing()) {
            childColumns = field.references();
            parentColumns = field.fields();
        } else {
            RelationField forward = field.opposite();
            childColumns = forward.fields();
            parentColumns = forward.references();
        }
        List<Expr> parts = new ArrayList<>();
        for (int i = 0; i < childColumns.size(); i++) {
            parts.add(Expr.eq(Expr.column(childAlias, childColumns.get(i).databaseName()),
                    Expr.column(parentAlias, parentColumns.get(i).databaseName())));
        }
        return select.where(Expr.and(parts));
    }

    public static TableRef table(Model model) {
        return new TableRef(model.schemaName().orElse(null), model.databaseName(), null);
    }

    /** Implicit many-to-many: the join column holding the ids of the records that own {@code field}. */
    public static String ownColumn(RelationField field) {
        return field.relation().isFieldA(field) ? "A" : "B";
    }

    /** Implicit many-to-many: the join column holding the ids of the related records. */
    public static String otherColumn(RelationField field) {
        return field.relation().isFieldA(field) ? "B" : "A";
    }

    /** The single-field id an implicit many-to-many relation joins on. */
    public static ScalarField singleId(Model model) {
        List<ScalarField> pk = model.primaryKeyFields();
        if (pk.isEmpty()) {
            throw new IllegalStateException(model.name() + " has no id");
        }
        return pk.get(0);
    }
}
