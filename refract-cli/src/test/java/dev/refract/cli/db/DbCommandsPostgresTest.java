package dev.refract.cli.db;

import dev.refract.cli.ServerProjects;
import dev.refract.testkit.PostgresTest;

@PostgresTest
class DbCommandsPostgresTest extends DbCommandsContract {
    @Override
    ServerProjects server() {
        return ServerProjects.POSTGRES;
    }
}
