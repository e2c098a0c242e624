import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Container HEALTHCHECK for images without curl or wget: GET the URL given as the first argument
 * (default http://127.0.0.1:8080/livez) and exit 0 on a 2xx answer, 1 otherwise.
 * Compiled in the Dockerfile's build stage; Kubernetes ignores HEALTHCHECK and uses the probes.
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/livez";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            System.exit(status >= 200 && status < 300 ? 0 : 1);
        } catch (Exception e) {
            System.err.println("healthcheck " + url + ": " + e);
            System.exit(1);
        }
    }
}
