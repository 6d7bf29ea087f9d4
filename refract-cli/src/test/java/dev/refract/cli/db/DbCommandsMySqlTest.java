package dev.refract.cli.db;

import dev.refract.cli.ServerProjects;
import dev.refract.testkit.MySqlTest;

@MySqlTest
class DbCommandsMySqlTest extends DbCommandsContract {
    @Override
    ServerProjects server() {
        return ServerProjects.MYSQL;
    }
}
