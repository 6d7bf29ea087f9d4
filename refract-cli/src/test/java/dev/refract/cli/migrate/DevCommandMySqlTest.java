package dev.refract.cli.migrate;

import dev.refract.cli.ServerProjects;
import dev.refract.testkit.MySqlTest;

@MySqlTest
class DevCommandMySqlTest extends DevCommandContract {
    @Override
    ServerProjects server() {
        return ServerProjects.MYSQL;
    }
}
