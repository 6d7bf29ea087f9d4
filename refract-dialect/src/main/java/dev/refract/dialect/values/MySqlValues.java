package dev.refract.dialect.values;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** MySQL and MariaDB: enum columns compare with text parameters. */
public final class MySqlValues extends JdbcValues {
    public static final MySqlValues INSTANCE = new MySqlValues();

    private MySqlValues() {
    }

    @Override
    protected void bindEnum(PreparedStatement statement, int index, EnumValue value) throws SQLException {
        statement.setString(index, value.name());
    }

    /** JSON documents are text parameters. */
    @Override
    protected void bindJson(PreparedStatement statement, int index, JsonText json) throws SQLException {
        statement.setString(index, json.json());
    }

    @Override
    protected void bindArray(PreparedStatement statement, int index, ArrayValue array) throws SQLException {
        throw new SQLException("MySQL has no scalar lists");
    }
}
