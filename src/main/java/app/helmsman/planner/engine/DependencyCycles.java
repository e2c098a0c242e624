package app.helmsman.planner.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds tasks that wait for each other in a circle. */
final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * The circles in a graph given as, for each node, the nodes it waits for: every strongly connected component
     * with more than one node, or one node that waits for itself (Tarjan's algorithm, iterative, so a long chain
     * cannot overflow the stack).
     */
    static List<List<Integer>> of(int[][] edges) {
        var cycles = new ArrayList<List<Integer>>();
        int n = edges.length;
        int[] order = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(order, -1);
        int[] stack = new int[n];
        int top = 0;
        int counter = 0;
        // iterative depth-first search: (node, next edge) frames
        int[] frameNode = new int[n];
        int[] frameEdge = new int[n];
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0 || edges[root].length == 0) {
                continue;
            }
            int depth = 0;
            frameNode[0] = root;
            frameEdge[0] = 0;
            order[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = frameNode[depth];
                int[] out = edges[v];
                if (frameEdge[depth] < out.length) {
                    int w = out[frameEdge[depth]++];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        depth++;
                        frameNode[depth] = w;
                        frameEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    var component = new ArrayList<Integer>();
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        component.add(w);
                    } while (w != v);
                    if (component.size() > 1 || Arrays.stream(edges[v]).anyMatch(b -> b == v)) {
                        cycles.add(component);
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = frameNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return cycles;
    }
}
