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
}
