package dev.refract.cli.migrate;

import dev.refract.cli.ServerProjects;
import dev.refract.testkit.MySqlTest;

@MySqlTest
class DiffCommandMySqlTest extends DiffCommandContract {
    @Override
    ServerProjects server() {
        return ServerProjects.MYSQL;
    }
}
