package app.helmsman.loadtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's state tree, built from the {@code changes} of Vaadin's UIDL responses the way
 * flow-client's TreeChangeProcessor does, but only as far as a load driver needs: tags, attributes, properties,
 * class names, text, children and the DOM event listeners the server registered. Queries use semantic markers
 * (attributes, class names, roles, aria-labels, visible text), never fixed node ids.
 */
final class UiTree {

    // com.vaadin.flow.internal.nodefeature.NodeFeatures
    static final int ELEMENT_DATA = 0, PROPERTIES = 1, CHILDREN = 2, ATTRIBUTES = 3, LISTENERS = 4, TEXT = 7, CLASS_LIST = 11,
            VIRTUAL_CHILDREN = 24;

    /** One state node: an element, a text node or a bookkeeping node. */
    static final class Node {
        final int id;
        String tag;
        Node parent;
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, Object> properties = new HashMap<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final List<String> classes = new ArrayList<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            var value = attributes.get(name);
            return value == null ? null : value.toString();
        }

        Object property(String name) {
            return properties.get(name);
        }

        boolean hasClass(String name) {
            return classes.contains(name) || String.valueOf(attributes.getOrDefault("class", "")).matches("(.*\\s)?" + name + "(\\s.*)?");
        }

        boolean listensTo(String event) {
            return listeners.containsKey(event);
        }

        @Override
        public String toString() {
            return "<" + tag + "#" + id + " " + attributes + " " + classes + ">";
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    /** Vaadin's constant pool: listener settings are sent once by key and referred to later. */
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies one response's {@code changes} array; {@code constants} resolves listener data keys. */
    void apply(JsonNode changes, JsonNode newConstants) {
        if (newConstants != null && newConstants.isObject()) {
            newConstants.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        if (changes == null) {
            return;
        }
        for (var change : changes) {
            var type = change.path("type").asString("");
            int id = change.path("node").asInt();
            switch (type) {
                case "attach" -> node(id);
                case "detach" -> detach(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change.path("feat").asInt());
                default -> { }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void detach(int id) {
        var gone = nodes.remove(id);
        if (gone != null && gone.parent != null) {
            gone.parent.children.remove(Integer.valueOf(id));
        }
    }

    private void put(Node node, JsonNode change) {
        var key = change.path("key").asString("");
        Object value;
        if (change.has("nodeValue")) {
            value = node(change.get("nodeValue").asInt());
        } else {
            value = scalar(change.get("value"));
        }
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = String.valueOf(value);
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case LISTENERS -> {
                var raw = change.get("value");
                node.listeners.put(key, raw);
            }
            case TEXT -> node.text = value == null ? null : String.valueOf(value);
            default -> { }
        }
    }

    private static Object scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isString()) {
            return value.asString();
        }
        return value;
    }

    private void remove(Node node, JsonNode change) {
        var key = change.path("key").asString("");
        switch (change.path("feat").asInt()) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> { }
        }
    }

    private void splice(Node node, JsonNode change) {
        int feat = change.path("feat").asInt();
        int index = change.path("index").asInt();
        int removeCount = change.path("remove").asInt(0);
        List<?> list = switch (feat) {
            case CHILDREN -> node.children;
            case VIRTUAL_CHILDREN -> node.virtualChildren;
            case CLASS_LIST -> node.classes;
            default -> null;
        };
        if (list == null) {
            return;
        }
        for (int i = 0; i < removeCount && index < list.size(); i++) {
            list.remove(index);
        }
        if (change.has("addNodes")) {
            @SuppressWarnings("unchecked")
            var ids = (List<Integer>) list;
            int at = Math.min(index, ids.size());
            for (var added : change.get("addNodes")) {
                var child = node(added.asInt());
                child.parent = node;
                ids.add(at++, child.id);
            }
        } else if (change.has("add") && feat == CLASS_LIST) {
            int at = Math.min(index, node.classes.size());
            for (var added : change.get("add")) {
                node.classes.add(at++, added.asString());
            }
        }
    }

    private void clear(Node node, int feat) {
        switch (feat) {
            case CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            case CLASS_LIST -> node.classes.clear();
            default -> { }
        }
    }

    /** What a listener asked the browser to send with an event (its expressions as keys), resolved through the pool. */
    JsonNode listenerSpec(Node node, String event) {
        var raw = node.listeners.get(event);
        return raw != null && raw.isString() && constants.containsKey(raw.asString()) ? constants.get(raw.asString()) : raw;
    }

    int size() {
        return nodes.size();
    }

    Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Every element still attached to the UI (node 1), in document order, including virtual children (overlays). */
    Stream<Node> elements() {
        var out = new ArrayList<Node>();
        var root = nodes.get(1);
        if (root != null) {
            walk(root, out, new java.util.HashSet<>());
        }
        return out.stream();
    }

    private void walk(Node node, List<Node> out, java.util.Set<Integer> seen) {
        if (!seen.add(node.id)) {
            return; // a node moved between parents appears once
        }
        out.add(node);
        for (var list : List.of(node.children, node.virtualChildren)) {
            for (var childId : List.copyOf(list)) {
                var child = nodes.get(childId);
                if (child != null) {
                    walk(child, out, seen);
                }
            }
        }
    }

    Stream<Node> find(Predicate<Node> test) {
        return elements().filter(test);
    }

    /** The node's visible text: its own text nodes and those of its descendants. */
    String text(Node node) {
        var out = new StringBuilder();
        collectText(node, out, new java.util.HashSet<>());
        return out.toString().strip();
    }

    private void collectText(Node node, StringBuilder out, java.util.Set<Integer> seen) {
        if (!seen.add(node.id)) {
            return;
        }
        if (node.text != null) {
            out.append(node.text);
        }
        for (var childId : node.children) {
            var child = nodes.get(childId);
            if (child != null) {
                collectText(child, out, seen);
            }
        }
    }

    /** The nearest ancestor (or the node itself) that passes the test. */
    Optional<Node> closest(Node node, Predicate<Node> test) {
        int hops = 0;
        for (var at = node; at != null && hops++ < 500; at = at.parent) {
            if (test.test(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** A button (any element listening to clicks) whose text or aria-label is the given one. */
    Optional<Node> button(String label) {
        return find(n -> n.listensTo("click") && (label.equals(text(n)) || label.equals(n.attribute("aria-label")))).findFirst();
    }

    Stream<Node> withClass(String className) {
        return find(n -> n.hasClass(className));
    }

    Stream<Node> withTag(String tag) {
        return find(n -> tag.equals(n.tag));
    }
}
