package dev.refract.studio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class GuardTest {
    private final Guard loopback = new Guard("127.0.0.1", 5555, "secret");

    @Test
    void hostMustNameThisServer() {
        assertThat(loopback.checkHost("127.0.0.1:5555")).isNull();
        assertThat(loopback.checkHost("LOCALHOST:5555")).isNull();
        assertThat(loopback.checkHost("[::1]:5555")).isNull();
        assertThat(loopback.checkHost("127.0.0.1:5556")).contains("is not this Studio");
        assertThat(loopback.checkHost("rebound.example:5555")).contains("is not this Studio");
        assertThat(loopback.checkHost(null)).isNotNull();
    }

    @Test
    void originMustBeThisServerWhenPresent() {
        assertThat(loopback.checkOrigin(null)).isNull();
        assertThat(loopback.checkOrigin("http://localhost:5555")).isNull();
        assertThat(loopback.checkOrigin("http://evil.example")).contains("not allowed");
        assertThat(loopback.checkOrigin("https://127.0.0.1:5555")).isNotNull();
        assertThat(loopback.checkOrigin("null")).isNotNull();
    }

    @Test
    void tokenMustMatchExactly() {
        assertThat(loopback.tokenMatches("secret")).isTrue();
        assertThat(loopback.tokenMatches("secre")).isFalse();
        assertThat(loopback.tokenMatches("")).isFalse();
        assertThat(loopback.tokenMatches(null)).isFalse();
    }

    @Test
    void boundToEveryInterfaceThisMachinesAddressesAreAccepted() throws Exception {
        Guard everywhere = new Guard("0.0.0.0", 5555, "secret");
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof java.net.Inet4Address) {
                    assertThat(everywhere.checkHost(address.getHostAddress() + ":5555")).as(address.toString()).isNull();
                }
            }
        }
        assertThat(everywhere.checkHost("rebound.example:5555")).isNotNull();
        String name = InetAddress.getLocalHost().getHostName();
        if (!name.equalsIgnoreCase("localhost")) {
            assertThat(everywhere.checkHost(name + ":5555")).isNull();
            assertThat(loopback.checkHost(name + ":5555")).as("bound to loopback, the machine's name is not this server").isNotNull();
        }
    }
}
