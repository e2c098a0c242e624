package app.helmsman.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person's browser, without the browser: signs in through the real form login, bootstraps a Vaadin UI
 * ({@code ?v-r=init}) and then talks UIDL ({@code ?v-r=uidl}) to it, keeping its own {@link UiTree}. Cookies are kept
 * here (not in the shared {@link HttpClient}) so a thousand sessions share one connection pool.
 */
final class UidlSession {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final UiTree tree = new UiTree();
    private int uiId = -1;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private String route = "";
    private final java.util.Set<Integer> closedAnnounced = new java.util.HashSet<>();

    UidlSession(HttpClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    UiTree tree() {
        return tree;
    }

    String route() {
        return route;
    }

    /** GET /login then POST the form with the page's CSRF token (if any) and the same-origin Origin header. */
    void signIn(String email, String password) {
        var page = send(HttpRequest.newBuilder(uri("/login")).GET());
        expect(page, 200, "GET /login");
        var form = new StringBuilder("username=").append(enc(email)).append("&password=").append(enc(password));
        var csrf = CSRF_INPUT.matcher(page.body());
        if (csrf.find()) {
            form.append("&_csrf=").append(enc(csrf.group(1) != null ? csrf.group(1) : csrf.group(2)));
        }
        var post = send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", baseUrl).POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        var location = post.headers().firstValue("Location").orElse("");
        if (post.statusCode() != 302 || location.contains("login")) {
            throw new LoadError("sign-in failed for " + email + ": " + post.statusCode() + " -> " + location);
        }
    }

    /** What a browser does on a full page load of {@code path}: the index page, then the UI's bootstrap. */
    void open(String path) {
        var index = send(HttpRequest.newBuilder(uri("/" + path)).GET());
        expect(index, 200, "GET /" + path);
        var init = send(HttpRequest.newBuilder(uri("/?v-r=init&location=" + enc(path) + "&query=")).GET());
        expect(init, 200, "init " + path);
        var json = JSON.readTree(init.body());
        var uidl = json.path("appConfig").path("uidl");
        if (uidl.isMissingNode()) {
            throw new LoadError("init of " + path + " has no uidl");
        }
        uiId = json.path("appConfig").path("v-uiId").asInt(uidl.path("v-uiId").asInt(0));
        csrfToken = uidl.path("Vaadin-Security-Key").asString(null);
        if (csrfToken == null) {
            csrfToken = json.findValue("Vaadin-Security-Key") == null ? null : json.findValue("Vaadin-Security-Key").asString();
        }
        clientId = 0;
        accept(uidl);
        navigate(path, "");
    }

    /** The browser's router moving to another view in the same UI (a click on a nav link). */
    void navigate(String path, String query) {
        var data = JSON.createObjectNode().put("route", path).put("query", query == null ? "" : query)
                .put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", clientId);
        send(List.of(event(1, "ui-navigate", data)));
        route = path;
    }

    /** A click on an element; event data the server asked for is filled with neutral values. */
    void click(UiTree.Node node) {
        send(List.of(event(node.id, "click", eventData(node, "click"))));
    }

    /** A DOM event on an element (for a delegated listener: its data names what was hit). */
    void fire(UiTree.Node node, String eventType, ObjectNode data) {
        var filled = eventData(node, eventType);
        data.properties().forEach(e -> filled.set(e.getKey(), e.getValue()));
        send(List.of(event(node.id, eventType, filled)));
    }

    /** A property the browser synchronises (a field's value, a checkbox's checked, a dialog's opened). */
    void sync(UiTree.Node node, String property, Object value) {
        var rpc = JSON.createObjectNode().put("type", "mSync").put("node", node.id).put("feature", 1).put("property", property);
        switch (value) {
            case Boolean b -> rpc.put("value", b);
            case Number n -> rpc.put("value", n.doubleValue());
            default -> rpc.put("value", String.valueOf(value));
        }
        node.properties.put(property, value); // the browser's own copy changes first
        var rpcs = new java.util.ArrayList<JsonNode>();
        rpcs.add(rpc);
        // the DOM event that carries the sync, if the server listens to it (e.g. value-changed, checked-changed)
        var changed = property + "-changed";
        if (node.listensTo(changed)) {
            rpcs.add(event(node.id, changed, eventData(node, changed)));
        }
        send(rpcs);
    }

    /** A request with no RPC: picks up what the server changed meanwhile (what push would have delivered). */
    void poll() {
        send(List.of());
    }

    private ObjectNode event(int node, String type, ObjectNode data) {
        var event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", type);
        event.set("data", data);
        return event;
    }

    /** Neutral values for the expressions a listener asked for: false for modifier keys, 0 otherwise. */
    private ObjectNode eventData(UiTree.Node node, String eventType) {
        var data = JSON.createObjectNode();
        var spec = tree.listenerSpec(node, eventType);
        if (spec == null) {
            return data;
        }
        var keys = new java.util.ArrayList<String>();
        if (spec.isObject()) {
            spec.propertyNames().forEach(keys::add);
        } else if (spec.isArray()) {
            spec.forEach(k -> keys.add(k.asString()));
        }
        for (var key : keys) {
            if (key.startsWith("}") || key.startsWith("[") || key.startsWith("]")) {
                continue; // property sync tokens, filters and debounce settings: not data
            }
            if (key.endsWith("Key") || key.endsWith("repeat") || key.endsWith("isComposing")) {
                data.put(key, false);
            } else if (key.equals("event.detail")) {
                data.put(key, 1);
            } else if (key.equals("event.key") || key.equals("event.code")) {
                data.put(key, "");
            } else {
                data.put(key, 0);
            }
        }
        return data;
    }

    /** Vaadin's heartbeat for the open UI, as the browser's timer sends it; false if the server no longer has that UI. */
    boolean heartbeat() {
        if (uiId < 0) {
            return false;
        }
        var response = send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=" + uiId)).POST(HttpRequest.BodyPublishers.noBody()));
        return response.statusCode() == 200;
    }

    private void send(List<JsonNode> rpcs) {
        if (uiId < 0) {
            throw new LoadError("no UI open");
        }
        var body = JSON.createObjectNode().put("csrfToken", csrfToken).put("syncId", syncId).put("clientId", clientId);
        ArrayNode rpc = body.putArray("rpc");
        rpcs.forEach(rpc::add);
        var response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        expect(response, 200, "uidl");
        var text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        var json = JSON.readTree(text);
        var message = json.isArray() ? json.get(0) : json;
        if (message.path("meta").path("sessionExpired").asBoolean(false) || message.path("meta").has("appError")) {
            throw new LoadError("server said: " + message.path("meta"));
        }
        clientId++;
        accept(message);
        announceClosedOverlays();
    }

    /**
     * A browser fires {@code closed} once a dialog's closing animation ends; the server then removes the dialog. Without
     * it closed dialogs would pile up in the UI (and on the heap).
     */
    private void announceClosedOverlays() {
        var closed = tree.find(n -> n.listensTo("closed") && Boolean.FALSE.equals(n.property("opened")) && closedAnnounced.add(n.id)).toList();
        if (!closed.isEmpty()) {
            send(closed.stream().map(n -> (JsonNode) event(n.id, "closed", eventData(n, "closed"))).toList());
        }
    }

    private void accept(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        if (message.has("Vaadin-Security-Key")) {
            csrfToken = message.get("Vaadin-Security-Key").asString();
        }
        tree.apply(message.get("changes"), message.get("constants"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        try {
            var response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            for (var header : response.headers().allValues("Set-Cookie")) {
                var pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    var value = pair.substring(eq + 1);
                    if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), value);
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new LoadError("I/O: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadError("interrupted");
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new LoadError(what + ": HTTP " + response.statusCode());
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A failed exchange: counted as an error by the driver. */
    static final class LoadError extends RuntimeException {
        LoadError(String message) {
            super(message, null, false, false);
        }
    }
}
