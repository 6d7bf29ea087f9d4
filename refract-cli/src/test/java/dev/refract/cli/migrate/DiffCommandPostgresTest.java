package dev.refract.cli.migrate;

import dev.refract.cli.ServerProjects;
import dev.refract.testkit.PostgresTest;

@PostgresTest
class DiffCommandPostgresTest extends DiffCommandContract {
    @Override
    ServerProjects server() {
        return ServerProjects.POSTGRES;
    }
}
