package dev.refract.cli.migrate;

import dev.refract.cli.ServerProjects;
import dev.refract.testkit.PostgresTest;

@PostgresTest
class DevCommandPostgresTest extends DevCommandContract {
    @Override
    ServerProjects server() {
        return ServerProjects.POSTGRES;
    }
}
