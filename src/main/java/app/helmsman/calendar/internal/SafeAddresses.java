package app.helmsman.calendar.internal;

import app.helmsman.calendar.CalendarSettings;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which addresses a subscription may fetch: http(s) on a public address only. Private, loopback, link-local,
 * multicast, carrier-grade NAT and unique-local addresses are refused (no reaching into the cluster or the cloud's
 * metadata service); loopback only when {@code helmsman.calendar.allow-loopback} is set (tests). The fetch connects
 * only to addresses {@link #resolve(String)} returned (it is the HTTP client's DNS), so a name cannot be re-bound to a
 * private address between the check and the connection (DNS rebinding).
 */
@Component
public class SafeAddresses {

    /** How names become addresses (the system resolver; tests answer as a re-binding DNS server would). */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final CalendarSettings settings;
    private final Resolver resolver;

    @org.springframework.beans.factory.annotation.Autowired
    SafeAddresses(CalendarSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    SafeAddresses(CalendarSettings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /**
     * Checks a subscription's address.
     *
     * @throws IllegalArgumentException with the reason in plain words
     */
    public void check(URI uri) {
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Only http:// and https:// addresses can be subscribed to (webcal:// works as https://).");
        }
        var host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("The address has no server name.");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("Addresses with a user name or password cannot be subscribed to.");
        }
        resolve(host);
    }

    /**
     * Resolves a name once and checks every address it has: the addresses to connect to.
     *
     * @throws IllegalArgumentException with the reason in plain words (unknown name, private or local address)
     */
    public List<InetAddress> resolve(String host) {
        InetAddress[] resolved;
        try {
            resolved = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("The server " + host + " is not known.");
        }
        for (var address : resolved) {
            if (address.isLoopbackAddress() && settings.allowLoopback()) {
                continue;
            }
            if (!isPublic(address)) {
                throw new IllegalArgumentException("Helmsman does not fetch calendars from private or local network addresses.");
            }
        }
        return List.of(resolved);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 && !(first == 100 && second >= 64 && second <= 127) && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 224;
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
